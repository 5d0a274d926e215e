"""The `coopdesk` command: opens the GUI, or runs a headless job.

    coopdesk                      the app (last book, or the start screen)
    coopdesk BOOK                 the app on that book
    coopdesk --demo               the app on a fresh demo book
    coopdesk demo PATH ...        write a generated demo book
    coopdesk check BOOK           integrity and invariants; non-zero exit on a problem
    coopdesk <command> --help     help on any command

Each command lives in its own module and is imported only when run, so a
headless job never pays for Qt. Errors print one clear line (no traceback) and
exit non-zero; argparse's own words ("gebruik:", "fout:") follow the language
(`parser.Parser`), and a book path with another extension is refused as a usage
error. May import every layer below it.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from coopdesk.cli.parser import Parser, book_arguments, check_book_path

# name -> (module, one-line help). The module has `add_arguments(parser)` and `run(args) -> int`.
COMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("coopdesk.cli.demo", "schrijf een demoboek / write a generated demo book"),
    "check": ("coopdesk.cli.check", "controleer een boek / check a book's integrity"),
    "hours-template": ("coopdesk.cli.hours", "schrijf een urenformulier (Excel) / write an hours template"),
    "import-hours": ("coopdesk.cli.hours", "lees een urenformulier in / import an hours sheet"),
    "report": ("coopdesk.cli.report", "druk een financieel overzicht af / print a financial report"),
    "export": ("coopdesk.cli.export", "werkmap en XAF-auditbestand voor de accountant / the accountant's workbook and XAF file"),
    "restore": ("coopdesk.cli.restore", "zet een reservekopie terug / restore a backup"),
    "payout": ("coopdesk.cli.payout", "stel de maanduitbetaling voor of boek die / propose or post a month's payout"),
    "sepa": ("coopdesk.cli.sepa", "schrijf het SEPA-bestand van een betaalrun / write a payout run's SEPA file"),
    "municipality-overview": ("coopdesk.cli.municipality", "overzicht per maand voor de gemeente / overview for the municipality"),
    "statements": ("coopdesk.cli.statements", "maak de jaaroverzichten voor de leden / make the members' annual statements"),
    "pots": ("coopdesk.cli.pots", "toon de spaarpotten of één spaarpot / show the savings pots or one pot's statement"),
    "close-year": ("coopdesk.cli.year_close", "stel de jaarafsluiting voor of sluit af / propose or close a year"),
    "reopen-year": ("coopdesk.cli.year_close", "heropen een afgesloten jaar met een reden / reopen a closed year"),
    "outflow": ("coopdesk.cli.outflow", "uitstroom en verdiensten per werkend lid / outflow and earnings per working member"),
    "agreement": ("coopdesk.cli.share", "toon of leg de afspraak winstverdeling vast / show or record the "
                  "distribution agreement"),
    "municipality-share": ("coopdesk.cli.share", "afdracht gemeente per jaar, of betaal die / the municipality's "
                           "share per year, or pay it"),
}

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


def _language() -> str:
    from coopdesk.domain.text import set_language

    wanted = os.environ.get("COOPDESK_LANG") or os.environ.get("LANGUAGE") or os.environ.get("LANG") or "nl"
    return set_language(wanted)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    _language()
    args = _leading_language(args)
    if args and args[0] in COMMANDS:
        return _run_command(args[0], args[1:])
    return _run_gui(args)


def _leading_language(args: list[str]) -> list[str]:
    """`coopdesk --lang en COMMAND ...`: the language for a command, as for the window."""
    if args[:1] == ["--lang"] and len(args) > 2 and args[1] in ("nl", "en") and args[2] in COMMANDS:
        chosen, rest = args[1], args[2:]
    elif args and args[0] in ("--lang=nl", "--lang=en") and len(args) > 1 and args[1] in COMMANDS:
        chosen, rest = args[0].removeprefix("--lang="), args[1:]
    else:
        return args
    from coopdesk.domain.text import set_language

    set_language(chosen)
    return rest


def _run_command(name: str, args: list[str]) -> int:
    from coopdesk.domain.errors import CoopDeskError

    module_name, help_text = COMMANDS[name]
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError:
        print(f"coopdesk: '{name}' is not available in this version", file=sys.stderr)
        return EXIT_USAGE
    parser = Parser(prog=f"coopdesk {name}", description=help_text)
    module.add_arguments(parser, name)
    options = parser.parse_args(args)
    for book in book_arguments(options):
        check_book_path(parser, book)
    from coopdesk.cli.signals import exit_cleanly_on_signals

    try:
        _recover_first(options, name)
        with exit_cleanly_on_signals():  # SIGTERM, SIGHUP, Ctrl+C: close the book, no lock left
            return int(module.run(options, name))
    except CoopDeskError as error:
        print(f"coopdesk {name}: {error.message()}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        return 130
    except OSError as error:
        print(f"coopdesk {name}: {error.strerror or error} ({error.filename or ''})", file=sys.stderr)
        return EXIT_PROBLEM
    except Exception:  # a bug: one line for the user, the traceback in the log
        log = _log_bug(name)
        print(f"coopdesk {name}: er ging iets mis / something went wrong; zie / see {log}", file=sys.stderr)
        return EXIT_PROBLEM


def _recover_first(options: argparse.Namespace, name: str) -> None:
    """A save a crash interrupted is rolled back before any command looks at the book."""
    book = getattr(options, "book", None)
    if not isinstance(book, str) or name == "restore":
        return
    from coopdesk.store.recovery import RECOVERED, book_file, recover_interrupted_save

    if recover_interrupted_save(book_file(book)):
        print(f"coopdesk {name}: {RECOVERED.render()}", file=sys.stderr)


def _log_bug(name: str) -> Path:
    """The bug being handled, into the owner-only log, without the data its messages
    may hold (see `coopdesk.gui.logfile`, which imports no Qt)."""
    from coopdesk.gui.logfile import log_bug

    error = sys.exc_info()[1]
    if error is None:  # pragma: no cover - only called from an except block
        error = RuntimeError("no exception")
    return log_bug(f"coopdesk {name}", error)


def _gui_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="coopdesk",
        description="CoopDesk: boekhouding voor participatiecoöperaties / bookkeeping for participation cooperatives.",
        epilog="Opdrachten / commands: "
        + "; ".join(f"{name}: {text}" for name, (_, text) in COMMANDS.items())
        + ". Gebruik 'coopdesk OPDRACHT --help' / use 'coopdesk COMMAND --help'.",
    )
    parser.add_argument("book", nargs="?", help="het boek om te openen (.coopdesk) / the book to open")
    parser.add_argument("--demo", action="store_true", help="open een nieuw demoboek / open a fresh demo book")
    parser.add_argument("--lang", choices=("nl", "en"), help="taal van het programma / language of the app")
    return parser


def _run_gui(args: list[str]) -> int:
    parser = _gui_parser()
    options = parser.parse_args(args)
    check_book_path(parser, options.book)
    if options.lang:
        from coopdesk.domain.text import set_language

        set_language(options.lang)
    import logging

    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        from coopdesk.gui.app import run_app
    except ImportError as error:
        print(f"coopdesk: the window cannot start ({error}); is PySide6 installed?", file=sys.stderr)
        return EXIT_PROBLEM
    return run_app(book=options.book, demo=options.demo, language=options.lang)
