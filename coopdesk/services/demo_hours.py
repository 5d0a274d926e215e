"""Demo hours (filled in by the hours issue)."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from coopdesk.domain.member import Member
from coopdesk.store.book import Book

if TYPE_CHECKING:
    from coopdesk.services.demo import DemoPlan


def add_demo_hours(book: Book, rng: random.Random, plan: DemoPlan, members: list[Member]) -> None:
    """Activities and realistic weekly hours for the demo members (not yet)."""
