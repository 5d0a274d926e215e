"""The demo book: a small, realistic cooperative to try CoopDesk on (with a member
enterprise and the former benefits of the members who left for work: `demo_enterprise`).

`generate_demo_book` writes a book for a made-up neighbourhood cooperative in
Utrecht: members with Dutch names, addresses and valid IBANs (generated with
schwifty), and, from the later areas, their hours and the cooperative's books.
The same seed always gives the same book. With `members=500, years=10` it is
the large book the benchmarks use; the areas write in bulk for that reason.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from schwifty import IBAN

from coopdesk.domain.clock import Clock, SystemClock
from coopdesk.domain.member import LeaveReason, Member, MemberDetails, PaymentRegime
from coopdesk.domain.text import Text
from coopdesk.services.books import create_book
from coopdesk.services.demo_close import close_demo_years
from coopdesk.services.demo_enterprise import add_demo_benefits, add_demo_enterprise
from coopdesk.services.demo_hours import add_demo_hours
from coopdesk.services.demo_ledger import add_demo_ledger
from coopdesk.services.demo_payout import add_demo_payouts
from coopdesk.store import members as member_store
from coopdesk.store.book import Book

FIRST_NAMES = (
    "Fatima", "Mohamed", "Anouk", "Sander", "Yasmina", "Kees", "Esra", "Joost", "Priya",
    "Daan", "Samira", "Henk", "Lotte", "Ahmet", "Marieke", "Rachid", "Ilse", "Kofi",
    "Noor", "Gerrit", "Naima", "Bram", "Aylin", "Wim", "Sevda", "Ruud", "Chantal",
    "Youssef", "Ingrid", "Tessa", "Mustafa", "Els", "Fenna", "Hamza", "Jolanda", "Stijn",
    "Miriam", "Orhan", "Annemiek", "Tjeerd", "Zeynep", "Marco", "Soufiane", "Greetje",
)
PREFIXES = ("", "", "", "", "van", "de", "van der", "van den", "ten", "ter")
SURNAMES = (
    "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters",
    "Hendriks", "Dekker", "Brouwer", "Dijkstra", "Kaya", "Yilmaz", "El Amrani", "Bouzid",
    "Hoekstra", "Koster", "Prins", "Huisman", "Postma", "Kuipers", "Veenstra", "Sarmo",
    "Öztürk", "Ramdin", "Mahabier", "Asante", "Groot", "Berg", "Wal", "Linden", "Heuvel",
)
STREETS = (
    "Kanaalstraat", "Amsterdamsestraatweg", "Vleutenseweg", "Thomas à Kempisplantsoen",
    "Columbuslaan", "Marco Polohof", "Bernadottelaan", "Hoograven", "Trumanlaan",
    "Zonnebloemstraat", "Jan Pieterszoon Coenstraat", "Cartesiusweg", "Balijelaan",
    "Hoendiep", "Oudenoord", "Lombokplein", "Damstraat", "Boerhaavelaan",
)
BANKS = ("ABNA", "RABO", "INGB", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ")
POSTCODE_AREAS = (3531, 3532, 3533, 3551, 3552, 3523, 3524, 3525, 3526, 3561, 3562, 3563)


@dataclass(frozen=True)
class DemoPlan:
    """What to generate; `end_on` is the last day of the generated history."""

    members: int
    years: int
    seed: int
    end_on: date

    @property
    def start_on(self) -> date:
        return date(self.end_on.year - self.years + 1, 1, 1)


DEMO_STEPS = (
    Text("Boek aanmaken…", "Creating the book…"),
    Text("Leden toevoegen…", "Adding members…"),
    Text("Uren invullen…", "Filling in hours…"),
    Text("Boekhouding vullen…", "Filling the ledger…"),
)


def generate_demo_book(
    path: str | os.PathLike[str],
    *,
    members: int = 12,
    years: int = 1,
    seed: int = 2026,
    clock: Clock | None = None,
    progress: Callable[[int, int, Text], None] | None = None,
    close_years: bool = True,
) -> Book:
    """Write a demo book at `path` and return it open; `progress(done, total, what)` is told
    before each step (the window shows it while the demo is generated). With `close_years`
    the complete past years are closed (`coopdesk.services.demo_close`)."""

    def step(done: int, what: Text) -> None:
        if progress is not None:
            progress(done, len(DEMO_STEPS), what)

    if members < 1 or years < 1:
        raise ValueError("a demo book needs at least one member and one year")
    clock = clock or SystemClock()
    plan = DemoPlan(members=members, years=years, seed=seed, end_on=clock.today())
    rng = random.Random(seed)
    step(0, DEMO_STEPS[0])
    book = create_book(
        path,
        name="Coöperatie De Buurtkracht U.A.",
        kvk_number="91234567",
        address="Kanaalstraat 112",
        postcode="3531 CK",
        city="Utrecht",
        iban=_iban(rng),
        municipality="Utrecht",
        clock=clock,
    )
    try:
        step(1, DEMO_STEPS[1])
        demo_members = add_demo_members(book, rng, plan)
        step(2, DEMO_STEPS[2])
        add_demo_hours(book, rng, plan, demo_members)
        step(3, DEMO_STEPS[3])
        add_demo_ledger(book, rng, plan, demo_members)
        add_demo_enterprise(book, plan, demo_members)
        add_demo_benefits(book, plan, demo_members)
        add_demo_payouts(book, rng, plan)
        if close_years:
            close_demo_years(book, plan.start_on.year)
    except BaseException:
        book.close()
        raise
    return book


def _iban(rng: random.Random) -> str:
    account = f"{rng.randrange(10**9, 10**10):010d}"
    return str(IBAN.generate("NL", bank_code=rng.choice(BANKS), account_code=account).compact)


def _name(rng: random.Random) -> str:
    prefix = rng.choice(PREFIXES)
    parts = [rng.choice(FIRST_NAMES), prefix, rng.choice(SURNAMES)]
    return " ".join(p for p in parts if p)


def add_demo_members(book: Book, rng: random.Random, plan: DemoPlan) -> list[Member]:
    """Members who joined over the years; about one in six has left, most to a job or education."""
    span_days = (plan.end_on - plan.start_on).days
    created: list[Member] = []
    with book.transaction() as session:
        number = member_store.next_member_number(session)
        for index in range(plan.members):
            # The first half of a small book were there from the start, so the demo is lively.
            if plan.members <= 40 and index < plan.members // 2:
                joined = plan.start_on
            else:
                joined = plan.start_on + timedelta(days=rng.randrange(max(span_days - 30, 1)))
            age_at_join = rng.choice((19, 23, 26, 29, 34, 38, 42, 47, 51, 55, 58, 61))
            birth = date(joined.year - age_at_join, rng.randint(1, 12), rng.randint(1, 28))
            left_on = None
            reason = None
            if rng.random() < 1 / 6 and (plan.end_on - joined).days > 120:
                left_on = joined + timedelta(days=rng.randrange(90, (plan.end_on - joined).days))
                reason = rng.choices(
                    (LeaveReason.PAID_JOB, LeaveReason.EDUCATION, LeaveReason.MOVED, LeaveReason.OTHER),
                    weights=(5, 2, 1, 1),
                )[0]
            name = _name(rng)
            area = rng.choice(POSTCODE_AREAS)
            details = MemberDetails(
                name=name,
                joined_on=joined,
                address=f"{rng.choice(STREETS)} {rng.randint(1, 240)}",
                postcode=f"{area} {rng.choice('ABCDEGHJKLMNPRTVWXZ')}{rng.choice('ABCDEGHJKLMNPRTVWXZ')}",
                city="Utrecht",
                birth_on=birth,
                email=f"{name.split()[0].lower()}.{number}@voorbeeld.nl",
                phone=f"06-{rng.randrange(10**7, 10**8)}",
                iban=_iban(rng),
                regime=rng.choices(
                    (PaymentRegime.PREMIUM, PaymentRegime.VOLUNTEER_ALLOWANCE, PaymentRegime.NONE),
                    weights=(6, 3, 1),
                )[0],
                social_assistance=rng.random() < 0.8,
                notes="",
                left_on=left_on,
                leave_reason=reason,
            )
            created.append(member_store.insert_member(session, number, details, book.clock))
            number = type(number)(number + 1)
    return created
