"""The hours page driven like a treasurer: type a week of hours, move with Tab, undo, import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hours_cast import WEEK, Cast, SheetWriter, type_into_cell
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from coopdesk.domain.clock import FixedClock
from coopdesk.domain.hours import HistoryRow, ImportProblem, MemberHistory
from coopdesk.domain.text import Text
from coopdesk.gui.hours.models import (
    ActivitiesModel,
    HistoryModel,
    ImportReportModel,
    OverviewModel,
    WeekGridModel,
)
from coopdesk.gui.hours.page import HoursPage
from coopdesk.services import hours
from coopdesk.services.books import Book, open_book

FIRST_DAY = WeekGridModel.FIRST_DAY



def _add_row(page: HoursPage, member: str, activity: str) -> None:
    page.week.member_combo.setCurrentIndex(page.week.member_combo.findText(member, Qt.MatchFlag.MatchContains))
    page.week.activity_combo.setCurrentIndex(page.week.activity_combo.findText(activity))
    page.week.add_row_button.click()


def _cell(page: HoursPage, row: int, column: int) -> str:
    return page.week.grid_model.index(row, column).data()


def test_the_page_contract(page: HoursPage) -> None:
    assert page.title() == "Uren"
    page.refresh()
    assert page.week.week_label.text() == "Week 47 · 16-11-2026 t/m 22-11-2026"


def test_type_a_week_from_the_keyboard_and_find_it_after_reopening(
    qtbot: QtBot, page: HoursPage, cast: Cast, book: Book, book_path: Path, stack: QUndoStack
) -> None:
    view = page.week.grid_view
    _add_row(page, "Kees", "Atelier")
    _add_row(page, "Fatima", "Restaurant")
    assert [r.member_name for r in page.week.grid_model.grid.rows] == ["Fatima Jansen", "Kees Bakker"]
    assert view.currentIndex().row() == 0 and view.currentIndex().column() == FIRST_DAY

    type_into_cell(qtbot, view, "2,5")
    type_into_cell(qtbot, view, "3")
    type_into_cell(qtbot, view, "2:30")
    assert view.currentIndex().column() == FIRST_DAY + 3
    # Tab from Sunday goes on to Kees's Monday, skipping totals and names
    for _ in range(4):
        qtbot.keyClick(view.indexWidget(view.currentIndex()), Qt.Key.Key_Tab)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, FIRST_DAY)
    type_into_cell(qtbot, view, "4", then=Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _cell(page, 1, FIRST_DAY) == "4")

    totals = page.week.grid_model.rowCount() - 1
    assert _cell(page, 0, WeekGridModel.TOTAL) == "8"
    assert _cell(page, 1, WeekGridModel.TOTAL) == "4"
    assert _cell(page, totals, FIRST_DAY) == "6,5"
    assert _cell(page, totals, WeekGridModel.TOTAL) == "12"
    assert stack.count() == 4
    assert page.week.message.property("kind") == "info"

    book.close()
    again = open_book(book_path, clock=FixedClock.on(date(2026, 11, 28)), backup=False)
    try:
        grid = hours.week_grid(again, WEEK)
        assert [(r.member_name, r.cells[:4]) for r in grid.rows] == [
            ("Fatima Jansen", (150, 180, 150, 0)), ("Kees Bakker", (240, 0, 0, 0))
        ]
    finally:
        again.close()


def test_a_wrong_value_shows_a_message_and_is_not_saved(
    qtbot: QtBot, page: HoursPage, book: Book, stack: QUndoStack
) -> None:
    view = page.week.grid_view
    _add_row(page, "Kees", "Atelier")
    type_into_cell(qtbot, view, "abc")
    assert page.week.message.property("kind") == "error"
    assert "'abc' is geen aantal uren" in page.week.message.text()
    assert view.currentIndex().column() == FIRST_DAY  # stays on the cell to correct it
    assert _cell(page, 0, FIRST_DAY) == ""
    type_into_cell(qtbot, view, "2,1")
    assert "geen heel kwartier" in page.week.message.text()
    type_into_cell(qtbot, view, "30")
    assert "meer dan er in een dag zit" in page.week.message.text()
    assert hours.week_grid(book, WEEK).total == 0
    assert stack.count() == 0


def test_hours_outside_membership_are_refused_in_the_grid(qtbot: QtBot, page: HoursPage, book: Book) -> None:
    page.go_to_week(date(2026, 10, 26))
    _add_row(page, "Esra", "Atelier")  # joined 01-11-2026
    type_into_cell(qtbot, page.week.grid_view, "2")
    assert "pas lid sinds 01-11-2026" in page.week.message.text()
    assert hours.week_grid(book, date(2026, 10, 26)).total == 0


def test_delete_clears_and_undo_brings_back(
    qtbot: QtBot, page: HoursPage, cast: Cast, book: Book, stack: QUndoStack
) -> None:
    hours.set_hours(book, cast.kees.id, cast.atelier.id, WEEK, "4")
    hours.set_hours(book, cast.kees.id, cast.atelier.id, date(2026, 11, 17), "2")
    page.refresh()
    view = page.week.grid_view
    view.setCurrentIndex(page.week.grid_model.index(0, FIRST_DAY))
    view.selectionModel().select(page.week.grid_model.index(0, FIRST_DAY + 1),
                                 view.selectionModel().SelectionFlag.Select)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert hours.week_grid(book, WEEK, extra=[]).total == 0
    assert _cell(page, 0, WeekGridModel.TOTAL) == "0"
    assert stack.count() == 1
    stack.undo()
    assert hours.week_grid(book, WEEK).total == 360
    assert _cell(page, 0, WeekGridModel.TOTAL) == "6"
    stack.redo()
    assert hours.week_grid(book, WEEK).total == 0


def test_undo_of_a_typed_value(qtbot: QtBot, page: HoursPage, book: Book, stack: QUndoStack) -> None:
    _add_row(page, "Kees", "Atelier")
    type_into_cell(qtbot, page.week.grid_view, "2")
    type_into_cell(qtbot, page.week.grid_view, "3")
    page.go_to_week(date(2026, 11, 2))
    stack.undo()
    assert page.monday == WEEK  # undo shows the week it changes
    assert hours.week_grid(book, WEEK).total == 120
    stack.undo()
    assert hours.week_grid(book, WEEK).total == 0
    assert [r.member_name for r in page.week.grid_model.grid.rows] == ["Kees Bakker"]


def test_week_navigation_filter_and_copy(qtbot: QtBot, page: HoursPage, cast: Cast, book: Book) -> None:
    hours.set_hours(book, cast.kees.id, cast.atelier.id, WEEK, "4")
    hours.set_hours(book, cast.fatima.id, cast.restaurant.id, WEEK, "2")
    page.week.next_button.click()
    assert page.monday == date(2026, 11, 23)
    assert not page.week.next_button.isEnabled()  # no weeks after this one yet
    assert page.week.grid_model.rowCount() == 1  # only the totals row
    page.week.copy_button.click()
    assert [r.member_name for r in page.week.grid_model.grid.rows] == ["Fatima Jansen", "Kees Bakker"]
    # Sunday 29-11 lies after "today": not editable
    assert not page.week.grid_model.flags(page.week.grid_model.index(0, FIRST_DAY + 6)) & Qt.ItemFlag.ItemIsEditable
    page.week.week_spin.setValue(47)
    assert page.monday == WEEK
    qtbot.keyClicks(page.week.search_edit, "kees")
    assert [r.member_name for r in page.week.grid_model.grid.rows] == ["Kees Bakker"]
    page.week.search_edit.clear()
    page.week.prev_button.click()
    assert page.monday == date(2026, 11, 9)
    page.week.date_edit.setDate(page.week.date_edit.date().addDays(8))
    assert page.monday == WEEK


def test_overviews_on_the_page(page: HoursPage, cast: Cast, book: Book) -> None:
    hours.set_hours(book, cast.kees.id, cast.atelier.id, date(2026, 1, 5), "4")
    hours.set_hours(book, cast.fatima.id, cast.restaurant.id, date(2026, 3, 2), "1,5")
    page.refresh()
    page.tabs.setCurrentIndex(1)
    model = page.overviews.overview_view.model()
    assert isinstance(model, OverviewModel)
    assert [model.index(r, OverviewModel.LABEL).data() for r in range(model.rowCount())] == [
        "Fatima Jansen", "Kees Bakker", "Totaal"
    ]
    assert model.index(2, OverviewModel.TOTAL).data() == "5,5"
    assert "5,5 uur in totaal" in page.overviews.overview_caption.text()
    page.overviews.overview_kind.setCurrentIndex(1)
    assert [model.index(r, OverviewModel.LABEL).data() for r in range(model.rowCount())] == [
        "Atelier", "Restaurant", "Totaal"
    ]
    page.overviews.overview_kind.setCurrentIndex(2)
    page.overviews.history_member_combo.setCurrentIndex(page.overviews.history_member_combo.findData(int(cast.kees.id)))
    history = page.overviews.overview_view.model()
    assert isinstance(history, HistoryModel)
    assert history.index(0, 0).data() == "jan 2026" and history.index(0, 3).data() == "4"


def test_activities_are_managed_on_the_page(qtbot: QtBot, page: HoursPage, book: Book) -> None:
    page.tabs.setCurrentIndex(2)
    dialog = page.activities.activity_dialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Stadslandbouw")
    qtbot.keyClicks(dialog.rate_edit, "2,25")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert page.activities.activities_model.rowCount() == 3
    assert page.week.activity_combo.findText("Stadslandbouw") >= 0
    farm = next(a for a in hours.list_activities(book) if a.name == "Stadslandbouw")
    assert str(farm.hourly_rate) == "2.25"

    duplicate = page.activities.activity_dialog()
    qtbot.addWidget(duplicate)
    qtbot.keyClicks(duplicate.name_edit, "Atelier")
    duplicate.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "Er is al een activiteit 'Atelier'" in duplicate.message.text()
    assert duplicate.result() != duplicate.DialogCode.Accepted

    page.activities.activities_view.setCurrentIndex(page.activities.activities_model.index(2, 0))  # Stadslandbouw
    page.activities.toggle_activity_button.click()
    assert page.activities.activities_model.index(2, 3).data() == "niet actief"
    assert page.week.activity_combo.findText("Stadslandbouw") < 0


def test_import_from_the_page_shows_the_report(
    qtbot: QtBot, page: HoursPage, book: Book, tmp_path: Path, write_sheet: SheetWriter
) -> None:
    bad = write_sheet(tmp_path / "fout.xlsx", [[102, "", "16-11-2026", "Atelier", 2, None],
                                          [102, "", "31-02-2026", "Atelier", 2, None]])
    report = page.excel.import_sheet(bad)
    assert page.excel.report_dialog is not None
    qtbot.addWidget(page.excel.report_dialog)
    assert not report.ok and page.excel.report_dialog.isVisible()
    assert "Er is niets ingelezen" in page.excel.report_dialog.summary.text()
    assert page.excel.report_dialog.model.index(0, 1).data() == "Datum 31-02-2026 bestaat niet."
    assert hours.week_grid(book, WEEK).total == 0
    page.excel.report_dialog.reject()

    good = write_sheet(tmp_path / "goed.xlsx", [[102, "Kees Bakker", "16-11-2026", "Atelier", 2, None]])
    report = page.excel.import_sheet(good)
    qtbot.addWidget(page.excel.report_dialog)
    assert report.ok and page.week.grid_model.grid.total == 120

    text = tmp_path / "uren.xlsx"
    text.write_text("geen werkmap", encoding="utf-8")
    report = page.excel.import_sheet(text)
    qtbot.addWidget(page.excel.report_dialog)
    assert "geen Excel-werkmap" in report.lines()[0]


def test_the_import_runs_through_the_worker_with_a_progress_dialog_and_writes_the_rows(
    qtbot: QtBot, page: HoursPage, book: Book, tmp_path: Path, write_sheet: SheetWriter
) -> None:
    sheet = write_sheet(tmp_path / "goed.xlsx", [[102, "Kees Bakker", "16-11-2026", "Atelier", 2, None],
                                            [102, "Kees Bakker", "17-11-2026", "Atelier", "1,5", None]])
    job = page.excel.start_import(sheet)
    assert page.excel.import_progress is not None and not page.week.import_button.isEnabled()
    assert not page.week.grid_view.isEnabled()  # no typing into the week while it is imported
    steps: list[str] = []
    job.progressed.connect(lambda _done, _total, text: steps.append(text))
    with qtbot.waitSignal(job.finished, timeout=10_000) as blocker:
        pass
    report, rows = blocker.args[0]
    assert report.ok and len(rows) == 2
    assert hours.week_grid(book, WEEK).total == 210  # written by the job's own unit of work
    assert page.week.grid_model.grid.total == 210  # and shown
    assert page.excel.import_progress is None and page.week.import_button.isEnabled()
    assert page.excel.report_dialog is not None
    qtbot.addWidget(page.excel.report_dialog)
    assert page.excel.report_dialog.isVisible()


def test_cancelling_the_import_before_it_writes_writes_nothing(
    qtbot: QtBot, page: HoursPage, book: Book, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, write_sheet: SheetWriter
) -> None:
    import threading

    from coopdesk.gui.hours import excel as excel_module

    reading, go_on = threading.Event(), threading.Event()
    real_read = excel_module.read_hours_sheet

    def slow_read(path: Path):  # type: ignore[no-untyped-def]
        reading.set()
        go_on.wait(10)  # the treasurer clicks Annuleren while the sheet is being read
        return real_read(path)

    monkeypatch.setattr(excel_module, "read_hours_sheet", slow_read)
    sheet = write_sheet(tmp_path / "goed.xlsx", [[102, "Kees Bakker", "16-11-2026", "Atelier", 2, None]])
    job = page.excel.start_import(sheet)
    assert reading.wait(10)
    assert page.excel.import_progress is not None
    cancel = page.excel.import_progress.findChild(QPushButton)
    assert cancel.text() == "Annuleren"
    cancel.click()
    go_on.set()
    with qtbot.waitSignal(job.cancelled, timeout=10_000):
        pass
    assert hours.week_grid(book, WEEK).total == 0
    assert page.week.message.text() == "Inlezen afgebroken; er is niets ingelezen."
    assert page.excel.report_dialog is None and page.week.import_button.isEnabled()


def test_the_template_button_writes_a_sheet(page: HoursPage, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "sjabloon.xlsx"
    monkeypatch.setattr(page.excel, "_choose_save_file", lambda: str(target))
    page.week.template_button.click()
    assert "Uren" in openpyxl.load_workbook(target).sheetnames
    assert "Urenformulier opgeslagen" in page.week.message.text()


def test_every_model_passes_the_model_tester(qtmodeltester, page: HoursPage, cast: Cast, book: Book) -> None:
    hours.set_hours(book, cast.kees.id, cast.atelier.id, WEEK, "4")
    page.refresh()
    qtmodeltester.check(page.week.grid_model)
    page.tabs.setCurrentIndex(1)
    qtmodeltester.check(page.overviews.overview_model)
    qtmodeltester.check(HistoryModel(MemberHistory(cast.kees.id, 102, "Kees Bakker",
                                                   (HistoryRow(2026, 11, "Atelier", 240, 1),))))
    qtmodeltester.check(HistoryModel())
    qtmodeltester.check(page.activities.activities_model)
    qtmodeltester.check(ActivitiesModel())
    qtmodeltester.check(ImportReportModel([ImportProblem(3, Text("x", "x"))]))
    qtmodeltester.check(OverviewModel())


def test_week_and_filter_are_remembered(qtbot: QtBot, book: Book, cast: Cast, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    first = HoursPage(book, QUndoStack(), settings=settings)
    qtbot.addWidget(first)
    assert first.monday == date(2026, 11, 23)  # this week
    first.go_to_week(WEEK)
    qtbot.keyClicks(first.week.search_edit, "kees")
    second = HoursPage(book, QUndoStack(), settings=settings)
    qtbot.addWidget(second)
    assert second.monday == WEEK
    assert second.week.search_edit.text() == "kees"


def test_the_week_total_is_shown_beside_the_grid(qtbot: QtBot, page: HoursPage, cast: Cast, book: Book) -> None:
    hours.set_hours(book, cast.kees.id, cast.atelier.id, WEEK, "4")
    page.refresh()
    assert page.week.week_total_label.text() == "1 lid · 4 uur deze week"
    _add_row(page, "Fatima", "Restaurant")
    type_into_cell(qtbot, page.week.grid_view, "1,5")
    assert page.week.week_total_label.text() == "2 leden · 5,5 uur deze week"


def test_days_outside_membership_are_marked_and_a_name_opens_the_history(
    qtbot: QtBot, page: HoursPage, cast: Cast, book: Book
) -> None:
    hours.set_hours(book, cast.henk.id, cast.atelier.id, date(2026, 10, 26), "3")  # Henk left 31-10
    page.go_to_week(date(2026, 10, 26))
    model = page.week.grid_model
    assert model.index(0, FIRST_DAY + 6).data(Qt.ItemDataRole.ToolTipRole) == "Henk de Vries was op deze dag geen lid."
    assert model.index(0, FIRST_DAY + 5).data(Qt.ItemDataRole.ToolTipRole) == "Henk de Vries, Atelier, 31-10-2026"
    rect = page.week.grid_view.visualRect(model.index(0, WeekGridModel.MEMBER))
    qtbot.mouseClick(page.week.grid_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.week.grid_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.tabs.currentIndex() == 1
    assert page.overviews.overview_view.model() is not None
    assert page.overviews.overview_view.model().index(0, 0).data() == "okt 2026"
    assert str(cast.henk.number) in page.overviews.overview_caption.text()


def test_a_cost_centre_for_a_sub_cooperative(qtbot: QtBot, page: HoursPage, book: Book) -> None:
    dialog = page.activities.cost_centre_dialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.code_edit, "alg")
    qtbot.keyClicks(dialog.name_edit, "Noord")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "Er is al een kostenplaats met code ALG" in dialog.message.text()
    dialog.code_edit.setText("noord")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [(c.code, c.name) for c in hours.list_cost_centres(book)] == [("ALG", "Algemeen"), ("NOORD", "Noord")]
    activity = page.activities.activity_dialog()
    qtbot.addWidget(activity)
    assert activity.centre_combo.count() == 2


def _note(book: Book, member_id: int, activity_id: int, day: date) -> tuple[int, str]:
    from coopdesk.store import hours as hours_store

    with book.transaction() as session:
        return hours_store.entry_minutes(session, member_id, activity_id, day)


def test_undo_of_a_cleared_cell_brings_its_note_back(
    qtbot: QtBot, page: HoursPage, cast: Cast, book: Book, stack: QUndoStack
) -> None:
    hours.set_hours(book, cast.kees.id, cast.atelier.id, WEEK, "4", note="sleutel kwijt")
    page.refresh()
    page.week.grid_view.setCurrentIndex(page.week.grid_model.index(0, FIRST_DAY))
    qtbot.keyClick(page.week.grid_view, Qt.Key.Key_Delete)
    assert _note(book, cast.kees.id, cast.atelier.id, WEEK) == (0, "")
    stack.undo()
    assert _note(book, cast.kees.id, cast.atelier.id, WEEK) == (240, "sleutel kwijt")
    stack.redo()
    assert _note(book, cast.kees.id, cast.atelier.id, WEEK) == (0, "")
    # a typed change keeps the note, and undoing it too
    stack.undo()
    page.week.grid_view.setCurrentIndex(page.week.grid_model.index(0, FIRST_DAY))
    type_into_cell(qtbot, page.week.grid_view, "3")
    assert _note(book, cast.kees.id, cast.atelier.id, WEEK) == (180, "sleutel kwijt")
    stack.undo()
    assert _note(book, cast.kees.id, cast.atelier.id, WEEK) == (240, "sleutel kwijt")


def test_a_refused_undo_is_said_and_dropped_from_the_stack(
    qtbot: QtBot, page: HoursPage, cast: Cast, book: Book, stack: QUndoStack
) -> None:
    _add_row(page, "Kees", "Atelier")
    type_into_cell(qtbot, page.week.grid_view, "10")
    page.week.grid_view.setCurrentIndex(page.week.grid_model.index(0, FIRST_DAY))
    type_into_cell(qtbot, page.week.grid_view, "4")
    assert (stack.count(), stack.index()) == (2, 2)
    hours.set_hours(book, cast.kees.id, cast.restaurant.id, WEEK, "20")  # 4 + 20 = 24: still allowed
    stack.undo()  # back to 10 would make 30 hours on one day
    assert _note(book, cast.kees.id, cast.atelier.id, WEEK) == (240, "")
    assert (stack.count(), stack.index()) == (1, 1)  # dropped, not "undone"
    assert page.week.message.property("kind") == "error"
    assert "Kan niet ongedaan maken" in page.week.message.text()
    assert "meer dan 24 uur" in page.week.message.text()
    stack.undo()
    assert _note(book, cast.kees.id, cast.atelier.id, WEEK) == (0, "")


def test_the_grid_warns_from_precounted_day_totals(
    monkeypatch: pytest.MonkeyPatch, book: Book, cast: Cast
) -> None:
    from coopdesk.domain.hours import DAY_WARNING_MINUTES, WeekGrid
    from coopdesk.gui.hours.models import WARNING_BACKGROUND

    hours.set_hours(book, cast.kees.id, cast.atelier.id, WEEK, "8")
    hours.set_hours(book, cast.kees.id, cast.restaurant.id, WEEK, "4")
    grid = hours.week_grid(book, WEEK)
    assert grid.member_day_totals() == {cast.kees.id: (720, 0, 0, 0, 0, 0, 0)}

    def per_cell(*_: object) -> int:
        raise AssertionError("summed over all rows while painting a cell")

    monkeypatch.setattr(WeekGrid, "member_day_total", per_cell)
    model = WeekGridModel(grid, date(2026, 11, 28), writer=lambda *_: True)
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles=(): changed.append(top.row()))

    def warned(row: int) -> bool:
        brush = model.index(row, FIRST_DAY).data(Qt.ItemDataRole.BackgroundRole)
        return brush is not None and brush.color() == WARNING_BACKGROUND

    assert DAY_WARNING_MINUTES == 720
    assert not warned(0) and not warned(1)  # 12 hours exactly: no warning yet
    model.set_cell(grid.rows[1].key, 0, 255)  # 8 + 4,25 hours
    assert warned(0) and warned(1)
    assert 0 in changed and 1 in changed  # the member's other row is repainted too
    assert model.index(2, FIRST_DAY).data() == "12,25"
