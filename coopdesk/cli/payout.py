"""`coopdesk payout BOOK --month 2025-03 [--post]`: print a month's payout proposal, or post it.
`coopdesk payout BOOK --held`: list the lines held for want of an IBAN that are still owed.
`coopdesk payout BOOK --pay-held MEMBER --date D (--sepa FILE | --cash | --bank) [--run N]`:
pay a member's held lines later (nabetalen): with a SEPA file executed on D (D is today),
from the cash box, or as paid by hand from the bank (`--bank`, D may be past); `--run`
pays only that run's line. One unit of work: nothing is posted when the file cannot be
written or anything is refused.

Per member: hours, rate per activity, what the hours ask, what is paid (allowance,
premium, actual costs apart), every amount held back with the limit that held it, and
the warnings the treasurer must see. `--post` posts exactly the proposal printed (in one
unit of work: ledger entry, run, hours locked, audit line) and prints the run's number.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from coopdesk.cli.opening import add_break_lock_option, open_for_writing
from coopdesk.domain.display import format_euro, show_date
from coopdesk.domain.errors import CoopDeskError, ValidationError, problem
from coopdesk.domain.hours import format_hours
from coopdesk.domain.money import Money
from coopdesk.domain.payout import PayoutProposal
from coopdesk.domain.payout.calculation import valid_iban
from coopdesk.domain.text import Text

if TYPE_CHECKING:
    from coopdesk.services.books import Book
    from coopdesk.services.payout_held import HeldLine


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("book", help="het boek / the book (.coopdesk)")
    parser.add_argument("--month", help="de maand, bijvoorbeeld 2025-03 / the month, e.g. 2025-03")
    parser.add_argument("--post", action="store_true", help="boek de uitbetaling / post the payout")
    parser.add_argument("--held", action="store_true",
                        help="toon de vastgehouden regels die nog open staan / list the held lines still owed")
    parser.add_argument("--pay-held", type=int, metavar="MEMBER",
                        help="betaal de vastgehouden regels van dit lid na / pay this member's held lines later")
    parser.add_argument("--date", help="betaaldatum (standaard vandaag) / payment date (default today)")
    parser.add_argument("--run", type=int, help="alleen de regel van deze uitbetaling / only this run's line")
    how = parser.add_mutually_exclusive_group()
    how.add_argument("--sepa", metavar="FILE", help="schrijf een SEPA-bestand / write a SEPA file (.xml)")
    how.add_argument("--cash", action="store_true", help="contant uit de kas / in cash from the cash box")
    how.add_argument("--bank", action="store_true",
                     help="al per bank betaald, zonder bestand / already paid by bank, without a file")
    parser.add_argument("--version", choices=("09", "03"), default="09", help="SEPA pain.001.001.09 of / or 03")
    parser.add_argument("--accept-changes", action="store_true",
                        help="schrijf de getoonde SEPA-wijzigingen / write the SEPA changes shown")
    add_break_lock_option(parser)


def run(options: argparse.Namespace, name: str) -> int:
    from coopdesk.domain.payout import PayoutMonth
    from coopdesk.services import payout

    if options.held or options.pay_held is not None:
        return _held(options)
    if not options.month:
        raise ValidationError([problem("month", "Geef --month, --held of --pay-held.",
                                       "Give --month, --held or --pay-held.")])
    month = PayoutMonth.parse(options.month, "--month")
    book = open_for_writing(options.book, options.break_lock)
    try:
        proposal = payout.propose_payout(book, month)
        sys.stdout.write(render_proposal(proposal))
        for run in payout.list_runs(book, month.year):
            if run.month == month and run.status.locks_hours:
                count = run.member_count
                print(Text("Al uitbetaald in uitbetaling {run} ({status}, {members}, {paid}).",
                           "Already paid out in payout run {run} ({status}, {members_en}, {paid}).").render(
                    run=run.id, status=run.status.label.render(), paid=_euro(run.paid_total),
                    members="1 lid" if count == 1 else f"{count} leden",
                    members_en="1 member" if count == 1 else f"{count} members"))
        if options.post:
            run_id, _ = payout.post_payout(book, proposal)
            print(Text("Geboekt als uitbetaling {run}.", "Posted as payout run {run}.").render(run=run_id))
    finally:
        book.close()
    return 0


def _held(options: argparse.Namespace) -> int:
    from coopdesk.services import payout_held

    book = open_for_writing(options.book, options.break_lock)
    try:
        if options.pay_held is None:
            sys.stdout.write(render_held(payout_held.list_held_lines(book)))
            return 0
        return _pay_held(book, options)
    finally:
        book.close()


def _pay_held(book: Book, options: argparse.Namespace) -> int:
    from coopdesk.domain.dates import parse_date
    from coopdesk.exports.payout_files import pay_held_by_sepa
    from coopdesk.exports.sepa import SepaFileRefused
    from coopdesk.services import payout_held

    if not (options.sepa or options.cash or options.bank):
        raise ValidationError([problem("method", "Kies hoe: --sepa BESTAND, --cash of --bank.",
                                       "Choose how: --sepa FILE, --cash or --bank.")])
    paid_on = book.clock.today()
    if options.date:
        try:  # 2026-05-01 as well as 01-05-2026
            paid_on = date.fromisoformat(options.date.strip())
        except ValueError:
            paid_on = parse_date(options.date, "date") or paid_on
    lines = [line for line in payout_held.list_held_lines(book, options.pay_held)
             if options.run is None or line.run_id == options.run]
    if not lines:
        raise CoopDeskError(Text("Lid {member} heeft geen vastgehouden regels die nog open staan.",
                                 "Member {member} has no held lines still owed."), "member", member=options.pay_held)
    ids = [line.line_id for line in lines]
    if options.sepa:
        try:
            written, _ = pay_held_by_sepa(book, ids, paid_on, options.sepa, options.version,
                                          accept_changes=options.accept_changes)
        except SepaFileRefused as refused:
            for found in refused.problems:
                print(found.message(), file=sys.stderr)
            print(Text("Er is niets geboekt en geen SEPA-bestand geschreven; zijn de regels hierboven goed, "
                       "geef dan --accept-changes.",
                       "Nothing was posted and no SEPA file written; if the lines above are right, pass "
                       "--accept-changes.").render(), file=sys.stderr)
            return 1
        print(Text("SEPA-bestand geschreven: {path} ({count} betalingen, {total}, uitvoerdatum {day}).",
                   "SEPA file written: {path} ({count} transfers, {total}, execution date {day}).").render(
            path=written.path, count=written.count, total=_euro(written.total), day=written.execution_on))
        total = written.total
    else:
        method = payout_held.PaymentMethod.CASH if options.cash else payout_held.PaymentMethod.BANK
        payment, _ = payout_held.pay_held_lines(book, ids, paid_on, method)
        total = payment.total
    print(Text("Nabetaald aan lid {member} op {day}: {count} regel(s), {total}.",
               "Paid later to member {member} on {day}: {count} line(s), {total}.").render(
        member=options.pay_held, day=show_date(paid_on), count=len(ids), total=_euro(total)))
    return 0


def render_held(lines: Sequence[HeldLine]) -> str:
    """The held lines still owed: member, run and month, amount, and whether the IBAN is there now."""
    t = Text
    if not lines:
        return t("Geen vastgehouden regels meer open.", "No held lines still owed.").render() + "\n"
    out = [t("Vastgehouden regels die nog open staan (geen geldig IBAN bij de uitbetaling):",
             "Held lines still owed (no valid IBAN when the run was posted):").render()]
    for line in lines:
        iban = t("IBAN nu bekend", "IBAN now known") if valid_iban(line.iban) else t("nog geen IBAN", "no IBAN yet")
        out.append(f"{line.member_number:>5}  {line.member_name:<30} " + t(
            "uitbetaling {run} ({month})", "payout run {run} ({month})").render(
            run=line.run_id, month=line.month.dutch_name) + f"  {_euro(line.amount):>12}  {iban.render()}")
    out.append(t("Totaal {total}", "Total {total}").render(
        total=_euro(sum((line.amount for line in lines), Money.zero()))))
    return "\n".join(out) + "\n"


def _euro(amount: Money) -> str:
    return format_euro(amount.amount)


def render_proposal(proposal: PayoutProposal) -> str:
    """The proposal as a readable text (Dutch or English headings, Dutch figures)."""
    t = Text
    out = [t("Uitbetaling {month}", "Payout {month}").render(month=proposal.month.dutch_name), ""]
    if not proposal.lines:
        out.append(t("Niets uit te betalen.", "Nothing to pay."))
        return "\n".join(str(line) for line in out) + "\n"
    for line in proposal.lines:
        out.append(f"{line.member.number:>5}  {line.member.name}  ({line.member.regime.label.render()})")
        for activity in line.activities:
            out.append(f"       {activity.name}: {format_hours(activity.minutes)} u x "
                       f"{_euro(activity.hourly_rate)} = {_euro(activity.amount)}")
        paid = [(t("vergoeding", "allowance"), line.allowance), (t("premie", "premium"), line.premium),
                (t("werkelijke kosten", "actual costs"), line.actual_costs)]
        shown = ", ".join(f"{label.render()} {_euro(amount)}" for label, amount in paid if amount)
        out.append("       " + t("uren {hours}; uitbetaald: {paid}", "hours {hours}; paid: {paid}").render(
            hours=format_hours(line.minutes), paid=shown or _euro(line.paid)))
        if line.premium_carried:
            out.append("       " + t("premie opgebouwd, nog niet betaald: {amount}",
                                     "premium accrued, not yet paid: {amount}").render(
                amount=_euro(line.premium_carried)))
        for held in line.held_back:
            out.append("       " + t("ingehouden {amount}: {reason}", "held back {amount}: {reason}").render(
                amount=_euro(held.amount), reason=held.reason.label.render()))
        for warning in line.warnings:
            out.append("       ! " + warning.message())
    out += ["", t("Totaal uitbetaald {paid} (vergoeding {allowance}, premie {premium}, werkelijke kosten {costs}); "
                  "ingehouden {held}.",
                  "Total paid {paid} (allowance {allowance}, premium {premium}, actual costs {costs}); "
                  "held back {held}.").render(
        paid=_euro(proposal.paid_total), allowance=_euro(proposal.allowance_total),
        premium=_euro(proposal.premium_total), costs=_euro(proposal.actual_costs_total),
        held=_euro(proposal.held_back_total))]
    return "\n".join(str(line) for line in out) + "\n"
