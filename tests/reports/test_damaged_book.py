"""`coopdesk report` on a damaged book: one clear line and exit 1, never "er ging iets mis".

The damage is real: 512 random bytes written into the file, once in the middle of
the file and once into each page of the posting index the reports read (where the
damage was found to reach the old "something went wrong" with a traceback in the log).
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from coopdesk.cli import main

ROOT = Path(__file__).resolve().parents[2]
REPORTS = ("trial-balance", "profit-loss", "balance-sheet")


def _damage(path: Path, offset: int, seed: int) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(random.Random(seed).randbytes(512))


def _pages_of(path: Path, name: str) -> list[int]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno",
                                                     (name,))]
    finally:
        connection.close()


def test_random_bytes_in_the_posting_index_give_a_clear_message(
    demo_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    """Failed before: most of these pages gave 'er ging iets mis' and a traceback in the log."""
    monkeypatch.setenv("HOME", str(tmp_path))  # where a bug's log would go
    pristine = demo_path.read_bytes()
    try:
        pages = _pages_of(demo_path, "ix_posting_account_id_booked_on")
    except sqlite3.OperationalError:  # pragma: no cover - an SQLite built without dbstat
        pytest.skip("this SQLite has no dbstat table")
    refused = 0
    for page in pages:
        demo_path.write_bytes(pristine)
        _damage(demo_path, (page - 1) * 4096 + 1024, seed=page)
        for report in REPORTS:
            code = main(["report", str(demo_path), report, "--year", "2026"])
            err = capsys.readouterr().err
            assert "er ging iets mis" not in err
            if code:
                refused += 1
                assert code == 1 and err.count("\n") == 1
                assert f"{demo_path.name} is beschadigd en kan niet worden gelezen" in err
    assert refused  # the damage was seen, not only survived


def test_random_bytes_in_the_middle_of_the_book(demo_path: Path, tmp_path: Path) -> None:
    """The issue's trial as a whole process: the book's middle overwritten."""
    _damage(demo_path, demo_path.stat().st_size // 2, seed=512)
    for report in REPORTS:
        result = subprocess.run(
            [sys.executable, "-m", "coopdesk", "report", str(demo_path), report, "--year", "2026"],
            capture_output=True, text=True, timeout=120,
            env={**os.environ, "PYTHONPATH": str(ROOT), "COOPDESK_LANG": "nl", "HOME": str(tmp_path)},
        )
        assert "er ging iets mis" not in result.stderr and "Traceback" not in result.stderr
        assert result.returncode in (0, 1)
        if result.returncode:
            assert result.stderr.count("\n") == 1 and "beschadigd" in result.stderr
