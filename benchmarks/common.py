"""Shared by the benchmark scripts: the large demo book and a timer.

The large book (500 members, 10 years) is generated once into `benchmarks/out/`
and reused; delete it (or pass `--rebuild`) after the generator changes.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coopdesk.domain.clock import FixedClock  # noqa: E402

OUT = ROOT / "benchmarks" / "out"
LARGE_BOOK = OUT / "large.coopdesk"
TODAY = date(2026, 11, 28)
CLOCK = FixedClock.on(TODAY)


def large_book(rebuild: bool = False) -> Path:
    """Path of the large demo book, generating it when missing."""
    from coopdesk.services.demo import generate_demo_book

    if rebuild and OUT.exists():
        shutil.rmtree(OUT)
    if not LARGE_BOOK.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        book = generate_demo_book(LARGE_BOOK, members=500, years=10, seed=500, clock=CLOCK)
        book.close()
        print(f"generated {LARGE_BOOK.name} in {time.perf_counter() - started:.1f} s "
              f"({LARGE_BOOK.stat().st_size / 1e6:.1f} MB)")
    return LARGE_BOOK


def working_copy(name: str) -> Path:
    """A fresh copy of the large book, for benchmarks that write."""
    source = large_book()
    target = OUT / f"{name}.coopdesk"
    shutil.copyfile(source, target)
    return target


def measure(label: str, action: Callable[[], object], repeat: int = 5) -> float:
    """Run `action` `repeat` times; print and return the median in seconds."""
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    median = statistics.median(timings)
    print(f"{label:<55} median {median * 1000:8.1f} ms  (min {min(timings) * 1000:.1f}, n={repeat})")
    return median
