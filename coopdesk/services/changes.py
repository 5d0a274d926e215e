"""What a use case changed, so the views know what to refresh (examples.md, habit 5).

The GUI's change hub (`coopdesk.gui.change_hub`) carries one `Changes` to every
page; each page reloads only what concerns it. Combine two with `|`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields


@dataclass(frozen=True)
class Changes:
    members: frozenset[int] = field(default_factory=frozenset)  # the members (by id) whose record changed
    cooperative: bool = False  # the cooperative's own details (name, IBAN...)
    hours: bool = False  # hour entries: cells, imports
    ledger: bool = False  # transactions and drafts
    activities: bool = False  # activities (added, renamed, rate, active or not)
    cost_centres: bool = False
    accounts: bool = False  # the chart of accounts
    payouts: bool = False  # payout runs, actual costs, declarations, rules tables
    pots: bool = False  # savings pots, their purposes, closed years

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            members=self.members | other.members,
            **{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self) if f.name != "members"},
        )

    def __bool__(self) -> bool:
        """False when nothing changed."""
        return any(getattr(self, f.name) for f in fields(self))

