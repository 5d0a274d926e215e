"""One book year as the accountant gets it: the read model behind the XAF audit file
and the accountant's workbook (issue 12).

`AuditYear` is built by `coopdesk.services.accountant` from the book; the writers in
`coopdesk.exports` (XAF 4.0 and 3.2, the Excel workbook) only render it, so both
files always tell the same story.

* Amounts are signed `Money`, as everywhere: debit positive, credit negative.
* `opening` holds, per balance sheet account, its balance at the start of the year:
  every posting before 1 January plus the year's own opening entry (kind "opening",
  the first entry of a new book), because an audit file keeps the opening balance
  only in `openingBalance`, never among the transactions. Income and costs from
  earlier years that no year close has moved into equity yet (`earlier_result`) are
  carried on the opening balance account (`result_account`), so the opening
  balance balances; the trial balance shows that sum as a line of its own.
* `transactions` are the year's posted transactions except that opening entry.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from coopdesk.domain.cooperative import CooperativeDetails
from coopdesk.domain.ledger import AccountType, TransactionKind
from coopdesk.domain.member import PaymentRegime
from coopdesk.domain.money import Money
from coopdesk.domain.payout import RunStatus
from coopdesk.domain.reports import Report


@dataclass(frozen=True)
class AuditAccount:
    code: str
    name: str
    type: AccountType
    rgs_code: str = ""

    @property
    def on_balance_sheet(self) -> bool:
        return self.type.on_balance_sheet


@dataclass(frozen=True)
class AuditPeriod:
    number: int
    start: date
    end: date


@dataclass(frozen=True)
class AuditLine:
    account_code: str
    amount: Money  # debit +, credit -


@dataclass(frozen=True)
class AuditTransaction:
    number: int
    booked_on: date
    description: str
    reference: str
    kind: TransactionKind
    lines: tuple[AuditLine, ...]

    @property
    def period(self) -> int:
        return self.booked_on.month


@dataclass(frozen=True)
class AuditMember:
    """A member as the accountant needs one: no address, birth date, IBAN or contact."""

    number: int
    name: str
    joined_on: date
    left_on: date | None
    regime: PaymentRegime


@dataclass(frozen=True)
class MemberMonthHours:
    number: int
    name: str
    month: int
    minutes: int


@dataclass(frozen=True)
class PayoutLineItem:
    """One payout line: what a member got in one month's run."""

    year: int
    month: int
    status: RunStatus
    posted_on: date
    paid_on: date | None
    number: int
    name: str
    regime: PaymentRegime
    minutes: int
    allowance: Money
    premium: Money
    actual_costs: Money
    held_back: Money

    @property
    def paid_total(self) -> Money:
        return self.allowance + self.premium + self.actual_costs


@dataclass(frozen=True)
class AuditYear:
    year: int
    cooperative: CooperativeDetails
    created_on: date
    accounts: tuple[AuditAccount, ...]
    opening: tuple[AuditLine, ...]
    earlier_result: Money
    result_account: str
    transactions: tuple[AuditTransaction, ...]
    members: tuple[AuditMember, ...] = ()

    @property
    def start(self) -> date:
        return date(self.year, 1, 1)

    @property
    def end(self) -> date:
        return date(self.year, 12, 31)

    @property
    def periods(self) -> tuple[AuditPeriod, ...]:
        return tuple(AuditPeriod(month, date(self.year, month, 1),
                                 date(self.year, month, calendar.monthrange(self.year, month)[1]))
                     for month in range(1, 13))

    @property
    def has_rgs(self) -> bool:
        return any(a.rgs_code for a in self.accounts)

    def lines(self) -> Iterable[AuditLine]:
        for transaction in self.transactions:
            yield from transaction.lines

    @property
    def line_count(self) -> int:
        return sum(len(t.lines) for t in self.transactions)

    def _cents(self, lines: Iterable[AuditLine], sign: int) -> Money:
        """The debit (sign 1) or credit (sign -1) total of `lines`, summed in whole cents."""
        return Money.from_cents(sum(c for c in (line.amount.cents * sign for line in lines) if c > 0))

    @property
    def total_debit(self) -> Money:
        return self._cents(self.lines(), 1)

    @property
    def total_credit(self) -> Money:
        return self._cents(self.lines(), -1)

    @property
    def opening_debit(self) -> Money:
        return self._cents(self.opening, 1)

    @property
    def opening_credit(self) -> Money:
        return self._cents(self.opening, -1)

    def closing_balances(self) -> dict[str, Money]:
        """Per account code: balance sheet accounts at the year's end (opening plus the
        year), income and costs over the year; what a reader of the audit file computes."""
        found: dict[str, int] = {}
        for line in (*self.opening, *self.lines()):
            found[line.account_code] = found.get(line.account_code, 0) + line.amount.cents
        return {code: Money.from_cents(cents) for code, cents in found.items() if cents}


@dataclass(frozen=True)
class PotMovementItem:
    """One movement of a member's savings pot in the year (in +, out -)."""

    booked_on: date
    number: int
    name: str
    kind: str  # `coopdesk.domain.pot.MovementKind` value
    reason: str  # the deposit's reason, or the withdrawal's purpose
    receipt_reference: str
    amount: Money


@dataclass(frozen=True)
class PotBalanceItem:
    """A member's savings pot over the year: opening + deposits - withdrawals = closing."""

    number: int
    name: str
    opening: Money
    deposits: Money  # the year's movements in (positive)
    withdrawals: Money  # the year's movements out, as a positive amount

    @property
    def closing(self) -> Money:
        return self.opening + self.deposits - self.withdrawals


@dataclass(frozen=True)
class AccountantYear:
    """Everything the accountant's workbook shows: the audit year, the hours per member per
    month, every payout line, the three reports as the app shows them, and the savings
    pots (movements, balances per member, and the pots' liability account at year end,
    as a positive amount, that their closing balances add up to)."""

    audit: AuditYear
    hours: tuple[MemberMonthHours, ...]
    payouts: tuple[PayoutLineItem, ...]
    trial_balance: Report
    profit_and_loss: Report
    balance_sheet: Report
    pot_movements: tuple[PotMovementItem, ...] = ()
    pot_balances: tuple[PotBalanceItem, ...] = ()
    pots_liability: Money = Money.zero()


def debit_credit(amount: Money) -> tuple[Money, str]:
    """An amount as an audit file writes it: the absolute value and D or C."""
    return (amount, "D") if not amount.is_negative() else (-amount, "C")
