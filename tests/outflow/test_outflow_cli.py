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


def _euros(text: str) -> Money:
    return Money(text.replace("€", "").strip().replace(".", "").replace(",", "."))


def test_each_year_s_estimate_adds_up_from_the_lines_under_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The treasurer's 2-year demo: 2026 showed € 22.490 under two leavers adding up to
    € 9.400; the member who left in 2025 (€ 13.090 saved in 2026) is now a line too, and
    the split is said."""
    from datetime import date

    path = tmp_path / "demo.coopdesk"
    generate_demo_book(path, years=2, clock=FixedClock.on(date(2026, 12, 2))).close()
    assert main(["outflow", str(path), "--years", "2025-2026"]) == 0
    out = capsys.readouterr().out
    blocks = out.split("\n\n")
    [y2026] = [b for b in blocks if b.startswith("2026: ")]
    head, *lines = y2026.splitlines()
    assert head.startswith("2026: 2 leden vertrokken, bespaarde uitkeringen (schatting) € ")
    estimate = _euros(head.rsplit(")", 1)[1])
    saved = [_euros(line.split("bespaard ")[1].split(" (")[0]) for line in lines if "bespaard €" in line]
    assert len(saved) == 3 and sum(saved, Money.zero()) == estimate  # two leavers and one who left in 2025
    assert "  Eerder vertrokken, bespaard in 2026:" in lines
    [split] = [line for line in lines if line.startswith("  = vertrokken in 2026 ")]
    assert split.endswith(f"= {head.rsplit(') ', 1)[1]}")
    [y2025] = [b for b in blocks if b.startswith("2025: ")]
    assert y2025.startswith("2025: 1 lid vertrokken,")  # not "1 leden"
    assert "na de maand van vertrek in dat jaar" not in out and "eerder jaar" in out
