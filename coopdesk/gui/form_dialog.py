"""The frame of a small form dialog: an optional intro line, a form layout, a red error
line under the form, and Save / Cancel.

A form subclasses `FormDialog`, adds its rows to `form`, calls `finish_layout()` and
overrides `save()`: one service call that returns the `Changes` to emit. Save runs it
through `attempt`; a `CoopDeskError` is shown in the error line and the dialog stays
open (the service wrote nothing), success keeps the `Changes` in `outcome` and accepts.
A form that answers some refusal with a question overrides `refused` (the Boekhouding
forms offer "Toch boeken" for a cash account going below zero).
Used by the Vergoedingen, Spaarpotten and Boekhouding forms.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from coopdesk.domain.errors import CoopDeskError
from coopdesk.services.books import Book
from coopdesk.services.changes import Changes

ERROR_STYLE = "color: #b3261e;"


class FormDialog(QDialog):
    """A form layout, a red error line, and the two buttons (see module docstring).

    `fit_error`: grow the dialog to show a refusal of several lines whole."""

    def __init__(self, book: Book, title: str, save_text: str, parent: QWidget | None, *,
                 minimum_width: int = 440, fit_error: bool = False) -> None:
        super().__init__(parent)
        self.book = book
        self.outcome = Changes()
        self.fit_error = fit_error
        self.setWindowTitle(title)
        self.setMinimumWidth(minimum_width)
        self.layout_ = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.layout_.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.layout_.addLayout(self.form)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(save_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def say(self, text: str) -> None:
        """Show `text` as the intro above the form."""
        self.intro.setText(text)
        self.intro.show()

    def finish_layout(self) -> None:
        """Put the error line and the buttons under the rows the form added."""
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    def _on_buttons_accepted(self) -> None:
        self.attempt(self.save)

    def attempt(self, action: Callable[[], Changes]) -> None:
        try:
            self.outcome = action()
        except CoopDeskError as error:
            self.refused(error, action)
            return
        self.accept()

    def refused(self, error: CoopDeskError, action: Callable[[], Changes]) -> None:
        """Show why `action` was refused under the form (nothing was written); `action`
        is there for a form that offers to retry it."""
        self.error.setText(error.message())
        if self.fit_error:
            self.adjustSize()

    def save(self) -> Changes:  # pragma: no cover - every form overrides it
        raise NotImplementedError


__all__ = ["ERROR_STYLE", "FormDialog"]
