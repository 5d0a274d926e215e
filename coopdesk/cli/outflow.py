"""`coopdesk outflow BOOK [--years 2023-2025]`: the members who left for a job or education
per year, the estimated saved benefits, and the earnings per working member."""

from __future__ import annotations

import argparse

from coopdesk.cli.opening import add_break_lock_option, open_for_writing
from coopdesk.domain.display import format_euro, show_date
from coopdesk.domain.money import Money
from coopdesk.domain.outflow import ESTIMATE_NOTE, OutflowReport, Saving, trend
from coopdesk.domain.text import Text


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("book", help="het boek / the book (.coopdesk)")
    parser.add_argument("--years", help="jaren, bijvoorbeeld 2023-2025 (standaard de laatste vijf) / "
                        "years, for example 2023-2025 (default: the last five)")
    add_break_lock_option(parser)


def run(options: argparse.Namespace, name: str) -> int:
    from coopdesk.services import outflow

    years = outflow.parse_years(options.years) if options.years else None
    book = open_for_writing(options.book, options.break_lock)
    try:
        report = outflow.outflow_report(book, years or outflow.default_years(book.clock.today()))
    finally:
        book.close()
    print(render(report), end="")
    return 0


def _euro(amount: Money | None) -> str:
    return "-" if amount is None else format_euro(amount.amount)


def _plural(count: int, one: Text, many: Text) -> str:
    """`one` for 1 ("1 lid"), `many` otherwise ("0 leden", "2 leden"), with {count} filled in."""
    return (one if count == 1 else many).render(count=count)


def _members(count: int) -> str:
    return _plural(count, Text("{count} lid", "{count} member"), Text("{count} leden", "{count} members"))


def _months(count: int) -> str:
    return _plural(count, Text("{count} maand", "{count} month"), Text("{count} maanden", "{count} months"))


def _saved(saving: Saving | None) -> str:
    if saving is None:
        return Text("bespaard {amount}", "saved {amount}").render(amount=_euro(Money.zero()))
    return Text("bespaard {amount} ({months})", "saved {amount} ({months})").render(
        amount=_euro(saving.amount), months=_months(saving.months))


def render(report: OutflowReport) -> str:
    out = [Text("Uitstroom naar werk of opleiding", "Outflow to a job or education").render()]
    for year in report.years:
        out.append("")
        out.append(Text("{year}: {count} vertrokken, bespaarde uitkeringen (schatting) {saved}",
                        "{year}: {count} left, saved benefits (estimate) {saved}").render(
            year=year.year, count=_members(year.count), saved=_euro(year.saved_estimate)))
        for member in year.members:
            benefit = (Text("{amount}/mnd", "{amount}/month").render(amount=_euro(member.former_monthly_benefit))
                       if member.former_monthly_benefit is not None else Text("onbekend", "unknown").render())
            out.append("  " + Text(
                "{number:>4} {name:<28} vertrokken {left} ({reason}), {months} lid, uitkering {benefit}{saved}",
                "{number:>4} {name:<28} left {left} ({reason}), member {months}, benefit {benefit}{saved}",
            ).render(number=member.number, name=member.name, left=show_date(member.left_on),
                     reason=member.reason.label.render(), months=_months(member.membership_months), benefit=benefit,
                     saved="" if member.former_monthly_benefit is None else ", " + _saved(year.saving_of(member.number))))
        if year.earlier:
            out.append("  " + Text("Eerder vertrokken, bespaard in {year}:",
                                   "Left earlier, saved in {year}:").render(year=year.year))
            for saving in year.earlier:
                out.append("  " + Text("{number:>4} {name:<28} vertrokken {left}, {saved}",
                                       "{number:>4} {name:<28} left {left}, {saved}").render(
                    number=saving.member.number, name=saving.member.name, left=show_date(saving.member.left_on),
                    saved=_saved(saving)))
            out.append("  " + Text("= vertrokken in {year} {leavers} + eerder vertrokken {earlier} = {saved}",
                                   "= left in {year} {leavers} + left earlier {earlier} = {saved}").render(
                year=year.year, leavers=_euro(year.saved_by_leavers), earlier=_euro(year.saved_by_earlier),
                saved=_euro(year.saved_estimate)))
    out.append("")
    out.append(Text("Totaal bespaarde uitkeringen (schatting): {saved}",
                    "Total saved benefits (estimate): {saved}").render(saved=_euro(report.saved_estimate)))
    out.append(ESTIMATE_NOTE.render())
    out.append("")
    out.append(Text("Verdiensten per werkend lid", "Earnings per working member").render())
    out.append(Text("Ontvangen = vergoedingen en premies + stortingen spaarpot + aandelen eigen onderneming.",
                    "Received = allowances and premiums + pot deposits + own enterprise shares.").render())
    header = "{year:<6}{allowances:>15}{deposits:>15}{enterprise:>15}{received:>15}{working:>9}{per:>15}{change:>14}"
    out.append(header.format(year=Text("Jaar", "Year").render(),
                             allowances=Text("Vergoedingen", "Allowances").render(),
                             deposits=Text("Spaarpot", "Pot deposits").render(),
                             enterprise=Text("Eigen ondern.", "Own enterpr.").render(),
                             received=Text("Ontvangen", "Received").render(),
                             working=Text("Werkend", "Working").render(),
                             per=Text("Per lid", "Per member").render(),
                             change=Text("Verschil", "Change").render()))
    for year, change in zip(report.earnings, trend(list(report.earnings)), strict=True):
        out.append(header.format(year=year.year, allowances=_euro(year.allowances), deposits=_euro(year.pot_deposits),
                                 enterprise=_euro(year.enterprise_shares), received=_euro(year.received),
                                 working=year.working_members, per=_euro(year.per_working_member),
                                 change=_euro(change)))
    return "\n".join(out) + "\n"
