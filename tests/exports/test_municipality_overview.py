"""The municipality overview, as PDF and as Excel sheet, read back with independent readers
(pypdf, openpyxl) and checked figure by figure."""

from __future__ import annotations

import dataclasses
import stat
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from coopdesk.domain.cooperative import CooperativeDetails
from coopdesk.domain.money import Money
from coopdesk.domain.payout import MunicipalityOverview, PayoutMonth
from coopdesk.domain.text import set_language
from coopdesk.exports.municipality_overview_pdf import write_municipality_overview_pdf
from coopdesk.exports.municipality_overview_xlsx import (
    EURO_FORMAT,
    municipality_overview_workbook,
    write_municipality_overview_xlsx,
)

from .conftest import overview_months

MADE_ON = date(2026, 11, 28)
NEVER = ("belastingvrij", "onbelast", "tax-free", "tax free", "BSN", "burgerservicenummer")


def _pdf_text(path: Path) -> tuple[PdfReader, list[str]]:
    reader = PdfReader(str(path))
    return reader, [page.extract_text() for page in reader.pages]


def _flat(text: str) -> str:
    return " ".join(text.split())


# -- PDF -----------------------------------------------------------------------------------------


def test_the_pdf_shows_cooperative_member_months_totals_and_explanation(
        tmp_path: Path, overview: MunicipalityOverview, cooperative: CooperativeDetails) -> None:
    target = write_municipality_overview_pdf(tmp_path / "overzicht.pdf", overview, cooperative, MADE_ON)
    reader, pages = _pdf_text(target)
    assert len(pages) == 1
    text = _flat(pages[0])
    for expected in ("Coöperatie De Buurt U.A.", "Dorpsstraat 12a", "3511 AB Utrecht", "KvK-nummer 12345678",
                     "Overzicht vergoedingen per maand", "Renée de Vries-Öztürk", "Lidnummer 12",
                     "Geboortedatum 17-05-1990", "januari 2025 t/m juni 2025",
                     "januari 2025 10 € 50,50 € 0,00 € 0,00 05-02-2025",
                     "maart 2025 12,5 € 74,50 € 150,00 € 0,00 05-04-2025",
                     "juni 2025 16,25 € 110,50 € 0,00 € 12,40 nog niet betaald",
                     "Totaal 78,75 € 483,00 € 150,00 € 37,20",
                     "Uitleg bij de kolommen", "telt het als inkomen in de maand van deze datum",
                     "pagina 1 van 1", "Gemaakt op 28-11-2026"):
        assert expected in text, expected
    for word in NEVER:
        assert word.lower() not in text.lower()
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842)  # A4
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_the_pdf_totals_are_the_sum_of_the_months(overview: MunicipalityOverview) -> None:
    assert overview.total_allowance == Money("483.00")
    assert overview.total_allowance == sum((m.allowance for m in overview.months), Money(0))
    assert overview.total_minutes == 4725  # 78,75 hours


def test_the_pdf_is_english_when_the_language_is_english(
        tmp_path: Path, overview: MunicipalityOverview, cooperative: CooperativeDetails) -> None:
    set_language("en")
    target = write_municipality_overview_pdf(tmp_path / "overview.pdf", overview, cooperative, MADE_ON)
    text = _flat(_pdf_text(target)[1][0])
    for expected in ("Overview of allowances per month", "Member number 12", "January 2025 to June 2025",
                     "Volunteer allowance", "Actual costs", "Paid on", "not paid yet", "page 1 of 1",
                     "€ 483,00"):
        assert expected in text, expected
    assert "Lidnummer" not in text
    for word in NEVER:
        assert word.lower() not in text.lower()


def test_a_long_period_numbers_every_page_of_the_total(
        tmp_path: Path, overview: MunicipalityOverview, cooperative: CooperativeDetails) -> None:
    months = overview_months(PayoutMonth(2021, 1), 60)
    long = dataclasses.replace(overview, months=months, first_month=months[0].month, last_month=months[-1].month)
    target = write_municipality_overview_pdf(tmp_path / "vijf-jaar.pdf", long, cooperative, MADE_ON)
    reader, pages = _pdf_text(target)
    count = len(pages)
    assert count >= 2
    for number, text in enumerate(pages, start=1):
        assert f"pagina {number} van {count}" in _flat(text)
        if " 2021 " in _flat(text) or " 2025 " in _flat(text):
            assert "Maand Uren" in _flat(text)  # the header repeats on every page of the table
    assert "december 2025" in _flat(" ".join(pages))
    assert "Uitleg bij de kolommen" in _flat(pages[-1])


@pytest.mark.parametrize("paid_on", [None, date(2025, 2, 5)])
def test_a_month_with_nothing_paid_has_no_payment_date(
        tmp_path: Path, overview: MunicipalityOverview, cooperative: CooperativeDetails, paid_on: date | None) -> None:
    # paid_on set: the month's run was paid to others, this member got nothing that month
    empty = dataclasses.replace(overview.months[0], minutes=0, allowance=Money(0), paid_on=paid_on)
    changed = dataclasses.replace(overview, months=(empty, *overview.months[1:]))
    target = write_municipality_overview_pdf(tmp_path / "o.pdf", changed, cooperative, MADE_ON)
    text = _flat(_pdf_text(target)[1][0])
    assert "januari 2025 0 € 0,00 € 0,00 € 0,00 februari 2025" in text
    xlsx = write_municipality_overview_xlsx(tmp_path / "o.xlsx", changed, cooperative, MADE_ON)
    header = municipality_overview_workbook(changed, cooperative, MADE_ON).header_row
    assert load_workbook(xlsx).active.cell(header + 1, 6).value is None


# -- Excel ---------------------------------------------------------------------------------------


def test_the_sheet_has_numbers_dates_and_a_frozen_header(
        tmp_path: Path, overview: MunicipalityOverview, cooperative: CooperativeDetails) -> None:
    target = write_municipality_overview_xlsx(tmp_path / "overzicht.xlsx", overview, cooperative, MADE_ON)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    header = municipality_overview_workbook(overview, cooperative, MADE_ON).header_row
    sheet = load_workbook(target).active
    assert sheet.freeze_panes == f"A{header + 1}"
    assert [c.value for c in sheet[header]] == ["Maand", "Uren", "Vrijwilligersvergoeding", "Premie", "Onkosten",
                                                "Betaald op"]
    assert all(sheet.column_dimensions[letter].width >= 10 for letter in "ABCDEF")

    rows = list(sheet.iter_rows(min_row=header + 1, max_row=header + 7))
    for cells, month in zip(rows, overview.months, strict=False):
        assert cells[0].value == datetime(month.month.year, month.month.month, 1)
        assert cells[0].is_date
        assert Decimal(str(cells[1].value)) == Decimal(month.minutes) / 60
        for cell, amount in zip(cells[2:5], (month.allowance, month.premium, month.actual_costs), strict=True):
            assert isinstance(cell.value, int | float) and Money(str(cell.value)) == amount
            assert cell.number_format == EURO_FORMAT
        if month.paid_on is None:
            assert cells[5].value == "nog niet betaald"
        else:
            assert cells[5].value == datetime.combine(month.paid_on, datetime.min.time()) and cells[5].is_date
    total = rows[6]
    assert total[0].value == "Totaal"
    assert [Money(str(c.value)) for c in total[2:5]] == [Money("483.00"), Money("150.00"), Money("37.20")]
    assert Decimal(str(total[1].value)) == Decimal("78.75")

    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert "Coöperatie De Buurt U.A." in texts and "KvK-nummer 12345678" in texts
    assert "Renée de Vries-Öztürk" in texts and "januari 2025 t/m juni 2025" in texts
    joined = " ".join(texts).lower()
    assert "uitleg bij de kolommen" in joined
    for word in NEVER:
        assert word.lower() not in joined


@pytest.mark.parametrize("name", ["=HYPERLINK(\"http://x\",\"Klik\")", "+31 Jansen", "-Piet", "@Anna", "\tTab"])
def test_typed_text_that_looks_like_a_formula_stays_text(
        tmp_path: Path, overview: MunicipalityOverview, cooperative: CooperativeDetails, name: str) -> None:
    changed = dataclasses.replace(overview, member_name=name)
    coop = dataclasses.replace(cooperative, name=name)
    target = write_municipality_overview_xlsx(tmp_path / "f.xlsx", changed, coop, MADE_ON)
    sheet = load_workbook(target).active
    cells = [c for row in sheet.iter_rows() for c in row if c.value == name]
    assert len(cells) == 2
    assert all(c.data_type == "s" for c in cells)


def test_the_sheet_is_english_when_the_language_is_english(
        tmp_path: Path, overview: MunicipalityOverview, cooperative: CooperativeDetails) -> None:
    set_language("en")
    target = write_municipality_overview_xlsx(tmp_path / "o.xlsx", overview, cooperative, MADE_ON)
    sheet = load_workbook(target).active
    assert sheet.title == "Overview"
    texts = {c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)}
    assert {"Month", "Hours", "Volunteer allowance", "Premium", "Actual costs", "Paid on", "not paid yet"} <= texts
