"""The savings pot section of the year statement: opening balance, each movement of the year,
closing balance and who may dispose of it, from the pots the book keeps."""

from __future__ import annotations

from datetime import date

from pots.bookhelp import fund_reserve

from coopdesk.domain.display import show_date, show_euro
from coopdesk.domain.money import Money
from coopdesk.domain.pot import WHO_DISPOSES, MovementKind, PotMovement
from coopdesk.exports.statement_pdf import statement_bytes
from coopdesk.services import pots
from coopdesk.services.books import Book
from coopdesk.services.statements import year_statements
from coopdesk.store import members as member_store
from coopdesk.store import pots as pot_store
from tests.statements.conftest import YEAR, pdf_pages

MEMBER = 109


def test_the_pot_balances_and_movements_of_the_year(demo: Book) -> None:
    with demo.transaction() as session:
        found = member_store.get_member_by_number(session, MEMBER)
        assert found is not None
        member_id = int(found.id)
    fund_reserve(demo, day=date(2024, 1, 1))  # the deposit comes from the general reserve
    pots.deposit(demo, member_id, Money("50.00"), "Winst 2023", date(YEAR - 1, 6, 1))
    pots.deposit(demo, member_id, Money("80.00"), "Winst 2024", date(YEAR, 3, 10))
    course = next(p for p in pots.list_purposes(demo) if p.name == "Cursus of opleiding")
    pots.withdraw(demo, member_id, Money("30.00"), course.id, "bon 17", booked_on=date(YEAR, 9, 2))
    pots.deposit(demo, member_id, Money("5.00"), "Na het jaar", date(YEAR + 1, 1, 20))

    [statement] = year_statements(demo, YEAR, member_number=MEMBER)
    pot = statement.pot
    assert pot is not None
    assert (pot.opening, pot.closing) == (Money("50.00"), Money("100.00"))
    assert [(line.on, line.amount) for line in pot.movements] == [(date(YEAR, 3, 10), Money("80.00")),
                                                                  (date(YEAR, 9, 2), Money("-30.00"))]
    assert pot.disposal == WHO_DISPOSES

    text = "\n".join(pdf_pages(statement_bytes([statement], language="nl")))
    assert f"Saldo op 1 januari {YEAR}\n{show_euro(Money('50.00'))}" in text
    assert f"{show_date(date(YEAR, 3, 10))}\nStorting: Winst 2024\n€ 80,00" in text
    assert f"{show_date(date(YEAR, 9, 2))}\nOpname: Cursus of opleiding\n€ -30,00" in text
    assert f"Saldo op 31 december {YEAR}\n€ 100,00" in text
    assert "Na het jaar" not in text
    assert " ".join(WHO_DISPOSES.nl.split()) in " ".join(text.split())


def test_members_without_a_pot_get_no_pot_section(demo: Book) -> None:
    statements = year_statements(demo, YEAR)
    assert all(statement.pot is None for statement in statements)
    text = "\n".join(pdf_pages(statement_bytes(statements[:3], language="nl")))
    assert "spaarpot" not in text.lower()


def _close_movement(book: Book, member_id: int, kind: MovementKind, amount: str, reason: str) -> None:
    with book.transaction() as session:
        pot_store.insert_movement(session, PotMovement(0, member_id, date(YEAR, 12, 31), kind, Money(amount), reason),
                                  book.clock.now())


def test_a_year_closed_reopened_and_closed_again_shows_the_one_deposit_that_stands(demo: Book) -> None:
    """A tester read "Winstverdeling: Winstverdeling 2025 € 4.062,47", "Terugdraaiing
    winstverdeling … € -4.062,47", "Winstverdeling … € 4.062,47" on a statement: three lines
    an officer can read as two payments, and the year said twice in each."""
    with demo.transaction() as session:
        found = member_store.get_member_by_number(session, MEMBER)
        assert found is not None
        member_id = int(found.id)
    _close_movement(demo, member_id, MovementKind.DISTRIBUTION, "4062.47", f"Winstverdeling {YEAR}")
    _close_movement(demo, member_id, MovementKind.ENTERPRISE, "100.00", f"Aandeel eigen onderneming Tuin {YEAR}")
    _close_movement(demo, member_id, MovementKind.REVERSAL, "-4062.47", f"Winstverdeling {YEAR} teruggedraaid")
    _close_movement(demo, member_id, MovementKind.ENTERPRISE_REVERSAL, "-100.00",
                    f"Aandeel eigen onderneming {YEAR} teruggedraaid")
    _close_movement(demo, member_id, MovementKind.DISTRIBUTION, "4000.00", f"Winstverdeling {YEAR}")
    _close_movement(demo, member_id, MovementKind.ENTERPRISE, "90.00", f"Aandeel eigen onderneming Tuin {YEAR}")

    [statement] = year_statements(demo, YEAR, member_number=MEMBER)
    pot = statement.pot
    assert pot is not None
    assert [(line.detail, line.amount) for line in pot.movements] == [
        (str(YEAR), Money("4000.00")), (f"Tuin {YEAR}", Money("90.00"))]
    assert (pot.opening, pot.closing) == (Money(0), Money("4090.00"))
    text = "\n".join(pdf_pages(statement_bytes([statement], language="nl")))
    assert f"Winstverdeling: {YEAR}\n€ 4.000,00" in text and "Terugdraaiing" not in text
    assert f"Aandeel eigen onderneming: Tuin {YEAR}\n€ 90,00" in text


def test_a_reversal_alone_stays_on_the_statement(demo: Book) -> None:
    """Only a pair that cancels to the cent is left out; a reversal without its deposit in
    the year (it cannot happen through the services) still shows."""
    with demo.transaction() as session:
        found = member_store.get_member_by_number(session, MEMBER)
        assert found is not None
        member_id = int(found.id)
    pots.deposit(demo, member_id, Money("50.00"), "Winst", date(YEAR, 3, 1))
    _close_movement(demo, member_id, MovementKind.DISTRIBUTION, "20.00", f"Winstverdeling {YEAR}")
    _close_movement(demo, member_id, MovementKind.REVERSAL, "-10.00", f"Winstverdeling {YEAR} teruggedraaid")
    [statement] = year_statements(demo, YEAR, member_number=MEMBER)
    assert statement.pot is not None
    assert [line.amount for line in statement.pot.movements] == [Money("50.00"), Money("20.00"), Money("-10.00")]
