"""Where file dialogs start, and that Qt's own dialogs speak Dutch (issue 9).

* "Nieuw boek" proposes the folder of the last real book, else Documents; never the
  app's data folder where the demo books are generated.
* "Excel inlezen…" starts next to the book, not in the process's working folder.
* Qt's standard buttons and file dialog read Dutch once `qtbase_nl` is loaded.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from coopdesk.gui.book_dialogs import CooperativeDialog
from coopdesk.gui.i18n import load_qt_dutch
from coopdesk.gui.paths import data_dir
from coopdesk.services.books import Book


def _proposed_folder(window) -> Path:  # type: ignore[no-untyped-def]
    window.new_book()
    dialog = window.dialog
    assert isinstance(dialog, CooperativeDialog) and dialog.path_edit is not None
    folder = Path(dialog.path_edit.text()).parent
    dialog.reject()
    return folder


def test_a_new_book_after_the_demo_starts_in_documents_not_in_the_app_folder(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.open_demo()
    assert window.book is not None and window.book.path is not None
    assert window.book.path.parent == data_dir()
    folder = _proposed_folder(window)
    assert not folder.resolve().is_relative_to(data_dir().resolve())
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert folder == (Path(documents) if documents else Path.home())


def test_a_new_book_starts_next_to_the_last_real_book(make_window, book: Book) -> None:  # type: ignore[no-untyped-def]
    window = make_window(book)
    window.open_demo()
    assert book.path is not None
    assert _proposed_folder(window) == book.path.parent


def test_excel_import_starts_next_to_the_book(window, book: Book, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from coopdesk.gui.hours import page as hours_page

    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda parent, caption, folder, filters: (asked.append(folder), ("", ""))[1])
    page = next(p for p in window.build_all_pages() if isinstance(p, hours_page.HoursPage))
    page.week.import_button.click()
    assert book.path is not None and asked == [str(book.path.parent)]


@pytest.fixture
def qt_dutch(qapp: QApplication) -> Iterator[None]:
    translator = load_qt_dutch(qapp)
    assert translator is not None, "qtbase_nl.qm ships with PySide6"
    yield
    qapp.removeTranslator(translator)


@pytest.mark.usefixtures("qt_dutch")
def test_qt_dutch_leaves_coopdesk_own_strings_alone(qtbot: QtBot, qapp: QApplication) -> None:
    assert qapp.translate("MemberDialog", "Tele&foon") == "Tele&foon"
    assert qapp.translate("QFileDialog", "Geen Qt-tekst") == "Geen Qt-tekst"
    from coopdesk.gui.members.dialog import MemberDialog

    dialog = MemberDialog(date(2026, 11, 28), None, lambda *args: None)
    qtbot.addWidget(dialog)
    assert dialog.ui.phoneLabel.text() == "Tele&foon" and dialog.ui.personGroup.title() == "Persoon"


@pytest.mark.usefixtures("qt_dutch")
def test_qt_standard_buttons_and_the_file_dialog_are_dutch(qtbot: QtBot) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "CoopDesk", "Opslaan?",
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert sorted(button.text().replace("&", "") for button in box.buttons()) == ["Annuleren", "Opslaan"]
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {name: dialog.findChild(QLabel, name) for name in ("lookInLabel", "fileTypeLabel")}
    # Qt's sources are "&Look in:" and "Files of &type:"; its Dutch catalogue has them without "&"
    assert {name: label.text().replace("&", "") for name, label in labels.items() if label is not None} == {
        "lookInLabel": "Zoeken in:", "fileTypeLabel": "Bestanden van type:"}
