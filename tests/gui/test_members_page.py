"""The member register as a treasurer uses it: type, click, press Enter, undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from coopdesk.domain.member import LeaveReason, MemberForm, PaymentRegime
from coopdesk.gui.members.dialog import MemberDialog
from coopdesk.gui.members.leave_dialog import LeaveDialog
from coopdesk.services import members as member_service
from coopdesk.services.books import Book
from coopdesk.services.members import MemberFilter


def _register(book: Book, name: str, **fields: object) -> int:
    form = MemberForm(name=name, joined_on=fields.pop("joined_on", date(2026, 1, 1)), **fields)  # type: ignore[arg-type]
    return member_service.register_member(book, form).number


def _everyone(book: Book) -> list:  # type: ignore[type-arg]
    return member_service.list_members(book, MemberFilter(include_former=True))


def _click_ok(qtbot: QtBot, buttons: QDialogButtonBox) -> None:
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _table_names(page) -> list[str]:  # type: ignore[no-untyped-def]
    model = page.model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def _open_add_dialog(qtbot: QtBot, page) -> MemberDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, MemberDialog)
    assert dialog.isVisible()
    return dialog


def _type_member(qtbot: QtBot, dialog: MemberDialog, iban: str = "NL91 ABNA 0417 1643 00") -> None:
    ui = dialog.ui
    qtbot.keyClicks(ui.nameEdit, "Fatima Bakker")
    qtbot.keyClicks(ui.addressEdit, "Kanaalstraat 12")
    qtbot.keyClicks(ui.postcodeEdit, "3531ck")
    qtbot.keyClicks(ui.cityEdit, "Utrecht")
    qtbot.keyClicks(ui.emailEdit, "fatima@voorbeeld.nl")
    qtbot.keyClicks(ui.ibanEdit, iban)
    qtbot.keyClicks(ui.birthEdit.edit, "04031980")  # typed as on paper, no dashes
    ui.joinedEdit.edit.clear()
    qtbot.keyClicks(ui.joinedEdit.edit, "1-2-2026")
    ui.regimeCombo.setCurrentIndex(ui.regimeCombo.findData(PaymentRegime.PREMIUM))
    qtbot.keyClick(ui.assistanceCheck, Qt.Key.Key_Space)


def test_add_member_by_typing_and_pressing_ok(qtbot: QtBot, page, book: Book) -> None:  # type: ignore[no-untyped-def]
    dialog = _open_add_dialog(qtbot, page)
    _type_member(qtbot, dialog)
    _click_ok(qtbot, dialog.ui.buttonBox)

    assert not dialog.isVisible()
    [member] = _everyone(book)
    assert member.number == 101
    details = member.details
    assert details.name == "Fatima Bakker"
    assert details.postcode == "3531 CK"
    assert details.iban == "NL91ABNA0417164300"
    assert details.birth_on == date(1980, 3, 4)
    assert details.joined_on == date(2026, 2, 1)
    assert details.regime is PaymentRegime.PREMIUM
    assert details.social_assistance is True
    assert details.left_on is None
    assert _table_names(page) == ["Fatima Bakker"]
    assert page.selected_member().number == 101


def test_bad_iban_is_shown_next_to_the_field_and_adds_nothing(qtbot: QtBot, page, book: Book) -> None:  # type: ignore[no-untyped-def]
    dialog = _open_add_dialog(qtbot, page)
    _type_member(qtbot, dialog, iban="NL91 ABNA 0417 1643 01")
    _click_ok(qtbot, dialog.ui.buttonBox)

    assert dialog.isVisible()
    assert "IBAN NL91 ABNA 0417 1643 01 klopt niet" in dialog.errors.message("iban")
    assert dialog.errors.label("iban").isVisibleTo(dialog)
    assert dialog.ui.ibanEdit.property("invalid") is True
    assert dialog.errors.message("name") == ""
    assert _everyone(book) == []
    assert page.undo_stack.count() == 0

    # correcting the field clears the message and saves
    dialog.ui.ibanEdit.clear()
    qtbot.keyClicks(dialog.ui.ibanEdit, "NL91ABNA0417164300")
    _click_ok(qtbot, dialog.ui.buttonBox)
    assert not dialog.isVisible()
    assert len(_everyone(book)) == 1


def test_every_wrong_field_gets_its_own_message(qtbot: QtBot, page, book: Book) -> None:  # type: ignore[no-untyped-def]
    dialog = _open_add_dialog(qtbot, page)
    ui = dialog.ui
    qtbot.keyClicks(ui.postcodeEdit, "3531C")
    ui.birthEdit.set_value(date(2027, 1, 1))
    ui.joinedEdit.set_value(date(2027, 2, 1))
    ui.leftEdit.set_value(date(2026, 1, 1))
    ui.reasonCombo.setCurrentIndex(ui.reasonCombo.findData(LeaveReason.MOVED))
    _click_ok(qtbot, ui.buttonBox)

    errors = dialog.errors
    assert errors.message("name") == "Naam is verplicht."
    assert "1234 AB" in errors.message("postcode")
    assert "in de toekomst" in errors.message("birth_on")
    assert "vóór de datum lid sinds" in errors.message("left_on")
    assert errors.message("iban") == ""
    assert dialog.isVisible()
    assert _everyone(book) == []


def test_undo_removes_the_added_member_and_redo_brings_it_back(qtbot: QtBot, window, page, book: Book) -> None:  # type: ignore[no-untyped-def]
    assert window.statusBar().currentMessage() == ""  # opening a book changed nothing
    dialog = _open_add_dialog(qtbot, page)
    _type_member(qtbot, dialog)
    _click_ok(qtbot, dialog.ui.buttonBox)
    assert window.undo_action.text() == "&Ongedaan maken: Lid 101 toevoegen"
    # saved at once: no unsaved mark in the title, the status bar says so (issue 9)
    assert (window.windowTitle(), window.isWindowModified()) == ("book – CoopDesk", False)
    assert window.statusBar().currentMessage() == "Opgeslagen"

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _everyone(book) == []
    assert _table_names(page) == []
    assert not window.isWindowModified()
    assert window.redo_action.text() == "O&pnieuw: Lid 101 toevoegen"

    qtbot.keyClick(window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    [member] = _everyone(book)
    assert member.number == 101
    assert member.details.name == "Fatima Bakker"
    assert _table_names(page) == ["Fatima Bakker"]
    assert not window.isWindowModified() and window.statusBar().currentMessage() == "Opgeslagen"


def test_edit_and_undo_restores_the_old_values(qtbot: QtBot, window, page, book: Book) -> None:  # type: ignore[no-untyped-def]
    number = _register(book, "Kees Jansen", city="Utrecht", iban="NL91ABNA0417164300")
    page.refresh()
    page.select_member(number)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, MemberDialog)
    assert dialog.ui.numberEdit.text() == str(number)
    assert dialog.ui.ibanEdit.text() == "NL91 ABNA 0417 1643 00"

    dialog.ui.cityEdit.clear()
    qtbot.keyClicks(dialog.ui.cityEdit, "Amersfoort")
    dialog.ui.nameEdit.clear()
    qtbot.keyClicks(dialog.ui.nameEdit, "Kees de Jansen")
    _click_ok(qtbot, dialog.ui.buttonBox)
    [member] = _everyone(book)
    assert (member.details.name, member.details.city) == ("Kees de Jansen", "Amersfoort")
    assert _table_names(page) == ["Kees de Jansen"]

    window.undo_action.trigger()
    [member] = _everyone(book)
    assert (member.details.name, member.details.city) == ("Kees Jansen", "Utrecht")
    assert _table_names(page) == ["Kees Jansen"]

    window.redo_action.trigger()
    assert _everyone(book)[0].details.city == "Amersfoort"


def test_double_click_opens_the_member(qtbot: QtBot, page, book: Book) -> None:  # type: ignore[no-untyped-def]
    _register(book, "Anouk Visser")
    page.refresh()
    page.show()
    rect = page.table.visualRect(page.model.index(0, 1))
    qtbot.mousePress(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseRelease(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert isinstance(page.dialog, MemberDialog)
    assert page.dialog.ui.nameEdit.text() == "Anouk Visser"


def test_record_leaving_and_show_former_members(qtbot: QtBot, window, page, book: Book) -> None:  # type: ignore[no-untyped-def]
    stays = _register(book, "Anouk Visser")
    leaves = _register(book, "Sander Smit")
    page.refresh()
    page.select_member(leaves)
    qtbot.mouseClick(page.leave_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, LeaveDialog)
    dialog.date_edit.edit.clear()
    qtbot.keyClicks(dialog.date_edit.edit, "31-10-2026")
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData(LeaveReason.PAID_JOB))
    _click_ok(qtbot, dialog.buttons)

    member = member_service.find_member_by_number(book, leaves)
    assert member.details.left_on == date(2026, 10, 31)
    assert member.details.leave_reason is LeaveReason.PAID_JOB
    assert _table_names(page) == ["Anouk Visser"]
    assert page.count_label.text().startswith("1 lid · Sander Smit is vertrokken")

    qtbot.mouseClick(page.former_check, Qt.MouseButton.LeftButton)
    assert _table_names(page) == ["Anouk Visser", "Sander Smit"]
    row = page.model.row_of(member.id)
    assert page.model.index(row, 5).data() == "31-10-2026"
    assert page.model.index(row, 6).data() == "Betaald werk"
    assert page.model.index(row, 1).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.count_label.text() == "2 leden, inclusief oud-leden"

    window.undo_action.trigger()
    assert member_service.find_member_by_number(book, leaves).details.left_on is None
    assert member_service.find_member_by_number(book, stays).details.left_on is None


def test_leave_date_before_joining_is_refused_in_the_dialog(qtbot: QtBot, page, book: Book) -> None:  # type: ignore[no-untyped-def]
    number = _register(book, "Sander Smit", joined_on=date(2026, 6, 1))
    page.refresh()
    page.select_member(number)
    page.record_leaving()
    dialog = page.dialog
    dialog.date_edit.set_value(date(2026, 5, 1))
    _click_ok(qtbot, dialog.buttons)
    assert dialog.isVisible()
    assert "vóór de datum lid sinds" in dialog.errors.message("left_on")
    assert member_service.find_member_by_number(book, number).details.left_on is None


def test_search_filters_as_you_type(qtbot: QtBot, page, book: Book) -> None:  # type: ignore[no-untyped-def]
    for name, city in (("Anouk Visser", "Utrecht"), ("Sander Smit", "Zeist"), ("Kees Visser", "Utrecht")):
        _register(book, name, city=city)
    page.refresh()
    assert len(_table_names(page)) == 3

    qtbot.keyClicks(page.search_edit, "viss")
    assert _table_names(page) == ["Anouk Visser", "Kees Visser"]
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "zeist")
    assert _table_names(page) == ["Sander Smit"]
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "102")
    assert _table_names(page) == ["Sander Smit"]
    page.search_edit.clear()
    assert len(_table_names(page)) == 3


def test_regime_filter(page, book: Book) -> None:  # type: ignore[no-untyped-def]
    _register(book, "Anouk Visser", regime=PaymentRegime.PREMIUM)
    _register(book, "Sander Smit", regime=PaymentRegime.VOLUNTEER_ALLOWANCE)
    page.refresh()
    page.regime_combo.setCurrentIndex(page.regime_combo.findData(PaymentRegime.VOLUNTEER_ALLOWANCE))
    assert _table_names(page) == ["Sander Smit"]
    page.regime_combo.setCurrentIndex(0)
    assert len(_table_names(page)) == 2


def test_under_27_on_social_assistance_shows_the_warning(qtbot: QtBot, page) -> None:  # type: ignore[no-untyped-def]
    dialog = _open_add_dialog(qtbot, page)
    ui = dialog.ui
    assert ui.warningLabel.isHidden()
    qtbot.keyClicks(ui.birthEdit.edit, "14-05-2004")
    ui.regimeCombo.setCurrentIndex(ui.regimeCombo.findData(PaymentRegime.PREMIUM))
    qtbot.keyClick(ui.assistanceCheck, Qt.Key.Key_Space)
    assert not ui.warningLabel.isHidden()
    assert "jonger dan 27" in ui.warningLabel.text()
    ui.regimeCombo.setCurrentIndex(ui.regimeCombo.findData(PaymentRegime.NONE))
    assert ui.warningLabel.isHidden()


def test_regime_explanation_never_says_tax_free(qtbot: QtBot, page) -> None:  # type: ignore[no-untyped-def]
    dialog = _open_add_dialog(qtbot, page)
    text = dialog.ui.regimeHelp.text().lower()
    assert "anbi" in text
    assert "belastingvrij" not in text and "onbelast" not in text


def test_optional_dates_start_empty(qtbot: QtBot, page) -> None:  # type: ignore[no-untyped-def]
    dialog = _open_add_dialog(qtbot, page)
    form = dialog.form()
    assert form.birth_on is None and form.left_on is None
    assert dialog.ui.birthEdit.text() == ""
    assert dialog.ui.birthEdit.edit.placeholderText().startswith("geen")
    assert dialog.ui.joinedEdit.text() == "28-11-2026"
    qtbot.keyClicks(dialog.ui.birthEdit.edit, "4-3-1980")
    assert dialog.form().birth_on == date(1980, 3, 4)
    dialog.ui.birthEdit.edit.selectAll()
    qtbot.keyClick(dialog.ui.birthEdit.edit, Qt.Key.Key_Delete)
    assert dialog.form().birth_on is None


def test_a_typed_date_that_does_not_exist_is_named_and_nothing_is_added(
    qtbot: QtBot, page, book: Book  # type: ignore[no-untyped-def]
) -> None:
    dialog = _open_add_dialog(qtbot, page)
    _type_member(qtbot, dialog)
    dialog.ui.birthEdit.edit.clear()
    qtbot.keyClicks(dialog.ui.birthEdit.edit, "31-02-1980")
    _click_ok(qtbot, dialog.ui.buttonBox)
    assert dialog.isVisible()
    assert "31-02-1980 bestaat niet" in dialog.errors.message("birth_on")
    assert _everyone(book) == []


def test_a_new_member_needs_a_chosen_payment_regime(qtbot: QtBot, page, book: Book) -> None:  # type: ignore[no-untyped-def]
    dialog = _open_add_dialog(qtbot, page)
    _type_member(qtbot, dialog)
    dialog.ui.regimeCombo.setCurrentIndex(0)
    _click_ok(qtbot, dialog.ui.buttonBox)
    assert dialog.isVisible()
    assert "Kies hoe dit lid wordt vergoed" in dialog.errors.message("regime")
    assert _everyone(book) == []


def test_the_calendar_opens_near_a_sensible_date(qtbot: QtBot, page) -> None:  # type: ignore[no-untyped-def]
    dialog = _open_add_dialog(qtbot, page)
    field = dialog.ui.birthEdit
    field._on_menu_about_to_show()
    assert field.calendar.selectedDate().year() == 1996  # thirty years before 'today'
    field.calendar.clicked.emit(field.calendar.selectedDate().addDays(3))
    assert field.value() == date(1996, 11, 4)


@pytest.mark.parametrize("button", ["editButton", "leaveButton"])
def test_actions_need_a_selection(page, book: Book, button: str) -> None:  # type: ignore[no-untyped-def]
    _register(book, "Anouk Visser")
    page.refresh()
    widget = getattr(page, {"editButton": "edit_button", "leaveButton": "leave_button"}[button])
    assert not widget.isEnabled()
    page.select_member(101)
    assert widget.isEnabled()


def test_a_refused_undo_drops_the_command_and_reports_the_error(qtbot: QtBot, window, page, book: Book) -> None:  # type: ignore[no-untyped-def]
    from coopdesk.domain.errors import NotFound

    dialog = _open_add_dialog(qtbot, page)
    _type_member(qtbot, dialog)
    _click_ok(qtbot, dialog.ui.buttonBox)
    [member] = _everyone(book)
    member_service.remove_member(book, member.id)  # behind the stack's back

    with qtbot.capture_exceptions() as exceptions:
        window.undo_action.trigger()
    assert [type(error) for _kind, error, _tb in exceptions] == [NotFound]
    assert window.undo_stack.count() == 0
    assert not window.undo_action.isEnabled()
