"""The withdrawal purposes list through its services on a real book: add, rename, change
the flags, deactivate and reactivate (never delete); refusals write nothing; every change
has its audit line."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.domain.errors import CoopDeskError, NotFound, ValidationError
from coopdesk.domain.money import Money
from coopdesk.domain.pot import MAX_PURPOSE, Purpose
from coopdesk.services import pots
from coopdesk.services.books import Book
from coopdesk.store import audit
from pots.bookhelp import Members

DAY = date(2026, 5, 1)
pytestmark = pytest.mark.usefixtures("reserve")  # a manual deposit comes from the general reserve


def _by_name(book: Book, name: str) -> Purpose:
    return next(p for p in pots.list_purposes(book, include_inactive=True) if p.name == name)


def _audit(book: Book) -> list[tuple[str, str]]:
    with book.transaction() as session:
        return [(line.action, line.detail) for line in audit.recent(session, action_prefix="pots.purpose")]


def _state(book: Book) -> tuple[list[Purpose], list[tuple[str, str]]]:
    return pots.list_purposes(book, include_inactive=True), _audit(book)


def test_add_rename_and_change_the_flags_each_with_an_audit_line(book: Book) -> None:
    new_id, changes = pots.save_purpose(book, Purpose(0, "  Fiets   voor werk ", needs_approval=True), who="Kees")
    assert changes.pots
    assert _by_name(book, "Fiets voor werk") == Purpose(new_id, "Fiets voor werk", True, False, True)
    pots.save_purpose(book, Purpose(new_id, "Fiets voor woon-werkverkeer", True, True), who="Kees")
    assert _by_name(book, "Fiets voor woon-werkverkeer") == Purpose(new_id, "Fiets voor woon-werkverkeer",
                                                                    True, True, True)
    assert _audit(book) == [
        ("pots.purpose", "gewijzigd: Fiets voor werk heet nu Fiets voor woon-werkverkeer; goedkeuring bestuur ja, "
                         "inkomenswaarschuwing ja, actief ja"),
        ("pots.purpose", "toegevoegd: Fiets voor werk; goedkeuring bestuur ja, inkomenswaarschuwing nee, actief ja")]
    # saved unchanged: nothing written, nothing to refresh
    _, changes = pots.save_purpose(book, Purpose(new_id, "Fiets voor woon-werkverkeer", True, True))
    assert not changes and len(_audit(book)) == 2


@pytest.mark.parametrize(("name", "message"), [
    ("", "Naam is verplicht."),
    ("   ", "Naam is verplicht."),
    ("x" * (MAX_PURPOSE + 1), f"Te lang (hoogstens {MAX_PURPOSE} tekens)."),
    ("Cursus of opleiding", "Het doel 'Cursus of opleiding' bestaat al."),
    ("  cursus OF  opleiding", "Het doel 'Cursus of opleiding' bestaat al."),  # capitals and spaces do not count
])
def test_a_bad_name_is_refused_naming_the_field_and_writes_nothing(book: Book, name: str, message: str) -> None:
    before = _state(book)
    with pytest.raises(CoopDeskError) as refused:
        pots.save_purpose(book, Purpose(0, name))
    assert refused.value.field == "name" and refused.value.message("nl") == message
    course = _by_name(book, "Gereedschap of materiaal voor eigen werk")
    with pytest.raises(CoopDeskError) as refused:
        pots.save_purpose(book, Purpose(course.id, name))  # renaming to it: the same refusal
    assert refused.value.field == "name"
    assert _state(book) == before


def test_a_purpose_may_change_only_its_own_capitals(book: Book) -> None:
    course = _by_name(book, "Cursus of opleiding")
    pots.save_purpose(book, Purpose(course.id, "Cursus of Opleiding"))
    assert _by_name(book, "Cursus of Opleiding").id == course.id


def test_a_missing_purpose_is_not_found_and_nothing_is_written(book: Book) -> None:
    before = _state(book)
    with pytest.raises(NotFound):
        pots.save_purpose(book, Purpose(999, "Bestaat niet"))
    with pytest.raises(NotFound):
        pots.set_purpose_active(book, 999, False)
    assert _state(book) == before


def test_a_used_purpose_is_deactivated_not_offered_and_old_movements_keep_its_name(
        book: Book, members: Members) -> None:
    pots.deposit(book, members.ans.id, Money(100), "Start", DAY)
    course = _by_name(book, "Cursus of opleiding")
    pots.withdraw(book, members.ans.id, Money(20), course.id, "B-1", booked_on=DAY)
    assert pots.set_purpose_active(book, course.id, False, who="Kees").pots
    assert course.name not in [p.name for p in pots.list_purposes(book)]  # not offered for a withdrawal
    assert not _by_name(book, course.name).active  # but still in the list, never deleted
    with pytest.raises(ValidationError, match="Choose a purpose"):
        pots.withdraw(book, members.ans.id, Money(5), course.id, "B-2", booked_on=DAY)
    movements = pots.pot_statement(book, members.ans.number, DAY, DAY).movements
    assert [m.reason for m in movements] == ["Start", "Cursus of opleiding"]
    assert not pots.set_purpose_active(book, course.id, False)  # already inactive: nothing written
    pots.set_purpose_active(book, course.id, True, who="Kees")
    assert course.name in [p.name for p in pots.list_purposes(book)]
    pots.withdraw(book, members.ans.id, Money(5), course.id, "B-3", booked_on=DAY)
    assert _audit(book) == [("pots.purpose.reactivate", "Cursus of opleiding (bewegingen met dit doel: 1)"),
                            ("pots.purpose.deactivate", "Cursus of opleiding (bewegingen met dit doel: 1)")]


def test_a_renamed_purpose_keeps_the_name_its_old_withdrawals_were_booked_under(
        book: Book, members: Members) -> None:
    pots.deposit(book, members.bo.id, Money(50), "Start", DAY)
    tools = _by_name(book, "Gereedschap of materiaal voor eigen werk")
    pots.withdraw(book, members.bo.id, Money(10), tools.id, "B-1", booked_on=DAY)
    pots.save_purpose(book, Purpose(tools.id, "Gereedschap", tools.needs_approval, tools.income_warning))
    pots.withdraw(book, members.bo.id, Money(10), tools.id, "B-2", booked_on=DAY)
    movements = pots.pot_statement(book, members.bo.number, DAY, DAY).movements
    assert [m.reason for m in movements] == ["Start", "Gereedschap of materiaal voor eigen werk", "Gereedschap"]
