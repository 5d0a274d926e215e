"""Every page fits a 1024×700 screen (issue 9): no row of controls sets the window's width.

The window used to be at least 1322 px wide once the hours page was opened (its two
tool bar rows), which does not fit a 1280-px laptop. Rows of controls are
`FlowLayout`s that wrap; tables scroll.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from coopdesk.domain.clock import FixedClock
from coopdesk.gui.flow_layout import FlowLayout
from coopdesk.services.demo import generate_demo_book

SCREEN = QSize(1024, 700)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_page_and_tab_fits_a_1024_by_700_screen(language: str, make_window, clock: FixedClock,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path, request: pytest.FixtureRequest) -> None:
    if language == "en":
        request.getfixturevalue("english")
    window = make_window(generate_demo_book(tmp_path / "demo.coopdesk", members=12, seed=2026, clock=clock))
    for index, page in enumerate(window.build_all_pages()):
        window.navigation.setCurrentRow(index)
        tabs = getattr(page, "tabs", None)
        for tab in range(tabs.count() if isinstance(tabs, QTabWidget) else 1):
            if isinstance(tabs, QTabWidget):
                tabs.setCurrentIndex(tab)
            hint = window.minimumSizeHint()
            assert hint.width() <= SCREEN.width() and hint.height() <= SCREEN.height(), (type(page).__name__, tab)
    window.resize(SCREEN)
    assert window.size() == SCREEN


def test_member_names_are_not_squeezed_on_a_narrow_window(window, page, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    from coopdesk.gui.members.model import COLUMNS

    names = page.table.horizontalHeader()
    window.resize(SCREEN)
    qtbot.waitUntil(lambda: names.sectionSize(1) >= COLUMNS[1].width)  # the table scrolls instead
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: names.sectionSize(1) > COLUMNS[1].width)  # and stretches on a wide one
    others = sum(names.sectionSize(c) for c in range(names.count()) if c != 1 and not names.isSectionHidden(c))
    assert names.sectionSize(1) == page.table.viewport().width() - others


def test_a_flow_layout_wraps_instead_of_widening(qtbot: QtBot) -> None:
    def row(layout: QHBoxLayout | FlowLayout) -> QWidget:
        holder = QWidget()
        qtbot.addWidget(holder)
        layout.setParent(None)
        holder.setLayout(layout)
        layout.addWidget(QLabel("Periode:"))
        for number in range(8):
            layout.addWidget(QPushButton(f"Knop met een lange naam {number}"))
        layout.addStretch(1)
        layout.addWidget(QLabel("rechts"))
        return holder

    layout = FlowLayout()
    box, flow = row(QHBoxLayout()), row(layout)
    assert flow.minimumSizeHint().width() < box.minimumSizeHint().width() / 4
    assert flow.sizeHint().width() == pytest.approx(box.sizeHint().width(), rel=0.05)
    one_line = layout.heightForWidth(flow.sizeHint().width())
    assert layout.heightForWidth(400) > 2 * one_line
    flow.resize(400, layout.heightForWidth(400))
    flow.show()
    buttons = flow.findChildren(QPushButton)
    assert all(b.geometry().right() <= 400 for b in buttons)
    assert len({b.y() for b in buttons}) > 2
