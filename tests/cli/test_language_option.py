"""`coopdesk --lang en COMMAND`: a command speaks the language asked for, as the window does."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopdesk.cli import main


@pytest.mark.parametrize(("option", "title"), [
    (["--lang", "en"], "Trial balance 2026"),
    (["--lang=en"], "Trial balance 2026"),
    (["--lang", "nl"], "Saldibalans 2026"),
])
def test_a_leading_language_option_applies_to_the_command(
    option: list[str], title: str, book_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*option, "report", str(book_path), "trial-balance", "--year", "2026"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == title
