"""The command line speaks the treasurer's language, argparse's own words included, and
refuses a path that is no book plainly (issue 9)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coopdesk.cli import main

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, language: str = "nl", cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COOPDESK_LANG": language}
    return subprocess.run([sys.executable, "-m", "coopdesk", *args], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=120, check=False)


def test_a_missing_argument_is_explained_in_dutch() -> None:
    result = run_cli("check")
    assert result.returncode == 2
    assert result.stderr.splitlines() == ["gebruik: coopdesk check [-h] book",
                                          "coopdesk check: fout: deze argumenten ontbreken: book"]


def test_help_and_other_mistakes_are_dutch_too() -> None:
    help_text = run_cli("check", "--help").stdout
    assert "argumenten:" in help_text and "opties:" in help_text and "toon deze hulp en stop" in help_text
    unknown = run_cli("check", "--snel", "boek.coopdesk").stderr
    assert "fout: onbekende argumenten: --snel" in unknown
    choice = run_cli("report", "boek.coopdesk", "winst").stderr
    assert "ongeldige keuze: 'winst' (kies uit" in choice
    for english in ("usage", "error", "required", "invalid", "show this help"):
        assert english not in help_text + unknown + choice


def test_in_english_argparse_stays_english() -> None:
    result = run_cli("check", language="en")
    assert "usage: coopdesk check" in result.stderr
    assert "error: the following arguments are required: book" in result.stderr


def test_a_path_with_another_extension_is_refused_plainly(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("boodschappen")
    result = run_cli("check", "notes.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert "notes.txt is geen CoopDesk-boek: een boek heeft de extensie .coopdesk" in result.stderr
    assert "notes.txt.coopdesk" not in result.stderr
    assert not (tmp_path / "notes.txt.coopdesk").exists()
    english = run_cli("demo", "out.db", language="en", cwd=tmp_path)
    assert english.returncode == 2 and "out.db is not a CoopDesk book" in english.stderr
    assert not (tmp_path / "out.db.coopdesk").exists()
    window = run_cli("notes.txt", cwd=tmp_path)  # the app itself: refused before any window opens
    assert window.returncode == 2 and "gebruik: coopdesk [-h]" in window.stderr


def test_a_book_named_with_a_dot_is_still_found_without_its_extension(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", str(tmp_path / "Buurtkracht U.A.coopdesk"), "--members", "3"]) == 0
    assert main(["check", str(tmp_path / "Buurtkracht U.A")]) == 0
    assert "In orde" in capsys.readouterr().out


def test_the_dutch_words_are_lent_to_argparse_only_while_it_parses(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["check"])
    assert "deze argumenten ontbreken" in capsys.readouterr().err
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]
