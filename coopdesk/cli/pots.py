"""`coopdesk pots BOOK [--member NR] [--from DAY --to DAY]`: every pot with the total, or one
member's pot statement (opening balance, movements, closing balance)."""

from __future__ import annotations

import argparse
from datetime import date

from coopdesk.cli.opening import add_break_lock_option, open_for_writing
from coopdesk.domain.display import format_euro, show_date
from coopdesk.domain.money import Money
from coopdesk.domain.pot import WHO_DISPOSES, MovementKind, PotsOverview, PotStatement, statement
from coopdesk.domain.text import Text


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("book", help="het boek / the book (.coopdesk)")
    parser.add_argument("--member", type=int, help="lidnummer: het overzicht van één spaarpot / member number: "
                        "one pot's statement")
    parser.add_argument("--from", dest="first", help="begindatum, bijvoorbeeld 2025-01-01 (standaard 1 januari van "
                        "het jaar van de eerste beweging) / first day (default: 1 January of the first movement's year)")
    parser.add_argument("--to", dest="last", help="einddatum / last day")
    add_break_lock_option(parser)


def _day(text: str | None, option: str, default: date) -> date:
    if not text:
        return default
    try:
        return date.fromisoformat(text)
    except ValueError:
        from coopdesk.domain.errors import CoopDeskError

        raise CoopDeskError(Text("{option}: geen datum als 2025-01-31: {text}",
                                 "{option}: not a date like 2025-01-31: {text}"), option=option, text=text) from None


def run(options: argparse.Namespace, name: str) -> int:
    from coopdesk.services import pots

    book = open_for_writing(options.book, options.break_lock)
    try:
        today = book.clock.today()
        if options.member is None:
            print(render_overview(pots.list_pots(book, _day(options.last, "--to", today))), end="")
        else:
            last = _day(options.last, "--to", today)
            if options.first:
                found = pots.pot_statement(book, options.member, _day(options.first, "--from", today), last)
            else:  # from 1 January of the pot's first movement, so last year's distribution shows
                whole = pots.pot_statement(book, options.member, date(1900, 1, 1), last)
                first = date(min([last.year, *(m.booked_on.year for m in whole.movements)]), 1, 1)
                found = statement(whole.member_number, whole.name, whole.movements, first, last)
            print(render_statement(found), end="")
    finally:
        book.close()
    return 0


def _euro(amount: Money) -> str:
    return format_euro(amount.amount)


def render_overview(overview: PotsOverview) -> str:
    out = [Text("Spaarpotten op {day}", "Savings pots on {day}").render(day=show_date(overview.on))]
    for row in overview.rows:
        out.append(f"{row.member_number:>5}  {row.name:<30} {_euro(row.balance):>14}")
    out.append(f"{'':>5}  {Text('Totaal', 'Total').render():<30} {_euro(overview.total):>14}")
    return "\n".join(out) + "\n"


def render_statement(found: PotStatement) -> str:
    # the width before the amounts column: a date, two spaces and the longest kind of movement
    kind_width = max([14, *(len(m.kind.label.render()) for m in found.movements)])
    label_width = 12 + kind_width
    out = [Text("Spaarpot van lid {number} ({name}), {first} t/m {last}",
                "Savings pot of member {number} ({name}), {first} to {last}").render(
        number=found.member_number, name=found.name, first=show_date(found.first),
        last=show_date(found.last)),
        f"{Text('Beginsaldo', 'Opening balance').render():<{label_width}} {_euro(found.opening):>14}"]
    for movement in found.movements:
        detail = "" if movement.kind is not MovementKind.WITHDRAWAL and movement.reason.startswith(
            movement.kind.label.render("nl")) else movement.reason
        if movement.receipt_reference:
            detail += f", {Text('bon', 'receipt').render()} {movement.receipt_reference}"
        if movement.approved_by:
            detail += f", {Text('goedgekeurd door', 'approved by').render()} {movement.approved_by}"
        # the detail last and whole: cut to a column it lost the receipt ("bon 1" came out as "bon")
        out.append(f"{show_date(movement.booked_on)}  {movement.kind.label.render():<{kind_width}} "
                   f"{_euro(movement.amount):>14}  {detail.lstrip(', ')}".rstrip())
    out.append(f"{Text('Eindsaldo', 'Closing balance').render():<{label_width}} {_euro(found.closing):>14}")
    out.append(WHO_DISPOSES.render())
    return "\n".join(out) + "\n"
