"""The read-only tables the pages show: whole rows, one selected at a time."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def read_only_table(parent: QWidget, model: QAbstractItemModel, stretch: int = -1, *,
                    alternating: bool = True, selectable: bool = True) -> QTableView:
    """A table over `model` that selects whole rows, one at a time, and edits nothing; its
    columns are sized on a sample of rows, not on every row. Column `stretch` takes the
    width that is left (the last column when there is none). `alternating=False` where a
    row tint (a warning, an unconfirmed rule) must show; `selectable=False` for a table that
    only shows figures (nothing to act on)."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection if selectable
                          else QAbstractItemView.SelectionMode.NoSelection)
    view.setAlternatingRowColors(alternating)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(40)
    header.setStretchLastSection(stretch < 0)
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def selected_row(view: QTableView) -> int | None:
    """The row selected in `view`, or None."""
    rows = view.selectionModel().selectedRows()
    return rows[0].row() if rows else None
