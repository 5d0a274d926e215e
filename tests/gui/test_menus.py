"""Menus (issue 9): page shortcuts, print and export where a page has something,
the recent books, F1 for the keyboard shortcuts, and where "Openen…" starts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from coopdesk.domain.money import Money
from coopdesk.exports.report_text import show_cell
from coopdesk.gui.pages import PAGES
from coopdesk.gui.paths import data_dir
from coopdesk.gui.report_output import report_html
from coopdesk.services.books import Book


def _ledger_index() -> int:
    return next(i for i, entry in enumerate(PAGES) if entry.class_name == "LedgerPage")


def test_ctrl_and_a_number_shows_each_page_in_navigation_order(window) -> None:  # type: ignore[no-untyped-def]
    assert [a.shortcut().toString() for a in window.page_actions] == [f"Ctrl+{i + 1}" for i in range(len(PAGES))]
    assert [a.text() for a in window.page_actions] == [entry.title() for entry in PAGES]
    for index in reversed(range(len(PAGES))):
        window.page_actions[index].trigger()
        assert window.navigation.currentRow() == index
        assert window.page_stack.currentWidget() is window.page_at(index)


def test_page_shortcuts_are_off_without_a_book(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert not any(a.isEnabled() for a in window.page_actions)
    assert not window.print_action.isEnabled() and not window.export_action.isEnabled()


def test_print_and_export_are_enabled_only_where_there_is_a_report(window) -> None:  # type: ignore[no-untyped-def]
    window.show_page(0)  # Overzicht: nothing to print
    assert not window.print_action.isEnabled() and not window.export_action.isEnabled()
    window.page_actions[_ledger_index()].trigger()
    assert window.print_action.isEnabled() and window.export_action.isEnabled()
    assert window.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    window.page_actions[0].trigger()
    assert not window.print_action.isEnabled()


def test_export_writes_the_report_on_screen_next_to_the_book(  # type: ignore[no-untyped-def]
    window, book: Book, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.show_page(_ledger_index())
    report = window.printable_report()
    assert report is not None
    asked: list[str] = []
    target = tmp_path / "export" / "overzicht"  # no extension typed: .xlsx is added
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, caption, proposed, filters: (asked.append(proposed), (str(target), ""))[1])
    written = window.export_page()
    assert book.path is not None and Path(asked[0]).parent == book.path.parent
    assert Path(asked[0]).name == f"{report.title.render()} {report.period.render()}.xlsx"
    assert written == target.with_suffix(".xlsx")
    sheet = load_workbook(written).active
    assert sheet is not None
    figures = [c.value for row in sheet.iter_rows(min_row=3) for c in row if isinstance(c.value, int | float)]
    expected = [float(v.amount) for r in [*[r.cells for r in report.rows], report.totals]
                for v in r if isinstance(v, Money)]
    assert figures == pytest.approx(expected) and expected


def test_export_after_the_demo_proposes_documents(  # type: ignore[no-untyped-def]
    make_window, monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    window.open_demo()
    window.show_page(_ledger_index())
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, caption, proposed, filters: (asked.append(proposed), ("", ""))[1])
    assert window.export_page() is None  # cancelled
    assert not Path(asked[0]).resolve().is_relative_to(data_dir().resolve())


def test_print_renders_the_report_table_to_the_chosen_printer(  # type: ignore[no-untyped-def]
    window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.show_page(_ledger_index())
    report = window.printable_report()
    assert report is not None
    pdf = tmp_path / "overzicht.pdf"

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert window.print_page()
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 1000

    page = report_html(report)
    assert report.title.render() in page
    for row in report.rows:
        for value in row.cells:
            if isinstance(value, Money):
                assert show_cell(value) in page
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected.value)
    assert not window.print_page()


def test_help_lists_the_keyboard_shortcuts(window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    assert window.help_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)  # F1: the guide
    window.shortcuts_action.trigger()
    box = window.dialog
    assert isinstance(box, QMessageBox) and box.objectName() == "shortcutsBox"
    listed = dict(window.shortcut_list())
    assert listed[PAGES[0].title()] == "Ctrl+1"
    assert listed["Afdrukken"] == QKeySequence(QKeySequence.StandardKey.Print).toString(
        QKeySequence.SequenceFormat.NativeText)
    assert "Ctrl+1" in box.text() and "F2" in box.text() and "Ctrl+Enter" in box.text()
    box.reject()


def test_open_after_the_demo_starts_in_documents(  # type: ignore[no-untyped-def]
    make_window, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Failed before: "Openen…" started in the app's data folder, where the demo lives."""
    window = make_window()
    window.open_demo()
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda parent, caption, folder, filters: (asked.append(folder), ("", ""))[1])
    window.choose_book()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(asked[0]) == (Path(documents) if documents else Path.home())


def test_open_starts_next_to_the_last_real_book(  # type: ignore[no-untyped-def]
    make_window, book: Book, monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(book)
    window.open_demo()
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda parent, caption, folder, filters: (asked.append(folder), ("", ""))[1])
    window.choose_book()
    assert book.path is not None and Path(asked[0]) == book.path.parent


def _mnemonics(menu) -> list[str]:  # type: ignore[no-untyped-def]
    import re

    found = []
    for action in menu.actions():
        match = re.search(r"&([^&])", action.text().replace("&&", ""))
        if match and action.isVisible():
            found.append(match.group(1).lower())
    return found


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_menu_uses_a_mnemonic_twice(make_window, language: str, request: pytest.FixtureRequest) -> None:  # type: ignore[no-untyped-def]
    """Failed before in English: &Recent books and &Restore backup… both took Alt+R."""
    if language == "en":
        request.getfixturevalue("english")
    window = make_window()
    from PySide6.QtWidgets import QMenu

    menus = [window.menuBar(), *window.menuBar().findChildren(QMenu)]
    for menu in menus:
        letters = _mnemonics(menu)
        assert len(letters) == len(set(letters)), (menu.title(), letters)
