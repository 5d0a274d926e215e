"""Overzicht: the book at a glance, the first page of the app (issue 12).

Figures: active members, hours this month and this year, paid out this year, the
savings pots together, the cash box and the bank; what is still open (a month with
hours not yet paid out, an earlier year not yet closed); and two charts: hours per
month per activity, and payouts and pot deposits per month. All of it comes from one
service call (`coopdesk.services.dashboard.dashboard`), which reads a book file
through the stdlib reader: start-up paints this page, and must not import SQLAlchemy.

Importing QtCharts costs about 125 ms of cpu (measured with `python -X importtime`),
more than the rest of this page, so the charts are built after the page's first
paint (`charts.py`, imported then); the figures are on screen first. What only the
charts need waits for them too: before the first paint the page reads its figures
without the hours per activity (`dashboard(..., per_activity=False)`: the hour totals
come from the date index, 14 ms on the large book against 38 ms for the rows' scan by
activity), and those follow, read alone, when the charts are built
(`with_activity_hours`). The page follows the change hub and reloads when hours,
payouts, the ledger, the pots or the members change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPaintEvent, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.dashboard import Dashboard
from coopdesk.domain.display import show_date, show_euro
from coopdesk.domain.errors import BookError
from coopdesk.domain.numbers import format_minutes
from coopdesk.gui.change_hub import ChangeFollower, ChangeHub
from coopdesk.services.changes import Changes
from coopdesk.services.dashboard import concerns_dashboard, dashboard, with_activity_hours
from coopdesk.store.book import Book

MAX_OPEN_ITEMS = 4


class _Tile(QFrame):
    """One figure with its caption under it."""

    def __init__(self, caption: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("dashboardTile")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        self.value = QLabel(self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption = QLabel(caption, self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def show_value(self, text: str) -> None:
        self.value.setText(text)


class DashboardPage(QWidget):
    """Overzicht (see the module docstring)."""

    def __init__(self, book: Book, undo_stack: QUndoStack, parent: QWidget | None = None, *,
                 hub: ChangeHub | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.undo_stack = undo_stack  # nothing on this page changes the book
        self.hub = hub if hub is not None else ChangeHub(self)
        self.data: Dashboard | None = None
        self.charts: QWidget | None = None  # built after the first paint
        self._charts_scheduled = False
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        tiles = QGridLayout()
        tiles.setSpacing(8)
        captions = (
            ("members", self.tr("actieve leden")),
            ("hours_month", self.tr("uren deze maand")),
            ("hours_year", self.tr("uren dit jaar")),
            ("payouts", self.tr("uitbetaald dit jaar")),
            ("pots", self.tr("in de spaarpotten")),
            ("cash", self.tr("in kas")),
            ("bank", self.tr("op de bank")),
        )
        self.tiles: dict[str, _Tile] = {}
        for index, (key, caption) in enumerate(captions):
            tile = _Tile(caption, self)
            self.tiles[key] = tile
            tiles.addWidget(tile, index // 4, index % 4)
        layout.addLayout(tiles)
        self.open_title = QLabel(self.tr("Nog te doen"), self)
        bold = self.open_title.font()
        bold.setBold(True)
        self.open_title.setFont(bold)
        layout.addWidget(self.open_title)
        self.open_items = QLabel(self)
        self.open_items.setWordWrap(True)
        self.open_items.setObjectName("dashboardOpenItems")
        layout.addWidget(self.open_items)
        self.chart_area = QHBoxLayout()
        self.chart_placeholder = QLabel(self.tr("Grafieken worden geladen…"), self)
        self.chart_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_placeholder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.chart_area.addWidget(self.chart_placeholder)
        layout.addLayout(self.chart_area, 1)
        self.refresh()
        self.follower = ChangeFollower(self, self.hub, concerns_dashboard, self._on_changes)

    def title(self) -> str:
        return self.tr("Overzicht")

    def refresh(self) -> None:
        """Reload every figure (and the charts, once they are built: only they need the
        hours per activity)."""
        try:
            data = dashboard(self.book, per_activity=self.charts is not None)
        except BookError as error:
            self._show_problem(error)
            return
        self.problem.hide()
        self.data = data
        self.heading.setText(self.tr("Overzicht van {year}, {day}").format(
            year=data.year, day=show_date(data.today)))
        values = {
            "members": str(data.active_members),
            "hours_month": format_minutes(data.minutes_this_month),
            "hours_year": format_minutes(data.minutes_this_year),
            "payouts": show_euro(data.payouts_this_year),
            "pots": show_euro(data.pots_total),
            "cash": show_euro(data.cash),
            "bank": show_euro(data.bank),
        }
        for key, text in values.items():
            self.tiles[key].show_value(text)
        items = [text.render() for text in data.open_items()]
        if len(items) > MAX_OPEN_ITEMS:  # the window must fit 1024×700; the rest is counted
            items = [*items[:MAX_OPEN_ITEMS - 1], self.tr("en nog {count} andere").format(
                count=len(items) - MAX_OPEN_ITEMS + 1)]
        self.open_items.setText("\n".join(f"• {line}" for line in items) if items
                                else self.tr("Niets: alle maanden zijn uitbetaald en de jaren afgesloten."))
        if self.charts is not None:
            self.charts.show_data(data)  # type: ignore[attr-defined]

    def _show_problem(self, error: BookError) -> None:
        """A value the stdlib reader cannot read: say so on the page."""
        self.data = None
        self.problem.setText(error.message())
        self.problem.show()

    def _on_changes(self, changes: Changes) -> None:
        self.refresh()

    # -- the charts, after the first paint ------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if not self._charts_scheduled:
            self._charts_scheduled = True
            QTimer.singleShot(0, self.build_charts)

    def build_charts(self) -> QWidget:
        """Import QtCharts and put the two charts in place of their placeholder (once)."""
        if self.charts is None:
            from coopdesk.gui.dashboard.charts import DashboardCharts

            self.charts = DashboardCharts(self)
            self.chart_area.replaceWidget(self.chart_placeholder, self.charts)
            self.chart_placeholder.hide()
            self.chart_placeholder.deleteLater()
            self._add_activity_hours()
        return self.charts

    def _add_activity_hours(self) -> None:
        """Read what the first read left out for the charts, and show the charts."""
        if self.data is None or self.charts is None:
            return
        try:
            self.data = with_activity_hours(self.book, self.data)
        except BookError as error:
            self._show_problem(error)
            return
        self.charts.show_data(self.data)  # type: ignore[attr-defined]
