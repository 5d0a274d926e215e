"""Table models of the Boekhouding page: thin `QAbstractTableModel`s over frozen rows
that one service call returns (examples.md, habit 6).

* `LazyTableModel` fetches a large list (cash book, journal, account ledger) a page
  at a time through `canFetchMore`/`fetchMore`; the view asks for the next page
  when the user scrolls near the end.
* `ReportModel` shows a `Report` (rows plus a totals row), headings and subtotals bold.
* Cells are shown by kind (`coopdesk.gui.columns.display`, through
  `coopdesk.domain.display`): amounts Dutch-style (`€ 1.234,56`), dates `28-11-2026`;
  money, hours and counts right-aligned. A negative amount is red and has a minus
  sign, so it is marked by more than the sign alone.
* `BookLinesModel` shows an account's running balance in the account's natural sign
  (`AccountType.natural`): a reserve or a debt in credit is a positive amount, as on
  a Dutch balance sheet, and only a balance against its nature is red.

Columns are declared as every model declares them: `coopdesk.gui.columns.Column`s.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from coopdesk.domain.display import show_euro
from coopdesk.domain.ledger import Account, AccountType, DraftSummary
from coopdesk.domain.money import Money
from coopdesk.domain.reports import BookLine, JournalLine, Report
from coopdesk.gui.columns import LEFT, RIGHT, Column, display, header_data

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex
NEGATIVE = QColor("#b3261e")
POSITIVE = QColor("#1b6e3a")
MUTED = QColor("#6b6b6b")
COLUMNS_CONTEXT = "LedgerColumns"


_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole})


class LazyTableModel(QAbstractTableModel, Generic[Row]):
    """Rows fetched page by page from `fetch(offset, limit)`; `count()` gives the total."""

    PAGE = 400

    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows: list[Row] = []
        self._total = 0
        self._fetch: Callable[[int, int], Sequence[Row]] = lambda offset, limit: []

    def load(self, count: Callable[[], int], fetch: Callable[[int, int], Sequence[Row]]) -> None:
        self.beginResetModel()
        self._fetch = fetch
        self._total = count()
        self._rows = list(fetch(0, self.PAGE)) if self._total else []
        self.endResetModel()

    def total_rows(self) -> int:
        """How many rows there are in all, fetched or not."""
        return self._total

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    # -- Qt ---------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid():
            return
        more = list(self._fetch(len(self._rows), self.PAGE))
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return None  # headers as the style puts them
        return header_data(self.columns, COLUMNS_CONTEXT, section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        value = column.value(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return display(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align(value)
        if role == Qt.ItemDataRole.ForegroundRole and isinstance(value, Money) and value.is_negative():
            return QBrush(NEGATIVE)
        return None


def book_columns(money_words: bool = True,
                 shown: Callable[[Money], Money] = lambda balance: balance) -> list[Column[BookLine]]:
    """Cash and bank books say "Ontvangen" / "Betaald"; an account ledger says "Debet" / "Credit".
    `shown` turns the running balance (debit +) into the sign it is shown in."""
    return [
        Column(QT_TRANSLATE_NOOP("LedgerColumns", "Datum"), lambda r: r.booked_on),
        Column(QT_TRANSLATE_NOOP("LedgerColumns", "Nr."), lambda r: str(r.transaction_id)),
        Column(QT_TRANSLATE_NOOP("LedgerColumns", "Omschrijving"), lambda r: r.description),
        Column(QT_TRANSLATE_NOOP("LedgerColumns", "Kenmerk"), lambda r: r.reference),
        Column(QT_TRANSLATE_NOOP("LedgerColumns", "Tegenrekening"), lambda r: r.counter_account,
               tooltip=QT_TRANSLATE_NOOP("LedgerColumns", "Waar het geld vandaan kwam of naartoe ging")),
        Column(QT_TRANSLATE_NOOP("LedgerColumns", "Ontvangen") if money_words
               else QT_TRANSLATE_NOOP("LedgerColumns", "Debet"),
               lambda r: r.amount if r.amount.is_positive() else None),
        Column(QT_TRANSLATE_NOOP("LedgerColumns", "Betaald") if money_words
               else QT_TRANSLATE_NOOP("LedgerColumns", "Credit"),
               lambda r: -r.amount if r.amount.is_negative() else None),
        Column(QT_TRANSLATE_NOOP("LedgerColumns", "Saldo"), lambda r: shown(r.balance),
               tooltip=QT_TRANSLATE_NOOP("LedgerColumns", "Wat er na deze boeking in kas of op de bank staat")),
    ]


class BookLinesModel(LazyTableModel[BookLine]):
    """A cash book, bank book or account ledger; the balance in the account's natural sign."""

    def __init__(self, money_words: bool, parent: Any = None) -> None:
        self.account_type = AccountType.ASSET
        super().__init__(book_columns(money_words, self.natural), parent)

    def natural(self, balance: Money) -> Money:
        """`balance` (debit +, credit -) as this account's lines and totals show it."""
        return self.account_type.natural(balance)


def journal_columns() -> list[Column[JournalLine]]:
    return [
        Column(QT_TRANSLATE_NOOP("LedgerColumns", "Datum"), lambda r: r.booked_on),
        Column(QT_TRANSLATE_NOOP("LedgerColumns", "Nr."), lambda r: str(r.transaction_id)),
        Column(QT_TRANSLATE_NOOP("LedgerColumns", "Soort"), lambda r: r.kind.label.render()),
        Column(QT_TRANSLATE_NOOP("LedgerColumns", "Omschrijving"), lambda r: r.description),
        Column(QT_TRANSLATE_NOOP("LedgerColumns", "Rekening"), lambda r: r.account),
        Column(QT_TRANSLATE_NOOP("LedgerColumns", "Debet"), lambda r: r.debit),
        Column(QT_TRANSLATE_NOOP("LedgerColumns", "Credit"), lambda r: r.credit),
        Column(QT_TRANSLATE_NOOP("LedgerColumns", "Verband"), _link,
               tooltip=QT_TRANSLATE_NOOP("LedgerColumns", "Welke boeking deze boeking terugdraait of vervangt")),
    ]


def _link(line: JournalLine) -> str:
    if line.reverses_id is not None:
        return QCoreApplication.translate("LedgerColumns", "tegenboeking van %1").replace("%1", str(line.reverses_id))
    if line.corrects_id is not None:
        return QCoreApplication.translate("LedgerColumns", "correctie van %1").replace("%1", str(line.corrects_id))
    return ""


def draft_columns() -> list[Column[DraftSummary]]:
    return [
        Column(QT_TRANSLATE_NOOP("LedgerColumns", "Datum"), lambda r: r.booked_on),
        Column(QT_TRANSLATE_NOOP("LedgerColumns", "Nr."), lambda r: str(r.id)),
        Column(QT_TRANSLATE_NOOP("LedgerColumns", "Soort"), lambda r: r.kind.label.render()),
        Column(QT_TRANSLATE_NOOP("LedgerColumns", "Omschrijving"), lambda r: r.description),
        Column(QT_TRANSLATE_NOOP("LedgerColumns", "Bedrag"), lambda r: r.amount,
               tooltip=QT_TRANSLATE_NOOP("LedgerColumns", "Het totaal aan de debetkant")),
        Column(QT_TRANSLATE_NOOP("LedgerColumns", "In evenwicht?"), _balance_text),
    ]


def _balance_text(draft: DraftSummary) -> str:
    if draft.balanced:
        return QCoreApplication.translate("LedgerColumns", "ja")
    if draft.lines < 2:
        return QCoreApplication.translate("LedgerColumns", "nee: minder dan twee regels")
    return QCoreApplication.translate("LedgerColumns", "nee: verschil %1").replace("%1", show_euro(abs(draft.off)))


class DraftsModel(LazyTableModel[DraftSummary]):
    """The Concepten list: the few drafts from one service call; "In evenwicht?" in green
    when a draft can be posted, in red (and saying by how much it is off) when not."""

    BALANCE_COLUMN = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(draft_columns(), parent)

    def set_drafts(self, drafts: Sequence[DraftSummary]) -> None:
        rows = list(drafts)
        self.load(lambda: len(rows), lambda offset, limit: rows[offset:offset + limit])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == self.BALANCE_COLUMN
                and 0 <= index.row() < self.rowCount()):
            return QBrush(POSITIVE if self.row_at(index.row()).balanced else NEGATIVE)
        return super().data(index, role)


class AccountsModel(QAbstractTableModel):
    """The chart of accounts (a few dozen rows: no lazy fetching needed)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Account] = []
        self.columns = ACCOUNT_COLUMNS

    def set_accounts(self, accounts: Sequence[Account]) -> None:
        self.beginResetModel()
        self._rows = list(accounts)
        self.endResetModel()

    def account_at(self, row: int) -> Account:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return None
        return header_data(self.columns, "AccountsModel", section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        account = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[index.column()].text(account)
        if role == Qt.ItemDataRole.ForegroundRole and not account.active:
            return QBrush(MUTED)
        return None


def _active_text(account: Account) -> str:
    return QCoreApplication.translate("AccountsModel", "ja") if account.active else \
        QCoreApplication.translate("AccountsModel", "nee")


ACCOUNT_COLUMNS: tuple[Column[Account], ...] = (
    Column(QT_TRANSLATE_NOOP("AccountsModel", "Rekening"), lambda a: a.code),
    Column(QT_TRANSLATE_NOOP("AccountsModel", "Naam"), lambda a: a.name),
    Column(QT_TRANSLATE_NOOP("AccountsModel", "Soort"), lambda a: a.type.label),
    Column(QT_TRANSLATE_NOOP("AccountsModel", "RGS-code"), lambda a: a.rgs_code),
    Column(QT_TRANSLATE_NOOP("AccountsModel", "Actief"), _active_text),
)


class ReportModel(QAbstractTableModel):
    """A `Report`'s rows followed by its totals row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._report: Report | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_report(self, report: Report | None) -> None:
        self.beginResetModel()
        self._report = report
        self.endResetModel()

    @property
    def report(self) -> Report | None:
        return self._report

    def _cells(self, row: int) -> tuple[tuple[object, ...], str]:
        assert self._report is not None
        if row < len(self._report.rows):
            line = self._report.rows[row]
            return line.cells, line.style
        return self._report.totals, "total"

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._report is None:
            return 0
        return len(self._report.rows) + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._report is None:
            return 0
        return len(self._report.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._report is None or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self._report.columns):
            return None
        column = self._report.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title.render()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column.numeric else LEFT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._report is None or not index.isValid() or not (0 <= index.row() < self.rowCount()):
            return None
        cells, style = self._cells(index.row())
        value = cells[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self._report.columns[index.column()].numeric else LEFT
        if role == Qt.ItemDataRole.FontRole and style in ("heading", "subtotal", "total"):
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and isinstance(value, Money) and value.is_negative():
            return QBrush(NEGATIVE)
        return None
