"""Properties of the two renderers over any balanced year: the XAF 4.0 file validates and
reads back to the year's closing balances; the journal sheet balances; typed text of any
kind (formula-like, control characters) never breaks either file."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from openpyxl import load_workbook

from coopdesk.domain.audit_file import (
    AccountantYear,
    AuditAccount,
    AuditLine,
    AuditTransaction,
    AuditYear,
)
from coopdesk.domain.cooperative import CooperativeDetails
from coopdesk.domain.ledger import AccountType, TransactionKind
from coopdesk.domain.money import Money
from coopdesk.domain.reports import Period, trial_balance
from coopdesk.exports.accountant_workbook import write_workbook
from coopdesk.exports.xaf import XAF_40, build, validate
from tests.accountant.conftest import schema_folder

ACCOUNTS = (
    AuditAccount("0190", "Beginbalans", AccountType.EQUITY),
    AuditAccount("1000", "Kas", AccountType.ASSET, "BLimKas"),
    AuditAccount("1100", "Bank", AccountType.ASSET),
    AuditAccount("4000", "Kosten", AccountType.EXPENSE),
    AuditAccount("8000", "Omzet", AccountType.INCOME),
)
CODES = [a.code for a in ACCOUNTS]
texts = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30),
    st.sampled_from(['=HYPERLINK("http://x","y")', "+31 Kas", "-Korting", "@SUM(A1)", "\tTab", "a\x0bb\ufffe"]),
)


@st.composite
def transactions(draw: st.DrawFn, number: int) -> AuditTransaction:
    cents = draw(st.lists(st.integers(1, 10**9), min_size=1, max_size=3))
    debit, credit = draw(st.sampled_from(CODES)), draw(st.sampled_from(CODES))
    lines = [AuditLine(debit, Money.from_cents(c)) for c in cents]
    lines.append(AuditLine(credit, Money.from_cents(-sum(cents))))
    day = draw(st.dates(date(2025, 1, 1), date(2025, 12, 31)))
    return AuditTransaction(number, day, draw(texts), draw(texts), TransactionKind.JOURNAL, tuple(lines))


@st.composite
def years(draw: st.DrawFn) -> AuditYear:
    count = draw(st.integers(0, 6))
    found = [draw(transactions(n)) for n in range(1, count + 1)]
    cash = draw(st.integers(0, 10**8))
    opening = (AuditLine("0190", Money.from_cents(-cash)), AuditLine("1000", Money.from_cents(cash)))
    return AuditYear(2025, CooperativeDetails(draw(texts), "91234567"), date(2026, 1, 5), ACCOUNTS,
                     tuple(line for line in opening if line.amount), Money.zero(), "0190",
                     tuple(sorted(found, key=lambda t: (t.booked_on, t.number))))


@settings(max_examples=40, deadline=None)
@given(year=years())
def test_any_balanced_year_validates_and_reads_back_to_its_closing_balances(year: AuditYear) -> None:
    tree = build(year, "4.0")
    folder = schema_folder()
    if folder is not None:
        validate(tree, "4.0", folder)
    tree = etree.fromstring(etree.tostring(tree, encoding="UTF-8"))  # what a reader parses
    read_back: dict[str, Decimal] = {}
    for line in [*tree.iter(f"{{{XAF_40}}}obLine"), *tree.iter(f"{{{XAF_40}}}trLine")]:
        amount = Decimal(line.findtext(f"{{{XAF_40}}}amnt"))
        code = line.findtext(f"{{{XAF_40}}}accID")
        read_back[code] = read_back.get(code, Decimal(0)) + (amount if line.findtext(f"{{{XAF_40}}}amntTp") == "D"
                                                             else -amount)
    assert {c: a for c, a in read_back.items() if a} == {c: m.amount for c, m in year.closing_balances().items()}


@settings(max_examples=15, deadline=None)
@given(year=years())
def test_any_balanced_year_gives_a_journal_that_balances(year: AuditYear) -> None:
    import tempfile

    trial = trial_balance([], Period.year(2025))
    data = AccountantYear(year, (), (), trial, trial, trial)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "a.xlsx"
        write_workbook(data, target)
        rows = list(load_workbook(target)["Journaal"].iter_rows(min_row=2, values_only=True))
    debit = sum((Decimal(str(r[5])) for r in rows[:-1] if r[5] is not None), Decimal(0))
    credit = sum((Decimal(str(r[6])) for r in rows[:-1] if r[6] is not None), Decimal(0))
    assert debit == credit == Decimal(str(rows[-1][5])) == Decimal(str(rows[-1][6]))
    assert len(rows) == len(year.opening) + year.line_count + 1
