"""The Uitstroom page: outflow to a job or education and the earnings per working member
(issue 11).

* Top: the years shown (from, to) and, for the selected leaver, their former monthly
  benefit ("Opslaan" records it; empty clears it). A refusal is shown under the row.
* The leavers per year (date, reason, months a member, former benefit, saved in the year
  they left) and the saved benefits per year, stated as an estimate
  (`coopdesk.domain.outflow.ESTIMATE_NOTE`), each year traced: this year's leavers (the
  rows) + the members who left earlier, by name.
* Two bar charts (QtCharts): the outflow per year, and the earnings per working member
  per year (allowances, premiums, pot deposits and own enterprise shares divided by the
  members with hours); under them the earnings per year as a table, each part in its
  own column.

Views only: every figure comes from `coopdesk.services.outflow`. The page follows the
change hub for member, hours, payout and pot changes made elsewhere.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QT_TRANSLATE_NOOP, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.display import show_euro
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.money import Money
from coopdesk.domain.numbers import parse_amount
from coopdesk.domain.outflow import (
    ESTIMATE_NOTE,
    EarningsYear,
    OutflowMember,
    OutflowReport,
    OutflowYear,
    trend,
)
from coopdesk.gui.change_hub import ChangeFollower, ChangeHub
from coopdesk.gui.chart_labels import MoneyLabels, localize
from coopdesk.gui.columns import Column, header_data
from coopdesk.gui.flow_layout import FlowLayout
from coopdesk.gui.pots.models import RowsModel
from coopdesk.services import outflow
from coopdesk.services.books import Book
from coopdesk.services.changes import Changes

ERROR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #1b6e3a;"
SHOWN_YEARS = 5

LEAVER_COLUMNS: tuple[Column[OutflowMember], ...] = (
    Column(QT_TRANSLATE_NOOP("OutflowColumns", "Jaar"), lambda m: m.left_on.year, lambda m: m.left_on),
    Column(QT_TRANSLATE_NOOP("OutflowColumns", "Nr."), lambda m: m.number),
    Column(QT_TRANSLATE_NOOP("OutflowColumns", "Naam"), lambda m: m.name),
    Column(QT_TRANSLATE_NOOP("OutflowColumns", "Vertrokken"), lambda m: m.left_on),
    Column(QT_TRANSLATE_NOOP("OutflowColumns", "Reden"), lambda m: m.reason.label),
    Column(QT_TRANSLATE_NOOP("OutflowColumns", "Maanden lid"), lambda m: m.membership_months),
    Column(QT_TRANSLATE_NOOP("OutflowColumns", "Uitkering per maand"), lambda m: m.former_monthly_benefit),
)


class LeaversModel(RowsModel[OutflowMember]):
    """The leavers, with what each saved in the year they left (`set_savings`): the rows of
    a year add up to its "vertrokken in dat jaar" part of the estimate."""

    def __init__(self, parent: Any = None) -> None:
        self.savings: dict[int, Money] = {}
        saved = Column(QT_TRANSLATE_NOOP("OutflowColumns", "Bespaard in vertrekjaar"),
                       lambda m: self.savings.get(m.number, Money.zero() if m.former_monthly_benefit else None),
                       tooltip=QT_TRANSLATE_NOOP("OutflowColumns", "De geschatte bespaarde uitkering in het jaar "
                                                                   "van vertrek (de maanden na de maand van vertrek)"))
        super().__init__((*LEAVER_COLUMNS, saved), parent)

    def set_savings(self, report: OutflowReport) -> None:
        self.savings = {s.member.number: s.amount for year in report.years for s in year.savings
                        if s.member.left_on.year == year.year}

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return None
        return header_data(self.columns, "OutflowColumns", section, orientation, role)


EarningsRow = tuple[EarningsYear, Money | None]  # a year and its change against the year before

EARNINGS_COLUMNS: tuple[Column[EarningsRow], ...] = (
    Column(QT_TRANSLATE_NOOP("OutflowColumns", "Jaar"), lambda r: str(r[0].year)),
    Column(QT_TRANSLATE_NOOP("OutflowColumns", "Vergoedingen"), lambda r: r[0].allowances,
           tooltip=QT_TRANSLATE_NOOP("OutflowColumns", "Vergoedingen en premies uit geboekte uitbetalingen")),
    Column(QT_TRANSLATE_NOOP("OutflowColumns", "Spaarpot"), lambda r: r[0].pot_deposits,
           tooltip=QT_TRANSLATE_NOOP("OutflowColumns", "Stortingen in de spaarpotten uit de winstverdeling")),
    Column(QT_TRANSLATE_NOOP("OutflowColumns", "Onderneming"), lambda r: r[0].enterprise_shares,
           tooltip=QT_TRANSLATE_NOOP("OutflowColumns", "Aandelen eigen onderneming: het afgesproken deel van het "
                                                       "resultaat van de eigen onderneming van een lid")),
    Column(QT_TRANSLATE_NOOP("OutflowColumns", "Ontvangen"), lambda r: r[0].received),
    Column(QT_TRANSLATE_NOOP("OutflowColumns", "Werkend"), lambda r: r[0].working_members,
           tooltip=QT_TRANSLATE_NOOP("OutflowColumns", "Leden met uren in het jaar")),
    Column(QT_TRANSLATE_NOOP("OutflowColumns", "Per werkend lid"), lambda r: r[0].per_working_member),
    Column(QT_TRANSLATE_NOOP("OutflowColumns", "Verschil"), lambda r: r[1]),
)


class EarningsModel(RowsModel[EarningsRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(EARNINGS_COLUMNS, parent)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return None
        return header_data(self.columns, "OutflowColumns", section, orientation, role)


def _concerns_outflow(changes: Changes) -> bool:
    return bool(changes.members) or changes.hours or changes.payouts or changes.pots


def _bar_chart(title: str, categories: list[str], values: list[float], label: str, *, counts: bool,
               amounts: list[Money] | None = None) -> QChart:
    """One bar per year with its value above it (`amounts`: as money, "1.234,50"); a count
    axis has whole-number ticks."""
    chart = QChart()
    localize(chart)
    chart.setTitle(title)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    bars = QBarSet(label)
    bars.setColor(QColor("#2e6da4"))
    bars.setLabelColor(QColor("#222222"))
    bars.append(values)
    series = QBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    x_axis = QBarCategoryAxis()
    x_axis.append(categories)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x_axis)
    y_axis = QValueAxis()
    top = max([*values, 1.0])
    if counts:
        whole = int(top) + 1
        y_axis.setRange(0, whole)
        y_axis.setTickCount(min(whole, 10) + 1 if whole <= 10 else 6)
        series.setLabelsPrecision(3)
    else:
        y_axis.setRange(0, top * 1.2)
        y_axis.applyNiceNumbers()
        series.setLabelsPrecision(6)
    y_axis.setLabelFormat("%.0f")
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(y_axis)
    if amounts is not None:
        MoneyLabels(chart, series, amounts, bars.labelColor())
    return chart


class OutflowPage(QWidget):
    """Uitstroom (see module docstring)."""

    def __init__(self, book: Book, undo_stack: QUndoStack, parent: QWidget | None = None, *,
                 hub: ChangeHub | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.undo_stack = undo_stack  # nothing here is undone: a benefit is simply entered again
        self.hub = hub if hub is not None else ChangeHub(self)
        self.report: OutflowReport | None = None
        this_year = book.clock.today().year
        layout = QVBoxLayout(self)
        top = FlowLayout()
        self.first_year = QSpinBox(self)
        self.last_year = QSpinBox(self)
        for spin, value in ((self.first_year, this_year - SHOWN_YEARS + 1), (self.last_year, this_year)):
            spin.setRange(2000, 2100)
            spin.setValue(value)
        self.first_year.setToolTip(self.tr("Het eerste jaar in het overzicht"))
        self.last_year.setToolTip(self.tr("Het laatste jaar in het overzicht"))
        top.addWidget(QLabel(self.tr("Jaren:"), self))
        top.addWidget(self.first_year)
        top.addWidget(QLabel(self.tr("t/m"), self))
        top.addWidget(self.last_year)
        top.addStretch(1)
        self.benefit_label = QLabel(self.tr("Vroegere uitkering per maand:"), self)
        self.benefit_edit = QLineEdit(self)
        self.benefit_edit.setPlaceholderText(self.tr("bijv. 1.150,00"))
        self.benefit_edit.setToolTip(self.tr("De uitkering die het gekozen lid per maand had voor het vertrek "
                                             "(leeg: onbekend)"))
        self.benefit_edit.setMaximumWidth(120)
        self.save_button = QPushButton(self.tr("Opslaan"), self)
        self.save_button.setToolTip(self.tr("Leg de vroegere uitkering van het gekozen lid vast"))
        top.addWidget(self.benefit_label)
        top.addWidget(self.benefit_edit)
        top.addWidget(self.save_button)
        layout.addLayout(top)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        self.leavers_model = LeaversModel(self)
        self.leavers_view = QTableView(self)
        self.leavers_view.setModel(self.leavers_model)
        self.leavers_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.leavers_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.leavers_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.leavers_view.verticalHeader().setVisible(False)
        self.leavers_view.verticalHeader().setDefaultSectionSize(24)
        header = self.leavers_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.leavers_view.setMinimumHeight(110)
        layout.addWidget(self.leavers_view, 2)
        self.saved = QLabel(self)
        self.saved.setWordWrap(True)
        layout.addWidget(self.saved)
        note = QLabel(ESTIMATE_NOTE.render(), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #6b6b6b;")
        layout.addWidget(note)
        charts = QHBoxLayout()
        self.outflow_chart = QChartView(self)
        self.earnings_chart = QChartView(self)
        for view in (self.outflow_chart, self.earnings_chart):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(200)
            view.setMinimumWidth(240)
            charts.addWidget(view, 1)
        layout.addLayout(charts, 3)
        self.earnings_model = EarningsModel(self)
        self.earnings_view = QTableView(self)
        self.earnings_view.setModel(self.earnings_model)
        self.earnings_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.earnings_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.earnings_view.verticalHeader().setVisible(False)
        self.earnings_view.verticalHeader().setDefaultSectionSize(22)
        self.earnings_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.earnings_view.horizontalHeader().setMinimumSectionSize(60)
        self.earnings_view.setToolTip(self.tr("Ontvangen = vergoedingen en premies + stortingen spaarpot + aandelen "
                                              "eigen onderneming; per werkend lid: gedeeld door de leden met uren"))
        layout.addWidget(self.earnings_view)
        self.first_year.valueChanged.connect(self._on_years_changed)
        self.last_year.valueChanged.connect(self._on_years_changed)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.benefit_edit.returnPressed.connect(self._on_save_button_clicked)
        self.refresh()
        self.leavers_view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._on_selection_changed()
        self.follower = ChangeFollower(self, self.hub, _concerns_outflow, self._on_changes)

    def title(self) -> str:
        return self.tr("Uitstroom")

    # -- state -----------------------------------------------------------------------------------
    def years(self) -> range:
        first, last = self.first_year.value(), self.last_year.value()
        return range(min(first, last), max(first, last) + 1)

    def refresh(self) -> None:
        """Reload the outflow and the earnings for the years shown."""
        selected = self.selected_leaver()
        report = outflow.outflow_report(self.book, self.years())
        self.report = report
        self.leavers_model.set_savings(report)
        self.leavers_model.set_rows([m for year in report.years for m in year.members])
        self.saved.setText(self.tr("<b>Bespaarde uitkeringen (schatting)</b> · <b>totaal %1</b>")
                           .replace("%1", show_euro(report.saved_estimate))
                           + "".join("<br>" + self._year_line(year) for year in report.years))
        self.earnings_model.set_rows(list(zip(report.earnings, trend(list(report.earnings)), strict=True)))
        shown = min(max(len(report.earnings), 1), 6)  # more years scroll
        self.earnings_view.setFixedHeight(self.earnings_view.horizontalHeader().sizeHint().height() + 22 * shown + 4)
        categories = [str(year.year) for year in report.years]
        self.outflow_chart.setChart(_bar_chart(
            self.tr("Uitstroom naar werk of opleiding per jaar"), categories,
            [float(year.count) for year in report.years], self.tr("Leden"), counts=True))
        self.earnings_chart.setChart(_bar_chart(
            self.tr("Verdiensten per werkend lid per jaar (€)"), categories,
            [0.0 if year.per_working_member is None else float(year.per_working_member.amount)
             for year in report.earnings],
            self.tr("Per werkend lid"), counts=False,
            amounts=[year.per_working_member or Money.zero() for year in report.earnings]))
        if selected is not None:
            for row, member in enumerate(self.leavers_model.rows()):
                if member.number == selected.number:
                    self.leavers_view.selectRow(row)

    def _members(self, count: int) -> str:
        return self.tr("1 lid") if count == 1 else self.tr("%1 leden").replace("%1", str(count))

    def _year_line(self, year: OutflowYear) -> str:
        """'2026: € 22.490,00 = vertrokken in 2026 € 9.400,00 (2 leden) + eerder vertrokken € 13.090,00
        (Soufiane van Kuipers € 13.090,00)': the estimate traced to the members under it."""
        line = self.tr("%1: %2 = vertrokken in %1 %3 (%4)").replace("%1", str(year.year)) \
            .replace("%2", show_euro(year.saved_estimate)).replace("%3", show_euro(year.saved_by_leavers)) \
            .replace("%4", self._members(year.count))
        if year.earlier:
            names = ", ".join(f"{escape(s.member.name)} {show_euro(s.amount)}" for s in year.earlier)
            line += " " + self.tr("+ eerder vertrokken %1 (%2)").replace("%1", show_euro(year.saved_by_earlier)) \
                .replace("%2", names)
        return line

    def selected_leaver(self) -> OutflowMember | None:
        model = self.leavers_view.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return self.leavers_model.row_at(rows[0].row()) if rows else None

    def select_member(self, number: int) -> None:
        for row, member in enumerate(self.leavers_model.rows()):
            if member.number == number:
                self.leavers_view.selectRow(row)
                return

    def _say(self, text: str, error: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.notice.setVisible(bool(text))

    # -- slots -----------------------------------------------------------------------------------
    def _on_years_changed(self) -> None:
        self._say("")
        self.refresh()

    def _on_selection_changed(self, *_: object) -> None:
        member = self.selected_leaver()
        for widget in (self.benefit_edit, self.save_button):
            widget.setEnabled(member is not None)
        benefit = member.former_monthly_benefit if member is not None else None
        self.benefit_edit.setText("" if benefit is None else show_euro(benefit))

    def _on_save_button_clicked(self) -> None:
        member = self.selected_leaver()
        if member is None:
            return
        text = self.benefit_edit.text().strip()
        try:
            amount = parse_amount(text, "former_monthly_benefit") if text else None
            changes = outflow.set_former_monthly_benefit(self.book, member.number, amount)
        except CoopDeskError as error:
            self._say(error.message(), error=True)
            return
        self._say(self.tr("Uitkering van %1 vastgelegd.").replace("%1", member.name))
        self.hub.emit_changes(changes, self)
        self.refresh()
        self._on_selection_changed()

    def _on_changes(self, changes: Changes) -> None:
        self.refresh()
        self._on_selection_changed()
