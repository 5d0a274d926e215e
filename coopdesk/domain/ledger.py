"""The cooperative's books: accounts, transactions and their postings.

Double entry underneath, plain words on top. The treasurer records an
"Ontvangst" (money in) or an "Uitgave" (money out); `receipt` and `expense`
turn that into a balanced `Entry`. An accountant may type a free "Memoriaal"
(`journal_entry`). A mistake in a posted transaction is corrected by its
`reversal` (and, if wanted, a corrected copy), never by editing or deleting.

The sign convention (one, everywhere: domain, store, reports):

* a posting's `amount` is a signed `Money`: **debit is positive, credit is
  negative**. On disk it is the same number in integer cents.
* Money coming into the cash box or the bank is a debit (+) of that account;
  income is a credit (-) of an income account; a cost is a debit (+) of an
  expense account. So an account's *balance* (the sum of its postings) is
  positive for assets and expenses and negative for liabilities, equity and
  income. Reports turn the signs into plain words (`AccountType.normal_sign`).

Invariants `Entry.validate` keeps (raising `ValidationError` in Dutch and English):

* at least two postings, none of them zero;
* the postings add up to exactly zero ("off by € x" otherwise);
* a reversal negates every posting of its original and links to it; a reversal
  itself cannot be reversed, and a transaction is reversed at most once.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import NewType

from coopdesk.domain.errors import Problem, ValidationError, problem
from coopdesk.domain.money import Money, total
from coopdesk.domain.numbers import parse_amount
from coopdesk.domain.text import Text

AccountId = NewType("AccountId", int)
TransactionId = NewType("TransactionId", int)


class AccountType(enum.Enum):
    ASSET = "asset"
    LIABILITY = "liability"
    EQUITY = "equity"
    INCOME = "income"
    EXPENSE = "expense"

    @property
    def label(self) -> Text:
        return _TYPE_LABELS[self]

    @property
    def on_balance_sheet(self) -> bool:
        return self in (AccountType.ASSET, AccountType.LIABILITY, AccountType.EQUITY)

    @property
    def normal_sign(self) -> int:
        """+1 when the account normally has a debit balance, -1 for a credit balance."""
        return 1 if self in (AccountType.ASSET, AccountType.EXPENSE) else -1


_TYPE_LABELS = {
    AccountType.ASSET: Text("Bezitting", "Asset"),
    AccountType.LIABILITY: Text("Schuld", "Liability"),
    AccountType.EQUITY: Text("Eigen vermogen", "Equity"),
    AccountType.INCOME: Text("Opbrengst", "Income"),
    AccountType.EXPENSE: Text("Kosten", "Expense"),
}


class AccountRole(enum.Enum):
    """What the app itself needs to find an account for; most accounts have none."""

    NONE = ""
    CASH = "cash"  # a cash box: has a cash book
    BANK = "bank"  # a bank account: has a bank book
    OPENING = "opening"  # the opening-balance equity account that balances the first entry


@dataclass(frozen=True)
class Account:
    id: AccountId
    code: str
    name: str
    type: AccountType
    rgs_code: str = ""
    active: bool = True
    role: AccountRole = AccountRole.NONE

    @property
    def is_money_account(self) -> bool:
        return self.role in (AccountRole.CASH, AccountRole.BANK)

    def label(self) -> str:
        return f"{self.code} {self.name}"


class TransactionKind(enum.Enum):
    RECEIPT = "receipt"
    EXPENSE = "expense"
    JOURNAL = "journal"
    OPENING = "opening"
    REVERSAL = "reversal"

    @property
    def label(self) -> Text:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    TransactionKind.RECEIPT: Text("Ontvangst", "Receipt"),
    TransactionKind.EXPENSE: Text("Uitgave", "Expense"),
    TransactionKind.JOURNAL: Text("Memoriaal", "Journal entry"),
    TransactionKind.OPENING: Text("Beginbalans", "Opening balance"),
    TransactionKind.REVERSAL: Text("Correctie", "Reversal"),
}


class TransactionStatus(enum.Enum):
    DRAFT = "draft"
    POSTED = "posted"


@dataclass(frozen=True)
class Posting:
    """One line of a transaction: debit (amount > 0) or credit (amount < 0) of an account."""

    account_id: AccountId
    amount: Money
    cost_centre_id: int | None = None


MAX_AMOUNT = Money("10000000.00")  # no single line of a small cooperative's books comes near it
FIRST_DAY = date(2000, 1, 1)  # nothing is booked before it (a typo such as 1026 is refused)
MAX_DESCRIPTION = 200  # the columns' lengths in the book
MAX_REFERENCE = 60
MAX_ACCOUNT_CODE = 20
MAX_ACCOUNT_NAME = 100


def date_problems(day: date, field_name: str = "booked_on") -> list[Problem]:
    if day < FIRST_DAY:
        return [problem(field_name, "De datum {day} ligt vóór {first}; dat kan niet kloppen.",
                        "The date {day} is before {first}; that cannot be right.", day=day, first=FIRST_DAY)]
    return []


def amount_problems(amount: Money, field_name: str = "amount") -> list[Problem]:
    if abs(amount) > MAX_AMOUNT:
        return [problem(field_name, "Het bedrag is groter dan {limit}; dat kan niet kloppen.",
                        "The amount is larger than {limit}; that cannot be right.", limit=MAX_AMOUNT)]
    return []


_RGS = re.compile(r"^[BW](?:[A-Z][a-z]{2})+$")


def rgs_problems(code: str) -> list[Problem]:
    """An RGS reference code is empty or "B"/"W" followed by three-letter groups, each a
    capital and two small letters: BLiqKas, WOmzNop (domain-rules section 5)."""
    if code and not _RGS.match(code):
        return [problem("rgs_code", "{code} is geen RGS-code; een RGS-code begint met B of W, gevolgd "
                        "door groepjes van drie letters zoals BLiqKas of WOmzNop.",
                        "{code} is not an RGS code; an RGS code starts with B or W followed by groups of "
                        "three letters such as BLiqKas or WOmzNop.", code=code)]
    return []


@dataclass(frozen=True)
class Entry:
    """A transaction as typed, before the book gives it an id."""

    booked_on: date
    description: str
    kind: TransactionKind
    postings: tuple[Posting, ...]
    reference: str = ""
    cost_centre_id: int | None = None
    activity_id: int | None = None
    reverses_id: TransactionId | None = None
    corrects_id: TransactionId | None = None

    @property
    def imbalance(self) -> Money:
        return total(p.amount for p in self.postings)

    def problems(self) -> list[Problem]:
        found: list[Problem] = []
        if not self.description.strip():
            found.append(problem("description", "Omschrijving is verplicht.", "Description is required."))
        elif len(self.description.strip()) > MAX_DESCRIPTION:
            found.append(problem("description", "De omschrijving is te lang (hoogstens {limit} tekens).",
                                 "The description is too long ({limit} characters at most).",
                                 limit=MAX_DESCRIPTION))
        if len(self.reference) > MAX_REFERENCE:
            found.append(problem("reference", "Het bonnummer is te lang (hoogstens {limit} tekens).",
                                 "The receipt reference is too long ({limit} characters at most).",
                                 limit=MAX_REFERENCE))
        found += date_problems(self.booked_on)
        if any(abs(p.amount) > MAX_AMOUNT for p in self.postings):
            found.append(problem("postings", "Een regel is groter dan {limit}; dat kan niet kloppen.",
                                 "A line is larger than {limit}; that cannot be right.", limit=MAX_AMOUNT))
        if len(self.postings) < 2:
            found.append(
                problem("postings", "Een boeking heeft minstens twee regels.",
                        "A transaction needs at least two lines.")
            )
        if any(not p.amount for p in self.postings):
            found.append(
                problem("postings", "Een regel van € 0,00 kan niet worden geboekt.",
                        "A line of € 0.00 cannot be posted.")
            )
        off = self.imbalance
        if off:
            found.append(
                problem(
                    "postings",
                    "De boeking is niet in evenwicht: het verschil is {off} "
                    "(debet {debit}, credit {credit}).",
                    "The entry does not balance: it is off by {off} (debit {debit}, credit {credit}).",
                    off=abs(off),
                    debit=debit_total(self.postings),
                    credit=credit_total(self.postings),
                )
            )
        return found

    def validate(self) -> Entry:
        found = self.problems()
        if found:
            raise ValidationError(found)
        return self


def imbalance(postings: Iterable[Posting]) -> Money:
    """How far lines are from balancing (debit minus credit); zero when they balance."""
    return total(p.amount for p in postings)


def debit_total(postings: Iterable[Posting]) -> Money:
    return total(p.amount for p in postings if p.amount.is_positive())


def credit_total(postings: Iterable[Posting]) -> Money:
    return -total(p.amount for p in postings if p.amount.is_negative())


@dataclass(frozen=True)
class Transaction:
    """A transaction as the book holds it."""

    id: TransactionId
    booked_on: date
    description: str
    kind: TransactionKind
    status: TransactionStatus
    postings: tuple[Posting, ...]
    reference: str = ""
    cost_centre_id: int | None = None
    activity_id: int | None = None
    reverses_id: TransactionId | None = None
    posted_at: datetime | None = None
    reversed_by_id: TransactionId | None = field(default=None)
    corrects_id: TransactionId | None = None

    @property
    def is_posted(self) -> bool:
        return self.status is TransactionStatus.POSTED

    def as_entry(self) -> Entry:
        return Entry(self.booked_on, self.description, self.kind, self.postings, self.reference,
                     self.cost_centre_id, self.activity_id, self.reverses_id, self.corrects_id)


@dataclass(frozen=True)
class DraftSummary:
    """One line of the Concepten list: a draft with its size and how far it is off."""

    id: TransactionId
    booked_on: date
    description: str
    kind: TransactionKind
    amount: Money  # the debit side: what the entry moves
    off: Money  # debit minus credit; zero when the draft balances
    lines: int

    @staticmethod
    def of(draft: Transaction) -> DraftSummary:
        return DraftSummary(draft.id, draft.booked_on, draft.description, draft.kind,
                            debit_total(draft.postings), imbalance(draft.postings), len(draft.postings))

    @property
    def balanced(self) -> bool:
        return not self.off and self.lines >= 2


# -- amounts as people type them ------------------------------------------------------

def journal_line(number: int, account_id: int | None, debit: str, credit: str,
                 cost_centre_id: int | None = None) -> Posting | None:
    """Line `number` of a memoriaal as typed: an amount under Debet *or* under Credit.
    None for an empty line; a line with both sides filled, without an account or with a
    wrong amount is refused naming the line."""
    debit, credit = debit.strip(), credit.strip()
    if not debit and not credit:
        return None
    if debit and credit:
        raise ValidationError([_line_problem(number, "vul Debet of Credit in, niet allebei",
                                             "fill in Debit or Credit, not both")])
    if account_id is None:
        raise ValidationError([_line_problem(number, "kies een rekening", "choose an account")])
    try:
        amount = parse_amount(debit or credit, "postings")
    except ValidationError as error:
        raise ValidationError([_line_problem(number, "{typed} is geen bedrag", "{typed} is not an amount",
                                             typed=debit or credit)]) from error
    return Posting(AccountId(account_id), amount if debit else -amount, cost_centre_id)


def _line_problem(number: int, nl: str, en: str, **values: object) -> Problem:
    return problem("postings", "Regel {number}: " + nl + ".", "Line {number}: " + en + ".", number=number, **values)


# -- plain-word builders ------------------------------------------------------------------


def _positive(amount: Money) -> list[Problem]:
    if not amount.is_positive():
        return [problem("amount", "Het bedrag moet groter zijn dan € 0,00.",
                        "The amount must be more than € 0.00.")]
    return amount_problems(amount)


def receipt(
    booked_on: date,
    money_account: Account,
    category: Account,
    amount: Money,
    description: str,
    reference: str = "",
    cost_centre_id: int | None = None,
    activity_id: int | None = None,
) -> Entry:
    """Money in ("Ontvangst"): debit the cash box or bank, credit the income (or other) account."""
    return _money_entry(TransactionKind.RECEIPT, booked_on, money_account, category, amount,
                        description, reference, cost_centre_id, activity_id)


def expense(
    booked_on: date,
    money_account: Account,
    category: Account,
    amount: Money,
    description: str,
    reference: str = "",
    cost_centre_id: int | None = None,
    activity_id: int | None = None,
) -> Entry:
    """Money out ("Uitgave"): debit the cost (or other) account, credit the cash box or bank."""
    return _money_entry(TransactionKind.EXPENSE, booked_on, money_account, category, amount,
                        description, reference, cost_centre_id, activity_id)


def _money_entry(
    kind: TransactionKind,
    booked_on: date,
    money_account: Account,
    category: Account,
    amount: Money,
    description: str,
    reference: str,
    cost_centre_id: int | None,
    activity_id: int | None,
) -> Entry:
    found = _positive(amount) + _money_and_category(money_account, category)
    money_in = kind is TransactionKind.RECEIPT
    debit, credit = (money_account, category) if money_in else (category, money_account)
    entry = Entry(
        booked_on, description.strip(), kind,
        (Posting(debit.id, amount, cost_centre_id), Posting(credit.id, -amount, cost_centre_id)),
        reference.strip(), cost_centre_id, activity_id,
    )
    found += [p for p in entry.problems() if p.field != "postings"] if found else entry.problems()
    if found:
        raise ValidationError(found)
    return entry


def _money_and_category(money_account: Account, category: Account) -> list[Problem]:
    found: list[Problem] = []
    if not money_account.is_money_account:
        found.append(problem("money_account", "Kies de kas of een bankrekening.",
                             "Choose the cash box or a bank account."))
    if category.role is AccountRole.OPENING:
        found.append(problem("category", "De rekening Beginbalans is alleen voor de beginbalans.",
                             "The opening balance account is only for the opening balance."))
    if category.id == money_account.id:
        found.append(problem("category", "Kies een andere rekening dan de kas of bank zelf.",
                             "Choose an account other than the cash box or bank itself."))
    for account, name in ((money_account, "money_account"), (category, "category")):
        if not account.active:
            found.append(problem(name, "Rekening {account} is niet meer actief.",
                                 "Account {account} is no longer active.", account=account.label()))
    return found


def journal_entry(
    booked_on: date,
    description: str,
    postings: Sequence[Posting],
    reference: str = "",
    cost_centre_id: int | None = None,
) -> Entry:
    """A free multi-line "Memoriaal"; it must balance to the cent."""
    return Entry(booked_on, description.strip(), TransactionKind.JOURNAL, tuple(postings),
                 reference.strip(), cost_centre_id).validate()


def opening_entry(booked_on: date, balances: Sequence[tuple[Account, Money]], opening_account: Account) -> Entry:
    """One opening entry: each account's starting balance (debit +, credit -), the
    difference going to the opening-balance equity account."""
    postings = [Posting(account.id, amount) for account, amount in balances if amount]
    if not postings:
        raise ValidationError([problem("balances", "Vul minstens één beginsaldo in.",
                                       "Fill in at least one opening balance.")])
    rest = -total(p.amount for p in postings)
    if rest:
        postings.append(Posting(opening_account.id, rest))
    return Entry(booked_on, "Beginbalans", TransactionKind.OPENING, tuple(postings)).validate()


def reversal(original: Transaction, booked_on: date, description: str = "") -> Entry:
    """The reversal of a posted transaction: every posting negated, linked to the original."""
    if not original.is_posted:
        raise ValidationError([problem(None, "Een concept kan gewoon worden gewijzigd; alleen een "
                                       "geboekte boeking wordt gecorrigeerd.",
                                       "A draft can simply be edited; only a posted transaction is reversed.")])
    if original.kind is TransactionKind.REVERSAL:
        raise ValidationError([problem(None, "Een correctie kan zelf niet worden gecorrigeerd; "
                                       "boek de juiste boeking opnieuw.",
                                       "A reversal cannot itself be reversed; post the right entry again.")])
    if original.reversed_by_id is not None:
        raise ValidationError([problem(None, "Boeking {number} is al gecorrigeerd.",
                                       "Transaction {number} has already been reversed.",
                                       number=original.id)])
    if booked_on < original.booked_on:
        raise ValidationError([problem("booked_on", "Een correctie kan niet eerder zijn dan boeking {number} "
                                       "zelf ({day}).",
                                       "A reversal cannot be dated before transaction {number} itself ({day}).",
                                       number=original.id, day=original.booked_on)])
    text = description.strip() or f"Correctie van boeking {original.id}: {original.description}"
    return Entry(
        booked_on, text, TransactionKind.REVERSAL,
        tuple(Posting(p.account_id, -p.amount, p.cost_centre_id) for p in original.postings),
        original.reference, original.cost_centre_id, original.activity_id, original.id,
    ).validate()


CORRECTED_PREFIX = "Vervangt boeking {number}: "


def corrected_copy(original: Transaction, entry: Entry) -> Entry:
    """The corrected copy that goes with a reversal: linked to `original` (`corrects_id`, and
    its description says "Vervangt boeking 123: ..."); it must balance like any other entry.
    What `entry` leaves empty (receipt reference, cost centre, activity) it keeps from the
    original, so a corrected sale still counts for its cost centre and activity."""
    prefix = CORRECTED_PREFIX.format(number=original.id)
    description = entry.description.strip()
    if description and not description.startswith(prefix):
        description = prefix + description
    return replace(
        entry, description=description, reverses_id=None, corrects_id=original.id,
        reference=entry.reference or original.reference,
        cost_centre_id=entry.cost_centre_id if entry.cost_centre_id is not None else original.cost_centre_id,
        activity_id=entry.activity_id if entry.activity_id is not None else original.activity_id,
    ).validate()
