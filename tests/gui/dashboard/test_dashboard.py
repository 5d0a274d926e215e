"""The dashboard (Overzicht), the app's first page: its figures from one service call,
read without SQLAlchemy, the charts built after the first paint, English, and a
refresh when the change hub reports a change."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from coopdesk.domain.clock import FixedClock
from coopdesk.domain.money import Money
from coopdesk.domain.numbers import format_minutes
from coopdesk.services import pots
from coopdesk.services.books import open_book
from coopdesk.services.dashboard import dashboard, with_activity_hours
from coopdesk.services.demo import generate_demo_book
from coopdesk.services.members import list_members
from coopdesk.store.book import Book
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dashboard") / "demo.coopdesk"
    generate_demo_book(path, members=20, years=2, seed=3, clock=FixedClock.on(TODAY), close_years=False).close()
    return path


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.coopdesk"
    shutil.copyfile(demo_template, target)
    os.chmod(target, 0o600)
    return target


@pytest.fixture
def demo_book(demo: Path) -> Book:
    book = open_book(demo, clock=FixedClock.on(TODAY), backup=False)
    yield book  # type: ignore[misc]
    book.close()


def test_the_figures_match_the_book_and_read_the_same_inside_a_unit_of_work(demo_book: Book) -> None:
    data = dashboard(demo_book)
    assert data.today == TODAY and data.active_members == len(list_members(demo_book)) > 0
    assert 0 < data.minutes_this_month < data.minutes_this_year
    assert sum(item.minutes for item in data.hours_per_month if item.month == TODAY.month) == data.minutes_this_month
    assert sum((m.payouts for m in data.money_per_month), Money.zero()) == data.payouts_this_year > Money.zero()
    assert [m.month for m in data.money_per_month] == list(range(1, 13))
    assert data.pots_total == Money.zero() and data.bank > Money.zero()
    assert data.open_years == (2025,)  # the demo's earlier year has no year close
    with demo_book.transaction():  # through the unit of work (what a server database does)
        assert dashboard(demo_book) == data


def test_a_month_with_hours_and_no_paid_run_is_an_open_item(book: Book) -> None:
    from coopdesk.domain.member import MemberForm
    from coopdesk.services import hours
    from coopdesk.services.members import register_member

    member = register_member(book, MemberForm(name="Anouk Visser", joined_on=date(2026, 1, 1)))
    centres = hours.list_cost_centres(book) or [hours.add_cost_centre(book, "100", "Tuin")]
    activity = hours.add_activity(book, "Moestuin", centres[0].id, Money("5.00"))
    hours.set_hours(book, member.id, activity.id, date(2026, 9, 14), 120)
    data = dashboard(book)
    assert data.unpaid_months == ((2026, 9),) and data.minutes_this_year == 120 and data.minutes_this_month == 0
    assert [t.render("nl") for t in data.open_items()] == ["September 2026 is nog niet uitbetaald."]
    assert [t.render("en") for t in data.open_items()] == ["September 2026 has not been paid out yet."]


def test_the_page_shows_the_figures_first_and_the_charts_after_the_first_paint(qtbot: QtBot, demo_book: Book) -> None:
    from coopdesk.gui.dashboard.page import DashboardPage

    page = DashboardPage(demo_book, QUndoStack())
    qtbot.addWidget(page)
    data = dashboard(demo_book)
    assert page.title() == "Overzicht"
    assert page.tiles["members"].value.text() == str(data.active_members)
    assert page.tiles["bank"].value.text().startswith("€ ")
    assert "2025 is nog niet afgesloten" in page.open_items.text()
    assert page.charts is None  # not before the page has painted
    page.resize(800, 600)
    page.show()
    qtbot.waitUntil(lambda: page.charts is not None)
    charts = page.charts
    hours_series = charts.hours_chart.series()[0]  # type: ignore[union-attr]
    assert [bar.label() for bar in hours_series.barSets()] == data.activities()
    november = sum(bar.at(TODAY.month - 1) for bar in hours_series.barSets())
    assert round(november * 60) == data.minutes_this_month
    money = charts.money_chart.series()[0]  # type: ignore[union-attr]
    assert [bar.label() for bar in money.barSets()] == ["Uitbetaald", "Naar spaarpotten"]


def test_the_page_follows_the_change_hub(qtbot: QtBot, demo_book: Book) -> None:
    from coopdesk.gui.change_hub import ChangeHub
    from coopdesk.gui.dashboard.page import DashboardPage

    hub = ChangeHub()
    page = DashboardPage(demo_book, QUndoStack(), hub=hub)
    qtbot.addWidget(page)
    page.show()
    assert page.tiles["pots"].value.text() == "€ 0,00"
    member = list_members(demo_book)[0]
    _, changes = pots.deposit(demo_book, member.id, Money("12.50"), "Start", TODAY)
    hub.emit_changes(changes)
    assert page.tiles["pots"].value.text() == "€ 12,50"


def test_the_page_in_english(english: None, qtbot: QtBot, demo_book: Book) -> None:
    from coopdesk.gui.dashboard.page import DashboardPage

    page = DashboardPage(demo_book, QUndoStack())
    qtbot.addWidget(page)
    assert page.title() == "Overview"
    assert page.tiles["members"].caption.text() == "active members"
    assert "The year 2025 has not been closed yet." in page.open_items.text()
    charts = page.build_charts()
    assert charts.hours_chart.title() == "Hours per month per activity"  # type: ignore[attr-defined]


def test_opening_the_first_page_imports_no_sqlalchemy(demo: Path) -> None:
    script = textwrap.dedent(f"""
        import sys
        from PySide6.QtGui import QUndoStack
        from PySide6.QtWidgets import QApplication
        from coopdesk.gui.pages import PAGES
        from coopdesk.services.books import open_book
        app = QApplication([])
        book = open_book({str(demo)!r}, backup=False)
        page = PAGES[0].page_class()(book, QUndoStack())
        page.show()
        app.processEvents()
        figure = page.tiles["members"].value.text()
        book.close()
        loaded = sorted(name for name in sys.modules if name.split('.')[0] in ('sqlalchemy', 'alembic'))
        print(type(page).__name__, bool(figure), loaded)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.strip() == "DashboardPage True []"


def test_the_run_statuses_the_service_counts_are_the_payout_statuses() -> None:
    from coopdesk.domain.payout import RunStatus
    from coopdesk.services.dashboard import BOOKED, PAID

    assert RunStatus.PAID.value == PAID and set(BOOKED) == {RunStatus.POSTED.value, RunStatus.PAID.value}


def test_many_open_items_are_counted_not_listed(qtbot: QtBot, demo_book: Book, monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace

    from coopdesk.gui.dashboard import page as page_module

    many = replace(dashboard(demo_book), open_years=tuple(range(2014, 2026)))
    monkeypatch.setattr(page_module, "dashboard", lambda _book, **_how: many)
    page = page_module.DashboardPage(demo_book, QUndoStack())
    qtbot.addWidget(page)
    lines = page.open_items.text().splitlines()
    assert len(lines) == page_module.MAX_OPEN_ITEMS
    assert lines[0] == "• Het jaar 2014 is nog niet afgesloten." and lines[-1] == "• en nog 9 andere"


@pytest.mark.parametrize("in_unit_of_work", [False, True], ids=["stdlib reader", "unit of work"])
def test_the_read_for_the_first_paint_is_the_whole_read_without_the_hours_per_activity(
    demo_book: Book, book: Book, in_unit_of_work: bool,
) -> None:
    from dataclasses import replace

    for which in (demo_book, book):  # a year of hours, and a fresh book without any
        whole = dashboard(which)
        if in_unit_of_work:
            with which.transaction():
                first = dashboard(which, per_activity=False)
        else:
            first = dashboard(which, per_activity=False)
        assert first.hours_per_month == () and first.activities() == []
        assert replace(first, hours_per_month=whole.hours_per_month) == whole
        assert with_activity_hours(which, first) == whole
    assert whole.minutes_this_year == 0 and dashboard(demo_book).minutes_this_year > 0


def test_the_hours_per_activity_are_read_after_the_first_paint_and_reach_the_charts(
    qtbot: QtBot, demo_book: Book, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Start-up paints the figures without the rows' scan by activity, which only the
    charts need; it follows once they are built, and the figures are then complete."""
    from coopdesk.gui.dashboard.page import DashboardPage
    from coopdesk.store.reads import BookReader

    scans: list[int] = []
    scan = BookReader.minutes_per_month_and_activity

    def counted(self, start, end):  # type: ignore[no-untyped-def]
        scans.append(1)
        return scan(self, start, end)

    monkeypatch.setattr(BookReader, "minutes_per_month_and_activity", counted)
    whole = dashboard(demo_book)
    scans.clear()
    page = DashboardPage(demo_book, QUndoStack())
    qtbot.addWidget(page)
    assert scans == [] and page.charts is None
    assert page.tiles["hours_year"].value.text() == format_minutes(whole.minutes_this_year)
    assert page.tiles["hours_month"].value.text() == format_minutes(whole.minutes_this_month)
    page.resize(800, 600)
    page.show()
    qtbot.waitUntil(lambda: page.charts is not None)
    assert scans == [1] and page.data == whole
    bars = page.charts.hours_chart.series()[0].barSets()  # type: ignore[union-attr]
    assert [bar.label() for bar in bars] == whole.activities()
    assert round(sum(sum(bar.at(month) for bar in bars) for month in range(12)) * 60) == whole.minutes_this_year


def test_a_book_that_cannot_be_read_for_the_charts_says_so_on_the_page(
    qtbot: QtBot, demo_book: Book, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from coopdesk.domain.errors import BookError
    from coopdesk.domain.text import Text
    from coopdesk.gui.dashboard import page as page_module

    def unreadable(_book: Book, _first: object) -> None:
        raise BookError(Text("Het boek is beschadigd.", "The book is damaged."))

    monkeypatch.setattr(page_module, "with_activity_hours", unreadable)
    page = page_module.DashboardPage(demo_book, QUndoStack())
    qtbot.addWidget(page)
    assert page.problem.isHidden() and page.data is not None
    page.build_charts()
    assert not page.problem.isHidden() and page.problem.text() == "Het boek is beschadigd."
    assert page.data is None
