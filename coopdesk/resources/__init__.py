"""The files the app reads at run time, from inside the installed package.

The build (`setup.py`, `coopdesk.resources.build`) puts them into this package:
compiled translations (`translations/*.qm`), icons, rules tables in TOML
(`rules/`), fonts and help, made from the sources in the checkout's top-level
`resources/`. Code reads them here, through `importlib.resources`, never
relative to a checkout, and nothing is compiled at run time. An editable
install has them too: its build writes them into this folder of the checkout
(git-ignored); after changing a source, run `pip install -e .` again.

Plain Python with no import from the rest of `coopdesk`, so every layer may
read a resource (the services will load the rules tables); import-linter keeps
this package below the domain.
"""

from __future__ import annotations

import atexit
import tomllib
from contextlib import ExitStack
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

TRANSLATIONS = "translations"
ICONS = "icons"
RULES = "rules"
FONTS = "fonts"
HELP = "help"


class MissingResource(LookupError):
    """A file the build should have put into the package is not there."""


_extracted = ExitStack()
atexit.register(_extracted.close)


def resource(folder: str, name: str) -> Traversable:
    """One packaged file, e.g. `resource(ICONS, "coopdesk.svg")`."""
    found = files(__name__) / folder / name
    if not found.is_file():
        raise MissingResource(f"{folder}/{name} is not in the installed package (was it built?)")
    return found


def listing(folder: str, suffix: str = "") -> list[Traversable]:
    """The packaged files in `folder` whose names end in `suffix`, by name."""
    directory = files(__name__) / folder
    if not directory.is_dir():
        return []
    return sorted(
        (entry for entry in directory.iterdir() if entry.is_file() and entry.name.endswith(suffix)),
        key=lambda entry: entry.name,
    )


def on_disk(entry: Traversable) -> Path:
    """A file-system path to a packaged file, for APIs that want one (Qt).

    An installed or editable package is a folder, so this is the file itself;
    from a zipped package it is a temporary copy that lives until exit."""
    if isinstance(entry, Path):
        return entry
    return _extracted.enter_context(as_file(entry))


def path(folder: str, name: str) -> Path:
    """`resource(folder, name)` as a file-system path (see `on_disk`)."""
    return on_disk(resource(folder, name))


def translations(language: str) -> list[Path]:
    """The compiled translations into `language`: every `<area>_<language>.qm`."""
    return [on_disk(entry) for entry in listing(TRANSLATIONS, f"_{language}.qm")]


def rules_table(name: str) -> dict[str, Any]:
    """A rules table (`rules/<name>.toml`), parsed."""
    return tomllib.loads(resource(RULES, f"{name}.toml").read_text(encoding="utf-8"))
