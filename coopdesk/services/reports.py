"""The financial reports (trial balance, profit and loss, balance sheet) as use cases.

One recipe per report, whatever reads the book: the same aggregated rows go in, the
same `coopdesk.domain.reports.Report` comes out. The rows come from a
`ReportSource`: the read-only `sqlite3` reader in `coopdesk.store.reads` (the
`report` command: no SQLAlchemy imported) or the ORM queries of an open book
(`coopdesk.services.ledger`, for the app). This module imports neither SQLAlchemy nor
anything that does, so `coopdesk report` stays cheap to start.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Protocol

from coopdesk.domain.activity import Activity, CostCentre
from coopdesk.domain.ledger import Account, AccountType
from coopdesk.domain.money import Money, total
from coopdesk.domain.reports import AccountBalance, Period, Report
from coopdesk.domain.reports import balance_sheet as build_balance_sheet
from coopdesk.domain.reports import profit_and_loss as build_profit_and_loss
from coopdesk.domain.reports import trial_balance as build_trial_balance
from coopdesk.store.chart import RESULT_DISTRIBUTION

__all__ = ["ReportSource", "read_only", "trial_balance", "profit_and_loss", "balance_sheet"]


class ReportSource(Protocol):
    """The aggregated rows the reports are built from (see `coopdesk.store.reads`)."""

    def balances(
        self, start: date | None, end: date, *, by_cost_centre: bool = False,
        types: Iterable[AccountType] | None = None, by_activity: bool = False,
    ) -> list[AccountBalance]: ...

    def period_and_closing_balances(self, start: date, end: date) -> list[tuple[Account, Money, Money]]: ...

    def list_cost_centres(self, include_inactive: bool = False) -> list[CostCentre]: ...

    def list_activities(self, include_inactive: bool = False) -> list[Activity]: ...


@contextmanager
def read_only(path: str | Path) -> Iterator[ReportSource]:
    """The book at `path` opened read-only without SQLAlchemy (no lock, no writes), so a
    report runs while the app has the book open. Damage read on the way is a BookError."""
    from coopdesk.store.reads import reading

    with reading(Path(path).expanduser()) as reader:
        yield reader


def trial_balance(source: ReportSource, period: Period) -> Report:
    """Balance sheet accounts as on the period's last day, income and costs over the period;
    income and costs from before the period (not yet closed into equity) on one line."""
    rows = source.period_and_closing_balances(period.start, period.end)
    balances = [AccountBalance(account, closing if account.type.on_balance_sheet else in_period)
                for account, in_period, closing in rows]
    earlier = total(closing - in_period for account, in_period, closing in rows
                    if not account.type.on_balance_sheet)
    return build_trial_balance(balances, period, earlier)


def profit_and_loss(source: ReportSource, period: Period, by_cost_centre: bool = False, by: str = "") -> Report:
    """The profit and loss over `period`; per cost centre (`by_cost_centre` or
    by="cost_centre") or per activity (by="activity"), a column each."""
    types = (AccountType.INCOME, AccountType.EXPENSE)
    by_cost_centre = by_cost_centre or by == "cost_centre"
    by_activity = by == "activity" and not by_cost_centre
    balances = source.balances(period.start, period.end, by_cost_centre=by_cost_centre, types=types,
                               by_activity=by_activity)
    centres = source.list_cost_centres(include_inactive=True) if by_cost_centre else []
    found = source.list_activities(include_inactive=True) if by_activity else []
    used = {b.activity_id for b in balances}
    return build_profit_and_loss(balances, period, centres, [a for a in found if a.active or a.id in used])


def balance_sheet(source: ReportSource, on: date) -> Report:
    """The balance sheet on `on`; the year close's distribution account (0200) is netted
    into the undistributed result, so a closed year's profit is not shown twice."""
    return build_balance_sheet(source.balances(None, on), on, distribution_code=RESULT_DISTRIBUTION)
