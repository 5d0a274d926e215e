"""Year-end statements rendered to PDF and read back with pypdf (an independent reader):
every month's figures, the totals, the caps, the page numbers, duplicates, no BSN."""

from __future__ import annotations

import re
from dataclasses import fields
from datetime import date
from decimal import Decimal

import pytest

from coopdesk.domain.cooperative import CooperativeDetails
from coopdesk.domain.display import show_date, show_euro
from coopdesk.domain.hours import format_hours
from coopdesk.domain.member import MemberForm, PaymentRegime
from coopdesk.domain.money import Money
from coopdesk.domain.payout import PayoutMonth
from coopdesk.domain.statement import (
    Addressee,
    CapKind,
    PotLine,
    PotSection,
    StatementMonth,
    YearStatement,
    statement_number,
)
from coopdesk.domain.text import Text
from coopdesk.exports.statement_pdf import MONTHS, statement_bytes
from coopdesk.services import payout
from coopdesk.services.books import Book
from coopdesk.services.members import register_member
from coopdesk.services.statements import StatementOrder, record_issued, year_statements
from tests.statements.conftest import YEAR, pdf_pages

PREMIUM_MEMBER = 105  # two activities, premium paid twice in 2025
ALLOWANCE_MEMBER = 109  # volunteer allowance


def _cell(amount: Money) -> str:
    return show_euro(amount) if amount else "–"


def _hours(minutes: int) -> str:
    return format_hours(minutes) if minutes else "–"


def _month_row(month: StatementMonth) -> str:
    cells = [MONTHS["nl"][month.month.month - 1], _hours(month.minutes), _cell(month.allowance),
             _cell(month.premium), _cell(month.actual_costs)]
    if month.paid:
        cells.append(show_date(month.paid_on) if month.paid_on else "nog niet betaald")
    return "\n".join(cells)


@pytest.mark.parametrize("member_number", [PREMIUM_MEMBER, ALLOWANCE_MEMBER])
def test_every_month_and_the_totals_are_on_the_statement_as_the_payout_holds_them(demo: Book,
                                                                                  member_number: int) -> None:
    [statement] = year_statements(demo, YEAR, member_number=member_number)
    # the figures agree with the payout's own read of the same months (another query path)
    overview = payout.municipality_overview_data(demo, member_number, f"{YEAR}-01", f"{YEAR}-12")
    assert [(m.minutes, m.allowance, m.premium, m.actual_costs, m.paid_on) for m in statement.months] == \
        [(m.minutes, m.allowance, m.premium, m.actual_costs, m.paid_on) for m in overview.months]
    assert statement.total_paid.is_positive() and statement.total_minutes > 0

    text = "\n".join(pdf_pages(statement_bytes([statement], language="nl")))
    assert statement.member.name in text and f"Jaaroverzicht {YEAR}" in text
    assert statement.member.address in text and statement.member.postcode in text
    assert f"Lidnummer\n{member_number}" in text
    for month in statement.months:
        assert _month_row(month) in text, month.month
    totals = "\n".join([f"Totaal {YEAR}", _hours(statement.total_minutes), _cell(statement.total_allowance),
                        _cell(statement.total_premium), _cell(statement.total_actual_costs)])
    assert totals in text
    assert statement.total_paid == overview.total_allowance + overview.total_premium + overview.total_actual_costs
    # hours per activity: each activity's year total, and the sum over activities is the year's hours
    assert sum(statement.activity_minutes(name) for name in statement.activities) == statement.total_minutes
    for name in statement.activities:
        assert name in text


def test_the_caps_show_the_room_left_against_the_books_rules(demo: Book) -> None:
    rules = payout.rules(demo)
    [allowance] = year_statements(demo, YEAR, member_number=ALLOWANCE_MEMBER)
    [cap] = allowance.caps
    assert cap.kind is CapKind.ALLOWANCE and cap.cap == rules.fiscal_caps(YEAR).year_total
    assert cap.paid == allowance.total_allowance
    assert cap.room == cap.cap - cap.paid - cap.other_organisations
    text = "\n".join(pdf_pages(statement_bytes([allowance], language="nl")))
    assert f"Nog ruimte in {YEAR}\n{show_euro(cap.room)}" in text

    [premium] = year_statements(demo, YEAR, member_number=PREMIUM_MEMBER)
    [cap] = premium.caps
    assert cap.kind is CapKind.PREMIUM and cap.cap == rules.premium_maximum(date(YEAR, 12, 31)).yearly_maximum
    # a premium counts in the year it is paid: December 2024's run (paid January 2025) in, December 2025's out
    runs = {run.month: run for run in payout.list_runs(demo) if run.status.locks_hours}
    counted = [PayoutMonth(YEAR - 1, 12)] + [PayoutMonth(YEAR, month) for month in range(1, 12)]
    expected = Money(0)
    for month in counted:
        if month in runs:
            line = next((line for line in payout.get_run(demo, runs[month].id).lines
                         if line.member_number == PREMIUM_MEMBER), None)
            expected = expected + (line.premium if line else Money(0))
    assert cap.paid == expected


def test_a_member_with_no_hours_gets_a_short_correct_statement(demo: Book) -> None:
    member = register_member(demo, MemberForm(name="Noor el Idrissi", joined_on=date(YEAR, 5, 1),
                                              address="Damstraat 3", postcode="3531 AB", city="Utrecht",
                                              iban="NL91ABNA0417164300", regime=PaymentRegime.PREMIUM))
    [statement] = year_statements(demo, YEAR, member_number=int(member.number))
    assert statement.is_empty and statement.total_paid == Money(0)
    pages = pdf_pages(statement_bytes([statement], language="nl"))
    assert len(pages) == 1
    text = pages[0]
    assert "Noor el Idrissi" in text and "Damstraat 3" in text
    assert f"Geen uren en geen betalingen in {YEAR}." in text
    assert f"U hoeft over {YEAR} dus niets" in " ".join(text.split())  # a sentence may wrap
    assert "Wat u per maand ontving" not in text and "pagina 1 van 1" in text


def _long_statement(activities: int, duplicate: bool = False) -> YearStatement:
    """A statement built by hand: many activities, actual costs and a pot, so it runs to three pages."""
    names = tuple(f"Activiteit {index:02d} ë" for index in range(activities))
    months = tuple(
        StatementMonth(PayoutMonth(YEAR, month), tuple((name, 60 * (month + index)) for index, name in enumerate(names)),
                       allowance=Money("10.50") * month, premium=Money(0), actual_costs=Money("3.25"),
                       paid_on=date(YEAR, month, 28) if month < 12 else None)
        for month in range(1, 13))
    pot = PotSection(Money("120.00"), tuple(PotLine(date(YEAR, 3, day), Text("Storting", "Deposit"), f"reden {day}",
                                                    Money("5.00")) for day in range(1, 6)), Money("145.00"),
                     Text("Het bestuur beslist, op uw verzoek.", "The board decides, at your request."))
    return YearStatement(
        year=YEAR, number=statement_number(YEAR, 7), issued_on=date(2026, 1, 10), duplicate=duplicate,
        cooperative=CooperativeDetails("Coöperatie Één U.A.", "12345678", "Hoofdstraat 1", "1234 AB", "Ede"),
        member_number=7, member=Addressee("Zoë Jansen-Brouwer", "Kerkstraat 9", "3511 AA", "Utrecht"),
        activities=names, months=months, pot=pot, treasurer="Henk de Vries")


def test_a_three_page_statement_numbers_its_pages_and_shows_costs_and_pot() -> None:
    statement = _long_statement(activities=12)
    pages = pdf_pages(statement_bytes([statement], language="nl"))
    assert len(pages) == 3
    for number, text in enumerate(pages, start=1):
        assert f"pagina {number} van 3" in text
        assert "2025-00007" in text  # the footer names the statement on every page
    text = "\n".join(pages)
    assert "€ 126,00" in text  # 10.50 x 12 in December: a month's allowance
    assert "Totaal 2025\n" in text and show_euro(statement.total_actual_costs) in text  # € 39,00
    assert "nog niet betaald" in text  # December's run not paid yet
    assert "Saldo op 31 december 2025\n€ 145,00" in text and "Het bestuur beslist, op uw verzoek." in text and "Storting: reden 3" in text
    assert "Henk de Vries, penningmeester" in text and "Zoë Jansen-Brouwer" in text


def test_pages_are_counted_per_statement_in_a_combined_file(demo: Book) -> None:
    statements = [_long_statement(activities=12), *year_statements(demo, YEAR, member_number=PREMIUM_MEMBER)]
    pages = pdf_pages(statement_bytes(statements, language="nl"))
    second = len(pages) - 3
    assert [f"pagina {n} van 3" in page for n, page in enumerate(pages[:3], 1)] == [True] * 3
    assert [f"pagina {n} van {second}" in page for n, page in enumerate(pages[3:], 1)] == [True] * second


def test_no_bsn_and_no_promise_about_tax_anywhere(demo: Book) -> None:
    assert not any("bsn" in field.name.lower() or "citizen" in field.name.lower()
                   for field in fields(YearStatement) + fields(Addressee))
    statements = year_statements(demo, YEAR)
    for language in ("nl", "en"):
        text = "\n".join(pdf_pages(statement_bytes(statements, language=language))).lower()
        assert not re.search(r"(?<!\d)\d{9}(?!\d)", text)  # no nine-digit number: no BSN
        for word in ("bsn", "burgerservicenummer", "belastingvrij", "onbelast", "tax-free", "tax free"):
            assert word not in text


def test_a_reprint_has_the_same_number_and_says_duplicaat(demo: Book) -> None:
    [first] = year_statements(demo, YEAR, member_number=PREMIUM_MEMBER)
    assert not first.duplicate and first.number == "2025-00105"
    first_text = "\n".join(pdf_pages(statement_bytes([first], language="nl")))
    assert "duplicaat" not in first_text.lower()
    record_issued(demo, [first])
    [again] = year_statements(demo, YEAR, member_number=PREMIUM_MEMBER)
    assert again.number == first.number and again.duplicate
    text = "\n".join(pdf_pages(statement_bytes([again], language="nl")))
    assert "DUPLICAAT" in text and "2025-00105  ·  duplicaat" in text
    # the batch sees it too; other members are still first prints; issuing again logs nothing new
    batch = {s.member_number: s for s in year_statements(demo, YEAR)}
    assert batch[PREMIUM_MEMBER].duplicate and not batch[ALLOWANCE_MEMBER].duplicate
    record_issued(demo, list(batch.values()))
    assert len(payout.audit_log(demo, 1000, "statement.issue")) == len(batch)


def test_english_when_the_language_is_english(demo: Book) -> None:
    [statement] = year_statements(demo, YEAR, member_number=ALLOWANCE_MEMBER)
    text = "\n".join(pdf_pages(statement_bytes([statement], language="en")))
    assert "Annual statement 2025" in text and "What you received per month" in text
    assert "page 1 of" in text and "January" in text and "€" in text


def test_the_batch_sorts_by_name_or_by_postcode(demo: Book) -> None:
    by_name = year_statements(demo, YEAR, order=StatementOrder.NAME)
    assert [s.member.name for s in by_name][:3] == ["Zeynep ten Asante", "Sander van den Bouzid",
                                                   "Wim van der Brouwer"]
    by_postcode = year_statements(demo, YEAR, order=StatementOrder.POSTCODE)
    postcodes = [s.member.postcode.replace(" ", "") for s in by_postcode]
    assert postcodes == sorted(postcodes) and len(by_postcode) == len(by_name)


def test_the_font_is_the_shipped_one_and_embedded() -> None:
    import io

    from pypdf import PdfReader

    data = statement_bytes([_long_statement(activities=2)], language="nl")
    fonts = {str(font.get_object()["/BaseFont"]) for page in PdfReader(io.BytesIO(data)).pages
             for font in page["/Resources"]["/Font"].values()}
    assert any(name.endswith("+DejaVuSans") for name in fonts)
    assert Decimal(1)  # the euro sign and diacritics come out as text, not as boxes:
    assert "€ 10,50" in pdf_pages(data)[0] and "Coöperatie Één U.A." in pdf_pages(data)[0]
