"""The dashboard's two charts (QtCharts, imported only when they are built, after the
page's first paint): hours per month per activity (stacked bars), and payouts and
pot deposits per month (bars side by side). Money becomes a chart value (a float)
here, for drawing only; every figure a person reads is on the page as text. The axes
write their numbers as the app's language does ("2.000" in Dutch, `chart_labels`)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHBoxLayout, QWidget

from coopdesk.domain.dashboard import SHORT_MONTHS, Dashboard
from coopdesk.domain.hours import hours_decimal
from coopdesk.domain.text import current_language
from coopdesk.gui.chart_labels import localize


def _chart(title: str) -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.setTitle(title)
    chart.setMargins(QMargins(2, 2, 2, 2))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    localize(chart)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(200)
    return chart, view


class DashboardCharts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hours_chart, self.hours_view = _chart(self.tr("Uren per maand per activiteit"))
        self.money_chart, self.money_view = _chart(self.tr("Uitbetaald en gespaard per maand (€)"))
        layout.addWidget(self.hours_view)
        layout.addWidget(self.money_view)

    def _months(self) -> list[str]:
        index = 1 if current_language() == "en" else 0
        return [names[index] for names in SHORT_MONTHS]

    def show_data(self, data: Dashboard) -> None:
        months = self._months()
        hours = QStackedBarSeries()
        per_activity: dict[str, list[float]] = {name: [0.0] * 12 for name in data.activities()}
        for item in data.hours_per_month:
            per_activity[item.activity][item.month - 1] += float(hours_decimal(item.minutes))
        for name, values in per_activity.items():
            bar = QBarSet(name)
            bar.append(values)
            hours.append(bar)
        self._fill(self.hours_chart, hours, months, max((sum(column) for column in zip(*per_activity.values(),
                                                                                        strict=True)), default=0))
        money = QBarSeries()
        paid, saved = QBarSet(self.tr("Uitbetaald")), QBarSet(self.tr("Naar spaarpotten"))
        paid.append([float(m.payouts.amount) for m in data.money_per_month])
        saved.append([float(m.pot_deposits.amount) for m in data.money_per_month])
        money.append(paid)
        money.append(saved)
        highest = max((float(max(m.payouts.amount, m.pot_deposits.amount)) for m in data.money_per_month), default=0)
        self._fill(self.money_chart, money, months, highest)

    @staticmethod
    def _fill(chart: QChart, series: QBarSeries | QStackedBarSeries, months: list[str], highest: float) -> None:
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(months)
        small = categories.labelsFont()
        small.setPointSizeF(max(small.pointSizeF() * 0.75, 6.0))
        categories.setLabelsFont(small)
        categories.setTruncateLabels(False)  # "mei" and "aug" fit; Qt cuts them a pixel too soon
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        values = QValueAxis()
        values.setRange(0, highest * 1.1 if highest > 0 else 1)
        values.setLabelFormat("%.0f")
        values.applyNiceNumbers()
        values.setLabelsFont(small)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
