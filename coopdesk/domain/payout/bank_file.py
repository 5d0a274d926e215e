"""What the SEPA writer reads for one posted run: the plain values of the bank file
(the exporters never query the book)."""

from __future__ import annotations

from dataclasses import dataclass

from coopdesk.domain import money
from coopdesk.domain.money import Money
from coopdesk.domain.payout.month import PayoutMonth


@dataclass(frozen=True)
class SepaPaymentLine:
    """One credit transfer to one member for a posted payout run.

    `amount` is what the member receives for the run (allowance + premium + actual
    costs), always positive. The address parts are as the register holds them; the
    writer sends them structured/hybrid (postcode, town and country as fields, the
    street line as an address line) or leaves the address out when town is empty.
    `end_to_end_id` is unique per line and at most 35 characters; `remittance` is
    `Vergoeding <maand> <jaar>` (at most 140 characters)."""

    member_number: int
    name: str
    iban: str
    street: str
    postcode: str
    town: str
    country: str
    amount: Money
    end_to_end_id: str
    remittance: str


@dataclass(frozen=True)
class SepaPaymentRun:
    """Everything the SEPA writer needs for one posted run: the cooperative as debtor
    (name, IBAN, structured address parts), the run, and one line per member paid.

    Members whose line was held for want of a valid IBAN are not in `lines`; they are
    named in `held` (member number, name) so the writer can tell the treasurer."""

    run_id: int
    month: PayoutMonth
    debtor_name: str
    debtor_iban: str
    debtor_street: str
    debtor_postcode: str
    debtor_town: str
    debtor_country: str
    lines: tuple[SepaPaymentLine, ...]
    held: tuple[tuple[int, str], ...] = ()

    @property
    def total(self) -> Money:
        return money.total(line.amount for line in self.lines)

    @property
    def count(self) -> int:
        return len(self.lines)
