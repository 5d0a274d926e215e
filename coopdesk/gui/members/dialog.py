"""The member dialog: add or edit one member (Designer form `ui/member_dialog.ui`).

The dialog composes the generated `Ui_MemberDialog` and keeps its logic in
named slots. Pressing OK hands the typed `MemberForm` to a `submit` callable
(the page's use of a service). When the service raises a `ValidationError`,
every problem is shown in red under its field, the field is highlighted, the
dialog stays open and the book is unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from datetime import date
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from coopdesk.domain.dates import date_problem
from coopdesk.domain.errors import CoopDeskError, Problem, ValidationError
from coopdesk.domain.member import (
    LeaveReason,
    Member,
    MemberDetails,
    MemberForm,
    PaymentRegime,
    warnings_for,
)
from coopdesk.domain.validation import format_iban
from coopdesk.gui.date_field import DateField
from coopdesk.gui.forms.member_dialog_ui import Ui_MemberDialog
from coopdesk.gui.widgets import (
    FieldErrors,
    fit_wrapped_label,
    grow_to_fit,
    select_data,
)

Submit = Callable[[MemberForm], None]


def _put(widget: QWidget, value: object) -> None:
    """Show a member field's value in its widget (by the widget's kind)."""
    if isinstance(widget, DateField):
        widget.set_value(value)  # type: ignore[arg-type]
    elif isinstance(widget, QComboBox):
        select_data(widget, value)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(value))
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value))
    else:  # pragma: no cover - a new kind of widget needs a line here
        raise TypeError(type(widget).__name__)


def _take(widget: QWidget) -> Any:
    """A member field's value as its widget holds it, unchecked."""
    if isinstance(widget, DateField):
        return widget.value()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    raise TypeError(type(widget).__name__)  # pragma: no cover
WARNING_STYLE = "QLabel { background: #fff4d6; border: 1px solid #e0c36a; border-radius: 4px; padding: 8px; }"


class MemberDialog(QDialog):
    """Add (`member=None`) or edit a member; `submit` does the work or raises."""

    def __init__(self, today: date, member: Member | None, submit: Submit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MemberDialog()
        self.ui.setupUi(self)
        self._today = today
        self._submit = submit
        self.member = member
        self._fitting = False
        ui = self.ui

        ui.birthEdit.setup(field="birth_on", optional=True,
                           open_at=today.replace(year=today.year - 30, day=1))
        ui.joinedEdit.setup(field="joined_on", optional=False)
        ui.leftEdit.setup(field="left_on", optional=True)
        ui.regimeCombo.addItem(self.tr("— kies —"), None)
        for regime in PaymentRegime:
            ui.regimeCombo.addItem(regime.label.render(), regime)
        ui.reasonCombo.addItem(self.tr("—"), None)
        for reason in LeaveReason:
            ui.reasonCombo.addItem(reason.label.render(), reason)
        ui.notesEdit.setFixedHeight(72)
        ui.regimeHelp.setStyleSheet("color: #555;")
        ui.warningLabel.setStyleSheet(WARNING_STYLE)
        ui.warningLabel.hide()

        self.errors = FieldErrors(ui.generalErrorLabel)
        person, membership = ui.personForm, ui.membershipForm
        # the one place a member's fields meet their widgets: filling, reading, errors
        self.fields: tuple[tuple[str, QWidget, QFormLayout | None], ...] = (
            ("name", ui.nameEdit, person),
            ("address", ui.addressEdit, person),
            ("postcode", ui.postcodeEdit, person),
            ("city", ui.cityEdit, person),
            ("birth_on", ui.birthEdit, person),
            ("email", ui.emailEdit, person),
            ("phone", ui.phoneEdit, person),
            ("iban", ui.ibanEdit, person),
            ("joined_on", ui.joinedEdit, membership),
            ("left_on", ui.leftEdit, membership),
            ("leave_reason", ui.reasonCombo, membership),
            ("regime", ui.regimeCombo, membership),
            ("social_assistance", ui.assistanceCheck, None),  # a tick box cannot be wrong
            ("notes", ui.notesEdit, membership),
        )
        assert {name for name, _, _ in self.fields} == {f.name for f in fields(MemberForm)}
        for name, widget, form in self.fields:
            if form is not None:
                self.errors.add(name, widget, form)

        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Opslaan"))
        ui.buttonBox.accepted.connect(self._on_button_box_accepted)
        ui.buttonBox.rejected.connect(self.reject)
        ui.birthEdit.dateChanged.connect(self._on_inputs_changed)
        ui.regimeCombo.currentIndexChanged.connect(self._on_inputs_changed)
        ui.assistanceCheck.toggled.connect(self._on_inputs_changed)

        if member is None:
            self.setWindowTitle(self.tr("Nieuw lid"))
            ui.numberEdit.setText(self.tr("wordt toegekend bij opslaan"))
            self._fill(None)
        else:
            self.setWindowTitle(self.tr("Lid {number} wijzigen: {name}").format(
                number=member.number, name=member.name))
            ui.numberEdit.setText(str(member.number))
            self._fill(member.details)
        ui.nameEdit.setFocus()
        self.resize(900, self.sizeHint().height())
        self._on_inputs_changed()

    # -- sizing -----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Size the wrapped help and warning texts for their real width, then grow to fit."""
        if self._fitting:
            return
        self._fitting = True
        try:
            fit_wrapped_label(self.ui.regimeHelp)
            fit_wrapped_label(self.ui.warningLabel)
            grow_to_fit(self)
        finally:
            self._fitting = False

    # -- filling and reading ------------------------------------------------------------
    def _fill(self, details: MemberDetails | None) -> None:
        ui = self.ui
        if details is None:
            ui.joinedEdit.set_value(self._today)
            select_data(ui.regimeCombo, None)  # a conscious choice: it decides the legal caps
            return
        for name, widget, _ in self.fields:
            value = getattr(details, name)
            _put(widget, format_iban(value) if name == "iban" else value)

    def form(self) -> MemberForm:
        """What the treasurer typed, unchecked (a date that is no date raises at once)."""
        ui = self.ui
        wrong = [p for p in (date_problem(f.text(), f.field_name)
                             for f in (ui.birthEdit, ui.joinedEdit, ui.leftEdit)) if p is not None]
        if wrong:
            raise ValidationError(wrong)
        return MemberForm(**{name: _take(widget) for name, widget, _ in self.fields})

    # -- slots ----------------------------------------------------------------------------
    def _on_button_box_accepted(self) -> None:
        self.errors.clear()
        try:
            self._submit(self.form())
        except ValidationError as error:
            self._show_errors(error)
            return
        except CoopDeskError as error:
            self._show_errors(ValidationError([_general(error)]))
            return
        self.accept()

    def _show_errors(self, error: ValidationError) -> None:
        self.errors.show(error)
        grow_to_fit(self)

    def _on_inputs_changed(self, *_args: object) -> None:
        ui = self.ui
        probe = MemberDetails(
            name="",
            joined_on=self._today,
            birth_on=ui.birthEdit.value_or_none(),
            regime=ui.regimeCombo.currentData() or PaymentRegime.NONE,
            social_assistance=ui.assistanceCheck.isChecked(),
        )
        warnings = [text.render() for text in warnings_for(probe, self._today)]
        was_visible = ui.warningLabel.isVisibleTo(self)
        ui.warningLabel.setText("\n".join(warnings))
        ui.warningLabel.setVisible(bool(warnings))
        if bool(warnings) != was_visible and self.isVisible():
            self._fit()


def _general(error: CoopDeskError) -> Problem:
    """A refusal that is not about one field, shown in the dialog's general line."""
    return Problem(None, error.text, tuple(error.values.items()))
