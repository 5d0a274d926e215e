"""Demo member enterprise and former benefits.

* A member enterprise (the seed's Vrije Uitloop model): "Tuinonderhoud", garden
  maintenance run by one member who was there from the start as their own small business
  inside the cooperative. Jobs paid into the bank twice a week in the growing season
  (April to October), tools and green waste once a month; its result is shown per year
  in the year close, and the demo agreement gives the owner's pot a share of it
  (`demo_close.DEMO_AGREEMENT`).
* The former monthly benefit of every member who left for a job or education, so the
  outflow report's saved-benefits estimate shows what such a member saves the
  municipality.

Both draw from their own `random.Random` seeded by the demo's seed and a name, so the
rest of the demo (hours, sales, payouts) is the same as without them, and the same seed
always gives the same book. Written after the rest of the ledger, before the payouts and
the closes.
"""

from __future__ import annotations

import random
from datetime import timedelta
from typing import TYPE_CHECKING

from coopdesk.domain.ledger import AccountType, Entry, expense, receipt
from coopdesk.domain.member import Member
from coopdesk.domain.money import Money
from coopdesk.store import activities as activity_store
from coopdesk.store import ledger as ledger_store
from coopdesk.store import outflow as outflow_store
from coopdesk.store.book import Book
from coopdesk.store.chart import BANK

if TYPE_CHECKING:
    from coopdesk.services.demo import DemoPlan

ENTERPRISE = "Tuinonderhoud"
ENTERPRISE_ACCOUNT = ("8030", "Omzet tuinonderhoud")


def _euro(rng: random.Random, low: int, high: int) -> Money:
    return Money.from_cents(rng.randrange(low * 100, high * 100))


def enterprise_owner(members: list[Member], plan: DemoPlan) -> Member | None:
    """The first member who was there from the start and has not left (None: nobody)."""
    return next((m for m in members if m.details.joined_on <= plan.start_on and m.details.left_on is None), None)


def add_demo_enterprise(book: Book, plan: DemoPlan, members: list[Member]) -> Member | None:
    """The garden maintenance enterprise with its receipts and costs; returns its owner."""
    owner = enterprise_owner(members, plan)
    if owner is None:
        return None
    rng = random.Random(f"{plan.seed}-{ENTERPRISE}")
    end = min(plan.end_on, book.clock.today())
    with book.transaction() as session:
        accounts = {a.code: a for a in ledger_store.list_accounts(session, include_inactive=True)}
        code, name = ENTERPRISE_ACCOUNT
        income = accounts.get(code) or ledger_store.insert_account(session, code, name, AccountType.INCOME)
        centre = activity_store.list_cost_centres(session, include_inactive=True)[0].id
        activity = activity_store.insert_activity(session, ENTERPRISE, centre, Money(0))
        activity_store.set_activity_owner(session, activity.id, int(owner.id))
        entries: list[Entry] = []
        day = max(plan.start_on, owner.details.joined_on)
        while day <= end:
            if 4 <= day.month <= 10 and day.weekday() in (1, 4):
                entries.append(receipt(day, accounts[BANK], income, _euro(rng, 35, 160),
                                       rng.choice(("Tuin gesnoeid", "Gras gemaaid en kanten gestoken",
                                                   "Heg geknipt", "Onkruid gewied")),
                                       f"T{day:%y%m%d}", centre, activity.id))
            if day.day == 10 and 3 <= day.month <= 10:
                entries.append(expense(day, accounts[BANK], accounts["4000"], _euro(rng, 40, 140),
                                       rng.choice(("Gereedschap en onderhoud", "Afvoer groenafval")),
                                       f"TK{day:%y%m}", centre, activity.id))
            day += timedelta(days=1)
        ledger_store.bulk_insert_posted(session, entries, book.clock.now())
    return owner


def add_demo_benefits(book: Book, plan: DemoPlan, members: list[Member]) -> int:
    """A former monthly benefit (€ 1.100 to € 1.500, in tens) for every member who left for
    a job or education; returns how many were entered."""
    rng = random.Random(f"{plan.seed}-uitkering")
    leavers = [m for m in members if m.details.leave_reason is not None and m.details.leave_reason.is_outflow]
    with book.transaction() as session:
        for member in leavers:
            outflow_store.set_former_monthly_benefit(session, int(member.number), Money(rng.randrange(110, 151) * 10))
    return len(leavers)


__all__ = ["ENTERPRISE", "add_demo_benefits", "add_demo_enterprise", "enterprise_owner"]

