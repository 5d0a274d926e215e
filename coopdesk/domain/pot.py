"""A member's personal savings pot: its movements, the withdrawal purposes, the statement.

Invariants this module keeps:

* A pot never goes below zero, at any point in time: `check_never_negative` walks the
  movements in date order (same day: in the order they were made) and refuses the first
  point where the running balance would drop below zero, naming the balance there.
* Every movement is an amount in or out with where it came from: the year's
  distribution, a manual deposit (with a reason), a withdrawal (with a purpose, a receipt
  reference and, where the purpose needs it, the approving board member), the owner's
  share of their own member enterprise's result (from the year close), or the reversal
  of either of the close's movements when a year is reopened.
* The withdrawal purposes are the book's own list (editable); each is allowed or needs the
  board's approval, and "necessary private costs" carries the warning that the
  municipality may count the withdrawal as income.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from coopdesk.domain.errors import CoopDeskError, Problem, ValidationError, problem
from coopdesk.domain.ledger import MAX_AMOUNT
from coopdesk.domain.money import Money
from coopdesk.domain.text import Text

MAX_REASON = 200
MAX_RECEIPT = 60
MAX_APPROVER = 100
MAX_PURPOSE = 100


class MovementKind(enum.Enum):
    DISTRIBUTION = "distribution"  # from the year's profit distribution
    DEPOSIT = "deposit"  # a manual deposit, with a reason
    WITHDRAWAL = "withdrawal"  # for a purpose, with a receipt reference
    REVERSAL = "reversal"  # a distribution taken back when its year was reopened
    ENTERPRISE = "enterprise"  # the owner's share of their own member enterprise's result (year close)
    ENTERPRISE_REVERSAL = "enterprise_reversal"  # an enterprise share taken back when its year was reopened

    @property
    def label(self) -> Text:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    MovementKind.DISTRIBUTION: Text("Winstverdeling", "Profit distribution"),
    MovementKind.DEPOSIT: Text("Storting", "Deposit"),
    MovementKind.WITHDRAWAL: Text("Opname", "Withdrawal"),
    MovementKind.REVERSAL: Text("Terugdraaiing winstverdeling", "Distribution reversed"),
    MovementKind.ENTERPRISE: Text("Aandeel eigen onderneming", "Own enterprise share"),
    MovementKind.ENTERPRISE_REVERSAL: Text("Terugdraaiing aandeel eigen onderneming", "Own enterprise share reversed"),
}

INCOME_WARNING = Text(
    "Let op: de gemeente kan een opname voor noodzakelijke privékosten als inkomen rekenen.",
    "Note: the municipality may count a withdrawal for necessary private costs as income.")


# domain-rules.md section 2: whether a pot counts as the member's assets is unconfirmed, so the
# statement says who may dispose of it
WHO_DISPOSES = Text(
    "De coöperatie beheert deze spaarpot; het lid kan er alleen over beschikken via een opname voor een doel "
    "uit de lijst van de coöperatie, zo nodig met goedkeuring van het bestuur.",
    "The cooperative holds this savings pot; the member can dispose of it only through a withdrawal for a "
    "purpose on the cooperative's list, with the board's approval where needed.")


@dataclass(frozen=True)
class Purpose:
    """One withdrawal purpose of the book's list."""

    id: int
    name: str
    needs_approval: bool = False
    income_warning: bool = False
    active: bool = True

    @property
    def warning(self) -> Text | None:
        return INCOME_WARNING if self.income_warning else None


# (name, needs the board's approval, carries the income warning): the list a book starts with
DEFAULT_PURPOSES: tuple[tuple[str, bool, bool], ...] = (
    ("Cursus of opleiding", False, False),
    ("Gereedschap of materiaal voor eigen werk", False, False),
    ("Goedgekeurde uitgave", True, False),
    ("Noodzakelijke privékosten", True, True),
    ("Uitbetaling bij vertrek", True, False),
)


@dataclass(frozen=True)
class PotMovement:
    """One movement of a pot: positive in, negative out."""

    id: int
    member_id: int
    booked_on: date
    kind: MovementKind
    amount: Money
    reason: str = ""  # the deposit's reason, or the withdrawal's purpose name
    receipt_reference: str = ""
    approved_by: str = ""
    transaction_id: int | None = None


class PotBelowZeroError(CoopDeskError):
    """A movement would take a pot below zero."""

    def __init__(self, balance: Money, amount: Money, day: date) -> None:
        super().__init__(Text(
            "De spaarpot staat op {day} op {balance}; {amount} eraf brengt hem onder nul.",
            "The savings pot stands at {balance} on {day}; taking {amount} out takes it below zero."),
            "amount", balance=balance, amount=amount, day=day)
        self.balance = balance


class ReserveTooLowError(CoopDeskError):
    """A manual deposit the reserve it comes from cannot cover: with it, the reserve would
    stand below zero at the end of `day` (the deposit's date or a later day). `balance`
    is the reserve's balance on `day` without the deposit; nothing has been written."""

    def __init__(self, account_name: str, account_code: str, day: date, balance: Money, amount: Money,
                 booked_on: date) -> None:
        values: dict[str, object] = {"name": account_name[:1].lower() + account_name[1:], "label": account_name,
                                     "code": account_code,
                                     "day": day, "balance": balance, "amount": amount, "booked_on": booked_on}
        if day == booked_on:
            text = Text("De {name} staat op {day} op {balance}; een storting van {amount} brengt hem onder nul.",
                        "Account {code} {label} stands at {balance} on {day}; a deposit of {amount} takes it "
                        "below zero.")
        else:
            text = Text("De {name} staat op {day} op {balance}; een storting van {amount} op {booked_on} brengt "
                        "hem dan onder nul.",
                        "Account {code} {label} stands at {balance} on {day}; a deposit of {amount} on {booked_on} "
                        "takes it below zero then.")
        super().__init__(text, "amount", **values)
        self.day = day
        self.balance = balance


def balance(movements: Iterable[PotMovement], through: date | None = None) -> Money:
    return sum((m.amount for m in movements if through is None or m.booked_on <= through), Money.zero())


def _ordered(movements: Iterable[PotMovement]) -> list[PotMovement]:
    return sorted(movements, key=lambda m: (m.booked_on, m.id))


def check_never_negative(movements: Iterable[PotMovement]) -> None:
    """Raise `PotBelowZeroError` at the first point where the running balance is below zero."""
    running = Money.zero()
    for movement in _ordered(movements):
        after = running + movement.amount
        if after.is_negative():
            raise PotBelowZeroError(running, -movement.amount, movement.booked_on)
        running = after


def amount_problem(amount: Money) -> list[Problem]:
    """A deposit's or withdrawal's amount: more than zero, and not beyond what any line of a
    small cooperative's books comes near (`MAX_AMOUNT`, a typo such as 500000 for 500)."""
    if not amount.is_positive():
        return [problem("amount", "Het bedrag moet groter zijn dan nul.", "The amount must be more than zero.")]
    if amount > MAX_AMOUNT:
        return [problem("amount", "Bedrag: {amount} is meer dan {limit}; dat kan niet kloppen.",
                        "Amount: {amount} is more than {limit}; that cannot be right.", amount=amount,
                        limit=MAX_AMOUNT)]
    return []


def _length(field: str, value: str, limit: int) -> list[Problem]:
    if len(value) > limit:
        return [problem(field, "Te lang (hoogstens {limit} tekens).", "Too long ({limit} characters at most).",
                        limit=limit)]
    return []


def deposit_problems(amount: Money, reason: str) -> None:
    found = amount_problem(amount)
    if not reason.strip():
        found.append(problem("reason", "Geef een reden voor de storting.", "Give a reason for the deposit."))
    found += _length("reason", reason.strip(), MAX_REASON)
    if found:
        raise ValidationError(found)


def withdrawal_problems(amount: Money, purpose: Purpose | None, receipt_reference: str, approved_by: str) -> None:
    """A withdrawal needs a positive amount, an active purpose, a receipt reference and,
    for a purpose that needs it, the approving board member."""
    found = amount_problem(amount)
    if purpose is None or not purpose.active:
        found.append(problem("purpose", "Kies een doel uit de lijst.", "Choose a purpose from the list."))
    if not receipt_reference.strip():
        found.append(problem("receipt_reference", "Vul het bonnummer in.", "Fill in the receipt reference."))
    found += _length("receipt_reference", receipt_reference.strip(), MAX_RECEIPT)
    if purpose is not None and purpose.needs_approval and not approved_by.strip():
        found.append(problem("approved_by", "Voor '{purpose}' is goedkeuring van het bestuur nodig: vul in welk "
                             "bestuurslid goedkeurde.",
                             "'{purpose}' needs the board's approval: fill in which board member approved.",
                             purpose=purpose.name))
    found += _length("approved_by", approved_by.strip(), MAX_APPROVER)
    if found:
        raise ValidationError(found)


def purpose_problems(name: str) -> None:
    if not name.strip():
        raise ValidationError([problem("name", "Naam is verplicht.", "Name is required.")])
    if len(name.strip()) > MAX_PURPOSE:
        raise ValidationError(_length("name", name.strip(), MAX_PURPOSE))


@dataclass(frozen=True)
class PotRow:
    """One line of the pots page."""

    member_id: int
    member_number: int
    name: str
    balance: Money


@dataclass(frozen=True)
class PotsOverview:
    on: date
    rows: tuple[PotRow, ...]

    @property
    def total(self) -> Money:
        return sum((row.balance for row in self.rows), Money.zero())


@dataclass(frozen=True)
class PotStatement:
    """A member's pot over a period: opening balance, the movements in it, closing balance."""

    member_number: int
    name: str
    first: date
    last: date
    opening: Money
    movements: tuple[PotMovement, ...]
    closing: Money


def statement(member_number: int, name: str, movements: Sequence[PotMovement], first: date,
              last: date) -> PotStatement:
    if last < first:
        raise ValidationError([problem("last", "De einddatum ligt vóór de begindatum.",
                                       "The end date is before the start date.")])
    ordered = _ordered(movements)
    opening = sum((m.amount for m in ordered if m.booked_on < first), Money.zero())
    inside = tuple(m for m in ordered if first <= m.booked_on <= last)
    closing = opening + sum((m.amount for m in inside), Money.zero())
    return PotStatement(member_number, name, first, last, opening, inside, closing)
