"""What a use case changed, so the views know what to refresh (examples.md, habit 5)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    members: frozenset[int] = field(default_factory=frozenset)
    cooperative: bool = False
    hours: bool = False
    ledger: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            members=self.members | other.members,
            cooperative=self.cooperative or other.cooperative,
            hours=self.hours or other.hours,
            ledger=self.ledger or other.ledger,
        )
