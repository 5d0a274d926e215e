"""`coopdesk close-year BOOK --year Y --dry-run` as issue 11 names it: prints the proposal and
writes nothing; with `--confirm` as well (either order) it is a usage error, before the
book is touched. And a close that cannot make its backup refuses in words, writing nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopdesk.cli import main
from coopdesk.domain.errors import BookError
from coopdesk.domain.money import Money
from coopdesk.services import pots, year_close
from coopdesk.services.books import open_book
from coopdesk.store import audit


def _state(path: Path) -> tuple[object, ...]:
    """What a close would change: the pots, the audit log, whether 2025 is closed."""
    book = open_book(path, backup=False)
    try:
        with book.transaction() as session:
            lines = [(line.action, line.detail) for line in audit.recent(session)]
        closed = any("al afgesloten" in f.render("nl") for f in year_close.close_checks(book, 2025, Money(0)))
        return pots.list_pots(book).rows, lines, closed
    finally:
        book.close()


def test_dry_run_prints_the_proposal_and_writes_nothing(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _state(filled)
    assert main(["--lang", "en", "close-year", str(filled), "--year", "2025", "--counted-cash", "0",
                 "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Year close 2025" in out and "Ans de Wit" in out and "€ 250,00" in out and "was closed" not in out
    assert _state(filled) == before
    assert not list(filled.parent.glob("backups/*jaarafsluiting*"))  # not even the close's backup
    # a proposal that cannot close yet: printed, exit 1, still nothing written
    assert main(["close-year", str(filled), "--year", "2025", "--dry-run"]) == 1
    assert "Vul het getelde kasgeld" in capsys.readouterr().out
    assert _state(filled) == before


@pytest.mark.parametrize("flags", [["--dry-run", "--confirm"], ["--confirm", "--dry-run"]])
def test_dry_run_with_confirm_is_refused_with_a_clear_message(
        filled: Path, capsys: pytest.CaptureFixture[str], flags: list[str]) -> None:
    before = _state(filled)
    with pytest.raises(SystemExit) as exit_:
        main(["close-year", str(filled), "--year", "2025", "--counted-cash", "0", *flags])
    assert exit_.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""  # no proposal printed: refused before the book is opened
    assert "--dry-run en --confirm gaan niet samen" in captured.err and "Kies er één" in captured.err
    assert _state(filled) == before
    with pytest.raises(SystemExit):
        main(["--lang", "en", "close-year", str(filled), "--year", "2025", *flags])
    assert "--dry-run and --confirm do not go together" in capsys.readouterr().err


def test_confirm_alone_still_closes(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "close-year", str(filled), "--year", "2025", "--counted-cash", "0",
                 "--confirm"]) == 0
    assert "2025 was closed" in capsys.readouterr().out
    assert _state(filled)[2] is True


def test_a_backups_folder_that_cannot_be_written_refuses_the_close_in_words(filled: Path) -> None:
    before = _state(filled)
    (filled.parent / "backups").write_text("geen map")  # a file where the folder should be
    book = open_book(filled, backup=False)
    try:
        with pytest.raises(BookError) as refused:
            year_close.close_year(book, 2025, Money(0))
    finally:
        book.close()
    assert refused.value.message("en").startswith("The backup could not be made in ")
    assert refused.value.message("en").endswith("backups: a file stands where the folder should be.")
    assert refused.value.message("nl").endswith("backups: daar staat een bestand in plaats van een map.")
    assert _state(filled) == before
