"""The accountant's workbook, reopened with openpyxl: the sheets, typed cells, frozen
headers with autofilter, the journal adding up to the trial balance, and typed text
that looks like a formula coming back as the same text."""

from __future__ import annotations

import stat
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coopdesk.cli import main
from coopdesk.exports.accountant_workbook import EURO_FORMAT, SHEETS, write_workbook
from coopdesk.services.accountant import read_accountant_year
from tests.accountant.conftest import FORMULA_ACCOUNT, FORMULA_NAME, schema_folder
from tests.conftest import TODAY

CENT = Decimal("0.01")


def _dec(value: object) -> Decimal:
    assert isinstance(value, int | float) and not isinstance(value, bool), value
    return Decimal(str(value)).quantize(CENT)


@pytest.fixture
def workbook_path(book_path: Path, tmp_path: Path) -> Path:
    target = tmp_path / "accountant-2025.xlsx"
    write_workbook(read_accountant_year(book_path, 2025, TODAY), target)
    return target


def test_every_sheet_has_a_frozen_bold_header_an_autofilter_and_widths(workbook_path: Path) -> None:
    assert stat.S_IMODE(workbook_path.stat().st_mode) == 0o600
    book = load_workbook(workbook_path)
    assert book.sheetnames == list(SHEETS)
    for sheet in book:
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
        assert all(cell.font.bold for cell in sheet[1]), sheet.title
        assert sheet.column_dimensions["A"].width and sheet.column_dimensions["B"].width >= 10
        assert sheet.max_row > 2, sheet.title


def test_the_journal_balances_and_adds_up_per_account_to_the_trial_balance(workbook_path: Path) -> None:
    book = load_workbook(workbook_path)
    journal = book["Journaal"]
    header = [c.value for c in journal[1]]
    assert header == ["Boeking", "Datum", "Rekening", "Rekeningnaam", "Omschrijving", "Debet", "Credit"]
    rows = list(journal.iter_rows(min_row=2))
    lines, totals = rows[:-1], rows[-1]
    per_account: dict[str, Decimal] = {}
    debit = credit = Decimal(0)
    for row in lines:
        number, day, code, _name, _text, left, right = row
        assert day.is_date and isinstance(day.value, datetime) and day.value.year == 2025
        assert number.value is None or isinstance(number.value, int)
        assert (left.value is None) != (right.value is None)
        money = left if left.value is not None else right
        assert money.data_type == "n" and money.number_format == EURO_FORMAT
        amount = _dec(money.value) if left.value is not None else -_dec(money.value)
        debit, credit = debit + max(amount, Decimal(0)), credit + max(-amount, Decimal(0))
        per_account[code.value] = per_account.get(code.value, Decimal(0)) + amount
    assert totals[4].value == "Totaal"
    assert debit == credit == _dec(totals[5].value) == _dec(totals[6].value)

    trial = book["Proefbalans"]
    trial_rows = list(trial.iter_rows(min_row=2, values_only=True))
    expected: dict[str, Decimal] = {}
    for code, _name, left, right in trial_rows[:-1]:
        key = code if code is not None else "0190"  # earlier years' result: on the opening account in the journal
        expected[key] = expected.get(key, Decimal(0)) + (_dec(left) if left is not None else -_dec(right))
    assert {c: a for c, a in per_account.items() if a} == {c: a for c, a in expected.items() if a}
    trial_totals = trial_rows[-1]
    assert _dec(trial_totals[2]) == _dec(trial_totals[3])
    assert sum((a for a in expected.values() if a > 0), Decimal(0)) == _dec(trial_totals[2])


def test_typed_text_like_a_formula_comes_back_as_the_same_text(workbook_path: Path) -> None:
    book = load_workbook(workbook_path)
    found = 0
    for title, column in (("Leden", 2), ("Uren", 2), ("Vergoedingen", 6), ("Spaarpotten", 2)):
        cells = [row[column - 1] for row in book[title].iter_rows(min_row=2) if row[column - 1].value == FORMULA_NAME]
        assert cells, title
        assert all(c.data_type == "s" for c in cells)
        found += len(cells)
    names = [row[3] for row in book["Journaal"].iter_rows(min_row=2) if row[3].value == FORMULA_ACCOUNT]
    assert names and all(c.data_type == "s" for c in names)
    assert found >= 4
    for sheet in book:
        for row in sheet.iter_rows():
            assert not any(c.data_type == "f" for c in row), sheet.title


def test_the_register_holds_no_personal_data_the_accountant_does_not_need(book_path: Path, tmp_path: Path) -> None:
    data = read_accountant_year(book_path, 2025, TODAY)
    target = tmp_path / "a.xlsx"
    write_workbook(data, target)
    leden = load_workbook(target)["Leden"]
    assert [c.value for c in leden[1]] == ["Lidnummer", "Naam", "Lid sinds", "Uitgeschreven", "Regeling"]
    first = next(leden.iter_rows(min_row=2))
    assert isinstance(first[0].value, int) and first[2].is_date
    import sqlite3

    with sqlite3.connect(book_path) as connection:
        private = {v for row in connection.execute("SELECT iban, address, email, phone FROM member") for v in row if v}
    for sheet in load_workbook(target):
        for row in sheet.iter_rows(values_only=True):
            assert not private & {v for v in row if isinstance(v, str)}, sheet.title


def test_payouts_and_hours_are_numbers_with_totals_as_values(book_path: Path, tmp_path: Path) -> None:
    data = read_accountant_year(book_path, 2025, TODAY)
    target = tmp_path / "a.xlsx"
    write_workbook(data, target)
    book = load_workbook(target)
    payouts = list(book["Vergoedingen"].iter_rows(min_row=2))
    assert len(payouts) == len(data.payouts) + 1
    assert payouts[0][0].is_date and payouts[0][7].data_type == "n"
    paid = sum((_dec(row[11].value) for row in payouts[:-1]), Decimal(0))
    assert paid == _dec(payouts[-1][11].value) == sum((p.paid_total.amount for p in data.payouts), Decimal(0))
    hours = list(book["Uren"].iter_rows(min_row=2, values_only=True))
    year_minutes = sum(h.minutes for h in data.hours)
    assert _dec(hours[-1][-1]) == (Decimal(year_minutes) / 60).quantize(CENT)
    assert all(isinstance(v, int | float) for row in hours[:-1] for v in row[2:] if v is not None)


def test_the_export_command_writes_both_files(book_path: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    folder = schema_folder()
    if folder is not None:
        monkeypatch.setenv("COOPDESK_XAF_SCHEMAS", str(folder))
    workbook, audit = tmp_path / "out" / "2025.xlsx", tmp_path / "out" / "2025.xaf"
    assert main(["export", str(book_path), "--year", "2025", "--xlsx", str(workbook), "--xaf", str(audit)]) == 0
    assert load_workbook(workbook).sheetnames == list(SHEETS)
    assert stat.S_IMODE(audit.stat().st_mode) == 0o600 and b"XmlauditfileXAF_4.0" in audit.read_bytes()[:400]
    assert main(["export", str(book_path), "--year", "2026", "--xaf", str(audit), "--xaf-version", "3.2"]) == 1
    assert "3.2" in capsys.readouterr().err
    assert main(["export", str(book_path), "--year", "2025"]) == 1
