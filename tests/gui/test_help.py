"""Help → Handleiding (F1) shows the treasurer's guide in the app's language, its links
work, it lists the shortcuts; Help → Over CoopDesk shows the version, the licence and
where the book and its backups are."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

import coopdesk
from coopdesk import resources
from coopdesk.gui.help import HelpWindow, guide_name

ROOT = Path(__file__).resolve().parents[2]
HELP_SOURCES = ROOT / "resources" / "help"
SECTIONS = ["start", "month", "year", "backups", "trouble", "shortcuts"]


def _open_help(qtbot: QtBot, window) -> HelpWindow:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # a window shortcut fires for a key pressed in the active window
    qtbot.keyClick(window, Qt.Key.Key_F1)
    found = window.findChild(HelpWindow, "helpWindow")
    assert found is not None, "F1 opened no help window"
    assert found.isVisible()
    return found


def _anchor_positions(view: HelpWindow) -> dict[str, QPoint]:
    """Where each `#anchor` link of the guide is on screen (viewport coordinates)."""
    document = view.browser.document()
    found: dict[str, QPoint] = {}
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            href = fragment.charFormat().anchorHref()
            if href.startswith("#") and href not in found:
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + max(fragment.length() // 2, 0))
                found[href[1:]] = view.browser.cursorRect(cursor).center()
            iterator += 1
        block = block.next()
    return found


def test_f1_is_the_help_and_opens_the_guide_in_dutch(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.help_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    view = _open_help(qtbot, window)
    text = view.browser.toPlainText()
    assert view.language == "nl"
    assert "handleiding voor de penningmeester" in text
    assert "Backup terugzetten" in text
    assert view.windowTitle() == "CoopDesk – handleiding"


def test_the_guide_opens_in_english_when_the_app_is_english(qtbot: QtBot, english, make_window, book) -> None:  # type: ignore[no-untyped-def]
    window = make_window(book)
    assert window.help_action.text() == "&Guide"
    view = _open_help(qtbot, window)
    text = view.browser.toPlainText()
    assert view.language == "en"
    assert "a guide for the treasurer" in text
    assert "Restore backup" in text
    assert view.windowTitle() == "CoopDesk – guide"


def test_clicking_a_link_in_the_contents_scrolls_to_its_section(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    view = _open_help(qtbot, window)
    qtbot.waitExposed(view)
    links = _anchor_positions(view)
    assert set(SECTIONS) <= set(links)
    scroll = view.browser.verticalScrollBar()
    assert scroll.value() == 0
    title = "Backups en een backup terugzetten"
    in_contents = view.browser.document().find(title)
    heading = view.browser.document().find(title, in_contents)  # the second: the section's own
    height = view.browser.viewport().height()
    assert view.browser.cursorRect(heading).top() > height  # below the first screen

    qtbot.mouseClick(view.browser.viewport(), Qt.MouseButton.LeftButton, pos=links["backups"])

    assert view.browser.source().fragment() == "backups"
    assert scroll.value() > 0
    assert 0 <= view.browser.cursorRect(heading).top() < height  # the section's heading is on screen


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_link_in_the_guide_has_its_target(language: str) -> None:
    source = (HELP_SOURCES / guide_name(language)).read_text(encoding="utf-8")  # type: ignore[arg-type]
    targets = set(re.findall(r'<a name="([^"]+)"', source))
    links = set(re.findall(r'href="#([^"]+)"', source))
    assert targets == set(SECTIONS)
    assert links <= targets
    assert re.findall(r'href="(?!#|https?:)', source) == []  # no link to a file that is not shipped


def test_the_guide_lists_the_windows_shortcuts(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    view = _open_help(qtbot, window)
    text = view.browser.toPlainText()
    assert "<!--SHORTCUTS-->" not in view.browser.toHtml()
    assert re.search(r"Handleiding\s+F1", text)
    undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
    assert re.search(r"Ongedaan maken\s+" + re.escape(undo), text)


def test_f1_again_shows_the_same_help_window(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    first = _open_help(qtbot, window)
    second = _open_help(qtbot, window)
    assert first is second
    assert len(window.findChildren(HelpWindow)) == 1


def test_about_shows_the_version_the_licence_and_where_the_book_and_backups_are(window, book) -> None:  # type: ignore[no-untyped-def]
    window._on_about_triggered()
    box = window.findChild(QMessageBox, "aboutBox")
    assert box is not None and box.isVisible()
    text = box.text()
    assert f"CoopDesk {coopdesk.__version__}" in text
    assert "Licentie: Proprietary" in text
    assert str(book.path) in text
    assert str(book.path.parent / "backups") in text


def test_about_without_a_book_says_so(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window._on_about_triggered()
    box = window.findChild(QMessageBox, "aboutBox")
    assert box is not None
    assert "Er is geen boek geopend." in box.text()
    assert coopdesk.__version__ in box.text()


def test_the_version_is_the_one_in_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert coopdesk.__version__ == project["version"]


def test_the_package_holds_the_current_guides() -> None:
    for language in ("nl", "en"):
        packaged = resources.resource(resources.HELP, guide_name(language))  # type: ignore[arg-type]
        source = HELP_SOURCES / guide_name(language)  # type: ignore[arg-type]
        assert packaged.read_text(encoding="utf-8") == source.read_text(encoding="utf-8"), (
            "the package's help is older than resources/help: run `pip install -e .`")
