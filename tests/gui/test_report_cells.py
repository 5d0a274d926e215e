"""A report table on screen shows each cell by its kind, as `coopdesk report` does, and
right-aligns money, hours and counts (so the figures' digits line up)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from coopdesk.domain.money import Money
from coopdesk.domain.reports import CellKind, Column, Hours, Report, ReportRow
from coopdesk.domain.text import Text
from coopdesk.gui.columns import LEFT, RIGHT
from coopdesk.gui.columns import Column as TableColumn
from coopdesk.gui.ledger.models import ReportModel

KINDS = (CellKind.DATE, CellKind.HOURS, CellKind.COUNT, CellKind.MONEY, CellKind.TEXT)
REPORT = Report(
    Text("T", "T"), Text("2026", "2026"),
    tuple(Column(kind.value, Text(kind.value, kind.value), kind) for kind in KINDS),
    (ReportRow((date(2026, 11, 23), Hours(150), 42, Money("-1234.5"), "Kees")),
     ReportRow((None, Hours(-45), 0, Money("1234.56"), Text("regel", "line")))),
    (Text("Totaal", "Total"), Hours(105), 42, Money("0.06"), None),
)


def test_cells_are_shown_by_kind_and_numbers_right_aligned(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = ReportModel()
    model.set_report(REPORT)
    shown = [[model.index(row, column).data() for column in range(len(KINDS))] for row in range(3)]
    assert shown == [
        ["23-11-2026", "2,5", "42", "€ -1.234,50", "Kees"],
        ["", "-0,75", "0", "€ 1.234,56", "regel"],
        ["Totaal", "1,75", "42", "€ 0,06", ""],
    ]
    align = Qt.ItemDataRole.TextAlignmentRole
    expected = [LEFT, RIGHT, RIGHT, RIGHT, LEFT]
    assert [model.headerData(c, Qt.Orientation.Horizontal, align) for c in range(len(KINDS))] == expected
    for row in range(3):
        assert [model.index(row, c).data(align) for c in range(len(KINDS))] == expected


def test_a_table_column_right_aligns_hours_as_it_does_money() -> None:
    hours = TableColumn[Hours]("Uren", lambda minutes: minutes)
    assert hours.text(Hours(90)) == "1,5"
    assert hours.align(Hours(90)) == RIGHT
    assert hours.align("Kees") == LEFT
