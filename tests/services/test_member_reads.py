"""The member list a person waits for reads through the stdlib `sqlite3` module; it must
be the same list the ORM gives, and showing it must not import SQLAlchemy."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from coopdesk.domain.clock import FixedClock
from coopdesk.domain.member import LeaveReason, MemberForm, PaymentRegime
from coopdesk.services import members as member_service
from coopdesk.services.books import create_book
from coopdesk.services.members import MemberFilter
from coopdesk.store import members as member_store

CLOCK = FixedClock.on(date(2026, 11, 28))


@pytest.fixture
def book(tmp_path: Path):
    book = create_book(tmp_path / "reads.coopdesk", name="Samen Sterk", clock=CLOCK)
    yield book
    book.close()


def _register(book, name: str, regime: PaymentRegime, city: str = "Utrecht", **extra: object):
    form = MemberForm(name=name, joined_on=date(2024, 1, 1), regime=regime, city=city,
                      birth_on=date(1980, 5, 17), iban="NL91ABNA0417164300", **extra)
    return member_service.register_member(book, form)


FILTERS = [
    MemberFilter(),
    MemberFilter(include_former=True),
    MemberFilter(regime=PaymentRegime.PREMIUM),
    MemberFilter(search="ozturk"),
    MemberFilter(search="utrecht jan", include_former=True),
    MemberFilter(search="102", include_former=True),
    MemberFilter(include_former=False, on=date(2025, 1, 1)),
]


@pytest.mark.parametrize("member_filter", FILTERS)
def test_stdlib_read_and_orm_give_the_same_members(book, member_filter: MemberFilter) -> None:
    _register(book, "Özlem Öztürk", PaymentRegime.PREMIUM, social_assistance=True)
    jan = _register(book, "Jan Jansen", PaymentRegime.VOLUNTEER_ALLOWANCE)
    _register(book, "Fatima El Amrani", PaymentRegime.NONE, city="Zeist", notes="sleutel")
    member_service.record_leaving(book, jan.id, date(2026, 3, 31), LeaveReason.PAID_JOB)

    read = member_service.list_members(book, member_filter)
    with book.transaction() as session:
        through_orm = member_store.list_members(session, member_filter, CLOCK.today())
    assert read == through_orm
    assert read  # every filter above finds someone, so the comparison means something


def test_inside_a_unit_of_work_the_list_sees_what_is_not_committed(book) -> None:
    with book.transaction():
        _register(book, "Nog Niet Opgeslagen", PaymentRegime.VOLUNTEER_ALLOWANCE)
        names = [m.name for m in member_service.list_members(book)]
        assert names == ["Nog Niet Opgeslagen"]
    assert [m.name for m in member_service.list_members(book)] == ["Nog Niet Opgeslagen"]


def test_a_damaged_member_date_is_a_message_not_a_traceback(book, tmp_path: Path) -> None:
    import sqlite3

    from coopdesk.domain.errors import BookError

    _register(book, "Jan Jansen", PaymentRegime.VOLUNTEER_ALLOWANCE)
    raw = sqlite3.connect(book.path)
    raw.execute("UPDATE member SET joined_on = '31-02-x'")
    raw.commit()
    raw.close()
    with pytest.raises(BookError) as caught:
        member_service.list_members(book)
    assert "reads.coopdesk" in caught.value.message()


def test_opening_a_book_and_listing_members_imports_no_sqlalchemy(book, tmp_path: Path) -> None:
    _register(book, "Jan Jansen", PaymentRegime.VOLUNTEER_ALLOWANCE)
    path = book.path
    book.close()
    script = textwrap.dedent(f"""
        import sys
        from coopdesk.services.books import open_book
        from coopdesk.services.members import list_members
        book = open_book({str(path)!r}, backup=False)
        names = [m.name for m in list_members(book)]
        book.close()
        loaded = sorted(name for name in sys.modules if name.split('.')[0] in ('sqlalchemy', 'alembic'))
        print(names, loaded)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.stdout.strip() == "['Jan Jansen'] []"
