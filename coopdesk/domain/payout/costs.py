"""Actual costs (werkelijke kosten) and where each one stands.

A cost belongs to a member and a month, and is paid with that member's line of that
month: in the month's run, or, for a member the run did not pay, in a supplementary run
of the same month (like hours entered late for a member who had none). A cost is never
linked to a run by a column: it is paid by the one posted (not reversed) line of its
member and month, so a reversed run frees its costs to be paid again, and no cost can
be paid twice, as long as these rules hold (`check_cost_month`, the services):

* **A member's paid month is fixed**, for costs as for hours. A cost added to a month
  whose run already paid this member is refused, naming that run and the first month in
  which the member is not yet paid, to enter the receipt in instead. It is not paid in a
  second line of the paid month, because every reader of the book (the year history,
  the statements, the municipality overview with one payment date a month) holds one
  line per member and month, and a posted line is never changed. Moving a late receipt
  to the current month costs the member nothing: actual costs count against no cap and
  are not income (domain-rules.md, section 1.3); the receipt reference and the
  description keep saying what it was for.
* A cost for a month the member was not a member in (joined after it, or left before
  it) is refused.
* A cost in a closed year is refused (`services.periods.ensure_open`).
* A cost paid in a run is not removed: it is posted money. Reversing the run is the
  way; the cost is then waiting again and may be removed.

`CostState` is one cost with the run that paid it (none: waiting for its month's run,
or for the supplementary run when the month already has one), for the views.
`WaitingCosts` sums a month's costs no run has paid yet: a cost added after its month's
run (for a member that run did not pay) waits for a supplementary run the treasurer
must post, so the proposal page names such months and the year close refuses while
one is left (a closed year could never pay it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coopdesk.domain.errors import ClosedPeriodError, CoopDeskError, Problem, problem
from coopdesk.domain.money import Money
from coopdesk.domain.payout.month import PayoutMonth
from coopdesk.domain.payout.proposal import ActualCost
from coopdesk.domain.payout.runs import RunStatus
from coopdesk.domain.text import Text


def _month(month: PayoutMonth) -> str:
    """03-2026, as the closed-period messages name a month."""
    return f"{month.month:02d}-{month.year}"


def membership_problem(name: str, joined_on: date, left_on: date | None, month: PayoutMonth) -> Problem | None:
    """Why `month` cannot hold a cost for this member (not a member on any day of it), or None."""
    if joined_on > month.last_day:
        return problem("month", "{name} is pas lid sinds {day}; in {month} was {name} nog geen lid. "
                       "Kies een maand vanaf {first}.",
                       "{name} only joined on {day}; in {month} {name} was not a member yet. "
                       "Choose a month from {first} on.",
                       name=name, day=joined_on, month=_month(month), first=_month(PayoutMonth.of(joined_on)))
    if left_on is not None and left_on < month.first_day:
        return problem("month", "{name} is op {day} vertrokken; in {month} was {name} geen lid meer. "
                       "Kosten van voor het vertrek horen bij {last} of eerder.",
                       "{name} left on {day}; in {month} {name} was no longer a member. "
                       "Costs made before leaving belong to {last} or earlier.",
                       name=name, day=left_on, month=_month(month), last=_month(PayoutMonth.of(left_on)))
    return None


def month_paid_refusal(name: str, month: PayoutMonth, run_id: int, open_month: PayoutMonth) -> ClosedPeriodError:
    """The refusal of a cost for a month whose run already paid this member: names the run
    and the month to enter the receipt in instead."""
    return ClosedPeriodError(Text(
        "{name} is voor {month} al uitbetaald in uitbetaling {run}; daar kunnen geen kosten meer bij. "
        "Voer de bon in bij {open} (bijvoorbeeld met \"bon van {month}\" in de omschrijving): werkelijke "
        "kosten tellen niet mee voor de grenzen, dus dit kost het lid niets.",
        "{name} was already paid for {month} in payout run {run}; no costs can be added to it any more. "
        "Enter the receipt in {open} (for example with \"receipt of {month}\" in the description): actual "
        "costs count against no cap, so this costs the member nothing."),
        "month", name=name, month=_month(month), run=run_id, open=_month(open_month))


def removal_refusal(month: PayoutMonth, run_id: int) -> CoopDeskError:
    """The refusal to remove a cost that a run paid: it is posted money."""
    return CoopDeskError(Text(
        "Deze kosten van {month} zijn al uitbetaald in uitbetaling {run} en zijn geboekt; ze kunnen niet "
        "worden verwijderd. Was het een fout, draai dan uitbetaling {run} terug (Uitbetalingen); daarna "
        "kunt u de kosten verwijderen en de maand opnieuw boeken.",
        "These costs of {month} were already paid out in payout run {run} and are posted; they cannot be "
        "removed. If it was a mistake, reverse payout run {run} (Payout runs); then you can remove the "
        "costs and post the month again."), None, month=_month(month), run=run_id)


@dataclass(frozen=True)
class CostState:
    """One actual cost of a month and where it stands: paid by the posted (or paid) run
    `run_id`, or waiting (`run_id` None) for the month's run, or for its supplementary
    run when the month already has one (`month_has_run`)."""

    cost: ActualCost
    month: PayoutMonth
    member_number: int
    member_name: str
    run_id: int | None = None
    run_status: RunStatus | None = None
    paid_on: date | None = None
    month_has_run: bool = False

    @property
    def waiting(self) -> bool:
        return self.run_id is None

    @property
    def removable(self) -> bool:
        """Only a cost no run has paid may be removed."""
        return self.run_id is None

    def label(self) -> str:
        """`Betaald in uitbetaling 3 op 05-04-2026`, `Wacht op de aanvullende uitbetaling van 03-2026`..."""
        if self.run_id is None:
            if self.month_has_run:
                return Text("Wacht op de aanvullende uitbetaling van {month}",
                            "Waiting for the supplementary run of {month}").render(month=_month(self.month))
            return Text("Wacht op de uitbetaling van {month}",
                        "Waiting for the payout of {month}").render(month=_month(self.month))
        if self.run_status is RunStatus.PAID:
            return Text("Betaald in uitbetaling {run} op {day}",
                        "Paid in payout run {run} on {day}").render(run=self.run_id, day=self.paid_on)
        return Text("Geboekt in uitbetaling {run}, nog niet betaald",
                    "Posted in payout run {run}, not yet paid").render(run=self.run_id)


@dataclass(frozen=True)
class WaitingCosts:
    """A month's actual costs that no posted run has paid: how many members, how much, and
    whether the month already has a run (then they wait for its supplementary run)."""

    month: PayoutMonth
    members: int
    amount: Money
    month_has_run: bool

    def message(self) -> Text:
        if self.month_has_run:
            return Text(f"Werkelijke kosten van {_month(self.month)} wachten op een aanvullende uitbetaling: "
                        f"{self.members} {'lid' if self.members == 1 else 'leden'}, {{amount}}. Kies "
                        f"{_month(self.month)} en boek het voorstel.",
                        f"Actual costs of {_month(self.month)} are waiting for a supplementary run: "
                        f"{self.members} {'member' if self.members == 1 else 'members'}, {{amount}}. Choose "
                        f"{_month(self.month)} and post its proposal.")
        return Text(f"Werkelijke kosten van {_month(self.month)} zijn nog niet uitbetaald: "
                    f"{self.members} {'lid' if self.members == 1 else 'leden'}, {{amount}}.",
                    f"Actual costs of {_month(self.month)} are not paid yet: "
                    f"{self.members} {'member' if self.members == 1 else 'members'}, {{amount}}.")

    def text(self) -> Text:
        """The message with the amount filled in, in both languages."""
        message = self.message()
        return Text(message.render("nl", amount=self.amount), message.render("en", amount=self.amount))
