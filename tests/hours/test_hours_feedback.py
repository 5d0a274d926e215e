"""What a new treasurer ran into on the Uren page: stray typing, unclear or missing messages."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from hours_cast import WEEK, Cast, SheetWriter
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QStyle, QStyleOptionHeader
from pytestqt.qtbot import QtBot

from coopdesk.gui.hours.dialogs import ImportReportDialog
from coopdesk.gui.hours.models import OverviewModel, WeekGridModel
from coopdesk.gui.hours.page import HoursPage
from coopdesk.services import hours
from coopdesk.services.books import Book

FIRST_DAY = WeekGridModel.FIRST_DAY


def _cell(page: HoursPage, row: int, column: int) -> str:
    return page.week.grid_model.index(row, column).data()


@pytest.mark.parametrize("row_kind", ["totals", "name", "row total"])
def test_typing_on_a_cell_that_cannot_be_edited_does_nothing(
    qtbot: QtBot, page: HoursPage, cast: Cast, book: Book, stack: QUndoStack, row_kind: str
) -> None:
    hours.set_hours(book, cast.fatima.id, cast.restaurant.id, WEEK, "2,5")
    hours.set_hours(book, cast.kees.id, cast.atelier.id, WEEK, "4")
    page.refresh()
    view = page.week.grid_view
    totals = page.week.grid_model.rowCount() - 1
    start = {
        "totals": page.week.grid_model.index(totals, FIRST_DAY),
        "name": page.week.grid_model.index(0, WeekGridModel.MEMBER),
        "row total": page.week.grid_model.index(0, WeekGridModel.TOTAL),
    }[row_kind]
    view.setCurrentIndex(start)
    message = page.week.message.text()
    for text in ("4", "2,5", "K"):
        qtbot.keyClicks(view, text)
        assert view.currentIndex() == start  # no keyboard search jumping to a cell showing "4" or "2"
        assert view.state() != view.State.EditingState
        assert view.indexWidget(view.currentIndex()) is None
    assert page.week.message.text() == message  # and no error
    assert hours.week_grid(book, WEEK).total == 390
    assert stack.count() == 0


def test_a_new_book_without_activities_says_where_to_make_one(qtbot: QtBot, book: Book) -> None:
    page = HoursPage(book, QUndoStack())
    qtbot.addWidget(page)
    hint = "Er zijn nog geen activiteiten. Maak er eerst een aan op het tabblad Activiteiten."
    assert page.week.message.text() == hint
    assert not page.week.add_row_button.isEnabled()
    assert page.week.add_row_button.toolTip() == hint
    centre = hours.list_cost_centres(book)[0]
    dialog = page.activities.activity_dialog()
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Restaurant")
    dialog.centre_combo.setCurrentIndex(dialog.centre_combo.findData(int(centre.id)))
    dialog.rate_edit.setText("2,50")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert page.week.add_row_button.isEnabled()
    assert page.week.add_row_button.toolTip() == ""
    assert page.week.message.text().startswith("Typ uren als")


def _choose(page: HoursPage, member_text: str, activity: str = "Atelier") -> None:
    page.week.member_combo.setEditText(member_text)
    page.week.activity_combo.setCurrentIndex(page.week.activity_combo.findText(activity))
    page.week.add_row_button.click()


def test_adding_a_row_for_someone_who_was_no_member_that_week_says_why(
    page: HoursPage, cast: Cast
) -> None:
    _choose(page, "Henk")  # left 31-10-2026
    assert page.week.message.text().startswith("Henk de Vries is per 31-10-2026 vertrokken")
    assert page.week.message.property("kind") == "warning"
    page.go_to_week(date(2026, 10, 19))
    _choose(page, "Esra")  # joined 01-11-2026
    assert page.week.message.text().startswith("Esra Kaya is pas lid vanaf 01-11-2026")
    _choose(page, "Nobody")
    assert page.week.message.text() == "Geen lid gevonden voor 'Nobody'."
    assert page.week.grid_model.grid.rows == ()
    page.go_to_week(WEEK)
    _choose(page, "kees")  # typed, not picked from the list: the one member it fits
    assert [r.member_name for r in page.week.grid_model.grid.rows] == ["Kees Bakker"]


def test_copying_last_weeks_rows_twice_says_they_are_all_there(
    page: HoursPage, cast: Cast, book: Book
) -> None:
    before = WEEK - timedelta(days=7)
    hours.set_hours(book, cast.kees.id, cast.atelier.id, before, "4")
    page.week.copy_button.click()
    assert page.week.message.text() == "1 rij van vorige week klaargezet."
    page.week.copy_button.click()
    assert page.week.message.text() == "Alle rijen van vorige week staan er al."
    assert len(page.week.grid_model.grid.rows) == 1
    hours.set_hours(book, cast.fatima.id, cast.atelier.id, before, "4")
    hours.set_hours(book, cast.fatima.id, cast.restaurant.id, before, "4")
    page.week.copy_button.click()
    assert page.week.message.text() == "2 rijen van vorige week klaargezet."


def test_clearing_one_cell_says_one_cell(qtbot: QtBot, page: HoursPage, cast: Cast, book: Book) -> None:
    hours.set_hours(book, cast.kees.id, cast.atelier.id, WEEK, "4")
    page.refresh()
    page.week.grid_view.setCurrentIndex(page.week.grid_model.index(0, FIRST_DAY))
    qtbot.keyClick(page.week.grid_view, Qt.Key.Key_Delete)
    assert page.week.message.text() == "1 cel leeggemaakt."


def _dialog(qtbot: QtBot, page: HoursPage) -> ImportReportDialog:
    dialog = page.excel.report_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


def test_the_duplicate_import_message_is_fully_readable(
    qtbot: QtBot, page: HoursPage, tmp_path: Path, write_sheet: SheetWriter
) -> None:
    sheet = write_sheet(tmp_path / "week47.xlsx", [[102, "Kees Bakker", "16-11-2026", "Atelier", 2, None]])
    page.excel.import_sheet(sheet)
    _dialog(qtbot, page).reject()
    page.excel.import_sheet(sheet)
    dialog = _dialog(qtbot, page)
    assert dialog.table is not None
    qtbot.waitExposed(dialog)
    table = dialog.table
    assert table.textElideMode() == Qt.TextElideMode.ElideNone and table.wordWrap()
    text = dialog.model.index(0, 1).data()
    assert text.startswith("Dit formulier is al ingelezen op")
    width = table.columnWidth(1) - 2 * table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin) - 8
    needed = table.fontMetrics().boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text).height()
    assert table.rowHeight(0) >= needed > table.fontMetrics().height()  # more than one line, all of it shown


def test_a_wrong_file_is_named_exactly_as_it_is_called(qtbot: QtBot, page: HoursPage, tmp_path: Path) -> None:
    wrong = tmp_path / "fill_xl.py"
    wrong.write_text("print('hallo')\n", encoding="utf-8")
    page.excel.import_sheet(wrong)
    dialog = _dialog(qtbot, page)
    assert dialog.model.index(0, 1).data().startswith("fill_xl.py is geen Excel-werkmap")
    assert "fill_xl.py" in dialog.windowTitle() + dialog.title.text()


def test_success_says_what_was_filled_and_a_failure_clears_the_old_success(
    qtbot: QtBot, page: HoursPage, tmp_path: Path, write_sheet: SheetWriter
) -> None:
    good = write_sheet(tmp_path / "goed.xlsx", [
        [101, "Fatima Jansen", "16-11-2026", "Restaurant", 2, None],
        [102, "Kees Bakker", "17-11-2026", "Atelier", 3, None],
        [102, "Kees Bakker", "24-11-2026", "Atelier", 1, None],
    ])
    page.excel.import_sheet(good)
    dialog = _dialog(qtbot, page)
    assert dialog.scope.text() == (
        "3 rijen voor 2 leden, van 16-11-2026 t/m 24-11-2026 (week 47 en 48)."
    )
    assert page.week.message.text().startswith("3 rijen ingelezen")
    dialog.reject()
    bad = write_sheet(tmp_path / "fout.xlsx", [[102, "", "31-02-2026", "Atelier", 2, None]])
    page.excel.import_sheet(bad)
    _dialog(qtbot, page).reject()
    assert "ingelezen, samen" not in page.week.message.text()
    assert page.week.message.property("kind") == "error"
    assert page.week.message.text().startswith("fout.xlsx: Er is niets ingelezen")


def test_the_template_dialog_starts_next_to_the_book(
    page: HoursPage, book: Book, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def fake_dialog(_parent: object, _caption: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    page.week.template_button.click()
    assert book.path is not None
    assert asked == [str(book.path.parent / f"urenformulier-{book.path.stem}.xlsx")]


def test_the_cli_does_not_overwrite_a_sheet_without_force(
    book_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from coopdesk.cli import main

    out = tmp_path / "ingevuld.xlsx"
    out.write_bytes(b"filled in by a volunteer")
    assert main(["hours-template", str(book_path), str(out)]) == 1
    assert "bestaat al en wordt niet overschreven" in capsys.readouterr().err
    assert out.read_bytes() == b"filled in by a volunteer"
    assert main(["hours-template", str(book_path), str(out), "--force"]) == 0
    assert "(0 leden, 0 activiteiten)" in capsys.readouterr().out
    assert "Uren" in openpyxl.load_workbook(out).sheetnames


def test_overview_headers_fit_their_text_and_the_sort_arrow(page: HoursPage, cast: Cast, book: Book) -> None:
    """'Nr.' was drawn under the sort arrow: the label must end before the arrow, and fit."""
    hours.set_hours(book, cast.kees.id, cast.atelier.id, WEEK, "4")
    page.tabs.setCurrentIndex(1)
    header = page.overviews.overview_view.horizontalHeader()
    style = header.style()
    for column in (OverviewModel.NUMBER, OverviewModel.LABEL, OverviewModel.FIRST_MONTH, OverviewModel.TOTAL):
        header.setSortIndicator(column, Qt.SortOrder.AscendingOrder)
        option = QStyleOptionHeader()
        option.initFrom(header)
        option.state |= QStyle.StateFlag.State_Horizontal
        option.rect = QRect(0, 0, header.sectionSize(column), header.height())
        option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
        label = style.subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
        arrow = style.subElementRect(QStyle.SubElement.SE_HeaderArrow, option, header)
        text = page.overviews.overview_model.headerData(column, Qt.Orientation.Horizontal)
        assert label.right() < arrow.left(), text
        assert label.width() >= header.fontMetrics().horizontalAdvance(text), text


def test_the_cli_template_counts_in_singular_and_plural(
    book: Book, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from coopdesk.cli import main
    from coopdesk.domain.member import MemberForm
    from coopdesk.domain.money import Money
    from coopdesk.services.members import register_member

    register_member(book, MemberForm(name="Fatima Jansen", joined_on=date(2024, 1, 1)))
    hours.add_activity(book, "Restaurant", hours.list_cost_centres(book)[0].id, Money("2.50"))
    assert book.path is not None
    book.close()
    assert main(["hours-template", str(book.path), str(tmp_path / "uren.xlsx")]) == 0
    assert "(1 lid, 1 activiteit)" in capsys.readouterr().out
