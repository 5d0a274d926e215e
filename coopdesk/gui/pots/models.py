"""Table models of the Spaarpotten page and the year-close wizard: thin
`QAbstractTableModel`s over the frozen rows one service call returns (examples.md,
habit 6): the pots with their balances, a pot's movements, the year's result per
activity (with the owner of a member enterprise), the own enterprise shares and the
distribution over the pots.

Columns are `coopdesk.gui.columns.Column`s; amounts and dates are shown through
`coopdesk.domain.display`. A negative amount (a withdrawal, a loss) is shown in red and
with its minus sign, not by colour alone.
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
)

from coopdesk.domain.pot import PotMovement, PotRow
from coopdesk.domain.year_close import ActivityResult, EnterprisePart, PotPart
from coopdesk.gui.columns import Column, display
from coopdesk.gui.columns import RowsModel as _RowsModel

Row = TypeVar("Row")
CONTEXT = "PotsColumns"


class RowsModel(_RowsModel[Row]):
    """The page's tables: `gui.columns.RowsModel`, headers translated as PotsColumns; a
    cell's tooltip is its whole text (a long purpose or name cut by its column)."""

    context = CONTEXT

    def tooltip(self, row: Row, column: int) -> str:
        return display(self.columns[column].value(row))


POT_COLUMNS: tuple[Column[PotRow], ...] = (
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Nr."), lambda r: r.member_number),
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Naam"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Saldo"), lambda r: r.balance),
)

MOVEMENT_COLUMNS: tuple[Column[PotMovement], ...] = (
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Datum"), lambda m: m.booked_on),
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Soort"), lambda m: m.kind.label),
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Bedrag"), lambda m: m.amount),
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Doel of reden"), lambda m: m.reason),
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Bonnummer"), lambda m: m.receipt_reference),
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Goedgekeurd door"), lambda m: m.approved_by),
)

RESULT_COLUMNS: tuple[Column[ActivityResult], ...] = (
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Activiteit"), lambda a: a.name),
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Opbrengsten"), lambda a: a.income),
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Kosten"), lambda a: a.costs),
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Resultaat"), lambda a: a.result),
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Onderneming van"),
           lambda a: f"{a.owner.member_number} {a.owner.name}" if a.owner else ""),
)

ENTERPRISE_COLUMNS: tuple[Column[EnterprisePart], ...] = (
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Nr."), lambda p: p.member_number),
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Naam"), lambda p: p.name),
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Onderneming"), lambda p: p.activity),
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Resultaat"), lambda p: p.result),
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Naar spaarpot"), lambda p: p.amount),
)

PART_COLUMNS: tuple[Column[PotPart], ...] = (
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Nr."), lambda p: p.member_number),
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Naam"), lambda p: p.name),
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Naar spaarpot"), lambda p: p.amount),
)


class PotsModel(RowsModel[PotRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(POT_COLUMNS, parent)


class MovementsModel(RowsModel[PotMovement]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(MOVEMENT_COLUMNS, parent)


class ResultModel(RowsModel[ActivityResult]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(RESULT_COLUMNS, parent)


class PartsModel(RowsModel[PotPart]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(PART_COLUMNS, parent)


class EnterprisePartsModel(RowsModel[EnterprisePart]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(ENTERPRISE_COLUMNS, parent)
