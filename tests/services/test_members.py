"""The member register through its use cases, on a real book file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from coopdesk.domain.clock import FixedClock
from coopdesk.domain.errors import CoopDeskError, NotFound, ValidationError
from coopdesk.domain.member import LeaveReason, MemberForm, PaymentRegime
from coopdesk.services import members
from coopdesk.services.books import Book, open_book
from coopdesk.services.members import MemberFilter


def add(book: Book, name: str, **extra: object) -> int:
    return members.register_member(book, MemberForm(name=name, joined_on=date(2025, 1, 6), **extra)).id  # type: ignore[arg-type]


def test_numbers_are_assigned_in_order_and_kept(book: Book) -> None:
    first = members.register_member(book, MemberForm(name="Anouk Smit", joined_on=date(2025, 1, 6)))
    second = members.register_member(book, MemberForm(name="Kofi Asante", joined_on=date(2025, 2, 3)))
    assert (first.number, second.number) == (101, 102)
    edited = members.update_member(
        book, first.id, MemberForm(name="Anouk de Smit", joined_on=date(2025, 1, 6), city="Utrecht")
    )
    assert edited.number == 101 and edited.details.city == "Utrecht"


def test_everything_survives_closing_and_reopening(book: Book, book_path: Path, clock: FixedClock) -> None:
    form = MemberForm(
        name="Yasmina Bouzid", joined_on=date(2024, 9, 2), address="Kanaalstraat 12", postcode="3531 ck",
        city="Utrecht", birth_on=date(1988, 4, 17), email="y@voorbeeld.nl", phone="06-12345678",
        iban="NL91ABNA0417164300", regime=PaymentRegime.PREMIUM, social_assistance=True, notes="Kookt graag",
    )
    created = members.register_member(book, form)
    book.close()
    reopened = open_book(book_path, clock=clock, backup=False)
    try:
        found = members.get_member(reopened, created.id)
    finally:
        reopened.close()
    assert found == created
    assert found.details.postcode == "3531 CK"


def test_bad_input_changes_nothing(book: Book) -> None:
    with pytest.raises(ValidationError):
        members.register_member(book, MemberForm(name="Piet", joined_on=date(2025, 1, 1), iban="NL91ABNA0417164301"))
    assert members.list_members(book, MemberFilter(include_former=True)) == []
    member_id = add(book, "Piet Prins")
    with pytest.raises(ValidationError):
        members.update_member(book, member_id, MemberForm(name="", joined_on=date(2025, 1, 1)))
    assert members.get_member(book, member_id).name == "Piet Prins"


def test_record_leaving_and_former_members(book: Book) -> None:
    stays = add(book, "Henk Dekker")
    leaves = add(book, "Naima Kaya")
    members.record_leaving(book, leaves, date(2026, 6, 30), LeaveReason.PAID_JOB)
    assert [m.id for m in members.list_members(book)] == [stays]
    everyone = members.list_members(book, MemberFilter(include_former=True))
    assert [m.id for m in everyone] == [stays, leaves]
    left = members.get_member(book, leaves)
    assert left.details.leave_reason is LeaveReason.PAID_JOB and left.has_left()
    with pytest.raises(ValidationError) as caught:
        members.record_leaving(book, stays, date(2024, 1, 1), LeaveReason.MOVED)
    assert caught.value.fields == ("left_on",)


def test_search_and_regime_filter(book: Book) -> None:
    add(book, "Fatima El Amrani", city="Utrecht", regime=PaymentRegime.PREMIUM)
    add(book, "Joost Mulder", city="Nieuwegein")
    assert [m.name for m in members.list_members(book, MemberFilter(search="amra"))] == ["Fatima El Amrani"]
    assert [m.name for m in members.list_members(book, MemberFilter(search="NIEUWE"))] == ["Joost Mulder"]
    assert [m.name for m in members.list_members(book, MemberFilter(search="102"))] == ["Joost Mulder"]
    premium = members.list_members(book, MemberFilter(regime=PaymentRegime.PREMIUM))
    assert [m.name for m in premium] == ["Fatima El Amrani"]


def test_remove_and_restore_keep_the_number(book: Book) -> None:
    created = members.register_member(book, MemberForm(name="Bram Vos", joined_on=date(2025, 1, 6)))
    members.remove_member(book, created.id)
    with pytest.raises(NotFound):
        members.get_member(book, created.id)
    restored = members.restore_member(book, created)
    assert restored.number == created.number and restored.details == created.details
    with pytest.raises(CoopDeskError):
        members.restore_member(book, created)


def test_search_folds_case_and_accents_and_takes_symbols_literally(book: Book) -> None:
    add(book, "Özlem Çelik", city="Utrecht")
    add(book, "Jan de Vries", city="Zeist")
    for text in ("Özlem", "özlem", "Çelik", "celik", "OZLEM", "özlem utrecht"):
        assert [m.name for m in members.list_members(book, MemberFilter(search=text))] == ["Özlem Çelik"], text
    assert members.list_members(book, MemberFilter(search="_")) == []
    assert members.list_members(book, MemberFilter(search="%")) == []
    assert [m.name for m in members.list_members(book, MemberFilter(search="vries zeist"))] == ["Jan de Vries"]


def test_every_member_field_has_its_own_column_and_survives_the_round_trip(book: Book) -> None:
    """The store maps a member by `MemberDetails`' fields alone: a field added there without
    a column fails here, not silently on the first save."""
    from dataclasses import fields

    from coopdesk.domain.member import MemberDetails
    from coopdesk.store.tables.member import MemberRow

    assert {f.name for f in fields(MemberDetails)} <= set(MemberRow.__table__.columns.keys())
    form = MemberForm(name="Sanne de Wit", joined_on=date(2024, 3, 1), address="Dorpsstraat 1",
                      postcode="1234 ab", city="Zwolle", birth_on=date(1970, 1, 31), email="s@voorbeeld.nl",
                      phone="06-1", iban="NL91ABNA0417164300", regime=PaymentRegime.VOLUNTEER_ALLOWANCE,
                      social_assistance=True, notes="n", left_on=date(2025, 6, 30), leave_reason=LeaveReason.PAID_JOB)
    created = members.register_member(book, form)
    assert members.get_member(book, created.id).details == form.validate(date(2026, 11, 28))
