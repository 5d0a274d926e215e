"""`coopdesk payout BOOK --month 2025-03 [--post]`: print a month's payout proposal, or post it.

Per member: hours, rate per activity, what the hours ask, what is paid (allowance,
premium, actual costs apart), every amount held back with the limit that held it, and
the warnings the treasurer must see. `--post` posts exactly the proposal printed (in one
unit of work: ledger entry, run, hours locked, audit line) and prints the run's number.
"""

from __future__ import annotations

import argparse
import sys

from coopdesk.cli.opening import add_break_lock_option, open_for_writing
from coopdesk.domain.display import format_euro
from coopdesk.domain.hours import format_hours
from coopdesk.domain.money import Money
from coopdesk.domain.payout import PayoutProposal
from coopdesk.domain.text import Text


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("book", help="het boek / the book (.coopdesk)")
    parser.add_argument("--month", required=True, help="de maand, bijvoorbeeld 2025-03 / the month, e.g. 2025-03")
    parser.add_argument("--post", action="store_true", help="boek de uitbetaling / post the payout")
    add_break_lock_option(parser)


def run(options: argparse.Namespace, name: str) -> int:
    from coopdesk.domain.payout import PayoutMonth
    from coopdesk.services import payout

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
