"""Dialogs of the hours page: an activity's details, and the report of an import."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.activity import Activity, CostCentre
from coopdesk.domain.activity_rate import RateCheck
from coopdesk.domain.errors import CoopDeskError, ValidationError
from coopdesk.domain.hours import ImportReport
from coopdesk.domain.money import Money
from coopdesk.domain.numbers import format_amount, parse_rate
from coopdesk.gui.hours.models import ImportReportModel

# (name, cost centre id, hourly rate, active) -> saved activity; raises CoopDeskError
ActivitySaver = Callable[[str, int, Money, bool], Activity]
# hourly rate -> what the hour caps say about it (a refusal and/or warnings)
RateChecker = Callable[[Money], RateCheck]

ERROR_STYLE = "color: #8a1c1c;"
WARNING_STYLE = "color: #7a5200;"


class ActivityDialog(QDialog):
    """New or existing activity: name, cost centre, hourly allowance, active; with `owners`
    ((member id, label) pairs) also the member whose own enterprise it is, if any."""

    def __init__(
        self,
        centres: Sequence[CostCentre],
        save: ActivitySaver,
        activity: Activity | None = None,
        parent: QWidget | None = None,
        check_rate: RateChecker | None = None,
        owners: Sequence[tuple[int, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Activiteit wijzigen") if activity else self.tr("Nieuwe activiteit"))
        self._save = save
        self._check_rate = check_rate
        self._saved_rate = activity.hourly_rate if activity else None
        self.saved: Activity | None = None
        self.name_edit = QLineEdit(activity.name if activity else "")
        self.name_edit.setPlaceholderText(self.tr("bijvoorbeeld Restaurant"))
        self.centre_combo = QComboBox()
        for centre in centres:
            self.centre_combo.addItem(f"{centre.code} – {centre.name}", int(centre.id))
        if activity is not None:
            self.centre_combo.setCurrentIndex(max(0, self.centre_combo.findData(int(activity.cost_centre_id))))
        self.rate_edit = QLineEdit(format_amount(activity.hourly_rate) if activity else "")
        self.rate_edit.setPlaceholderText("2,50")
        self.rate_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        # under the rate: the hour caps' refusal (red) or warning (amber), while typing
        self.rate_note = QLabel()
        self.rate_note.setWordWrap(True)
        self.rate_note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.rate_note.hide()
        self.rate_edit.textChanged.connect(self._on_rate_edit_text_changed)
        self.active_check = QCheckBox(self.tr("Actief (er kunnen uren op worden geschreven)"))
        self.active_check.setChecked(activity.active if activity else True)
        # a member enterprise: the member who runs this activity as their own small business
        self.owner_combo = QComboBox()
        self.owner_combo.addItem(self.tr("Geen (activiteit van de coöperatie)"), None)
        for member_id, label in owners or ():
            self.owner_combo.addItem(label, member_id)
        if activity is not None and activity.owner_member_id is not None:
            self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(activity.owner_member_id)))
        self.owner_combo.setToolTip(self.tr("Een eigen onderneming van een lid: de winstverdeling kan de spaarpot "
                                            "van dat lid een afgesproken deel van het resultaat geven"))
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()

        form = QFormLayout()
        form.addRow(self.tr("Naam"), self.name_edit)
        form.addRow(self.tr("Kostenplaats"), self.centre_combo)
        form.addRow(self.tr("Uurvergoeding (€)"), self.rate_edit)
        form.addRow("", self.rate_note)
        if owners is not None:
            form.addRow(self.tr("Onderneming van"), self.owner_combo)
        else:
            self.owner_combo.hide()
        form.addRow("", self.active_check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._on_rate_edit_text_changed(self.rate_edit.text())

    def owner_member_id(self) -> int | None:
        """The chosen owner's member id; None: the cooperative's own activity."""
        data = self.owner_combo.currentData()
        return None if data is None else int(data)

    def _on_rate_edit_text_changed(self, text: str) -> None:
        check: RateCheck | None = None
        if self._check_rate is not None and text.strip():
            try:
                rate = parse_rate(text)
                # an unchanged rate is not refused (see services.hours.update_activity)
                check = self._check_rate(rate)
                if rate == self._saved_rate and check.refusal is not None:
                    check = RateCheck(warnings=(check.refusal,))
            except CoopDeskError:
                check = None  # a rate that does not read yet: the save says why
        if check is None or check.ok:
            self.rate_note.hide()
            self.rate_note.clear()
            return
        refused = check.refusal is not None
        shown = [check.refusal] if check.refusal is not None else list(check.warnings)
        self.rate_note.setText("\n".join(p.message() for p in shown))
        self.rate_note.setStyleSheet(ERROR_STYLE if refused else WARNING_STYLE)
        self.rate_note.setProperty("refused", refused)
        self._show_rate_note()

    def _show_rate_note(self) -> None:
        # a wrapped label in a form row gets too little height by itself: reserve it
        self.rate_note.show()
        width = self.rate_edit.width() if self.isVisible() else 300
        self.rate_note.setFixedHeight(self.rate_note.heightForWidth(width))
        self.adjustSize()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.rate_note.text():
            self._show_rate_note()  # now the field has its real width

    def _on_buttons_accepted(self) -> None:
        try:
            rate = parse_rate(self.rate_edit.text())
            self.saved = self._save(self.name_edit.text(), int(self.centre_combo.currentData() or 0), rate,
                                    self.active_check.isChecked())
        except CoopDeskError as error:
            self._show(error)
            return
        self.accept()

    def _show(self, error: CoopDeskError) -> None:
        problems = error.problems if isinstance(error, ValidationError) else ()
        rate_problems = [p for p in problems if p.field == "hourly_rate"]
        if rate_problems:  # the rate's problems go under the rate, the others below the form
            self.rate_note.setText("\n".join(p.message() for p in rate_problems))
            self.rate_note.setStyleSheet(ERROR_STYLE)
            self.rate_note.setProperty("refused", True)
            self._show_rate_note()
        others = [p.message() for p in problems if p.field != "hourly_rate"] if problems else [error.message()]
        self.message.setText("\n".join(others))
        self.message.setVisible(bool(others))
        self.adjustSize()  # a message of several lines must not squeeze the fields
        fields = {"name": self.name_edit, "hourly_rate": self.rate_edit, "cost_centre_id": self.centre_combo,
                  "owner_member_id": self.owner_combo}
        widget = fields.get(error.field or "")
        if widget is not None:
            widget.setFocus()


class CostCentreDialog(QDialog):
    """A new cost centre: a short code and a name (a sub-cooperative of an umbrella cooperative)."""

    def __init__(self, save: Callable[[str, str], CostCentre], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuwe kostenplaats"))
        self._save = save
        self.saved: CostCentre | None = None
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("bijvoorbeeld NOORD"))
        self.code_edit.setMaxLength(20)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("bijvoorbeeld Buurtcoöperatie Noord"))
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code_edit)
        form.addRow(self.tr("Naam"), self.name_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _on_buttons_accepted(self) -> None:
        try:
            self.saved = self._save(self.code_edit.text(), self.name_edit.text())
        except CoopDeskError as error:
            self.message.setText(error.message())
            self.message.show()
            (self.name_edit if error.field == "name" else self.code_edit).setFocus()
            return
        self.accept()


class ImportReportDialog(QDialog):
    """What an import found: a calm summary and, when something is wrong, one line per row."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None, *, scope: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Urenformulier inlezen"))
        self.report = report
        self.title = title = QLabel(
            self.tr("Ingelezen: {file}").format(file=report.source_name) if report.ok
            else self.tr("Niet ingelezen: {file}").format(file=report.source_name)
        )
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        title.setFont(font)
        self.summary = QLabel(report.summary())
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(
            "padding: 8px; border-radius: 4px; "
            + ("background: #e6f2ec; color: #1d4d33;" if report.ok else "background: #fbeaea; color: #6b1d1d;")
        )
        # what was filled: rows, members, dates and weeks (after a successful import)
        self.scope = QLabel(scope)
        self.scope.setWordWrap(True)
        self.scope.setVisible(bool(scope))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.scope)
        lines = report.problems if not report.ok else report.warnings
        self.table: QTableView | None = None
        if lines:
            if report.ok:
                layout.addWidget(QLabel(self.tr("Om na te kijken:")))
            self.model = ImportReportModel(sorted(lines, key=lambda p: p.row), self)
            self.table = QTableView()
            self.table.setModel(self.model)
            self.table.verticalHeader().setVisible(False)
            self.table.verticalHeader().setDefaultSectionSize(24)
            # long messages (an earlier import, a file that is no workbook) wrap instead of ending in "…"
            self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            self.table.setWordWrap(True)
            self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
            self.table.setShowGrid(False)
            self.table.setAlternatingRowColors(True)
            self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
            self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            header = self.table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            layout.addWidget(self.table)
        if self.table is None:
            layout.addStretch(1)  # a short report stays together at the top
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        self.resize(780, 420 if lines else (200 if scope else 160))
