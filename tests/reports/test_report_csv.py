"""`coopdesk report --csv`: typed text cannot become a formula, numbers stay numbers.

OWASP's advice on CSV injection: a cell that begins with `=`, `+`, `-`, `@`, a tab or
a carriage return is prefixed with a single quote, and fields are quoted. Amounts,
negative ones included, are numbers CoopDesk wrote, not text a person typed: they
stay plain so a spreadsheet sums them.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.cli import main
from coopdesk.domain.ledger import Account, AccountType, Posting
from coopdesk.domain.money import Money
from coopdesk.domain.reports import Column, Hours, Report, ReportRow
from coopdesk.domain.text import Text
from coopdesk.exports.report_csv import FORMULA_STARTS, escape_text, write_csv
from coopdesk.services import ledger
from coopdesk.services.books import Book

NAMES = {
    "8100": '=HYPERLINK("http://example.org/x?"&A1,"klik")',
    "8200": "+31 6 1234",
    "8300": "-Korting",
    "8400": "@SUM(A1:A9)",
}


@pytest.fixture
def formula_accounts(book: Book) -> dict[str, Account]:
    existing = {a.code for a in ledger.list_accounts(book)}
    found = {}
    for code, name in NAMES.items():
        if code in existing:
            account = next(a for a in ledger.list_accounts(book) if a.code == code)
            found[code] = ledger.rename_account(book, account.id, name)
        else:
            found[code] = ledger.add_account(book, code, name, AccountType.INCOME)
    return found


def test_account_names_that_look_like_formulas_are_written_as_text(
    book: Book, book_path: Path, formula_accounts: dict[str, Account], capsys: pytest.CaptureFixture[str],
) -> None:
    """Failed before: `=HYPERLINK(...)` went into the CSV as it was, a live formula."""
    cash = next(a for a in ledger.list_accounts(book) if a.code == "1000")
    postings = [Posting(a.id, Money("-25")) for a in formula_accounts.values()]
    # a refund on the first: its income for the year is negative
    postings.append(Posting(formula_accounts["8100"].id, Money("35")))
    postings.append(Posting(cash.id, Money("65")))
    ledger.post_journal_entry(book, date(2026, 3, 5), "Omzet", postings)

    assert main(["report", str(book_path), "profit-loss", "--year", "2026", "--csv"]) == 0
    out = capsys.readouterr().out
    rows = {row[1]: row for row in csv.reader(io.StringIO(out))}
    for code, name in NAMES.items():
        assert rows[code][2] == "'" + name
    assert rows["8100"][3] == "-10.00" and rows["8200"][3] == "25.00"
    for line in out.splitlines()[1:]:
        section, code, name, amount = line.split(",", 3)[:3] + [line.rsplit(",", 1)[1]]
        assert section.startswith('"') and code.startswith('"') and name.startswith('"\'')
        Decimal(amount)  # unquoted: a spreadsheet reads a number, "-10.00" included

    assert main(["report", str(book_path), "trial-balance", "--year", "2026", "--csv"]) == 0
    rows = {row[0]: row for row in csv.reader(io.StringIO(capsys.readouterr().out))}
    assert rows["8300"][1] == "'-Korting" and rows["8300"][3] == "25.00"
    assert rows["1000"][1] == "Kas"  # plain names are untouched


@given(st.text(max_size=40))
def test_every_text_reads_back_as_one_field_that_no_spreadsheet_runs(text: str) -> None:
    field = escape_text(text)
    assert field.startswith('"')
    (row,) = list(csv.reader(io.StringIO(field + "\n"), strict=True))
    (read,) = row
    assert read == ("'" + text if text.startswith(FORMULA_STARTS) else text)
    assert not read.startswith(FORMULA_STARTS)


def test_cells_are_written_by_their_kind() -> None:
    report = Report(
        Text("T", "T"), Text("2026", "2026"),
        (Column("day", Text("d", "d")), Column("hours", Text("h", "h")), Column("count", Text("c", "c")),
         Column("amount", Text("a", "a")), Column("name", Text("n", "n"))),
        (ReportRow((date(2026, 3, 5), Hours(150), 42, Money("-1234.5"), "\tTab")),),
        (),
    )
    stream = io.StringIO()
    write_csv(report, stream)
    assert stream.getvalue().splitlines() == [
        '"day","hours","count","amount","name"',
        "2026-03-05,2.5,42,-1234.50,\"'\tTab\"",
    ]
