"""The command line: demo books, integrity check, clear one-line errors."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coopdesk.cli import main

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COOPDESK_LANG": "nl"}
    return subprocess.run(
        [sys.executable, "-m", "coopdesk", *args], capture_output=True, text=True, env=env, timeout=300
    )


def test_demo_then_check_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", str(tmp_path / "demo"), "--members", "12", "--seed", "7"]) == 0
    assert (tmp_path / "demo.coopdesk").exists()
    capsys.readouterr()
    assert main(["check", str(tmp_path / "demo.coopdesk")]) == 0
    assert "In orde" in capsys.readouterr().out


def test_check_fails_on_a_damaged_copy(tmp_path: Path) -> None:
    assert main(["demo", str(tmp_path / "demo"), "--members", "5"]) == 0
    damaged = tmp_path / "kapot.coopdesk"
    data = (tmp_path / "demo.coopdesk").read_bytes()
    # overwrite the middle of the file (table pages, not the header)
    middle = len(data) // 2
    damaged.write_bytes(data[:middle] + b"\xff" * 4096 + data[middle + 4096 :])
    result = run_cli("check", str(damaged))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.strip()


def test_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    result = run_cli("check", str(tmp_path / "bestaat-niet.coopdesk"))
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "bestaat niet" in result.stderr and "Traceback" not in result.stderr
    not_a_book = tmp_path / "brief.coopdesk"
    not_a_book.write_text("Beste penningmeester,")
    result = run_cli("check", str(not_a_book))
    assert result.returncode == 1 and "geen leesbaar CoopDesk-boek" in result.stderr


def test_demo_refuses_to_overwrite(tmp_path: Path) -> None:
    assert main(["demo", str(tmp_path / "demo"), "--members", "3"]) == 0
    result = run_cli("demo", str(tmp_path / "demo"))
    assert result.returncode == 1 and "bestaat al" in result.stderr


@pytest.mark.parametrize("command", ["demo", "check"])
def test_help(command: str) -> None:
    result = run_cli(command, "--help")
    assert result.returncode == 0 and "gebruik: coopdesk" in result.stdout


def test_english_messages(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COOPDESK_LANG": "en"}
    result = subprocess.run(
        [sys.executable, "-m", "coopdesk", "check", str(tmp_path / "missing.coopdesk")],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert "does not exist" in result.stderr


def test_check_leaves_no_lock_or_backup(tmp_path: Path) -> None:
    assert main(["demo", str(tmp_path / "demo"), "--members", "3"]) == 0
    shutil.rmtree(tmp_path / "backups", ignore_errors=True)
    assert main(["check", str(tmp_path / "demo.coopdesk")]) == 0
    assert not (tmp_path / "backups").exists()
    assert not (tmp_path / "demo.coopdesk.lock").exists()


@pytest.mark.parametrize("option", [["--members", "0"], ["--years", "0"]])
def test_demo_with_nothing_to_generate_is_a_usage_error(tmp_path: Path, option: list[str]) -> None:
    result = run_cli("demo", str(tmp_path / "leeg"), *option)
    assert result.returncode == 2
    assert "minstens 1" in result.stderr and "er ging iets mis" not in result.stderr
    assert not (tmp_path / "leeg.coopdesk").exists()
