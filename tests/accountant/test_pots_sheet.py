"""The Spaarpotten sheet of the accountant's workbook, reopened with openpyxl: each
member's movements of the year and a balance row (opening + deposits - withdrawals =
closing), totals as values that match the pots' liability account (1710), typed cells,
and typed text that looks like a formula kept as text."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.money import Money
from coopdesk.exports.accountant_workbook import DATE_FORMAT, EURO_FORMAT, write_workbook
from coopdesk.services.accountant import read_accountant_year
from tests.accountant.conftest import FORMULA_NAME, FORMULA_REASON, FORMULA_RECEIPT
from tests.conftest import TODAY

HEADER = ["Lidnummer", "Naam", "Datum", "Soort", "Doel / omschrijving", "Bon", "Bedrag",
          "Beginsaldo", "Stortingen", "Opnames", "Eindsaldo"]


def _dec(value: object) -> Decimal:
    assert isinstance(value, int | float) and not isinstance(value, bool), value
    return Decimal(str(value)).quantize(Decimal("0.01"))


def test_movements_and_balances_per_member_add_up_to_the_pots_account(book_path: Path, tmp_path: Path) -> None:
    data = read_accountant_year(book_path, 2025, TODAY)
    assert data.pots_liability == Money("140.00")
    target = tmp_path / "a.xlsx"
    write_workbook(data, target)
    sheet = load_workbook(target)["Spaarpotten"]
    assert [c.value for c in sheet[1]] == HEADER
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:K{sheet.max_row}"
    rows = list(sheet.iter_rows(min_row=2))
    values = [[c.value for c in row] for row in rows]
    first = values[0][0]
    mine = [v for v in values if v[0] == first]
    assert [(v[3], _dec(v[6]) if v[6] is not None else None) for v in mine] == [
        ("Storting", Decimal("50.00")), ("Opname", Decimal("-30.00")), ("Saldo", None)]
    assert mine[0][1] == FORMULA_NAME and mine[0][4] == FORMULA_REASON and mine[1][5] == FORMULA_RECEIPT
    assert [_dec(v) for v in mine[2][7:]] == [Decimal("100.00"), Decimal("50.00"), Decimal("30.00"),
                                               Decimal("120.00")]
    assert mine[2][2] == datetime(2025, 12, 31)
    for row in rows[:-1]:
        assert row[2].is_date and row[2].number_format == DATE_FORMAT
        assert all(c.data_type == "n" and c.number_format == EURO_FORMAT for c in row[6:] if c.value is not None)
        assert not any(c.data_type == "f" for c in row)
    assert all(row[1].data_type == "s" for row in rows if row[1].value == FORMULA_NAME)
    totals = values[-1]
    assert totals[1] == "Totaal" and all(c.font.bold for c in rows[-1][7:])
    assert [_dec(v) for v in totals[7:]] == [Decimal("100.00"), Decimal("70.00"), Decimal("30.00"),
                                             Decimal("140.00")]
    balances = [v for v in values[:-1] if v[3] == "Saldo"]
    assert sum((_dec(v[10]) for v in balances), Decimal(0)) == _dec(totals[10]) == data.pots_liability.amount


def test_a_year_before_any_pot_has_an_empty_sheet_with_a_zero_total(book_path: Path, tmp_path: Path) -> None:
    data = read_accountant_year(book_path, 2024, TODAY)
    assert [(b.opening, b.deposits, b.withdrawals) for b in data.pot_balances] == [
        (Money.zero(), Money("100.00"), Money.zero())]
    target = tmp_path / "a.xlsx"
    write_workbook(data, target)
    rows = list(load_workbook(target)["Spaarpotten"].iter_rows(min_row=2, values_only=True))
    assert [r[3] for r in rows[:-1]] == ["Storting", "Saldo"] and _dec(rows[-1][10]) == Decimal("100.00")


def test_pots_that_differ_from_the_pots_account_are_refused(book_path: Path, tmp_path: Path) -> None:
    data = read_accountant_year(book_path, 2025, TODAY)
    wrong = replace(data, pots_liability=Money("139.99"))
    target = tmp_path / "a.xlsx"
    with pytest.raises(CoopDeskError, match="1710"):
        write_workbook(wrong, target)
    assert not target.exists()
