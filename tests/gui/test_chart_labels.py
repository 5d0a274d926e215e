"""Numbers on the charts as a Dutch treasurer reads them: the dashboard's axes "1.000", the
Uitstroom page's earnings per working member "1.234,50" above each bar; English in English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QLocale, QPointF
from PySide6.QtWidgets import QGraphicsTextItem, QWidget
from pytestqt.qtbot import QtBot

from coopdesk.domain.dashboard import ActivityMonthHours, Dashboard, MonthMoney
from coopdesk.domain.money import Money
from coopdesk.domain.text import set_language

DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
UNGROUPED = re.compile(r"^\d{4,}")  # "1000", "2500.5": a number written without its thousands mark


@pytest.fixture
def locale() -> Iterator[None]:
    """The app's locale as `app.setup_language` sets it; put back after."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


def _language(code: str) -> None:
    QLocale.setDefault(DUTCH if code == "nl" else ENGLISH)
    set_language(code)


def _show(qtbot: QtBot, widget: QWidget) -> None:
    widget.resize(1040, 360)
    widget.show()
    qtbot.waitExposed(widget)


def _axis_labels(view: QChartView) -> list[str]:
    """The numbers the chart's axes show (its text items that are numbers)."""
    texts = []
    for item in view.scene().items():
        shown = item.toGraphicsObject()
        if isinstance(shown, QGraphicsTextItem):
            texts.append(shown.toPlainText())
    return [text for text in texts if text and text[0].isdigit()]


def _dashboard() -> Dashboard:
    money = tuple(MonthMoney(month, Money("1234.50") if month == 3 else Money.zero(), Money.zero())
                  for month in range(1, 13))
    return Dashboard(today=date(2026, 11, 28), active_members=3, minutes_this_month=0, minutes_this_year=90_000,
                     payouts_this_year=Money("1234.50"), pots_total=Money.zero(), cash=Money.zero(),
                     bank=Money.zero(), unpaid_months=(), open_years=(),
                     hours_per_month=(ActivityMonthHours(3, "Restaurant", 90_000),), money_per_month=money)


@pytest.mark.parametrize(("language", "thousand"), [("nl", "1.000"), ("en", "1,000")])
def test_the_dashboard_axes_write_thousands_as_the_language_does(
    qtbot: QtBot, locale: None, language: str, thousand: str,
) -> None:
    _language(language)
    from coopdesk.gui.dashboard.charts import DashboardCharts

    charts = DashboardCharts()
    qtbot.addWidget(charts)
    charts.show_data(_dashboard())  # 1.500 hours and € 1.234,50 in March: both axes pass 1.000
    _show(qtbot, charts)
    for view in (charts.hours_view, charts.money_view):
        labels = _axis_labels(view)
        assert thousand in labels, labels
        assert not [text for text in labels if UNGROUPED.match(text)], labels


def _earnings_chart(amounts: list[Money]) -> QChart:
    from coopdesk.gui.outflow.page import _bar_chart

    return _bar_chart("Verdiensten per werkend lid per jaar (€)", ["2024", "2025", "2026"],
                      [float(amount.amount) for amount in amounts], "Per werkend lid", counts=False,
                      amounts=amounts)


@pytest.mark.parametrize(("language", "expected"), [
    ("nl", ["1.234,50", "300,00", "0,00"]),
    ("en", ["1,234.50", "300.00", "0.00"]),
])
def test_the_earnings_above_the_bars_are_amounts_of_money(
    qtbot: QtBot, locale: None, language: str, expected: list[str],
) -> None:
    from coopdesk.gui.chart_labels import MoneyLabels

    _language(language)
    amounts = [Money("1234.50"), Money(300), Money.zero()]
    chart = _earnings_chart(amounts)
    view = QChartView(chart)
    qtbot.addWidget(view)
    labels = chart.findChild(MoneyLabels)
    assert isinstance(labels, MoneyLabels)
    assert labels.texts() == expected
    assert [item.isVisible() for item in labels.items] == [True, True, False]  # no label on an empty bar
    series = chart.series()[0]
    assert not series.isLabelsVisible()  # Qt's own "1.234,5" is off
    _show(qtbot, view)
    axis = _axis_labels(view)  # laid out: the labels stand above their bars
    assert "1.000" in axis if language == "nl" else "1,000" in axis
    for index, (item, amount) in enumerate(zip(labels.items[:2], amounts, strict=False)):
        top = chart.mapToPosition(QPointF(index, float(amount.amount)), series)
        box = item.mapRectToParent(item.boundingRect())
        assert box.bottom() <= top.y() and box.left() < top.x() < box.right()


def test_the_outflow_count_chart_keeps_qt_s_own_labels(qtbot: QtBot, locale: None) -> None:
    """Only money gets its own labels: the number of members leaving stays Qt's."""
    from coopdesk.gui.chart_labels import MoneyLabels
    from coopdesk.gui.outflow.page import _bar_chart

    _language("nl")
    chart = _bar_chart("Uitstroom", ["2025", "2026"], [2.0, 3.0], "Leden", counts=True)
    view = QChartView(chart)
    qtbot.addWidget(view)
    assert chart.findChild(MoneyLabels) is None and chart.series()[0].isLabelsVisible()
    assert chart.localizeNumbers() and chart.locale() == DUTCH
