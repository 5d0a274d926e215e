"""Recording that a member left: the date and the reason (outflow to a job or
education is what the municipality asks about)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopDeskError, Problem, ValidationError, problem
from coopdesk.domain.member import LeaveReason, Member
from coopdesk.gui.date_field import DateField
from coopdesk.gui.widgets import FieldErrors, grow_to_fit

SubmitLeaving = Callable[[date, LeaveReason], None]


class LeaveDialog(QDialog):
    def __init__(self, member: Member, today: date, submit: SubmitLeaving,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LeaveDialog")
        self.setWindowTitle(self.tr("Vertrek vastleggen"))
        self._submit = submit
        self.member = member

        intro = QLabel(self.tr("Wanneer en waarom is {name} (lid {number}) vertrokken?").format(
            name=member.name, number=member.number))
        intro.setWordWrap(True)
        self.date_edit = DateField()
        self.date_edit.setObjectName("leftEdit")
        self.date_edit.setup(field="left_on", optional=False)
        self.date_edit.set_value(today)
        self.reason_combo = QComboBox(objectName="reasonCombo")
        for reason in LeaveReason:
            self.reason_combo.addItem(reason.label.render(), reason)
        hint = QLabel(self.tr("Betaald werk en opleiding tellen voor de gemeente als uitstroom."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")

        form = QFormLayout()
        form.setLabelAlignment(form.labelAlignment())
        form.addRow(self.tr("&Datum vertrek"), self.date_edit)
        form.addRow(self.tr("&Reden"), self.reason_combo)
        form.addRow("", hint)
        general = QLabel()
        self.errors = FieldErrors(general)
        self.errors.add("left_on", self.date_edit, form)
        self.errors.add("leave_reason", self.reason_combo, form)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Vastleggen"))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def _on_buttons_accepted(self) -> None:
        self.errors.clear()
        try:
            left_on = self.date_edit.value()
            if left_on is None:
                raise ValidationError([problem("left_on", "Vul de datum van vertrek in.", "Enter the date left.")])
            self._submit(left_on, self.reason_combo.currentData())
        except ValidationError as error:
            self.errors.show(error)
            grow_to_fit(self)
            return
        except CoopDeskError as error:
            self.errors.show(ValidationError([Problem(None, error.text, tuple(error.values.items()))]))
            grow_to_fit(self)
            return
        self.accept()
