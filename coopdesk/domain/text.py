"""User-facing text in both of CoopDesk's languages.

Messages that the domain and the services produce (validation errors, refusals,
reports' titles) are `Text` values carrying Dutch and English side by side, so a
message can be rendered in the treasurer's language by whoever shows it (the GUI,
the command line) without the domain knowing about Qt's translators.

Dutch is the default language. The Qt views translate their own labels with Qt
Linguist files under `resources/translations`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Literal

from coopdesk.domain.display import format_euro, show_date, show_moment

Language = Literal["nl", "en"]
LANGUAGES: tuple[Language, ...] = ("nl", "en")
DEFAULT_LANGUAGE: Language = "nl"

_current: list[Language] = [DEFAULT_LANGUAGE]


def set_language(language: str) -> Language:
    """Choose the language messages render in; unknown languages fall back to Dutch."""
    chosen: Language = "en" if language.lower().startswith("en") else "nl"
    _current[0] = chosen
    return chosen


def current_language() -> Language:
    return _current[0]


@dataclass(frozen=True)
class Text:
    """One message in Dutch and English. Placeholders use `str.format` names."""

    nl: str
    en: str

    def render(self, language: Language | None = None, **values: object) -> str:
        template = self.en if (language or current_language()) == "en" else self.nl
        if not values:
            return template
        return template.format(**{k: for_people(v) for k, v in values.items()})

    def __str__(self) -> str:
        return self.render()


def for_people(value: object) -> object:
    """Dates as 28-11-2026 and amounts as € 1.234,56 inside messages (Dutch style in
    both languages: the figures are Dutch whatever the UI language; see `display`)."""
    if isinstance(value, datetime):
        return show_moment(value)
    if isinstance(value, date):
        return show_date(value)
    amount = getattr(value, "amount", None)
    if isinstance(amount, Decimal):
        return format_euro(amount)
    return value
