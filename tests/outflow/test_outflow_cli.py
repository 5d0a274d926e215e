"""`coopdesk outflow BOOK [--years ...]` on a real demo book."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopdesk.cli import COMMANDS, main
from coopdesk.domain.clock import FixedClock
from coopdesk.domain.money import Money
from coopdesk.services import outflow
from coopdesk.services.demo import generate_demo_book


def test_outflow_prints_the_leavers_the_estimate_and_the_earnings(
        tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.coopdesk"
    book = generate_demo_book(path, members=20, years=3, seed=2026, clock=clock)
    leaver = next(m for y in outflow.outflow_report(book, range(2024, 2027)).years for m in y.members)
    outflow.set_former_monthly_benefit(book, leaver.number, Money("1200.00"))
    book.close()
    assert "outflow" in COMMANDS
    assert main(["--lang", "en", "outflow", str(path), "--years", "2024-2026"]) == 0
    out = capsys.readouterr().out
    assert leaver.name in out and "benefit € 1.200,00/month" in out
    assert "Total saved benefits (estimate): € " in out and "estimate" in out
    assert "Earnings per working member" in out
    assert [line.split()[0] for line in out.splitlines()[-3:]] == ["2024", "2025", "2026"]


def test_bad_years_are_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "outflow", str(tmp_path / "none.coopdesk"), "--years", "soon"]) == 1
    assert "Not years like 2023-2025: soon" in capsys.readouterr().err
