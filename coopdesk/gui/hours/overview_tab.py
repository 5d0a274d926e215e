"""The Overzichten tab: hours per member per month for a year, per activity per month,
and one member's history. Loaded when first shown after a change (`stale`)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionHeader,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.hours import format_hours
from coopdesk.gui.hours.models import HistoryModel, OverviewModel
from coopdesk.services import hours as hours_service
from coopdesk.services.books import Book
from coopdesk.services.members import MemberFilter, list_members


class SortArrowHeaderStyle(QProxyStyle):
    """Header labels stop before the sort arrow: the style lets a right-aligned label ('Nr.',
    'Totaal') run under the arrow, which then covers its last letters."""

    def subElementRect(self, element: QStyle.SubElement, option: QStyleOption, widget: QWidget | None = None) -> QRect:
        rect = super().subElementRect(element, option, widget)
        if (element == QStyle.SubElement.SE_HeaderLabel and isinstance(option, QStyleOptionHeader)
                and option.sortIndicator != QStyleOptionHeader.SortIndicator.None_):
            arrow = super().subElementRect(QStyle.SubElement.SE_HeaderArrow, option, widget)
            if arrow.isValid() and rect.right() >= arrow.left() - 2:
                rect.setRight(arrow.left() - 3)
        return rect


class OverviewTab(QWidget):
    OVERVIEW_MEMBERS, OVERVIEW_ACTIVITIES, OVERVIEW_HISTORY = range(3)

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self.stale = True  # reload before showing: something changed since the last load
        self.overview_kind = QComboBox()
        self.overview_kind.addItem(self.tr("Uren per lid per maand"), self.OVERVIEW_MEMBERS)
        self.overview_kind.addItem(self.tr("Uren per activiteit per maand"), self.OVERVIEW_ACTIVITIES)
        self.overview_kind.addItem(self.tr("Urenhistorie van een lid"), self.OVERVIEW_HISTORY)
        self.year_combo = QComboBox()
        self.history_member_combo = QComboBox()
        self.history_member_combo.setEditable(True)
        self.history_member_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.history_member_combo.setMinimumWidth(240)
        completer = QCompleter(self.history_member_combo.model(), self.history_member_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.history_member_combo.setCompleter(completer)
        self.year_label = QLabel(self.tr("Jaar:"))
        self.member_label = QLabel(self.tr("Lid:"))
        self.overview_kind.currentIndexChanged.connect(self._on_overview_changed)
        self.year_combo.currentIndexChanged.connect(self._on_overview_changed)
        self.history_member_combo.currentIndexChanged.connect(self._on_overview_changed)
        bar = QHBoxLayout()
        bar.addWidget(self.overview_kind)
        bar.addSpacing(12)
        bar.addWidget(self.year_label)
        bar.addWidget(self.year_combo)
        bar.addWidget(self.member_label)
        bar.addWidget(self.history_member_combo)
        bar.addStretch(1)
        self.overview_caption = QLabel()
        font = self.overview_caption.font()
        font.setBold(True)
        self.overview_caption.setFont(font)
        self.overview_model = OverviewModel(parent=self)
        self.history_model = HistoryModel(parent=self)
        self.overview_view = QTableView()
        self.overview_view.setModel(self.overview_model)
        self._header_style = SortArrowHeaderStyle()
        self._header_style.setParent(self)
        self.overview_view.horizontalHeader().setStyle(self._header_style)
        self.overview_view.horizontalHeader().setSortIndicator(OverviewModel.NUMBER, Qt.SortOrder.AscendingOrder)
        self.overview_view.setSortingEnabled(True)
        self.overview_view.verticalHeader().setVisible(False)
        self.overview_view.verticalHeader().setDefaultSectionSize(24)
        self.overview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overview_view.setStyleSheet("QTableView { gridline-color: #e3e7e6; }")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.overview_caption)
        layout.addWidget(self.overview_view, 1)

    def load(self) -> None:
        """Reload the years and members to choose from, then the overview chosen."""
        self.stale = False
        for combo in (self.year_combo, self.history_member_combo):
            combo.blockSignals(True)
        year = self.year_combo.currentData()
        self.year_combo.clear()
        years = hours_service.hours_years(self._book)
        for value in reversed(years):
            self.year_combo.addItem(str(value), value)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(year if year else years[-1])))
        member = self.history_member_combo.currentData()
        self.history_member_combo.clear()
        for found in list_members(self._book, MemberFilter(include_former=True)):
            self.history_member_combo.addItem(f"{found.number}  {found.name}", int(found.id))
        self.history_member_combo.setCurrentIndex(max(0, self.history_member_combo.findData(member)))
        for combo in (self.year_combo, self.history_member_combo):
            combo.blockSignals(False)
        self._show_overview()

    def show_member_history(self, member_id: int) -> None:
        if self.stale:
            self.load()
        self.history_member_combo.blockSignals(True)
        self.history_member_combo.setCurrentIndex(self.history_member_combo.findData(int(member_id)))
        self.history_member_combo.blockSignals(False)
        self.overview_kind.setCurrentIndex(self.overview_kind.findData(self.OVERVIEW_HISTORY))
        self._show_overview()

    def _on_overview_changed(self, _index: int) -> None:
        self._show_overview()

    def _show_overview(self) -> None:
        kind = self.overview_kind.currentData()
        history = kind == self.OVERVIEW_HISTORY
        for widget in (self.year_label, self.year_combo):
            widget.setVisible(not history)
        for widget in (self.member_label, self.history_member_combo):
            widget.setVisible(history)
        if history:
            member_id = self.history_member_combo.currentData()
            found = hours_service.member_history(self._book, member_id) if member_id is not None else None
            self.history_model.set_history(found)
            self.overview_view.setSortingEnabled(False)
            self.overview_view.setModel(self.history_model)
            self.overview_view.setColumnHidden(0, False)
            header = self.overview_view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            for column, width in enumerate((110, 180, 70, 80)):
                header.resizeSection(column, width)
            self.overview_caption.setText(
                self.tr("{number} {name}: {hours} uur in totaal").format(
                    number=found.member_number, name=found.member_name, hours=format_hours(found.total))
                if found else ""
            )
            return
        year = self.year_combo.currentData() or self._book.clock.today().year
        if kind == self.OVERVIEW_ACTIVITIES:
            overview = hours_service.activity_month_overview(self._book, year)
            self.overview_model.set_overview(overview, self.tr("Activiteit"))
        else:
            overview = hours_service.member_month_overview(self._book, year)
            self.overview_model.set_overview(overview, self.tr("Naam"))
        if self.overview_view.model() is not self.overview_model:
            self.overview_view.setModel(self.overview_model)
        if not self.overview_view.isSortingEnabled():
            self.overview_view.horizontalHeader().setSortIndicator(
                OverviewModel.NUMBER if kind == self.OVERVIEW_MEMBERS else OverviewModel.LABEL,
                Qt.SortOrder.AscendingOrder)
            self.overview_view.setSortingEnabled(True)
        self.overview_view.setColumnHidden(OverviewModel.NUMBER, kind == self.OVERVIEW_ACTIVITIES)
        header = self.overview_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        widths = {OverviewModel.NUMBER: 50, OverviewModel.LABEL: 200, OverviewModel.TOTAL: 72}
        for column in range(OverviewModel.TOTAL + 1):
            # never narrower than the header text plus the sort arrow ("Nr." was clipped by it)
            header.resizeSection(column, max(widths.get(column, 58), header.sectionSizeHint(column)))
        self.overview_caption.setText(
            f"{overview.title.render(year=year)} · "
            + self.tr("{hours} uur in totaal").format(hours=format_hours(overview.total))
        )
