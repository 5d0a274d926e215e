"""The XAF audit file: 4.0 and 3.2 validate against the official XSDs, add up, use only
accounts of their general ledger, and the 4.0 file read back gives the year's trial balance."""

from __future__ import annotations

import stat
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from coopdesk.domain.audit_file import AuditAccount, AuditYear
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.ledger import TransactionKind
from coopdesk.domain.money import Money
from coopdesk.domain.reports import Period
from coopdesk.exports.xaf import XAF_32, XAF_40, build, write_xaf
from coopdesk.services import reports
from coopdesk.services.accountant import read_audit_year, trial_balance_amounts
from tests.accountant.conftest import FORMULA_NAME, RGS_CASH
from tests.conftest import TODAY


def _validate(path: Path, schemas: Path, version: str) -> etree._ElementTree:
    schema = etree.XMLSchema(etree.parse(str(schemas / f"XmlAuditfileFinancieel{version}.xsd")))
    tree = etree.parse(str(path))
    schema.assertValid(tree)
    return tree


def _amounts(parent: etree._Element, ns: str, tag: str) -> list[tuple[str, Decimal]]:
    """(accID, signed amount) of every `tag` line under `parent` (debit +, credit -)."""
    found = []
    for line in parent.iter(f"{{{ns}}}{tag}"):
        amount = Decimal(line.findtext(f"{{{ns}}}amnt"))
        side = line.findtext(f"{{{ns}}}amntTp")
        assert side in ("D", "C")
        found.append((line.findtext(f"{{{ns}}}accID"), amount if side == "D" else -amount))
    return found


def _check_totals(block: etree._Element, ns: str, lines: list[tuple[str, Decimal]]) -> None:
    debit = sum((a for _, a in lines if a > 0), Decimal(0))
    credit = -sum((a for _, a in lines if a < 0), Decimal(0))
    assert int(block.findtext(f"{{{ns}}}linesCount")) == len(lines)
    assert Decimal(block.findtext(f"{{{ns}}}totalDebit")) == debit
    assert Decimal(block.findtext(f"{{{ns}}}totalCredit")) == credit
    assert debit == credit


def test_xaf_40_validates_adds_up_and_reads_back_as_the_trial_balance(
        book_path: Path, schemas: Path, tmp_path: Path) -> None:
    target = tmp_path / "2025.xaf"
    assert write_xaf(read_audit_year(book_path, 2025, TODAY), target, "4.0", schemas) is True
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    tree = _validate(target, schemas, "4.0")
    ns = XAF_40
    root = tree.getroot()
    assert root.tag == f"{{{ns}}}auditfile"
    assert root.findtext(f"{{{ns}}}header/{{{ns}}}RGSVersion")  # the cash account has an RGS code
    company = root.find(f"{{{ns}}}company")
    assert company.findtext(f"{{{ns}}}Commercenr") == "91234567"
    assert company.find(f"{{{ns}}}generalLedger") is not None and company.find(f"{{{ns}}}transactions") is not None
    accounts = {a.findtext(f"{{{ns}}}accID"): a for a in company.iter(f"{{{ns}}}ledgerAccount")}
    assert accounts["1000"].findtext(f"{{{ns}}}RGScode") == RGS_CASH
    assert accounts["1000"].findtext(f"{{{ns}}}accTp") == "B" and accounts["8000"].findtext(f"{{{ns}}}accTp") == "P"
    assert sum(a.find(f"{{{ns}}}RGScode") is not None for a in accounts.values()) == 1
    assert FORMULA_NAME in [r.findtext(f"{{{ns}}}custSupName") for r in company.iter(f"{{{ns}}}customerSupplier")]
    assert len(company.findall(f"{{{ns}}}periods/{{{ns}}}period")) == 12

    opening = _amounts(company.find(f"{{{ns}}}openingBalance"), ns, "obLine")
    lines = _amounts(company.find(f"{{{ns}}}transactions"), ns, "trLine")
    _check_totals(company.find(f"{{{ns}}}openingBalance"), ns, opening)
    _check_totals(company.find(f"{{{ns}}}transactions"), ns, lines)
    assert lines and opening
    assert {code for code, _ in opening + lines} <= accounts.keys()
    for transaction in company.iter(f"{{{ns}}}transaction"):  # each transaction balances on its own
        assert sum((a for _, a in _amounts(transaction, ns, "trLine")), Decimal(0)) == 0
        assert transaction.findtext(f"{{{ns}}}trDt").startswith("2025-")

    read_back: dict[str, Decimal] = {}
    for code, amount in opening + lines:
        read_back[code] = read_back.get(code, Decimal(0)) + amount
    with reports.read_only(book_path) as source:
        trial = reports.trial_balance(source, Period.year(2025))
    expected = trial_balance_amounts(trial, "0190")  # earlier years' result: carried on the opening account
    assert {c: a for c, a in read_back.items() if a} == {c: m.amount for c, m in expected.items()}
    earlier = [row for row in trial.rows if row.cells[0] is None]
    assert earlier, "2025 starts with 2024's result not yet closed: the case the read-back must cover"


@pytest.mark.parametrize("year", [2024, 2025])
def test_xaf_32_validates_always_has_periods_and_adds_up(
        book_path: Path, schemas: Path, tmp_path: Path, year: int) -> None:
    target = tmp_path / f"{year}.xaf"
    write_xaf(read_audit_year(book_path, year, TODAY), target, "3.2", schemas)
    ns = XAF_32
    company = _validate(target, schemas, "3.2").getroot().find(f"{{{ns}}}company")
    assert len(company.findall(f"{{{ns}}}periods/{{{ns}}}period")) == 12
    assert company.find(f"{{{ns}}}RGScode") is None
    accounts = {a.findtext(f"{{{ns}}}accID") for a in company.iter(f"{{{ns}}}ledgerAccount")}
    opening = _amounts(company.find(f"{{{ns}}}openingBalance"), ns, "obLine")
    lines = _amounts(company.find(f"{{{ns}}}transactions"), ns, "trLine")
    _check_totals(company.find(f"{{{ns}}}transactions"), ns, lines)
    _check_totals(company.find(f"{{{ns}}}openingBalance"), ns, opening)
    assert {code for code, _ in opening + lines} <= accounts


def test_the_first_years_opening_entry_is_the_opening_balance_not_a_transaction(book_path: Path) -> None:
    year = read_audit_year(book_path, 2024, TODAY)
    assert year.earlier_result == Money.zero()
    assert year.opening and year.opening_debit == year.opening_credit
    assert all(t.kind is not TransactionKind.OPENING for t in year.transactions)


def test_xaf_32_is_refused_after_2025_and_an_unknown_version_too(book_path: Path) -> None:
    year = read_audit_year(book_path, 2026, TODAY)
    with pytest.raises(CoopDeskError, match="XAF 3.2"):
        build(year, "3.2")
    with pytest.raises(CoopDeskError, match="3.3"):
        build(year, "3.3")


def test_no_rgs_version_without_rgs_codes(book_path: Path) -> None:
    year = read_audit_year(book_path, 2025, TODAY)
    plain = replace(year, accounts=tuple(replace(a, rgs_code="") for a in year.accounts))
    header = build(plain, "4.0").getroot().find(f"{{{XAF_40}}}header")
    assert header.find(f"{{{XAF_40}}}RGSVersion") is None
    assert build(year, "4.0").getroot().find(f"{{{XAF_40}}}header/{{{XAF_40}}}RGSVersion") is not None


def test_a_file_that_breaks_the_schema_is_not_written(book_path: Path, schemas: Path, tmp_path: Path) -> None:
    year: AuditYear = read_audit_year(book_path, 2025, TODAY)
    broken = replace(year, accounts=(AuditAccount("X" * 40, "Te lang", year.accounts[0].type), *year.accounts))
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(CoopDeskError, match="schema"):
        write_xaf(broken, folder / "broken.xaf", "4.0", schemas)
    assert list(folder.iterdir()) == []  # nothing written, no partial file left


def test_a_year_without_postings_still_gives_a_valid_file(book_path: Path, schemas: Path, tmp_path: Path) -> None:
    year = read_audit_year(book_path, 2030, TODAY)
    assert year.transactions == () and year.opening  # the balance carried over from 2026
    write_xaf(year, tmp_path / "2030.xaf", "4.0", schemas)
    company = _validate(tmp_path / "2030.xaf", schemas, "4.0").getroot().find(f"{{{XAF_40}}}company")
    assert company.findtext(f"{{{XAF_40}}}transactions/{{{XAF_40}}}linesCount") == "0"
