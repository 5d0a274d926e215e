"""Demo bookkeeping: the opening balance, then every day's money of a neighbourhood
cooperative with a restaurant, a clothing workshop (atelier) and urban farming.

Per activity: restaurant takings in cash on opening days (split into lunch and
dinner in a large book), atelier sales and farm produce paid by card (bank);
groceries and materials, the monthly rent and bank costs; the municipality's
grant every quarter and members' yearly contributions; the cash box is emptied
into the bank every week (a journal entry). Larger books get proportionally more
sales, so `--members 500 --years 10` gives about 50,000 transactions. Everything
comes from the seeded `rng` (same seed, same book) and nothing is dated after
the clock's today. Written with one Core bulk insert.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING

from coopdesk.domain.ledger import (
    Account,
    AccountType,
    Entry,
    Posting,
    TransactionKind,
    expense,
    opening_entry,
    receipt,
)
from coopdesk.domain.member import Member
from coopdesk.domain.money import Money
from coopdesk.store import activities as activity_store
from coopdesk.store import ledger as ledger_store
from coopdesk.store.book import Book
from coopdesk.store.chart import BANK, CASH, GENERAL_RESERVE, OPENING, TRAINING_RESERVE
from coopdesk.store.session import Session

if TYPE_CHECKING:
    from coopdesk.services.demo import DemoPlan

DEMO_ACTIVITIES = (("Restaurant", "8000"), ("Atelier", "8010"), ("Stadslandbouw", "8020"))
DEMO_RATE = Money("2.50")


def _euro(rng: random.Random, low: int, high: int) -> Money:
    return Money.from_cents(rng.randrange(low * 100, high * 100))


def add_demo_ledger(book: Book, rng: random.Random, plan: DemoPlan, members: list[Member]) -> None:
    """A realistic history of sales, costs and subsidies per activity (see module docstring)."""
    today = book.clock.today()
    with book.transaction() as session:
        _demo_sales_accounts(session)
        accounts = {a.code: a for a in ledger_store.list_accounts(session)}
        centre = activity_store.list_cost_centres(session, include_inactive=True)[0].id
        existing = {a.name: a for a in activity_store.list_activities(session, include_inactive=True)}
        activity_ids: dict[str, int] = {}
        for name, _code in DEMO_ACTIVITIES:
            found = existing.get(name) or activity_store.insert_activity(session, name, centre, DEMO_RATE)
            activity_ids[name] = found.id
        entries = _history(rng, plan.start_on, min(plan.end_on, today), max(1, len(members) // 55),
                           len(members), accounts, activity_ids, centre)
        ledger_store.bulk_insert_posted(session, entries, book.clock.now())


def _demo_sales_accounts(session: Session) -> None:
    """The demo cooperative keeps its sales apart per activity."""
    accounts = {a.code: a for a in ledger_store.list_accounts(session, include_inactive=True)}
    ledger_store.update_account(session, accounts["8000"].id, name="Omzet restaurant")
    for code, name in (("8010", "Omzet atelier"), ("8020", "Omzet stadslandbouw")):
        if code not in accounts:
            ledger_store.insert_account(session, code, name, AccountType.INCOME)


def _history(
    rng: random.Random, start: date, end: date, scale: int, member_count: int,
    accounts: dict[str, Account], activity_ids: dict[str, int], centre: int,
) -> list[Entry]:
    cash, bank = accounts[CASH], accounts[BANK]
    entries = [opening_entry(start, [(cash, Money(250)), (bank, Money(15000)),
                                     (accounts[GENERAL_RESERVE], Money(-10000)),
                                     (accounts[TRAINING_RESERVE], Money(-2000))], accounts[OPENING])]
    restaurant, atelier, farm = (activity_ids[n] for n, _ in DEMO_ACTIVITIES)
    in_cash = Money(250)
    day = start
    while day <= end:
        weekday = day.weekday()  # Monday 0
        if 1 <= weekday <= 5:  # restaurant open Tuesday to Saturday
            for sitting in range(scale):
                label = "lunch" if sitting % 2 == 0 else "diner"
                amount = _euro(rng, 120, 480)
                entries.append(receipt(day, cash, accounts["8000"], amount, f"Dagomzet restaurant ({label})",
                                       f"Z{day:%y%m%d}-{sitting + 1}", centre, restaurant))
                in_cash = in_cash + amount
            if weekday in (2, 5):
                for _ in range(scale):
                    amount = _euro(rng, 60, 380)
                    pay_cash = rng.random() < 0.3 and in_cash > amount
                    entries.append(expense(day, cash if pay_cash else bank, accounts["4000"], amount,
                                           rng.choice(("Boodschappen groothandel", "Verse groenten markt",
                                                       "Boodschappen supermarkt")),
                                           f"B{day:%y%m%d}", centre, restaurant))
                    if pay_cash:
                        in_cash = in_cash - amount
        if weekday in (2, 4):  # atelier open Wednesday and Friday
            for _ in range(scale):
                entries.append(receipt(day, bank, accounts["8010"], _euro(rng, 15, 140),
                                       rng.choice(("Verkoop kleding", "Verstelwerk", "Verkoop tassen")),
                                       "", centre, atelier))
            if rng.random() < 0.25:
                entries.append(expense(day, bank, accounts["4000"], _euro(rng, 25, 220), "Stoffen en garen",
                                       f"A{day:%y%m%d}", centre, atelier))
        if weekday in (3, 5) and 4 <= day.month <= 10:  # farm stall in the growing season
            for _ in range(scale):
                entries.append(receipt(day, bank, accounts["8020"], _euro(rng, 8, 75), "Verkoop groenten en kruiden",
                                       "", centre, farm))
            if rng.random() < 0.2:
                entries.append(expense(day, bank, accounts["4000"], _euro(rng, 10, 160), "Zaden, potgrond en gereedschap",
                                       "", centre, farm))
        if weekday == 0 and in_cash > Money(300):  # Monday: cash to the bank, keep a float
            amount = in_cash - Money(200)
            entries.append(Entry(day, "Kas afgestort bij de bank", TransactionKind.JOURNAL,
                                 (Posting(bank.id, amount, centre), Posting(cash.id, -amount, centre)),
                                 f"S{day:%y%m%d}", centre).validate())
            in_cash = Money(200)
        if day.day == 1:
            entries.append(expense(day, bank, accounts["4100"], Money(850 + 150 * (scale - 1)),
                                   f"Huur {day:%m-%Y} Kanaalstraat 112", f"H{day:%y%m}", centre))
        if day.day == 5:
            entries.append(expense(day, bank, accounts["4900"], _euro(rng, 250 * scale, 450 * scale),
                                   "Energie, water en verzekering", f"E{day:%y%m}", centre))
        if day.day == 20 and day.month in (3, 9):
            entries.append(expense(day, bank, accounts["4300"], _euro(rng, 300, 900) * scale,
                                   "Cursus hygiënecode en EHBO", f"O{day:%y%m}", centre))
        if day.day == 28:
            entries.append(expense(day, bank, accounts["4500"], _euro(rng, 12, 19), "Bankkosten", "", centre))
        if day.day == 15 and day.month in (1, 4, 7, 10):
            entries.append(receipt(day, bank, accounts["8400"], Money(7500 * scale),
                                   f"Subsidie gemeente Utrecht, kwartaal {(day.month + 2) // 3}",
                                   f"GEM-{day.year}-Q{(day.month + 2) // 3}", centre))
        if day.month == 2 and day.day == 1:
            entries.append(receipt(day, bank, accounts["8500"], Money(12) * member_count,
                                   f"Contributies leden {day.year}", f"C{day.year}", centre))
        day += timedelta(days=1)
    return entries
