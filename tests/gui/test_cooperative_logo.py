"""The "Gegevens coöperatie" dialog: the treasurer's name and the logo (chosen, previewed,
refused when too large or not an image, removed), saved in the book."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from coopdesk.domain.cooperative import LOGO_MAX_BYTES
from coopdesk.gui.book_dialogs import CooperativeDialog
from coopdesk.services import books
from coopdesk.services.books import Book
from tests.services.test_cooperative_details import image_bytes


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(path), "")))


def _open(window) -> CooperativeDialog:  # type: ignore[no-untyped-def]
    window.details_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, CooperativeDialog)
    return dialog


def _save(qtbot: QtBot, dialog: CooperativeDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_treasurer_and_logo_are_saved_and_shown_again(qtbot: QtBot, make_window, book: Book,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    logo = image_bytes("PNG", (300, 100))
    (tmp_path / "logo.png").write_bytes(logo)
    window = make_window(book)
    dialog = _open(window)
    assert dialog.logo_preview is not None and dialog.logo_preview.text() == "(geen logo)"
    assert dialog.remove_logo_button is not None and not dialog.remove_logo_button.isEnabled()
    qtbot.keyClicks(dialog.edits["treasurer"], "Ria de Vries")
    _choose(monkeypatch, tmp_path / "logo.png")
    qtbot.mouseClick(dialog.findChild(QPushButton, "chooseLogoButton"), Qt.MouseButton.LeftButton)
    assert not dialog.logo_preview.pixmap().isNull()
    assert dialog.logo_preview.pixmap().width() <= 160 and dialog.logo_preview.pixmap().height() <= 48
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    details = books.cooperative_details(book)
    assert (details.treasurer, details.logo) == ("Ria de Vries", logo)

    again = _open(window)
    assert again.edits["treasurer"].text() == "Ria de Vries"
    assert again.logo == logo and again.logo_preview is not None and not again.logo_preview.pixmap().isNull()
    assert again.remove_logo_button is not None and again.remove_logo_button.isEnabled()
    qtbot.mouseClick(again.remove_logo_button, Qt.MouseButton.LeftButton)
    assert again.logo_preview.text() == "(geen logo)"
    _save(qtbot, again)
    assert books.cooperative_details(book).logo == b""


@pytest.mark.parametrize(("content", "message"), [
    (b"\x89PNG\r\n\x1a\n" + b"\0" * (2 * LOGO_MAX_BYTES), "te groot (1025 kB)"),
    (b"\x89PNG\r\n\x1a\n but nothing after it", "PNG- of JPEG-afbeelding"),
    (b"just some text", "PNG- of JPEG-afbeelding"),
])
def test_a_too_large_or_broken_logo_is_refused_and_nothing_is_written(  # type: ignore[no-untyped-def]
        qtbot: QtBot, make_window, book: Book, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        content: bytes, message: str) -> None:
    (tmp_path / "logo.png").write_bytes(content)
    dialog = _open(make_window(book))
    _choose(monkeypatch, tmp_path / "logo.png")
    qtbot.mouseClick(dialog.findChild(QPushButton, "chooseLogoButton"), Qt.MouseButton.LeftButton)
    assert message in dialog.errors.message("logo")
    assert dialog.logo == b"" and dialog.logo_preview is not None and dialog.logo_preview.text() == "(geen logo)"
    _save(qtbot, dialog)
    assert books.cooperative_details(book).logo == b""


def test_the_new_book_dialog_asks_the_treasurer_but_has_no_logo(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.new_book()
    dialog = window.dialog
    assert isinstance(dialog, CooperativeDialog)
    assert "treasurer" in dialog.edits and dialog.logo_preview is None
    dialog.reject()
