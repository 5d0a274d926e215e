"""The read-only tables of the Spaarpotten page and its dialogs: whole rows selected one
at a time, no editing in place, compact rows, columns fitted to their contents with one
column taking the rest of the width."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from coopdesk.gui.columns import RowsModel


def table_view(parent: QWidget, model: RowsModel[Any], stretch: int) -> QTableView:
    """A table over `model` whose column `stretch` takes the width left."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view
