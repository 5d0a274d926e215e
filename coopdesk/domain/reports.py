"""Financial reports as data (hledger style): a `Report` has a title, a period,
columns, rows and totals; the views, the command line and the exporters only
render it.

The builders are pure functions over *aggregated* balances (one figure per
account, or per account and cost centre) that the store computes with
`GROUP BY`; nothing here loops over individual postings. Signs follow
`coopdesk.domain.ledger` (debit +, credit -); the reports turn them into plain
words: the trial balance shows each balance in a debit or credit column, the
profit and loss shows income and costs as positive figures, the balance sheet
shows assets and what the cooperative owes or owns as positive figures.

Every label a report carries (headings, totals, "Resultaat", the period) is a
`Text` in Dutch and English; whoever shows the report renders it in the current
language.

Cells know their type, so each writer renders them right (the text table as
€ 1.234,56, a CSV as 1234.56, an Excel sheet as a number with a euro format):
`Money` (an amount), `date` (a day), `Hours` (a duration in minutes), `int` (a
count), `str` (text a person typed: an account or member name, which a file writer
must keep from being read as a formula) and `Text` (CoopDesk's own label, in two
languages). Each `Column` says which kind it holds.
"""

from __future__ import annotations

import calendar
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from coopdesk.domain.activity import Activity, CostCentre
from coopdesk.domain.display import show_date
from coopdesk.domain.ledger import Account, AccountType, TransactionId, TransactionKind
from coopdesk.domain.money import Money, total
from coopdesk.domain.text import Text


@dataclass(frozen=True)
class Hours:
    """A duration in a report cell: whole minutes (an hours column, not a count)."""

    minutes: int


Cell = str | Text | Money | date | Hours | int | None


class CellKind(enum.Enum):
    """What a column holds; a cell may also be None (empty) or a `Text` label (a
    heading or a total's name) in any column."""

    TEXT = "text"  # str: typed by a person; Text: CoopDesk's own words
    MONEY = "money"
    DATE = "date"
    HOURS = "hours"
    COUNT = "count"


def kind_of(cell: Cell) -> CellKind:
    """The kind of one cell's value (None counts as text: it renders as nothing)."""
    if isinstance(cell, Money):
        return CellKind.MONEY
    if isinstance(cell, date):
        return CellKind.DATE
    if isinstance(cell, Hours):
        return CellKind.HOURS
    if isinstance(cell, int) and not isinstance(cell, bool):
        return CellKind.COUNT
    return CellKind.TEXT


@dataclass(frozen=True)
class Period:
    """A closed range of days, both ends included."""

    start: date
    end: date

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))

    def label(self) -> Text:
        if self.start == date(self.start.year, 1, 1) and self.end == date(self.start.year, 12, 31):
            return Text(str(self.start.year), str(self.start.year))
        start, end = show_date(self.start), show_date(self.end)
        return Text(f"{start} t/m {end}", f"{start} to {end}")

    @property
    def day_before(self) -> date:
        return self.start - timedelta(days=1)


@dataclass(frozen=True)
class Column:
    key: str
    title: Text
    kind: CellKind = CellKind.TEXT

    @property
    def money(self) -> bool:
        return self.kind is CellKind.MONEY

    @property
    def numeric(self) -> bool:
        """Right-aligned in a table: money, hours and counts."""
        return self.kind in (CellKind.MONEY, CellKind.HOURS, CellKind.COUNT)


@dataclass(frozen=True)
class ReportRow:
    cells: tuple[Cell, ...]
    style: str = "line"  # "line", "heading" or "subtotal"
    section: str = ""  # "income" or "expense" for the profit and loss's lines (the CSV's section column)


@dataclass(frozen=True)
class Report:
    title: Text
    period: Text
    columns: tuple[Column, ...]
    rows: tuple[ReportRow, ...]
    totals: tuple[Cell, ...]

    def column(self, key: str) -> int:
        return [c.key for c in self.columns].index(key)

    def line(self, code: str) -> ReportRow:
        """The row of the account with this code (for tests and exports)."""
        for row in self.rows:
            if row.style == "line" and row.cells and row.cells[0] == code:
                return row
        raise KeyError(code)


@dataclass(frozen=True)
class AccountBalance:
    """The sum of one account's postings (debit +, credit -), optionally per cost centre."""

    account: Account
    amount: Money
    cost_centre_id: int | None = None
    activity_id: int | None = None


@dataclass(frozen=True)
class BookLine:
    """One line of a cash book, bank book or account ledger, with the running balance."""

    transaction_id: TransactionId
    booked_on: date
    description: str
    reference: str
    counter_account: str | Text  # "1000 Kas", or MANY_ACCOUNTS
    amount: Money  # + money in / debit, - money out / credit
    balance: Money


@dataclass(frozen=True)
class JournalLine:
    """One posting in the journal, with its transaction's details."""

    transaction_id: TransactionId
    booked_on: date
    kind: TransactionKind
    description: str
    reference: str
    account: str
    debit: Money | None
    credit: Money | None
    draft: bool = False
    reverses_id: TransactionId | None = None
    corrects_id: TransactionId | None = None


MANY_ACCOUNTS = Text("(meerdere rekeningen)", "(several accounts)")
EARLIER_RESULT = Text("Resultaat eerdere perioden", "Result of earlier periods")
UNDISTRIBUTED = Text("Resultaat (nog niet verdeeld)", "Result (not yet distributed)")
TOTAL = Text("Totaal", "Total")
RESULT = Text("Resultaat", "Result")
DIFFERENCE = Text("Verschil", "Difference")
INCOME = Text("Opbrengsten", "Income")
INCOME_TOTAL = Text("Totaal opbrengsten", "Total income")
COSTS = Text("Kosten", "Expenses")
COSTS_TOTAL = Text("Totaal kosten", "Total expenses")
ASSETS = Text("Bezittingen", "Assets")
ASSETS_TOTAL = Text("Totaal bezittingen", "Total assets")
CLAIMS = Text("Schulden en eigen vermogen", "Liabilities and equity")
CLAIMS_TOTAL = Text("Totaal schulden en eigen vermogen", "Total liabilities and equity")
NO_CENTRE = Text("(geen)", "(none)")

_CODE = Column("code", Text("Rekening", "Account"))
_NAME = Column("name", Text("Naam", "Name"))


def _signed(sign: int, amount: Money) -> Money:
    """`sign * amount` without a negative zero."""
    return sign * amount if amount else Money.zero()


def trial_balance(balances: Sequence[AccountBalance], period: Period,
                  earlier_result: Money | None = None) -> Report:
    """Saldibalans at the end of `period`: balance sheet accounts with their balance on the
    last day, income and cost accounts with their total over the period, each in the debit
    or the credit column. `earlier_result` is the sum of income and cost postings before the
    period (debit +, credit -; no entry closes them out); it gets a line of its own so both
    totals stay equal. What a year close distributed of it stands on its distribution
    account (0200), which is listed like any other, so the line is not called undistributed."""
    rows = []
    amounts = [b.amount for b in balances]
    for item in sorted(balances, key=lambda b: b.account.code):
        if not item.amount:
            continue
        rows.append(ReportRow((item.account.code, item.account.name, *_sides(item.amount))))
    if earlier_result:
        rows.append(ReportRow((None, EARLIER_RESULT, *_sides(earlier_result))))
        amounts.append(earlier_result)
    debit_sum = total(a for a in amounts if a.is_positive())
    credit_sum = -total(a for a in amounts if a.is_negative())
    return Report(
        Text("Saldibalans", "Trial balance"),
        period.label(),
        (_CODE, _NAME, Column("debit", Text("Debet", "Debit"), CellKind.MONEY), Column("credit", Text("Credit", "Credit"), CellKind.MONEY)),
        tuple(rows),
        (None, TOTAL, debit_sum, credit_sum),
    )


def _sides(amount: Money) -> tuple[Money | None, Money | None]:
    return (amount if amount.is_positive() else None, -amount if amount.is_negative() else None)


def profit_and_loss(
    balances: Sequence[AccountBalance],
    period: Period,
    cost_centres: Sequence[CostCentre] = (),
    activities: Sequence[Activity] = (),
) -> Report:
    """Winst- en verliesrekening: income and costs as positive figures, the result at the end.

    With `cost_centres` (or `activities`), `balances` are per account and cost centre (or
    activity) and the report has a column per cost centre (activity) plus a total column
    (postings without one count under "(geen)" when there are any)."""
    by_activity = bool(activities)
    per_centre = bool(cost_centres) or by_activity

    def group(b: AccountBalance) -> int | None:
        return b.activity_id if by_activity else b.cost_centre_id

    prefix = "activity" if by_activity else "centre"
    centre_ids: list[int | None] = [a.id for a in activities] if by_activity else [c.id for c in cost_centres]
    centre_titles = [Text(a.name, a.name) for a in activities] if by_activity \
        else [Text(c.name, c.name) for c in cost_centres]
    centre_keys = [a.name for a in activities] if by_activity else [c.code for c in cost_centres]
    if per_centre and any(group(b) is None for b in balances):
        centre_ids.append(None)
        centre_titles.append(NO_CENTRE)
        centre_keys.append("geen")
    amount_columns = (
        [Column(f"{prefix}_{key}", t, CellKind.MONEY) for key, t in zip(centre_keys, centre_titles, strict=True)]
        if per_centre else []
    ) + [Column("amount", Text("Bedrag", "Amount") if not per_centre else Text("Totaal", "Total"),
                CellKind.MONEY)]

    def figures(items: Sequence[AccountBalance], sign: int) -> tuple[Money, ...]:
        if not per_centre:
            return (_signed(sign, total(b.amount for b in items)),)
        by_centre = [_signed(sign, total(b.amount for b in items if group(b) == cid)) for cid in centre_ids]
        return (*by_centre, _signed(sign, total(b.amount for b in items)))

    rows: list[ReportRow] = []
    section_totals: dict[AccountType, tuple[Money, ...]] = {}
    for kind, heading, subtotal in (
        (AccountType.INCOME, INCOME, INCOME_TOTAL),
        (AccountType.EXPENSE, COSTS, COSTS_TOTAL),
    ):
        sign = kind.normal_sign
        items = [b for b in balances if b.account.type is kind]
        rows.append(ReportRow((None, heading, *([None] * len(amount_columns))), "heading"))
        accounts = sorted({b.account for b in items}, key=lambda a: a.code)
        for account in accounts:
            mine = [b for b in items if b.account.id == account.id]
            values = figures(mine, sign)
            if any(values):
                rows.append(ReportRow((account.code, account.name, *values), section=kind.value))
        section_totals[kind] = figures(items, sign)
        rows.append(ReportRow((None, subtotal, *section_totals[kind]), "subtotal"))
    result = tuple(
        i - e for i, e in zip(section_totals[AccountType.INCOME], section_totals[AccountType.EXPENSE], strict=True)
    )
    title = Text("Winst- en verliesrekening per activiteit", "Profit and loss per activity") if by_activity \
        else Text("Winst- en verliesrekening per kostenplaats", "Profit and loss per cost centre") if per_centre \
        else Text("Winst- en verliesrekening", "Profit and loss")
    return Report(title, period.label(), (_CODE, _NAME, *amount_columns), tuple(rows), (None, RESULT, *result))


def balance_sheet(balances: Sequence[AccountBalance], on: date, *, distribution_code: str | None) -> Report:
    """Balans on a day: what the cooperative has (assets) against what it owes and owns
    (liabilities and equity).

    Income and costs are never closed out by an entry: a year close debits the profit it
    distributes to the account `distribution_code` (the chart's 0200 Resultaatverdeling)
    and credits the reserves, the pots and the municipality's share. So what was earned
    and not yet distributed is the result so far (income less costs, every year up to
    `on`) less that account's balance; the balance sheet shows it as one line,
    "Resultaat (nog niet verdeeld)", and the distribution account gets no line of its own
    (at a closed year's end it is € 0,00; a reopened year's, whose distribution was
    reversed, shows its whole result again). Both sides are then equal."""
    rows: list[ReportRow] = []
    sides: list[Money] = []
    for label, subtotal, kinds, sign in (
        (ASSETS, ASSETS_TOTAL, (AccountType.ASSET,), 1),
        (CLAIMS, CLAIMS_TOTAL, (AccountType.LIABILITY, AccountType.EQUITY), -1),
    ):
        rows.append(ReportRow((None, label, None), "heading"))
        items = sorted((b for b in balances if b.account.type in kinds and b.account.code != distribution_code),
                       key=lambda b: b.account.code)
        for item in items:
            if item.amount:
                rows.append(ReportRow((item.account.code, item.account.name, _signed(sign, item.amount))))
        side = _signed(sign, total(b.amount for b in items))
        if sign < 0:
            result = undistributed_result(balances, distribution_code)
            if any(b.amount for b in balances if _in_result(b, distribution_code)):
                rows.append(ReportRow((None, UNDISTRIBUTED, result)))  # € 0,00 too: all was distributed
            side = side + result
        sides.append(side)
        rows.append(ReportRow((None, subtotal, side), "subtotal"))
    return Report(
        Text("Balans", "Balance sheet"),
        Text(show_date(on), show_date(on)),
        (_CODE, _NAME, Column("amount", Text("Bedrag", "Amount"), CellKind.MONEY)),
        tuple(rows),
        (None, DIFFERENCE, sides[0] - sides[1]),
    )


def undistributed_result(balances: Sequence[AccountBalance], distribution_code: str | None) -> Money:
    """What was earned and not yet distributed, as a positive figure for a profit: the
    income less the costs in `balances` (not closed out by any entry) less what a year
    close debited to the distribution account `distribution_code` (a balance sheet
    account: the year close's 0200)."""
    return _signed(-1, total(b.amount for b in balances if _in_result(b, distribution_code)))


def _in_result(balance: AccountBalance, distribution_code: str | None) -> bool:
    return not balance.account.type.on_balance_sheet or balance.account.code == distribution_code
