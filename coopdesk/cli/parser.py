"""The command line's argument parser, in the treasurer's language.

`argparse` writes its own words ("usage:", "error: the following arguments are
required", "show this help message and exit") through `gettext`, and Python ships no
Dutch catalogue for them, so a Dutch `coopdesk` answered a typing mistake in
English (issue 9). `Parser` is an `ArgumentParser` that, while the language is Dutch,
hands argparse's messages to `DUTCH` instead: argparse looks its strings up through
its module-level `_` and `ngettext` at the moment it formats them, so `Parser` swaps
those two for the duration of its own calls only (building, parsing, formatting).

`check_book_path` refuses a book path with another extension ("notes.txt") plainly
instead of looking for "notes.txt.coopdesk".
"""

from __future__ import annotations

import argparse
import functools
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn, TypeVar, cast

from coopdesk.domain.text import Text, current_language

BOOK_EXTENSION = ".coopdesk"

# argparse's own messages (Python 3.11-3.13) that a person can meet, in Dutch.
DUTCH: dict[str, str] = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "optional arguments": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "one of the arguments %s is required": "een van deze argumenten is nodig: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "not allowed with argument %s": "niet samen met argument %s",
    "ignored explicit argument %r": "overbodige waarde genegeerd: %r",
    "expected one argument": "hier hoort één waarde bij",
    "expected at most one argument": "hier hoort hoogstens één waarde bij",
    "expected at least one argument": "hier hoort minstens één waarde bij",
    "ambiguous option: %(option)s could match %(matches)s":
        "optie %(option)s is niet eenduidig: bedoelt u %(matches)s?",
    "unexpected option string: %s": "onverwachte optie: %s",
    "invalid %(type)s value: %(value)r": "ongeldige waarde (%(type)s): %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
}
DUTCH_PLURAL: dict[str, tuple[str, str]] = {
    "expected %s argument": ("hier hoort %s waarde bij", "hier horen %s waarden bij"),
}


def _dutch(message: str) -> str:
    return DUTCH.get(message, message)


def _dutch_plural(singular: str, plural: str, n: int) -> str:
    found = DUTCH_PLURAL.get(singular)
    if found is None:
        return singular if n == 1 else plural
    return found[0] if n == 1 else found[1]


@contextmanager
def _argparse_language() -> Iterator[None]:
    """argparse's words in the current language while the block runs."""
    if current_language() != "nl":
        yield
        return
    module: Any = argparse
    saved = module._, module.ngettext
    module._, module.ngettext = _dutch, _dutch_plural
    try:
        yield
    finally:
        module._, module.ngettext = saved


Method = TypeVar("Method", bound=Callable[..., Any])


def _in_language(method: Method) -> Method:
    @functools.wraps(method)
    def wrapped(self: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> Any:
        with _argparse_language():
            return method(self, *args, **kwargs)

    return cast(Method, wrapped)


class Parser(argparse.ArgumentParser):
    """An `ArgumentParser` whose own messages follow CoopDesk's language (Dutch by default)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        with _argparse_language():  # the headings "argumenten", "opties" and -h's "toon deze hulp"
            super().__init__(*args, **kwargs)

    parse_args = _in_language(argparse.ArgumentParser.parse_args)
    parse_known_args = _in_language(argparse.ArgumentParser.parse_known_args)
    format_usage = _in_language(argparse.ArgumentParser.format_usage)
    format_help = _in_language(argparse.ArgumentParser.format_help)

    def error(self, message: str) -> NoReturn:
        with _argparse_language():
            super().error(message)


def check_book_path(parser: argparse.ArgumentParser, value: str | None) -> None:
    """Refuse a book path with another extension (a usage error, exit 2), unless the
    book it would mean exists ("Buurtkracht U.A" for "Buurtkracht U.A.coopdesk")."""
    if not value:
        return
    path = Path(value)
    if path.suffix.lower() in ("", BOOK_EXTENSION) or path.with_name(path.name + BOOK_EXTENSION).exists():
        return
    parser.error(Text(
        "{path} is geen CoopDesk-boek: een boek heeft de extensie .coopdesk (bijvoorbeeld {example})",
        "{path} is not a CoopDesk book: a book has the extension .coopdesk (for example {example})",
    ).render(path=value, example=path.with_suffix(BOOK_EXTENSION).name))


def book_arguments(options: argparse.Namespace, names: Sequence[str] = ("book", "path")) -> list[str | None]:
    """The values of the arguments that name a book (a command's `book`, demo's `path`)."""
    return [getattr(options, name, None) for name in names]
