"""Numbers on QtCharts charts as a Dutch treasurer reads them: "1.234,50", or "1,234.50" in English.

QtCharts writes axis and bar labels with `QString::number` ("1234.5") unless a chart
localizes its numbers; `localize(chart)` makes it use the app's `QLocale` (Dutch or
English, set once by `app.setup_language`), so an axis reads "1.000" and "2.500".

Bar labels are written in the 'g' format, which drops trailing zeros ("1.234,5"), so an
amount of money above a bar is put there by `MoneyLabels` instead, written by
`domain.numbers.format_amount` like every amount in the app, and kept above its bar
when the chart is laid out again. Imported with the charts, after the first paint.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QAbstractBarSeries, QChart
from PySide6.QtCore import QLocale, QObject, QPointF, QRectF
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from coopdesk.domain.money import Money
from coopdesk.domain.numbers import format_amount
from coopdesk.domain.text import current_language

LABEL_GAP = 2  # pixels between a bar's top and its amount


def localize(chart: QChart) -> None:
    """Write `chart`'s axis (and bar) numbers in the app's locale: "1.000", not "1000"."""
    chart.setLocalizeNumbers(True)
    chart.setLocale(QLocale())


def amount_text(amount: Money) -> str:
    """An amount above a bar: "1.234,50" in Dutch, "1,234.50" in English."""
    return format_amount(amount, "en" if current_language() == "en" else "nl")


class MoneyLabels(QObject):
    """The amount above each bar of a bar series with one set (an amount of zero, like a
    bar of zero, has none); Qt's own value labels of the series are turned off."""

    def __init__(self, chart: QChart, series: QAbstractBarSeries, amounts: Sequence[Money],
                 color: QColor | None = None) -> None:
        super().__init__(chart)
        self._chart = chart
        self._series = series
        self._amounts = list(amounts)
        series.setLabelsVisible(False)
        font = series.barSets()[0].labelFont() if series.barSets() else chart.font()
        self.items: list[QGraphicsSimpleTextItem] = []
        for amount in self._amounts:
            item = QGraphicsSimpleTextItem(amount_text(amount), chart)
            item.setFont(font)
            item.setBrush(QBrush(color or QColor("#222222")))
            item.setVisible(bool(amount))
            self.items.append(item)
        chart.plotAreaChanged.connect(self._on_chart_plot_area_changed)
        self.place()

    def texts(self) -> list[str]:
        """What the labels say, bar by bar (also those hidden for a zero)."""
        return [item.text() for item in self.items]

    def place(self) -> None:
        """Put each amount centred above its bar (in the chart's coordinates)."""
        for index, (item, amount) in enumerate(zip(self.items, self._amounts, strict=True)):
            top = self._chart.mapToPosition(QPointF(index, float(amount.amount)), self._series)
            box = item.boundingRect()
            item.setPos(top.x() - box.width() / 2, top.y() - box.height() - LABEL_GAP)

    def _on_chart_plot_area_changed(self, _area: QRectF) -> None:
        self.place()
