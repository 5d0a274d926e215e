"""The year close as use cases: the checks, the proposal, closing and reopening a year,
and the distribution agreement it follows.

* `close_checks` lists what blocks a close: the year not over or already closed, a year
  the book never had (before its first day, `store.year_close.first_day`), a month
  whose hours are not (all) paid out, drafts dated in the year, a trial balance that does
  not balance, counted cash not entered or not equal to the books.
* `propose_close` adds the year's result per activity (a member enterprise's with its
  owner) and the distribution the agreement gives (`coopdesk.domain.year_close.distribute`:
  the enterprise shares first, then the shared distribution); nothing is written.
* `close_year` makes a backup of the book first, then in one unit of work: recomputes the
  proposal (refusing one that changed), posts the distribution on 31 December (the
  distributed profit debited to 0200 Resultaatverdeling; the municipality's share to the
  payable 1720, the training budget to 0110, the pots and the enterprise shares to 1710,
  the rest to the general reserve 0100), writes each member's pot deposit and each own
  enterprise share (`MovementKind.ENTERPRISE`), locks the year and writes the audit line.
  A failure anywhere leaves nothing written.
* `reopen_year` needs a written reason (audit log, with the time): the year is open again,
  the distribution is reversed by a reversal entry and the pot deposits and enterprise
  shares by reversal movements, all dated 31 December of that year. Closing again works as the first time.

A closed year refuses every dated change through `store/periods.closed_days`: postings,
hours, payouts and pot movements.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from coopdesk.domain.errors import BookError, CoopDeskError, ValidationError, problem
from coopdesk.domain.ledger import AccountRole, AccountType, Posting
from coopdesk.domain.money import Money
from coopdesk.domain.payout import PayoutMonth
from coopdesk.domain.pot import MovementKind, PotMovement
from coopdesk.domain.text import Text
from coopdesk.domain.year_close import (
    ActivityResult,
    Agreement,
    CloseProposal,
    Distribution,
    MemberShare,
    PotsMethod,
    YearResult,
    distribute,
    manual_shares,
)
from coopdesk.services import ledger, pots
from coopdesk.services.changes import Changes
from coopdesk.services.payout import current_user
from coopdesk.store import activities as activity_store
from coopdesk.store import audit
from coopdesk.store import ledger as ledger_store
from coopdesk.store import payout as payout_store
from coopdesk.store import payout_costs as cost_store
from coopdesk.store import payout_reads as reads_store
from coopdesk.store import pots as pot_store
from coopdesk.store import year_close as store
from coopdesk.store.book import Book, backup_book, backups_folder
from coopdesk.store.chart import (
    GENERAL_RESERVE,
    MUNICIPALITY_PAYABLE,
    POTS,
    RESULT_DISTRIBUTION,
    TRAINING_RESERVE,
)
from coopdesk.store.session import Session

__all__ = ["agreement", "books_cash", "close_checks", "close_year", "propose_close", "record_agreement", "reopen_year",
           "year_result", "year_to_close", "year_to_reopen"]

CLOSE_CHANGES = Changes(pots=True, ledger=True, hours=True, payouts=True)
NO_ACTIVITY = "Zonder activiteit"


def _text(nl: str, en: str, **values: object) -> Text:
    text = Text(nl, en)
    return Text(text.render("nl", **values), text.render("en", **values))


def _books_cash(session: Session, through: date) -> Money:
    return sum((ledger_store.account_balance(session, account.id, through=through)
                for account in ledger_store.accounts_by_role(session, AccountRole.CASH)), Money.zero())


def _checks(session: Session, book: Book, year: int, counted_cash: Money | None) -> list[Text]:
    found: list[Text] = []
    last = date(year, 12, 31)
    if last >= book.clock.today():
        found.append(_text("{year} is nog niet voorbij.", "{year} is not over yet.", year=year))
    if store.current_close(session, year) is not None:
        found.append(_text("{year} is al afgesloten.", "{year} is already closed.", year=year))
    first = store.first_day(session)
    if first is None:
        found.append(_text("Dit boek bevat nog niets met een datum (geen boeking, uren of uitbetaling); er is geen "
                           "jaar om af te sluiten.", "This book holds nothing dated yet (no transaction, hours or "
                           "payout); there is no year to close."))
    elif year < first.year:
        found.append(_text("Dit boek begint op {first}; {year} ligt ervoor.", "This book starts on {first}; {year} "
                           "is before it.", first=first, year=year))
    if first is None or year < first.year:
        return found  # a year the book never had: its months, drafts and cash say nothing
    for number in range(1, 13):
        month = PayoutMonth(year, number)
        paid = payout_store.paid_members(session, month)
        waiting = {h.member_id for h in reads_store.month_hours(session, month)} - paid
        if waiting:
            found.append(_text("De uitbetaling van {month} is niet (helemaal) geboekt: uren van {count} leden.",
                               "The payout of {month} is not (fully) posted: hours of {count} members.",
                               month=str(month), count=len(waiting)))
    # a cost added after its month's run waits for a supplementary run: a closed year could never pay it
    found.extend(costs.text() for costs in cost_store.waiting_costs(session, PayoutMonth(year, 1),
                                                                         PayoutMonth(year, 12)))
    drafts = [d for d in ledger_store.list_drafts(session) if d.booked_on.year == year]
    if drafts:
        found.append(_text("Er zijn {count} concepten in {year}: boek of verwijder ze eerst.",
                           "There are {count} drafts in {year}: post or delete them first.",
                           count=len(drafts), year=year))
    off = ledger_store.grand_total(session)
    if off or ledger_store.unbalanced_transactions(session):
        found.append(_text("De saldibalans is niet in evenwicht (verschil {off}).",
                           "The trial balance does not balance (off by {off}).", off=off))
    books = _books_cash(session, last)
    if counted_cash is None:
        found.append(_text("Vul het getelde kasgeld op 31-12-{year} in (volgens de boeken {books}).",
                           "Enter the cash counted on 31-12-{year} (the books say {books}).", year=year, books=books))
    elif counted_cash != books:
        found.append(_cash_difference(session, year, counted_cash, books))
    return found


# where a cash difference is usually booked when the book has no account of its own for it
_SHORTAGE_ACCOUNT, _SURPLUS_ACCOUNT = "4900", "8090"  # Overige kosten, Overige omzet


def _difference_account(session: Session, shortage: bool) -> str:
    """The account to suggest for a cash difference: one of the book's own active accounts
    named "kasverschil(len)" if the treasurer added one (the default chart has none), else
    Overige kosten (less counted) or Overige omzet (more counted) when active; "" if none."""
    active = ledger_store.list_accounts(session, include_inactive=False)
    wanted = AccountType.EXPENSE if shortage else AccountType.INCOME
    own = [a for a in active if "kasverschil" in a.name.casefold()]
    chosen = ([a for a in own if a.type is wanted] or own
              or [a for a in active if a.code == (_SHORTAGE_ACCOUNT if shortage else _SURPLUS_ACCOUNT)])
    return chosen[0].label() if chosen else ""


def _cash_difference(session: Session, year: int, counted: Money, books: Money) -> Text:
    """The counted cash differs from the books: say which way, by how much, and where and
    on which date to book the difference (the checks read the books through 31 December)."""
    shortage = counted < books
    account = _difference_account(session, shortage)
    values: dict[str, object] = {"difference": abs(counted - books), "books": books, "counted": counted,
                                 "year": year, "account": account}
    if shortage:
        nl = ("Er is {difference} minder geteld dan de boeken zeggen ({books}). Boek het verschil eerst op de pagina "
              "Boekhouding (Uitgave uit de kas of Memoriaal, op 31-12-{year}")
        en = ("{difference} less was counted than the books say ({books}). First post the difference on the "
              "Boekhouding page (an expense from the cash box or a journal entry, dated 31-12-{year}")
    else:
        nl = ("Er is {difference} meer geteld dan de boeken zeggen ({books}). Boek het verschil eerst op de pagina "
              "Boekhouding (Ontvangst in de kas of Memoriaal, op 31-12-{year}")
        en = ("{difference} more was counted than the books say ({books}). First post the difference on the "
              "Boekhouding page (a receipt into the cash box or a journal entry, dated 31-12-{year}")
    if account:
        nl += ", bijvoorbeeld op {account}"
        en += ", for instance on {account}"
    return _text(nl + ") en controleer opnieuw.", en + ") and check again.", **values)


def year_to_close(book: Book) -> int:
    """The year the close wizard offers first: the oldest year that is over, in the book
    (from its first day on) and not closed, so years are closed in order. When every such
    year is closed, the last year that is over (the checks then say it is closed); when the
    book starts this year, this year (the checks then say it is not over yet); an empty
    book, the last year that is over."""
    today = book.clock.today()
    with book.transaction() as session:
        first = store.first_day(session)
        if first is None:
            return today.year - 1
        if first.year >= today.year:
            return today.year
        closed = {c.year for c in store.closed_years(session, first.year, today.year - 1)}
    waiting = [year for year in range(first.year, today.year) if year not in closed]
    return waiting[0] if waiting else today.year - 1


def year_to_reopen(book: Book) -> int:
    """The year the reopen box offers first: the last closed year (a mistaken close is
    most often the latest one), or the last year that is over when none is closed."""
    today = book.clock.today()
    with book.transaction() as session:
        closed = [c.year for c in store.closed_years(session, 1, today.year)]
    return max(closed) if closed else today.year - 1


def books_cash(book: Book, year: int) -> Money:
    """What the books say the cash accounts held on 31 December of `year`: the figure the
    counted cash is checked against."""
    with book.transaction() as session:
        return _books_cash(session, date(year, 12, 31))


def close_checks(book: Book, year: int, counted_cash: Money | None = None) -> list[Text]:
    """What blocks closing `year`; an empty list means it can be closed."""
    with book.transaction() as session:
        return _checks(session, book, year, counted_cash)


def _result(session: Session, year: int) -> YearResult:
    names: dict[int, str] = {int(a.id): a.name for a in activity_store.list_activities(session, include_inactive=True)}
    owners = store.enterprise_owners(session)
    income: dict[int | None, Money] = {}
    costs: dict[int | None, Money] = {}
    for item in ledger_store.balances(session, date(year, 1, 1), date(year, 12, 31),
                                      types=(AccountType.INCOME, AccountType.EXPENSE), by_activity=True):
        if item.account.type is AccountType.INCOME:
            income[item.activity_id] = income.get(item.activity_id, Money.zero()) - item.amount
        else:
            costs[item.activity_id] = costs.get(item.activity_id, Money.zero()) + item.amount
    keys = sorted(set(income) | set(costs), key=lambda k: (k is None, names.get(k, "") if k is not None else ""))
    return YearResult(year, tuple(ActivityResult(names.get(k, str(k)) if k is not None else NO_ACTIVITY,
                                                 income.get(k, Money.zero()), costs.get(k, Money.zero()),
                                                 owners.get(k) if k is not None else None)
                                  for k in keys))


def year_result(book: Book, year: int) -> YearResult:
    """The year's result per activity (a member enterprise's with its owner) and in total."""
    with book.transaction() as session:
        return _result(session, year)


def _shares(session: Session, year: int, method: PotsMethod,
            manual: Mapping[int, Money] | None) -> list[MemberShare]:
    members = store.year_members(session, year)
    if method is PotsMethod.MANUAL:
        return manual_shares(manual or {}, {i: (number, name) for i, number, name, _ in members})
    if method is PotsMethod.EQUAL:
        return [MemberShare(i, number, name, 1) for i, number, name, _ in members]
    return [MemberShare(i, number, name, minutes) for i, number, name, minutes in members if minutes]


def _propose(session: Session, book: Book, year: int, counted_cash: Money | None,
             manual: Mapping[int, Money] | None) -> CloseProposal:
    findings = _checks(session, book, year, counted_cash)
    result = _result(session, year)
    chosen = store.agreement_on(session, book.clock.today())
    if chosen.agreed_on is not None and chosen.pots_method is PotsMethod.MANUAL and not manual:
        findings.append(_text("De spaarpotten worden met de hand verdeeld: geef de bedragen per lid.",
                              "The pots are distributed by hand: give the amounts per member."))
    distribution = distribute(result.total, chosen, _shares(session, year, chosen.pots_method, manual),
                              result.activities)
    return CloseProposal(year, tuple(findings), result, chosen, distribution, counted_cash)


def propose_close(book: Book, year: int, counted_cash: Money | None = None,
                  manual: Mapping[int, Money] | None = None) -> CloseProposal:
    """What closing `year` would do (nothing is written). `manual`: member id -> amount, for
    an agreement that distributes the pots by hand."""
    with book.transaction() as session:
        return _propose(session, book, year, counted_cash, manual)


def distribution_postings(session: Session, distribution: Distribution) -> list[Posting]:
    lines = [Posting(pots.account_id(session, RESULT_DISTRIBUTION), distribution.profit)]
    for code, amount in ((MUNICIPALITY_PAYABLE, distribution.municipality), (TRAINING_RESERVE, distribution.training),
                         (POTS, distribution.to_pots), (GENERAL_RESERVE, distribution.reserve)):
        if amount:
            lines.append(Posting(pots.account_id(session, code), -amount))
    return lines


def close_year(book: Book, year: int, counted_cash: Money, *, manual: Mapping[int, Money] | None = None,
               proposal: CloseProposal | None = None, who: str | None = None,
               backup: bool = True) -> tuple[int, Path | None, Changes]:
    """Close `year`: backup first, then post the distribution, deposit the pots, lock the year
    and write the audit line, in one unit of work. Given a proposal, it is closed only if
    recomputing it now gives the same. Returns the close's id and the backup's path (none
    with `backup=False`, for a book just made such as the demo)."""
    if proposal is not None and (proposal.year != year or proposal.counted_cash != counted_cash):
        raise CoopDeskError(Text("Het voorstel hoort bij een ander jaar of ander kasgeld.",
                                 "The proposal belongs to another year or other counted cash."))
    close_checks_first = close_checks(book, year, counted_cash)
    if close_checks_first:
        raise _blocked(year, close_checks_first)
    made = _backup(book) if backup and book.path is not None else None
    user = who or current_user()
    last = date(year, 12, 31)
    with book.transaction() as session:
        fresh = _propose(session, book, year, counted_cash, manual)
        if fresh.findings:
            raise _blocked(year, list(fresh.findings))
        if proposal is not None and fresh != proposal:
            raise CoopDeskError(Text("De boeken zijn veranderd sinds dit voorstel; bekijk het nieuwe voorstel.",
                                     "The books changed since this proposal; review the new proposal."))
        distribution = fresh.distribution
        transaction_id = None
        if distribution.profit.is_positive():
            transaction_id = ledger.post_journal_entry(
                book, last, f"Winstverdeling {year}", distribution_postings(session, distribution),
                reference=f"jaarafsluiting {year}")
        close_id = store.insert_close(session, year, book.clock.now(), user, distribution.profit, counted_cash,
                                      transaction_id)
        for part in distribution.pots:
            pot_store.insert_movement(session, PotMovement(
                0, part.member_id, last, MovementKind.DISTRIBUTION, part.amount, f"Winstverdeling {year}",
                transaction_id=transaction_id), book.clock.now(), year_close_id=close_id)
        for share in distribution.enterprise_parts:
            pot_store.insert_movement(session, PotMovement(
                0, share.member_id, last, MovementKind.ENTERPRISE, share.amount,
                f"Aandeel eigen onderneming {share.activity} {year}"[:200], transaction_id=transaction_id),
                book.clock.now(), year_close_id=close_id)
        audit.record(session, book.clock.now(), user, "year.close",
                     f"{year} afgesloten (afsluiting {close_id}): resultaat {distribution.profit}, eigen "
                     f"ondernemingen {distribution.enterprise_total}, gemeente "
                     f"{distribution.municipality}, opleiding {distribution.training}, spaarpotten "
                     f"{distribution.pots_total}, reserve {distribution.reserve}, boeking {transaction_id}, "
                     f"reservekopie {made.name if made else '-'}")
    return close_id, made, CLOSE_CHANGES


def _backup(book: Book) -> Path:
    """The backup the close makes first; a folder it cannot write refuses the close."""
    assert book.path is not None
    try:
        return backup_book(book.path, "jaarafsluiting", book.clock)
    except OSError as error:
        why = _why(error)
        raise BookError(Text("De reservekopie kon niet worden gemaakt in {folder}: {reason}.",
                             "The backup could not be made in {folder}: {reason_en}."),
                        folder=str(backups_folder(book.path)), reason=why.nl, reason_en=why.en) from error


def _why(error: OSError) -> Text:
    if isinstance(error, PermissionError):
        return Text("geen toestemming om daar te schrijven", "no permission to write there")
    if isinstance(error, FileExistsError | NotADirectoryError):
        return Text("daar staat een bestand in plaats van een map", "a file stands where the folder should be")
    return Text(error.strerror or str(error), error.strerror or str(error))


def _blocked(year: int, findings: list[Text]) -> CoopDeskError:
    return CoopDeskError(Text("{year} kan nog niet worden afgesloten: {findings}",
                              "{year} cannot be closed yet: {findings_en}"), year=year,
                         findings="; ".join(f.render("nl") for f in findings),
                         findings_en="; ".join(f.render("en") for f in findings))


# a close's movement kind -> the kind and reason of its reversal on reopening
_REVERSALS = {
    MovementKind.DISTRIBUTION: (MovementKind.REVERSAL, "Winstverdeling {year} teruggedraaid"),
    MovementKind.ENTERPRISE: (MovementKind.ENTERPRISE_REVERSAL, "Aandeel eigen onderneming {year} teruggedraaid"),
}


def reopen_year(book: Book, year: int, reason: str, *, who: str | None = None) -> Changes:
    """Reopen a closed year with a written reason: the distribution and the pot deposits are
    reversed (dated 31 December of the year), the year is open again, the audit log has it."""
    if not reason.strip():
        raise ValidationError([problem("reason", "Geef een reden voor het heropenen.",
                                       "Give a reason for reopening.")])
    user = who or current_user()
    last = date(year, 12, 31)
    with book.transaction() as session:
        closed = store.current_close(session, year)
        if closed is None:
            raise CoopDeskError(Text("{year} is niet afgesloten.", "{year} is not closed."), year=year)
        store.set_reopened(session, closed.id, book.clock.now(), user, reason.strip())
        reversal_id = None
        if closed.transaction_id is not None:
            reversal_id, _ = ledger.reverse_transaction(book, closed.transaction_id, last)
        for movement in pot_store.close_movements(session, closed.id):
            reversal = _REVERSALS.get(movement.kind)
            if reversal is not None:
                kind, why = reversal
                pots.deposit_in(session, book, PotMovement(
                    0, movement.member_id, last, kind, -movement.amount, why.format(year=year),
                    transaction_id=reversal_id), year_close_id=closed.id)
        audit.record(session, book.clock.now(), user, "year.reopen",
                     f"{year} heropend (afsluiting {closed.id}), correctieboeking {reversal_id}: {reason.strip()}")
    return CLOSE_CHANGES


def record_agreement(book: Book, chosen: Agreement, *, who: str | None = None) -> Changes:
    """Store (or replace) the distribution agreement made on `chosen.agreed_on`."""
    if chosen.agreed_on is None:
        raise ValidationError([problem("agreed_on", "Vul de datum van de afspraak in.",
                                       "Fill in the date of the agreement.")])
    chosen.validate()
    user = who or current_user()
    with book.transaction() as session:
        store.save_agreement(session, chosen, user, book.clock.now())
        audit.record(session, book.clock.now(), user, "year.agreement",
                     f"afspraak van {chosen.agreed_on.isoformat()}: opleiding {chosen.training_mode.value} "
                     f"{chosen.training_amount}/{chosen.training_percentage}%, spaarpotten {chosen.pots_method.value} "
                     f"{chosen.pots_percentage}%, gemeente {chosen.municipality_percentage}% boven "
                     f"{chosen.municipality_threshold}, eigen onderneming {chosen.enterprise_percentage}%")
    return Changes(pots=True)


def agreement(book: Book, on: date | None = None) -> Agreement:
    """The agreement in force on `on` (default today); an empty one when nothing was agreed."""
    with book.transaction() as session:
        return store.agreement_on(session, on or book.clock.today())
