"""The demo generator's hours are realistic and repeatable; the English translation is complete."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coopdesk.domain.clock import FixedClock
from coopdesk.services import hours
from coopdesk.services.check import check_book
from coopdesk.services.demo import generate_demo_book

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "hours_en.ts"


def _entries(path: Path) -> list[tuple]:
    import sqlite3

    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT member_id, activity_id, worked_on, minutes FROM hours_entry ORDER BY 1, 2, 3"
        ).fetchall()


def test_demo_hours_are_realistic_and_repeatable(tmp_path: Path) -> None:
    clock = FixedClock.on(date(2026, 11, 28))
    paths = [tmp_path / "a.coopdesk", tmp_path / "b.coopdesk"]
    for path in paths:
        generate_demo_book(path, members=30, years=2, seed=7, clock=clock).close()
    first = _entries(paths[0])
    assert first == _entries(paths[1])
    assert len(first) > 2000
    assert all(minutes % 15 == 0 and 0 < minutes <= 12 * 60 for *_, minutes in first)
    assert max(day for _, _, day, _ in first) <= "2026-11-28"
    assert check_book(paths[0]) == []

    from coopdesk.services.books import open_book

    book = open_book(paths[0], clock=clock, backup=False)
    try:
        # the three shared activities, and one member's own garden enterprise (services/demo_enterprise.py)
        assert [a.name for a in hours.list_activities(book)] == ["Atelier", "Restaurant", "Stadslandbouw",
                                                                 "Tuinonderhoud"]
        overview = hours.member_month_overview(book, 2026)
        weekly = [row.total / 60 / 48 for row in overview.rows if all(row.months[:10])]
        assert weekly and 3 <= sum(weekly) / len(weekly) <= 20
    finally:
        book.close()


def test_every_english_translation_is_finished() -> None:
    tree = ET.parse(TS)
    messages = list(tree.iter("message"))
    assert messages
    for message in messages:
        translation = message.find("translation")
        assert translation is not None and translation.text, message.find("source").text
        assert translation.get("type") is None


def test_the_page_speaks_english(qtbot: QtBot, book, tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    if not Path(lrelease).exists():
        pytest.skip("pyside6-lrelease is not installed")
    compiled = tmp_path / "hours_en.qm"
    subprocess.run([lrelease, str(TS), "-qm", str(compiled)], check=True, capture_output=True)
    from PySide6.QtCore import QCoreApplication, Qt, QTranslator
    from PySide6.QtGui import QUndoStack

    from coopdesk.gui.hours.page import HoursPage

    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    try:
        page = HoursPage(book, QUndoStack())
        qtbot.addWidget(page)
        assert page.title() == "Hours"
        assert page.tabs.tabText(0) == "Weekly grid"
        assert page.week.grid_model.headerData(0, Qt.Orientation.Horizontal) == "Member"
    finally:
        QCoreApplication.removeTranslator(translator)
