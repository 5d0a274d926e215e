"""The savings pot section of the year statement: opening balance, each movement of the year,
closing balance and who may dispose of it, from the pots the book keeps."""

from __future__ import annotations

from datetime import date

from pots.bookhelp import fund_reserve

from coopdesk.domain.display import show_date, show_euro
from coopdesk.domain.money import Money
from coopdesk.domain.pot import WHO_DISPOSES
from coopdesk.exports.statement_pdf import statement_bytes
from coopdesk.services import pots
from coopdesk.services.books import Book
from coopdesk.services.statements import year_statements
from coopdesk.store import members as member_store
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
