"""Errors a treasurer can act on.

Two kinds of errors exist in CoopDesk (examples.md, habit 9):

* a user's mistake or the environment (a wrong IBAN, a locked book, a full disk)
  raises a `CoopDeskError`: it carries the field it is about (if any) and a
  message in Dutch and English, and the views show it next to that field;
* a bug is anything else; the GUI logs its traceback and says "something went
  wrong". Validation raises; `assert` is only for internal invariants.

A `ValidationError` carries one or more `Problem`s, so a form can mark every
wrong field at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from coopdesk.domain.text import Language, Text


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input: which field, and what to tell the user."""

    field: str | None
    text: Text
    values: tuple[tuple[str, object], ...] = ()

    def message(self, language: Language | None = None) -> str:
        return self.text.render(language, **dict(self.values))


def problem(field: str | None, nl: str, en: str, /, **values: object) -> Problem:
    return Problem(field, Text(nl, en), tuple(values.items()))


class CoopDeskError(Exception):
    """A problem the user (or their environment) can fix. Never a bug."""

    def __init__(self, text: Text, field: str | None = None, /, **values: object) -> None:
        self.text = text
        self.field = field
        self.values = values
        super().__init__(self.message("en"))

    def message(self, language: Language | None = None) -> str:
        return self.text.render(language, **self.values)

    @classmethod
    def of(cls, nl: str, en: str, field: str | None = None, /, **values: object) -> CoopDeskError:
        return cls(Text(nl, en), field, **values)


class ValidationError(CoopDeskError):
    """Input that breaks a rule; nothing has been changed."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        if not self.problems:
            raise ValueError("a ValidationError needs at least one problem")
        first = self.problems[0]
        super().__init__(first.text, first.field, **dict(first.values))

    def message(self, language: Language | None = None) -> str:
        return "\n".join(p.message(language) for p in self.problems)

    @property
    def fields(self) -> tuple[str | None, ...]:
        return tuple(p.field for p in self.problems)


class NotFound(CoopDeskError):
    """A record the user asked for does not exist (any more)."""


class BookError(CoopDeskError):
    """The book file cannot be used: locked, damaged, from a newer CoopDesk."""


class ClosedPeriodError(CoopDeskError):
    """A change was asked for in a period that is closed (paid out or locked)."""
