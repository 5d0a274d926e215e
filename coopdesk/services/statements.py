"""Year-end member statements: gather one member's or every member's year from the book.

`year_statements` reads everything in one unit of work with a handful of whole-year
queries (`store.statements`), so 500 statements cost a few queries, not 500 times a few.
It returns `YearStatement` values; the PDF writer (`exports.statement_pdf`) renders them.
Each statement is numbered against the versions the book issued of it
(`domain.statement.place_statement`): the same content as the latest version is that
version again, marked duplicate; other content is the next version, which says what it
replaces. Gathering (also for a preview) issues nothing. `issue_statements` records the
new versions and puts the written file in place in one unit of work: a file that could
not be written records nothing, and a version is recorded only with its file in place.

Who gets a statement of a year (`store.statements.year_members`): a member at some time in
it, or anyone who worked hours, was paid (on the payment date: December's run, paid in
January, counts in January's year, as a premium does) or had a pot movement in it. A
member of the year with nothing in it gets the short "nothing to report" statement, which
a member on benefits can show; a member who joined after the year, or left before it with
nothing in it, gets none (asked for by number: `NoStatementError`).
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import TypeVar

from coopdesk.domain.allowance_rules import AllowanceRules, RulesError
from coopdesk.domain.cooperative import CooperativeDetails
from coopdesk.domain.errors import NotFound
from coopdesk.domain.member import PaymentRegime, age_on
from coopdesk.domain.money import Money
from coopdesk.domain.payout import SOCIAL_ASSISTANCE_AGE, PayoutMonth
from coopdesk.domain.pot import WHO_DISPOSES, PotMovement
from coopdesk.domain.pot import statement as pot_statement
from coopdesk.domain.statement import (
    Addressee,
    CapKind,
    CapRoom,
    Correction,
    IssuedVersion,
    NoStatementError,
    PotLine,
    PotSection,
    StatementChangedError,
    StatementMonth,
    YearStatement,
    place_statement,
    pot_detail,
    pot_lines_shown,
    statement_number,
)
from coopdesk.domain.text import Text
from coopdesk.services.changes import Changes
from coopdesk.services.payout import current_user
from coopdesk.store import members as member_store
from coopdesk.store import pots as pot_store
from coopdesk.store import rules as rules_store
from coopdesk.store import statements as store
from coopdesk.store.book import Book

__all__ = ["StatementOrder", "issue_statements", "record_issued", "sort_statements", "year_statements"]

ZERO = Money(0)
T = TypeVar("T")


class StatementOrder(enum.Enum):
    NAME = "name"  # for reading through
    POSTCODE = "postcode"  # for posting (the post sorts by postcode)
    NUMBER = "number"


def _sort_name(name: str) -> str:
    """`Fatima van der Berg` sorts under B: Dutch surnames sort without their prefix, and
    letters with accents with their plain letter."""
    words = name.split()
    prefixes = {"van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "in", "op", "la", "le", "du"}
    surname_start = 1
    while surname_start < len(words) - 1 and words[surname_start].lower() in prefixes:
        surname_start += 1
    key = " ".join(words[surname_start:] + words[:surname_start]).casefold()
    # Öztürk with the O's, not after Z
    return "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))


def sort_statements(statements: Sequence[YearStatement], order: StatementOrder) -> list[YearStatement]:
    if order is StatementOrder.POSTCODE:
        return sorted(statements, key=lambda s: (s.member.postcode.replace(" ", "").upper(), s.member.address,
                                                 _sort_name(s.member.name), s.member_number))
    if order is StatementOrder.NAME:
        return sorted(statements, key=lambda s: (_sort_name(s.member.name), s.member_number))
    return sorted(statements, key=lambda s: s.member_number)


def year_statements(book: Book, year: int, *, member_number: int | None = None,
                    order: StatementOrder = StatementOrder.NAME, treasurer: str = "",
                    progress: Callable[[int, int], None] | None = None) -> list[YearStatement]:
    """The statements of `year`: every member with something in that year (a member then, or
    hours, a payment or a pot movement in it: `store.year_members`), or only `member_number`
    (a `NotFound` when there is no such member, a `NoStatementError` when that member has
    nothing in the year). `progress(done, total)` is told per statement (it may raise to
    stop, as the GUI worker's cancel does). `treasurer` signs instead of the treasurer in
    the cooperative's details."""
    with book.transaction() as session:
        members = store.year_members(session, year, None if member_number is None else [member_number])
        if member_number is not None and not members:
            name = store.member_name(session, member_number)
            if name is None:
                raise NotFound(Text("Lid {number} bestaat niet.", "Member {number} does not exist."), "member",
                               number=member_number)
            raise NoStatementError(name, member_number, year)
        ids = None if member_number is None else [row.id for row in members]
        cooperative = member_store.load_cooperative(session) or CooperativeDetails(name="")
        treasurer = treasurer or cooperative.treasurer
        minutes = store.year_minutes(session, year, ids)
        # the runs for the year's months and those paid in it (December's is paid in January)
        lines = store.run_lines(session, year, ids)
        others = store.other_allowances(session, year)
        names = store.activity_names(session)
        issued = store.issued_versions(session, year, None if member_number is None else [member_number])
        rules = rules_store.load_rules(session)
        # the pots: only members with a movement have one (one query), then their movements
        pots = {member_id: pot_store.member_movements(session, member_id)
                for member_id in pot_store.members_with_movements(session, [row.id for row in members])}
        warned = store.income_warning_movements(session, list(pots))
    today = book.clock.today()
    by_member: dict[int, list[store.StatementRunRow]] = {}
    for line in lines:
        by_member.setdefault(line.member_id, []).append(line)
    allowance_cap = _allowance_cap(rules, year)
    premium_cap = _premium_cap(rules, year)
    statements: list[YearStatement] = []
    for done, member in enumerate(members):
        if progress is not None:
            progress(done, len(members))
        statements.append(_statement(
            year, member, cooperative, minutes.get(member.id, {}), by_member.get(member.id, []), names,
            others.get(member.id, ZERO), allowance_cap, premium_cap, issued.get(member.number, []), today, treasurer,
            _pot(year, member, pots.get(member.id, []), warned)))
    return sort_statements(statements, order)


def _allowance_cap(rules: AllowanceRules, year: int) -> Money | None:
    try:
        return rules.fiscal_caps(year).year_total
    except RulesError:
        return None


def _premium_cap(rules: AllowanceRules, year: int) -> Money | None:
    try:
        return rules.premium_maximum(date(year, 12, 31)).yearly_maximum
    except RulesError:
        return None


_CALENDARS: dict[int, tuple[PayoutMonth, ...]] = {}


def _statement(year: int, member: store.StatementMemberRow, cooperative: CooperativeDetails,
               minutes: dict[tuple[int, int], int], lines: list[store.StatementRunRow], names: dict[int, str],
               other: Money, allowance_cap: Money | None, premium_cap: Money | None, issued: list[IssuedVersion],
               today: date, treasurer: str, pot: PotSection | None) -> YearStatement:
    worked_in = sorted({activity for _, activity in minutes}, key=lambda a: (names.get(a, "").casefold(), a))
    standing = [line for line in lines if not line.reversed]
    # a member has one standing line per month (a supplementary run leaves paid members out)
    by_month = {line.month: line for line in standing}
    calendar = _CALENDARS.get(year) or _CALENDARS.setdefault(year, tuple(PayoutMonth(year, n) for n in range(1, 13)))
    months = [_month(month, by_month.get(month),
                     tuple((names.get(activity, "?"), minutes[(month.month, activity)]) for activity in worked_in
                           if minutes.get((month.month, activity))))
              for month in calendar]
    # runs of months before the year that are paid in it (December's run, paid in January)
    earlier = tuple(row for row in sorted((_month(line.month, line) for line in standing
                                           if line.month.year < year), key=lambda m: m.month)
                    if row.has_payment and row.paid_in == year)
    corrections = tuple(Correction(line.month, line.allowance + line.premium + line.actual_costs,
                                   line.paid_on, line.reversed_on)
                        for line in sorted((line for line in lines if line.reversed),
                                           key=lambda line: (line.month, line.run_id)))
    caps: list[CapRoom] = []
    regime = member.regime
    # the volunteer allowance's year cap counts the months worked (as the payout does)
    # (a cap is shown for the member's regime only when they worked in the year: not for a
    # former member paid in it for the year before)
    worked = any(month.minutes for month in months)
    allowance_paid = Money(sum((m.allowance.amount for m in months), ZERO.amount))
    if allowance_cap is not None and (regime == PaymentRegime.VOLUNTEER_ALLOWANCE.value and worked
                                      or allowance_paid):
        caps.append(CapRoom(CapKind.ALLOWANCE, allowance_cap, allowance_paid, other))
    numbered = statement_number(year, member.number)
    statement = YearStatement(
        year=year, number=numbered, issued_on=today, duplicate=False, cooperative=cooperative,
        member_number=member.number,
        member=Addressee(member.name, member.address, member.postcode, member.city),
        activities=tuple(names.get(activity, "?") for activity in worked_in), months=tuple(months),
        pot=pot, treasurer=treasurer, earlier=earlier, corrections=corrections,
        under_27=_under_27(member.birth_on, year))
    # a premium counts in the year it is paid
    premium_paid = statement.received_premium
    if premium_cap is not None and (regime == PaymentRegime.PREMIUM.value and worked or premium_paid):
        caps.append(CapRoom(CapKind.PREMIUM, premium_cap, premium_paid))
    # numbered last: the fingerprint covers the caps too
    return place_statement(replace(statement, caps=tuple(caps)), issued)


def _under_27(birth_on: date | None, year: int) -> bool:
    """Younger than 27 at some time in `year` (on 1 January); unknown birth date: not said."""
    age = age_on(birth_on, date(year, 1, 1))
    return age is not None and age < SOCIAL_ASSISTANCE_AGE


def _month(month: PayoutMonth, line: store.StatementRunRow | None,
           minutes: tuple[tuple[str, int], ...] = ()) -> StatementMonth:
    if line is None:
        return StatementMonth(month=month, minutes_by_activity=minutes)
    return StatementMonth(month=month, minutes_by_activity=minutes, allowance=line.allowance, premium=line.premium,
                          actual_costs=line.actual_costs, paid_on=line.paid_on)


def _pot(year: int, member: store.StatementMemberRow, movements: list[PotMovement],
         warned: set[int]) -> PotSection | None:
    """The member's pot over `year` (the pots' own statement), or None when there is nothing
    to show: no pot, or one that was empty all year."""
    if not movements:
        return None
    found = pot_statement(member.number, member.name, movements, date(year, 1, 1), date(year, 12, 31))
    shown = pot_lines_shown(found.movements)
    if not shown and not found.opening and not found.closing:
        return None
    return PotSection(found.opening, tuple(PotLine(m.booked_on, m.kind.label, pot_detail(m.kind, m.reason), m.amount,
                                                   m.id in warned) for m in shown), found.closing, WHO_DISPOSES)


def issue_statements(book: Book, statements: Sequence[YearStatement], put_in_place: Callable[[], T], *,
                        who: str | None = None) -> T:
    """Record the new versions among `statements` (a duplicate adds nothing) and call
    `put_in_place` (which moves the written file(s) to where the treasurer asked) in one
    unit of work, and return what it returns. When `put_in_place` fails nothing is
    recorded. (When the commit fails after it, the file names a version the book does not
    hold: the next print has the same number and content, so the two papers still agree.)
    A `StatementChangedError` when another version was issued since these were gathered."""
    latest_of = {(s.year, s.member_number): s for s in statements if not s.duplicate}
    with book.transaction() as session:
        new: list[IssuedVersion] = []
        for year in sorted({year for year, _ in latest_of}):
            numbers = [number for y, number in latest_of if y == year]
            issued = store.issued_versions(session, year, numbers)
            for number in numbers:
                statement = latest_of[(year, number)]
                versions = issued.get(number, [])
                latest = versions[-1] if versions else None
                if latest is not None and latest.version == statement.version \
                        and latest.fingerprint == statement.fingerprint:
                    continue  # issued already (made twice from one gathering)
                if (latest.version if latest is not None else 0) != statement.version - 1:
                    raise StatementChangedError(statement.number)
                new.append(IssuedVersion(year, number, statement.version, statement.fingerprint,
                                         statement.issued_on))  # the date the paper carries
        store.record_versions(session, book.clock.now(), who or current_user(), new)
        session.flush()  # a broken constraint shows before the file is put in place
        return put_in_place()


def record_issued(book: Book, statements: Sequence[YearStatement], *, who: str | None = None) -> Changes:
    """Record the new versions among `statements` (their file is in place already, or
    there is none, as after printing): `issue_statements` with nothing to put in place."""
    issue_statements(book, statements, lambda: None, who=who)
    return Changes()
