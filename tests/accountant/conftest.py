"""A demo book for the accountant's package, with typed text that looks like formulas
and an RGS code, shared read-only; and the official XAF schemas, found outside the
project (`../shared/schemas/` beside the checkout, or `$COOPDESK_XAF_SCHEMAS`)."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from coopdesk.domain.clock import FixedClock
from coopdesk.domain.member import MemberForm
from coopdesk.domain.money import Money
from coopdesk.services import ledger, members, pots
from coopdesk.services.accountant import read_accountant_year
from coopdesk.services.books import open_book
from coopdesk.services.demo import generate_demo_book
from tests.conftest import TODAY

REPO_ROOT = Path(__file__).resolve().parents[2]
FORMULA_NAME = '=HYPERLINK("http://x","y")'
FORMULA_ACCOUNT = "+31 Kas"
RGS_CASH = "BLimKas"
FORMULA_REASON = "=1+1"
FORMULA_RECEIPT = "-bon 7"


def schema_folder() -> Path | None:
    for candidate in (REPO_ROOT.parent / "shared" / "schemas",
                      Path(os.environ.get("COOPDESK_XAF_SCHEMAS", "/nonexistent"))):
        if (candidate / "XmlAuditfileFinancieel4.0.xsd").is_file():
            return candidate
    return None


@pytest.fixture(scope="session")
def schemas() -> Path:
    found = schema_folder()
    if found is None:
        pytest.skip(f"the official XAF schemas are not in {REPO_ROOT.parent / 'shared' / 'schemas'} "
                    "(nor in $COOPDESK_XAF_SCHEMAS); they are published standards kept outside the project")
    return found


@pytest.fixture(scope="session")
def accountant_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """20 members, 2024-2026; member 1 named like a formula, the cash account renamed
    like one and given an RGS code; two savings pots (member 1: 100.00 in 2024, then
    +50.00 and -30.00 in 2025; the last member paid in 2025: +20.00 in 2025)."""
    path = tmp_path_factory.mktemp("accountant") / "demo.coopdesk"
    clock = FixedClock.on(TODAY)
    generate_demo_book(path, members=20, years=3, seed=7, clock=clock, close_years=False).close()  # adds its own pots
    book = open_book(path, clock=clock, backup=False)
    try:
        payouts = read_accountant_year(path, 2025, TODAY).payouts
        paid = payouts[0].number  # paid in 2025: on every sheet
        first = members.find_member_by_number(book, paid)
        other = members.find_member_by_number(book, payouts[-1].number)
        purpose = pots.list_purposes(book)[0]
        pots.deposit(book, first.id, Money("100.00"), "Startbedrag", date(2024, 6, 1))
        pots.deposit(book, first.id, Money("50.00"), FORMULA_REASON, date(2025, 3, 1))
        pots.withdraw(book, first.id, Money("30.00"), purpose.id, FORMULA_RECEIPT, "Bestuur", date(2025, 4, 2))
        pots.deposit(book, other.id, Money("20.00"), "Extra", date(2025, 5, 1))
        members.update_member(book, first.id, replace(MemberForm.from_details(first.details), name=FORMULA_NAME))
        cash = next(a for a in ledger.list_accounts(book) if a.code == "1000")
        ledger.rename_account(book, cash.id, FORMULA_ACCOUNT)
        ledger.set_account_rgs(book, cash.id, RGS_CASH)
    finally:
        book.close()
    return path


@pytest.fixture
def book_path(accountant_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.coopdesk"
    shutil.copyfile(accountant_template, target)
    os.chmod(target, 0o600)
    return target
