"""`coopdesk agreement BOOK [--agreed-on 2025-01-15 --threshold 2000 --municipality-percent 25
--training 20% --pots-percent 100 --pots-by hours|equal|hand --enterprise-percent 50]` shows the distribution
agreement in force, or records one (options not given keep the current agreement's value);
`coopdesk municipality-share BOOK [--pay YEAR --on DATE --from 1100]` shows the
municipality's share per closed year (due, paid, outstanding) or pays a year's share."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date

from coopdesk.cli.opening import add_break_lock_option, open_for_writing
from coopdesk.domain.display import format_euro, show_date
from coopdesk.domain.errors import ValidationError, problem
from coopdesk.domain.text import Text
from coopdesk.domain.year_close import Agreement, PotsMethod, TrainingMode

POTS_BY = {"hours": PotsMethod.HOURS, "equal": PotsMethod.EQUAL, "hand": PotsMethod.MANUAL}


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("book", help="het boek / the book (.coopdesk)")
    if name == "agreement":
        parser.add_argument("--agreed-on", help="datum van de afspraak / date agreed (2025-01-15 of 15-01-2025)")
        parser.add_argument("--threshold", help="drempel voor de gemeente / the municipality's threshold (€)")
        parser.add_argument("--municipality-percent", help="%% boven de drempel / %% above the threshold")
        parser.add_argument("--training", help="opleidingsbudget: bedrag of percentage (20%%) / training budget")
        parser.add_argument("--pots-percent", help="%% van de rest naar de spaarpotten / %% of the rest to the pots")
        parser.add_argument("--pots-by", choices=sorted(POTS_BY), help="verdeling / split of the pots")
        parser.add_argument("--enterprise-percent",
                            help="%% van het positieve resultaat van een eigen onderneming naar de spaarpot van de "
                                 "eigenaar, vooraf / %% of an own enterprise's positive result to its owner's pot, "
                                 "first")
    else:
        parser.add_argument("--pay", type=int, metavar="YEAR", help="betaal het deel van dit jaar / pay this year")
        parser.add_argument("--on", help="betaaldatum / day paid (default vandaag / today)")
        parser.add_argument("--from", dest="from_account", default="1100",
                            help="bank- of kasrekening / bank or cash account (1100)")
    add_break_lock_option(parser)


def _day(text: str, field: str) -> date:
    from coopdesk.domain.dates import parse_date
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        found = parse_date(text, field)
    if found is None:
        raise ValidationError([problem(field, "Vul een datum in.", "Fill in a date.")])
    return found


def describe(chosen: Agreement) -> str:
    if chosen.agreed_on is None:
        return Text("Er is geen verdeling afgesproken: de hele winst gaat naar de algemene reserve.",
                    "No distribution was agreed: the whole profit goes to the general reserve.").render()
    training = format_euro(chosen.training_amount.amount) if chosen.training_mode is TrainingMode.AMOUNT \
        else f"{chosen.training_percentage:g}%"
    return Text("Afspraak van {day}: opleiding {training}; gemeente {municipality}% boven {threshold}; "
                "spaarpotten {pots}% van de rest, {method}.",
                "Agreement of {day}: training {training}; municipality {municipality}% above {threshold}; "
                "pots {pots}% of the rest, {method}.").render(
        day=show_date(chosen.agreed_on), training=training, municipality=f"{chosen.municipality_percentage:g}",
        threshold=format_euro(chosen.municipality_threshold.amount), pots=f"{chosen.pots_percentage:g}",
        method=chosen.pots_method.label.render()) + enterprise_sentence(chosen)


def enterprise_sentence(chosen: Agreement) -> str:
    """' Eigen onderneming: ...' when the agreement gives owners a share of their enterprise, else ''."""
    if not chosen.enterprise_percentage:
        return ""
    return " " + Text("Eigen onderneming: {percent}% van een positief resultaat eerst naar de spaarpot van de "
                      "eigenaar.",
                      "Own enterprise: {percent}% of a positive result to its owner's pot first.").render(
        percent=f"{chosen.enterprise_percentage:g}")


def _changed(current: Agreement, options: argparse.Namespace) -> Agreement | None:
    from coopdesk.domain.numbers import parse_amount, parse_percentage

    given = {k: getattr(options, k) for k in ("agreed_on", "threshold", "municipality_percent", "training",
                                               "pots_percent", "pots_by", "enterprise_percent")}
    if all(v is None for v in given.values()):
        return None
    chosen = replace(current, agreed_on=_day(options.agreed_on, "agreed_on") if options.agreed_on
                     else current.agreed_on)
    if options.threshold is not None:
        chosen = replace(chosen, municipality_threshold=parse_amount(options.threshold, "threshold"))
    if options.municipality_percent is not None:
        chosen = replace(chosen, municipality_percentage=parse_percentage(options.municipality_percent,
                                                                          "municipality_percent"))
    if options.training is not None:
        if options.training.strip().endswith("%"):
            chosen = replace(chosen, training_mode=TrainingMode.PERCENTAGE,
                             training_percentage=parse_percentage(options.training, "training"))
        else:
            chosen = replace(chosen, training_mode=TrainingMode.AMOUNT,
                             training_amount=parse_amount(options.training, "training"))
    if options.pots_percent is not None:
        chosen = replace(chosen, pots_percentage=parse_percentage(options.pots_percent, "pots_percent"))
    if options.pots_by is not None:
        chosen = replace(chosen, pots_method=POTS_BY[options.pots_by])
    if options.enterprise_percent is not None:
        chosen = replace(chosen, enterprise_percentage=parse_percentage(options.enterprise_percent,
                                                                        "enterprise_percent"))
    return chosen


def run(options: argparse.Namespace, name: str) -> int:
    from coopdesk.services import municipality_share, year_close

    book = open_for_writing(options.book, options.break_lock)
    try:
        if name == "agreement":
            chosen = _changed(year_close.agreement(book), options)
            if chosen is not None:
                year_close.record_agreement(book, chosen)
                print(Text("Afspraak vastgelegd.", "Agreement recorded.").render())
            print(describe(year_close.agreement(book)))
            return 0
        if options.pay is not None:
            paid_on = _day(options.on, "on") if options.on else book.clock.today()
            municipality_share.pay_municipality_share(book, options.pay, paid_on, options.from_account)
            print(Text("Het deel van de gemeente over {year} is betaald op {day}.",
                       "The municipality's share of {year} was paid on {day}.").render(
                year=options.pay, day=show_date(paid_on)))
        shares = municipality_share.municipality_shares(book)
    finally:
        book.close()
    print(Text("Afdracht gemeente per jaar (verschuldigd, betaald, datum, open):",
               "Municipality's share per year (due, paid, date, outstanding):").render())
    if not shares:
        print("  " + Text("Nog geen afgesloten jaar met een deel voor de gemeente.",
                          "No closed year with a share for the municipality yet.").render())
    for share in shares:
        print(f"  {share.year}  {format_euro(share.due.amount):>14} {format_euro(share.paid.amount):>14} "
              f"{show_date(share.paid_on) if share.paid_on else '-':>10} {format_euro(share.outstanding.amount):>14}")
    return 0
