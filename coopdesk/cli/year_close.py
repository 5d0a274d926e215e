"""`coopdesk close-year BOOK --year 2025 [--counted-cash 123,45] [--dry-run | --confirm]` prints
the year-close proposal (what blocks it, the result per activity, every euro of the
distribution) and closes the year only with `--confirm`; `--dry-run` says explicitly that
nothing is written (the default), and refuses to go with `--confirm`;
`coopdesk reopen-year BOOK --year 2025 --reason "..."` reopens a closed year."""

from __future__ import annotations

import argparse

from coopdesk.cli.opening import add_break_lock_option, open_for_writing
from coopdesk.cli.share import enterprise_sentence
from coopdesk.domain.display import format_euro, show_date
from coopdesk.domain.money import Money
from coopdesk.domain.text import Text
from coopdesk.domain.year_close import CloseProposal, TrainingMode


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("book", help="het boek / the book (.coopdesk)")
    parser.add_argument("--year", type=int, required=True, help="het boekjaar / the book year")
    if name == "close-year":
        parser.add_argument("--counted-cash", help="het getelde kasgeld op 31 december, bijvoorbeeld 123,45 / "
                            "the cash counted on 31 December")
        parser.add_argument("--dry-run", action=_NotBoth, dest="dry_run",
                            help="toon alleen het voorstel, schrijf niets (standaard) / only print the proposal, "
                                 "write nothing (the default)")
        parser.add_argument("--confirm", action=_NotBoth, dest="confirm", help="sluit het jaar af / close the year")
    else:
        parser.add_argument("--reason", required=True, help="waarom het jaar wordt heropend / why it is reopened")
    add_break_lock_option(parser)


class _NotBoth(argparse.Action):
    """A flag (`--dry-run` or `--confirm`) that refuses the other one, in either order:
    a usage error, before the book is opened."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=False, **kwargs)  # type: ignore[arg-type]

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        other = "confirm" if self.dest == "dry_run" else "dry_run"
        if getattr(namespace, other, False):
            parser.error(Text("--dry-run en --confirm gaan niet samen: --dry-run toont alleen het voorstel en "
                              "schrijft niets, --confirm sluit het jaar af. Kies er één.",
                              "--dry-run and --confirm do not go together: --dry-run only prints the proposal "
                              "and writes nothing, --confirm closes the year. Choose one.").render())
        setattr(namespace, self.dest, True)


def run(options: argparse.Namespace, name: str) -> int:
    from coopdesk.domain.numbers import parse_amount
    from coopdesk.services import year_close

    book = open_for_writing(options.book, options.break_lock)
    try:
        if name == "reopen-year":
            year_close.reopen_year(book, options.year, options.reason)
            print(Text("{year} is heropend; de winstverdeling is teruggedraaid.",
                       "{year} was reopened; the distribution was reversed.").render(year=options.year))
            return 0
        counted = parse_amount(options.counted_cash, "counted_cash") if options.counted_cash else None
        proposal = year_close.propose_close(book, options.year, counted)
        print(render_proposal(proposal), end="")
        if not options.confirm:
            return 0 if proposal.can_close else 1
        if counted is None:
            return 1
        close_id, backup, _ = year_close.close_year(book, options.year, counted, proposal=proposal)
        print(Text("{year} is afgesloten (afsluiting {id}); reservekopie: {backup}.",
                   "{year} was closed (close {id}); backup: {backup}.").render(
            year=options.year, id=close_id, backup=backup or "-"))
    finally:
        book.close()
    return 0


def _euro(amount: Money) -> str:
    return format_euro(amount.amount)


def render_proposal(proposal: CloseProposal) -> str:
    """The proposal as text; a member enterprise's result names its owner, and the own
    enterprise shares are listed before the shared distribution."""
    t = Text
    out = [t("Jaarafsluiting {year}", "Year close {year}").render(year=proposal.year), ""]
    if proposal.findings:
        out.append(t("Eerst op te lossen:", "To solve first:").render())
        out += [f"  ! {finding.render()}" for finding in proposal.findings]
        out.append("")
    out.append(t("Resultaat per activiteit (opbrengsten, kosten, resultaat):",
                 "Result per activity (income, costs, result):").render())
    for activity in proposal.result.activities:
        out.append(f"  {activity.name:<28} {_euro(activity.income):>14} {_euro(activity.costs):>14} "
                   f"{_euro(activity.result):>14}")
        if activity.owner is not None:
            out.append("    " + t("onderneming van {number} {name}", "enterprise of {number} {name}").render(
                number=activity.owner.member_number, name=activity.owner.name))
    out.append(f"  {t('Totaal', 'Total').render():<58} {_euro(proposal.result.total):>14}")
    out.append("")
    agreement, distribution = proposal.agreement, proposal.distribution
    if agreement.agreed_on is not None:
        training = _euro(agreement.training_amount) if agreement.training_mode is TrainingMode.AMOUNT \
            else f"{agreement.training_percentage:g}%"
        out.append(t("Afspraak van {day}: opleiding {training}; gemeente {municipality}% boven {threshold}; "
                     "spaarpotten {pots}% van de rest, {method}.",
                     "Agreement of {day}: training {training}; municipality {municipality}% above {threshold}; "
                     "pots {pots}% of the rest, {method}.").render(
            day=show_date(agreement.agreed_on), training=training,
            municipality=f"{agreement.municipality_percentage:g}", threshold=_euro(agreement.municipality_threshold),
            pots=f"{agreement.pots_percentage:g}", method=agreement.pots_method.label.render())
            + enterprise_sentence(agreement))
    if distribution.enterprise_parts:
        out.append(t("Eigen ondernemingen, eerst naar de spaarpot van de eigenaar (resultaat, aandeel):",
                     "Own enterprises, first to the owner's pot (result, share):").render())
        for share in distribution.enterprise_parts:
            label = f"{share.member_number} {share.name}, {share.activity}"
            out.append(f"    {label:<41} {_euro(share.result):>14} {_euro(share.amount):>14}")
        out.append(f"  {t('Samen naar eigenaars', 'Together to owners').render():<58} "
                   f"{_euro(distribution.enterprise_total):>14}")
        out.append(f"  {t('Te verdelen na de eigen ondernemingen', 'Left to share after the own enterprises').render():<58} "
                   f"{_euro(distribution.shared):>14}")
    out.append(t("Verdeling:", "Distribution:").render())
    for label, amount in ((t("Gemeente (af te dragen)", "Municipality (payable)"), distribution.municipality),
                          (t("Opleidingsbudget", "Training budget"), distribution.training),
                          (t("Spaarpotten", "Savings pots"), distribution.pots_total),
                          (t("Algemene reserve", "General reserve"), distribution.reserve)):
        out.append(f"  {label.render():<58} {_euro(amount):>14}")
    for part in distribution.pots:
        out.append(f"    {part.member_number:>5} {part.name:<50} {_euro(part.amount):>14}")
    out.append(f"  {t('Totaal verdeeld', 'Total distributed').render():<58} {_euro(distribution.total):>14}")
    out += [f"  {note.render()}" for note in distribution.notes]
    return "\n".join(out) + "\n"
