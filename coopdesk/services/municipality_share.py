"""The municipality's share of a closed year's profit: a payable until it is paid.

The year close credits the share to the payable 1720 (`coopdesk.services.year_close`).
`pay_municipality_share` pays what is still open for one year: the payable debited, the
bank (or cash) credited, dated on the day paid (a day in an open year; paying in the next
year is the normal case), with the reference ``afdracht gemeente YEAR`` by which the
overview finds it, and an audit line, in one unit of work.

`municipality_shares` is the overview per closed year: the share due, what was paid and
when, and what is still outstanding.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.ledger import AccountId, AccountRole, Posting
from coopdesk.domain.money import Money
from coopdesk.domain.text import Text
from coopdesk.services import ledger
from coopdesk.services.changes import Changes
from coopdesk.services.payout import current_user
from coopdesk.store import audit
from coopdesk.store import ledger as ledger_store
from coopdesk.store import year_close as close_store
from coopdesk.store.book import Book
from coopdesk.store.chart import BANK, MUNICIPALITY_PAYABLE
from coopdesk.store.session import Session

__all__ = ["MunicipalityShare", "municipality_shares", "pay_municipality_share", "payment_reference"]

FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(9999, 12, 31)
ALL_LINES = 1_000_000


@dataclass(frozen=True)
class MunicipalityShare:
    """One closed year's share for the municipality."""

    year: int
    due: Money
    paid: Money
    paid_on: date | None  # the last payment's date

    @property
    def outstanding(self) -> Money:
        return self.due - self.paid


def payment_reference(year: int) -> str:
    return f"afdracht gemeente {year}"


def _payable(session: Session) -> AccountId:
    account = ledger_store.account_by_code(session, MUNICIPALITY_PAYABLE)
    if account is None:
        raise CoopDeskError(Text("Rekening {code} (af te dragen aan de gemeente) ontbreekt.",
                                 "Account {code} (payable to the municipality) is missing."),
                            code=MUNICIPALITY_PAYABLE)
    return account.id


def _shares(session: Session) -> list[MunicipalityShare]:
    payable = _payable(session)
    lines = ledger_store.book_lines(session, payable, FIRST_DAY, LAST_DAY, 0, ALL_LINES)
    found = []
    for closed in sorted(close_store.closed_years(session, FIRST_DAY.year, LAST_DAY.year), key=lambda c: c.year):
        due = Money.zero()
        if closed.transaction_id is not None:
            entry = ledger_store.get_transaction(session, closed.transaction_id)
            if entry is not None:
                due = -sum((p.amount for p in entry.postings if p.account_id == payable), Money.zero())
        payments = [line for line in lines if line.reference == payment_reference(closed.year)]
        paid = sum((line.amount for line in payments), Money.zero())
        paid_on = max((line.booked_on for line in payments if line.amount.is_positive()), default=None)
        if due or paid:
            found.append(MunicipalityShare(closed.year, due, paid, paid_on if paid else None))
    return found


def municipality_shares(book: Book) -> list[MunicipalityShare]:
    """Per closed year with a share: due, paid (and when), outstanding; oldest year first."""
    with book.transaction() as session:
        return _shares(session)


def _money_account(session: Session, code: str) -> AccountId:
    account = ledger_store.account_by_code(session, code)
    if account is None or not account.active or account.role not in (AccountRole.BANK, AccountRole.CASH):
        raise CoopDeskError(Text("Rekening {code} is geen actieve bank- of kasrekening.",
                                 "Account {code} is not an active bank or cash account."), code=code)
    return account.id


def pay_municipality_share(book: Book, year: int, paid_on: date, from_account: str = BANK, *,
                           who: str | None = None) -> tuple[int, Changes]:
    """Pay the outstanding share of `year` from the bank or cash account `from_account`
    (its code) on `paid_on`. Returns the posting's id."""
    user = who or current_user()
    with book.transaction() as session:
        share = next((s for s in _shares(session) if s.year == year), None)
        if share is None or not share.outstanding.is_positive():
            raise CoopDeskError(Text("Voor {year} staat niets open voor de gemeente.",
                                     "Nothing is outstanding for the municipality for {year}."), year=year)
        money = _money_account(session, from_account)
        transaction_id = ledger.post_journal_entry(
            book, paid_on, f"Afdracht gemeente winstdeel {year}",
            [Posting(_payable(session), share.outstanding), Posting(money, -share.outstanding)],
            reference=payment_reference(year))
        audit.record(session, book.clock.now(), user, "year.municipality_paid",
                     f"winstdeel gemeente {year} betaald op {paid_on.isoformat()}: {share.outstanding} "
                     f"van rekening {from_account}, boeking {transaction_id}")
    return int(transaction_id), Changes(ledger=True, pots=True)
