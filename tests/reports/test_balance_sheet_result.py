"""The balance sheet's "Resultaat (nog niet verdeeld)" after year closes and reopenings.

A year close does not close income and costs out; it debits the profit it distributes to
0200 Resultaatverdeling. Failed before: the balance sheet showed 0200 as a negative
equity line *and* the whole result as "not yet distributed", so a closed year's profit
read as undistributed, and the next year's figure included it. Now 0200 is netted into
the one line: earned and not yet distributed.
"""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from coopdesk.domain.clock import FixedClock
from coopdesk.domain.display import show_euro
from coopdesk.domain.errors import ClosedPeriodError, CoopDeskError
from coopdesk.domain.ledger import Account, AccountId, AccountType
from coopdesk.domain.money import Money
from coopdesk.domain.reports import UNDISTRIBUTED, AccountBalance, Period, Report, balance_sheet
from coopdesk.exports.accountant_workbook import write_workbook
from coopdesk.exports.report_csv import write_csv
from coopdesk.exports.report_text import render_text
from coopdesk.gui.ledger.page import LedgerPage
from coopdesk.services import ledger, reports, year_close
from coopdesk.services.accountant import read_accountant_year
from coopdesk.services.books import Book, open_book
from coopdesk.store import ledger as ledger_store
from coopdesk.store.chart import GENERAL_RESERVE, RESULT_DISTRIBUTION
from tests.conftest import TODAY

ZERO = Money(0)


def undistributed(report: Report) -> Money | None:
    """The "Resultaat (nog niet verdeeld)" figure, None when the sheet has no such line."""
    found = [row.cells[2] for row in report.rows if row.cells[1] == UNDISTRIBUTED]
    assert len(found) <= 1
    value = found[0] if found else None
    assert value is None or isinstance(value, Money)
    return value


def codes(report: Report) -> list[str]:
    return [str(row.cells[0]) for row in report.rows if row.style == "line" and row.cells[0]]


def side(report: Report, code: str) -> Money:
    value = report.line(code).cells[2]
    assert isinstance(value, Money)
    return value


# --- the recipe, on hand-made balances ---------------------------------------------------

def _account(number: int, code: str, kind: AccountType) -> Account:
    return Account(AccountId(number), code, code, kind)


BANK = _account(1, "1100", AccountType.ASSET)
RESERVE = _account(2, GENERAL_RESERVE, AccountType.EQUITY)
DISTRIBUTION = _account(3, RESULT_DISTRIBUTION, AccountType.EQUITY)
SALES = _account(4, "8000", AccountType.INCOME)
RENT = _account(5, "4100", AccountType.EXPENSE)


def test_a_closed_years_profit_is_not_shown_as_undistributed() -> None:
    """€ 1.000 sales, € 200 rent, € 800 distributed to the reserve by the close."""
    closed = [AccountBalance(BANK, Money(800)), AccountBalance(SALES, Money(-1000)), AccountBalance(RENT, Money(200)),
              AccountBalance(DISTRIBUTION, Money(800)), AccountBalance(RESERVE, Money(-800))]
    report = balance_sheet(closed, date(2025, 12, 31), distribution_code=RESULT_DISTRIBUTION)
    assert undistributed(report) == ZERO  # said in so many words, not left out
    assert RESULT_DISTRIBUTION not in codes(report)
    assert side(report, GENERAL_RESERVE) == Money(800)
    assert report.totals[2] == ZERO
    # the next year earns € 300 more: only that is undistributed
    later = [*closed[:1], AccountBalance(BANK, Money(300)), AccountBalance(SALES, Money(-300)), *closed[1:]]
    assert undistributed(balance_sheet(later, date(2026, 6, 30), distribution_code=RESULT_DISTRIBUTION)) == Money(300)
    # reopened: the distribution reversed, the whole result is undistributed again
    reopened = [AccountBalance(BANK, Money(800)), AccountBalance(SALES, Money(-1000)), AccountBalance(RENT, Money(200)),
                AccountBalance(DISTRIBUTION, ZERO), AccountBalance(RESERVE, ZERO)]
    report = balance_sheet(reopened, date(2025, 12, 31), distribution_code=RESULT_DISTRIBUTION)
    assert undistributed(report) == Money(800) and report.totals[2] == ZERO


def test_a_book_without_results_has_no_result_line_and_a_loss_is_negative() -> None:
    assert undistributed(balance_sheet([AccountBalance(BANK, ZERO)], date(2025, 1, 1),
                                       distribution_code=RESULT_DISTRIBUTION)) is None
    loss = [AccountBalance(BANK, Money(-50)), AccountBalance(RENT, Money(50))]
    report = balance_sheet(loss, date(2025, 1, 1), distribution_code=RESULT_DISTRIBUTION)
    assert undistributed(report) == Money(-50) and report.totals[2] == ZERO


# --- a real book: close, the next year, reopen ---------------------------------------------

def _account_id(book: Book, code: str) -> int:
    with book.transaction() as session:
        found = ledger_store.account_by_code(session, code)
        assert found is not None
        return int(found.id)


def _receive(book: Book, day: date, amount: Money) -> None:
    ledger.post_receipt(book, ledger.MoneyForm(day, _account_id(book, "1100"), _account_id(book, "8000"), amount,
                                               "Omzet"))


def _pay_rent(book: Book, day: date, amount: Money) -> None:
    ledger.post_expense(book, ledger.MoneyForm(day, _account_id(book, "1100"), _account_id(book, "4100"), amount,
                                               "Huur"))


def test_close_next_year_and_reopen_on_a_real_book(book: Book) -> None:
    _receive(book, date(2025, 3, 1), Money(5000))
    _pay_rent(book, date(2025, 4, 1), Money(1000))
    year_close.close_year(book, 2025, ZERO, backup=False)  # no agreement: all € 4.000 to the reserve
    _receive(book, date(2026, 2, 1), Money(300))
    end_2025, end_2026 = date(2025, 12, 31), date(2026, 11, 28)

    sheet = ledger.balance_sheet(book, end_2025)
    assert undistributed(sheet) == ZERO and RESULT_DISTRIBUTION not in codes(sheet)
    assert side(sheet, GENERAL_RESERVE) == Money(4000) and sheet.totals[2] == ZERO
    assert undistributed(ledger.balance_sheet(book, end_2026)) == Money(300)
    # the profit and loss is untouched by the close; the trial balance still lists 0200 and balances
    assert ledger.profit_and_loss(book, Period.year(2025)).totals[2] == Money(4000)
    trial = ledger.trial_balance(book, Period.year(2026))
    assert trial.line(RESULT_DISTRIBUTION).cells[2] == Money(4000)
    assert trial.totals[2] == trial.totals[3]

    year_close.reopen_year(book, 2025, "Factuur vergeten")
    sheet = ledger.balance_sheet(book, end_2025)
    assert undistributed(sheet) == Money(4000) and GENERAL_RESERVE not in codes(sheet)
    assert undistributed(ledger.balance_sheet(book, end_2026)) == Money(4300)


# --- every place a balance sheet is made agrees ----------------------------------------------

@pytest.fixture
def demo_book(demo_path: Path) -> Iterator[Book]:
    opened = open_book(demo_path, clock=FixedClock.on(TODAY), backup=False)
    yield opened
    opened.close()


@pytest.fixture
def demo_page(qtbot: QtBot, demo_book: Book) -> LedgerPage:
    """The Boekhouding page on its Overzichten tab, showing the balance sheet."""
    page = LedgerPage(demo_book, QUndoStack())
    qtbot.addWidget(page)
    page.resize(900, 620)
    page.show()
    page.tabs.setCurrentWidget(page.reports_tab)
    page.report_choice.setCurrentIndex(page.report_choice.findData("balance-sheet"))
    return page


def _gui_rows(page: LedgerPage, year: int) -> list[tuple[str, ...]]:
    page.year.setCurrentIndex(page.year.findData(year))
    model = page.report_model
    return [tuple(model.index(r, c).data() or "" for c in range(3)) for r in range(model.rowCount())]


def _shown(report: Report) -> list[tuple[str, ...]]:
    """The report's rows (totals last) as the app's table shows them."""
    def cell(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, Money):
            return show_euro(value)
        return value.render() if hasattr(value, "render") else str(value)
    return [tuple(cell(v) for v in cells) for cells in (*(row.cells for row in report.rows), report.totals)]


def _workbook_rows(path: Path, year: int, tmp_path: Path) -> list[tuple[object, ...]]:
    target = tmp_path / f"accountant-{year}.xlsx"
    write_workbook(read_accountant_year(path, year, TODAY), target)
    sheet = load_workbook(target)["Balans"]
    return [tuple(c.value for c in row) for row in sheet.iter_rows(min_row=2)]


@pytest.mark.parametrize("year", [2025, 2026])
def test_app_report_command_and_accountants_workbook_show_the_same_balance_sheet(
        demo_page: LedgerPage, demo_book: Book, demo_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], year: int) -> None:
    """The demo book closes 2024 and 2025 and leaves 2026 open."""
    expected = ledger.balance_sheet(demo_book, date(year, 12, 31))
    shown_in_app = _gui_rows(demo_page, year)
    result = ledger.profit_and_loss(demo_book, Period.year(year)).totals[2]
    # what was earned and not distributed: nothing of closed 2025, all of open 2026
    assert undistributed(expected) == (ZERO if year == 2025 else result)
    assert RESULT_DISTRIBUTION not in codes(expected) and expected.totals[2] == ZERO
    # the app's Overzichten tab
    assert shown_in_app == _shown(expected)
    # the report command: text and CSV, through the sqlite3 reader
    with reports.read_only(demo_path) as reader:
        assert reports.balance_sheet(reader, date(year, 12, 31)) == expected
    from coopdesk.cli import main
    assert main(["report", str(demo_path), "balance-sheet", "--year", str(year)]) == 0
    assert capsys.readouterr().out == render_text(expected)
    stream = io.StringIO()
    write_csv(expected, stream)
    assert main(["report", str(demo_path), "balance-sheet", "--year", str(year), "--csv"]) == 0
    assert capsys.readouterr().out == stream.getvalue()
    # the accountant's workbook, Balans sheet
    in_workbook = {(row[0], row[1]): row[2] for row in _workbook_rows(demo_path, year, tmp_path)}
    for row in expected.rows:
        if isinstance(row.cells[2], Money):
            label = row.cells[1] if isinstance(row.cells[1], str) else row.cells[1].render()  # type: ignore[union-attr]
            assert Decimal(str(in_workbook[(row.cells[0], label)])).quantize(Decimal("0.01")) == \
                row.cells[2].amount, label
    assert in_workbook[(None, UNDISTRIBUTED.render())] is not None


# --- property: any postings, closes and reopens ----------------------------------------------

YEARS = (2024, 2025)
STEP = st.one_of(
    st.tuples(st.just("receive"), st.sampled_from((*YEARS, 2026)), st.integers(1, 500_000)),
    st.tuples(st.just("rent"), st.sampled_from((*YEARS, 2026)), st.integers(1, 500_000)),
    st.tuples(st.just("close"), st.sampled_from(YEARS), st.just(0)),
    st.tuples(st.just("reopen"), st.sampled_from(YEARS), st.just(0)),
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(STEP, min_size=1, max_size=7))
@example(steps=[("receive", 2024, 100_000), ("rent", 2025, 30_000), ("close", 2024, 0), ("close", 2025, 0),
                ("receive", 2026, 500), ("reopen", 2025, 0), ("reopen", 2024, 0), ("close", 2024, 0)])
def test_assets_equal_claims_plus_undistributed_and_a_closed_profit_is_distributed(
        template_book: Path, tmp_path_factory: pytest.TempPathFactory, steps: list[tuple[str, int, int]]) -> None:
    path = tmp_path_factory.mktemp("property") / "book.coopdesk"
    shutil.copyfile(template_book, path)
    os.chmod(path, 0o600)
    book = open_book(path, clock=FixedClock.on(TODAY), backup=False)
    result = {year: ZERO for year in (*YEARS, 2026)}
    closed: set[int] = set()
    try:
        for action, year, cents in steps:
            amount = Money(Decimal(cents) / 100)
            try:
                if action == "receive":
                    _receive(book, date(year, 6, 1), amount)
                    result[year] += amount
                elif action == "rent":
                    _pay_rent(book, date(year, 6, 1), amount)
                    result[year] -= amount
                elif action == "close":
                    year_close.close_year(book, year, ZERO, backup=False)
                    closed.add(year)
                else:
                    year_close.reopen_year(book, year, "Controle")
                    closed.discard(year)
            except (ClosedPeriodError, CoopDeskError):
                continue  # a posting in a closed year, closing twice, reopening an open year
            for end in (date(2024, 12, 31), date(2025, 12, 31), TODAY):
                sheet = ledger.balance_sheet(book, end)
                assert sheet.totals[2] == ZERO  # assets = liabilities + equity + undistributed
                # a closed year's profit is distributed; a loss (nothing to distribute) and open years stay
                expected = sum((r for y, r in result.items()
                                if y <= end.year and (y not in closed or not r.is_positive())), ZERO)
                assert (undistributed(sheet) or ZERO) == expected
                if end.year in YEARS and all(y in closed and not result[y].is_negative()
                                             for y in YEARS if y <= end.year):
                    assert (undistributed(sheet) or ZERO) == ZERO  # every year so far closed: all distributed
            assert ledger.ledger_problems(book) == []
    finally:
        book.close()
