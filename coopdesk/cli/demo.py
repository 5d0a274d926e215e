"""`coopdesk demo PATH --members N --years Y --seed S`: write a generated demo book."""

from __future__ import annotations

import argparse
import sys
import time

from coopdesk.services.demo import generate_demo_book


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("path", help="waar het boek komt / where to write the book (.coopdesk)")
    parser.add_argument("--members", type=int, default=12, help="aantal leden / number of members (12)")
    parser.add_argument("--years", type=int, default=1, help="aantal jaren / number of years (1)")
    parser.add_argument("--seed", type=int, default=2026, help="startgetal / random seed (2026)")


def run(options: argparse.Namespace, name: str) -> int:
    if options.members < 1 or options.years < 1:
        print("coopdesk demo: --members en --years moeten minstens 1 zijn / "
              "--members and --years must be at least 1", file=sys.stderr)
        return 2
    started = time.perf_counter()
    book = generate_demo_book(options.path, members=options.members, years=options.years, seed=options.seed)
    try:
        print(f"{book.path} ({options.members} leden/members, {options.years} jaar/years, "
              f"{time.perf_counter() - started:.1f} s)")
    finally:
        book.close()
    return 0
