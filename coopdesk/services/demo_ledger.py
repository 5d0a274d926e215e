"""Demo bookkeeping (filled in by the ledger issue)."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from coopdesk.domain.member import Member
from coopdesk.store.book import Book

if TYPE_CHECKING:
    from coopdesk.services.demo import DemoPlan


def add_demo_ledger(book: Book, rng: random.Random, plan: DemoPlan, members: list[Member]) -> None:
    """A realistic year of sales, costs and subsidies per activity (not yet)."""
