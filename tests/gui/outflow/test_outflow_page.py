"""The Uitstroom page on a demo book, driven as a treasurer drives it: see the leavers,
enter a former benefit (a wrong amount is refused, nothing written), see the estimate and
the charts follow, change the years shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from coopdesk.domain.clock import FixedClock
from coopdesk.domain.display import show_euro
from coopdesk.domain.money import Money
from coopdesk.gui.outflow.page import OutflowPage
from coopdesk.services import outflow
from coopdesk.services.books import Book
from coopdesk.services.demo import generate_demo_book


@pytest.fixture
def demo(tmp_path: Path, clock: FixedClock) -> Iterator[Book]:
    book = generate_demo_book(tmp_path / "demo.coopdesk", members=20, years=3, seed=2026, clock=clock)
    yield book
    book.close()


def _bar_values(page: OutflowPage, which: str) -> list[float]:
    view = page.outflow_chart if which == "outflow" else page.earnings_chart
    (series,) = view.chart().series()
    assert isinstance(series, QBarSeries)
    (bars,) = series.barSets()
    return [bars.at(i) for i in range(bars.count())]


def test_the_page_shows_the_leavers_and_records_a_benefit(qtbot: QtBot, demo: Book, tmp_path: Path) -> None:
    page = OutflowPage(demo, QUndoStack())
    qtbot.addWidget(page)
    page.resize(844, 640)
    page.show()
    report = outflow.outflow_report(demo, page.years())
    leavers = [m for y in report.years for m in y.members]
    assert [m.number for m in page.leavers_model.rows()] == [m.number for m in leavers]
    assert _bar_values(page, "outflow") == [float(y.count) for y in report.years]
    assert _bar_values(page, "earnings") == [
        0.0 if y.per_working_member is None else float(y.per_working_member.amount) for y in report.earnings]

    # the earnings table: one row per year, each part in its own column, received their sum
    assert page.earnings_model.rowCount() == len(report.earnings)
    for row, year in enumerate(report.earnings):
        cells = [page.earnings_model.index(row, c).data() for c in range(page.earnings_model.columnCount())]
        assert cells[:5] == [str(year.year), show_euro(year.allowances), show_euro(year.pot_deposits),
                             show_euro(year.enterprise_shares), show_euro(year.received)]
    assert any(y.enterprise_shares.is_positive() for y in report.earnings)  # the demo's garden enterprise

    assert not page.save_button.isEnabled()  # nobody selected yet
    page.select_member(leavers[0].number)
    entered = leavers[0].former_monthly_benefit  # the demo enters the leavers' former benefits
    assert entered is not None and page.save_button.isEnabled() and page.benefit_edit.text() == show_euro(entered)
    assert report.saved_estimate.is_positive()
    page.benefit_edit.setText("-5")
    page.save_button.click()
    assert page.notice.isVisibleTo(page) and "negatief" in page.notice.text()
    assert [m.former_monthly_benefit for y in outflow.outflow_report(demo, page.years()).years for m in y.members] \
        == [m.former_monthly_benefit for m in leavers]  # nothing written

    page.benefit_edit.setText("1.150,00")
    page.save_button.click()
    saved = next(m for y in outflow.outflow_report(demo, page.years()).years for m in y.members
                 if m.number == leavers[0].number)
    assert saved.former_monthly_benefit == Money("1150.00")
    assert page.selected_leaver() is not None and page.selected_leaver().number == leavers[0].number  # type: ignore[union-attr]
    assert page.benefit_edit.text() == "€ 1.150,00"
    assert "€ 1.150,00" in page.leavers_model.data(page.leavers_model.index(0, 6))
    estimate = outflow.outflow_report(demo, page.years()).saved_estimate
    assert estimate.is_positive() and f"totaal {show_euro(estimate)}" in page.saved.text()
    page.grab().save(str(tmp_path / "outflow.png"))
    if Path("/tmp/shots/enterprise").is_dir():
        page.grab().save("/tmp/shots/enterprise/outflow_page.png")

    page.first_year.setValue(page.last_year.value())
    assert len(_bar_values(page, "outflow")) == 1
    assert all(m.left_on.year == page.last_year.value() for m in page.leavers_model.rows())


def test_each_year_s_estimate_is_traced_to_the_leavers_and_those_who_left_earlier(
        qtbot: QtBot, tmp_path: Path) -> None:
    """The treasurer's 2-year demo: 2026's € 22.490 is the two rows of 2026 (€ 9.400 saved
    in the year they left) + the member who left in 2025 (€ 13.090), named."""
    from datetime import date

    book = generate_demo_book(tmp_path / "demo.coopdesk", years=2, clock=FixedClock.on(date(2026, 12, 2)))
    try:
        page = OutflowPage(book, QUndoStack())
        qtbot.addWidget(page)
        page.resize(1024, 700)
        page.show()
        page.first_year.setValue(2025)
        report = outflow.outflow_report(book, page.years())
        y2025, y2026 = report.years
        [earlier] = y2026.earlier
        model = page.leavers_model
        saved_column = model.columnCount() - 1
        assert model.headerData(saved_column, Qt.Orientation.Horizontal) == "Bespaard in vertrekjaar"
        rows = {member.number: model.index(row, saved_column).data() for row, member in enumerate(model.rows())}
        assert [rows[m.number] for m in y2026.members] == [
            show_euro(y2026.saving_of(m.number).amount) for m in y2026.members]  # type: ignore[union-attr]
        assert sum((y2026.saving_of(m.number).amount for m in y2026.members),  # type: ignore[union-attr]
                   Money.zero()) == y2026.saved_by_leavers
        text = page.saved.text()
        assert (f"2026: {show_euro(y2026.saved_estimate)} = vertrokken in 2026 {show_euro(y2026.saved_by_leavers)} "
                f"(2 leden) + eerder vertrokken {show_euro(y2026.saved_by_earlier)} "
                f"({earlier.member.name} {show_euro(earlier.amount)})") in text
        assert f"2025: {show_euro(y2025.saved_estimate)} = vertrokken in 2025" in text and "(1 lid)" in text
        assert y2026.saved_by_leavers + y2026.saved_by_earlier == y2026.saved_estimate
        page.grab().save(str(tmp_path / "outflow.png"))
    finally:
        book.close()
