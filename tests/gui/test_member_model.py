"""The member table model: Qt's model contract, and sorting by any column."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from coopdesk.domain.member import (
    LeaveReason,
    Member,
    MemberDetails,
    MemberId,
    MemberNumber,
    PaymentRegime,
)
from coopdesk.gui.members.model import COLUMNS, MEMBER_ID_ROLE, MemberTableModel

TODAY = date(2026, 11, 28)


def _member(number: int, name: str, **fields: object) -> Member:
    details = MemberDetails(name=name, joined_on=fields.pop("joined_on", date(2026, 1, 1)), **fields)  # type: ignore[arg-type]
    return Member(MemberId(number - 100), MemberNumber(number), details)


MEMBERS = [
    _member(101, "Stijn ter Wal", city="Utrecht", regime=PaymentRegime.VOLUNTEER_ALLOWANCE),
    _member(102, "anouk Visser", city="Zeist", joined_on=date(2025, 3, 1)),
    _member(103, "Bram Bos", city="Utrecht", left_on=date(2026, 6, 30), leave_reason=LeaveReason.EDUCATION),
]


def test_model_passes_qt_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = MemberTableModel()
    model.set_members(MEMBERS, TODAY)
    qtmodeltester.check(model, force_py=True)
    empty = MemberTableModel()
    qtmodeltester.check(empty, force_py=True)


def test_cells_are_formatted_for_people() -> None:
    model = MemberTableModel()
    model.set_members(MEMBERS, TODAY)
    row = [model.index(2, c).data() for c in range(len(COLUMNS))]
    assert row == ["103", "Bram Bos", "Utrecht", "Geen vergoeding", "01-01-2026", "30-06-2026",
                   "Opleiding of scholing"]
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight.value
    assert model.index(0, 0).data(MEMBER_ID_ROLE) == 1
    assert model.index(2, 1).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Naam"


def test_sorts_itself_by_any_column() -> None:
    model = MemberTableModel()
    model.set_members(MEMBERS, TODAY)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 1).data() for r in range(3)] == ["anouk Visser", "Bram Bos", "Stijn ter Wal"]
    model.sort(4, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 0).data() for r in range(3)] == ["103", "101", "102"]
    # a refill keeps the chosen order
    model.set_members(list(reversed(MEMBERS)), TODAY)
    assert [model.index(r, 0).data() for r in range(3)] == ["103", "101", "102"]
