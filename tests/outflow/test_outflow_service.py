"""The outflow report on a real demo book, checked against plain SQL over the same file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from coopdesk.domain.clock import FixedClock
from coopdesk.domain.errors import CoopDeskError, NotFound
from coopdesk.domain.money import Money
from coopdesk.domain.outflow import months_saved_in
from coopdesk.services import outflow
from coopdesk.services.books import Book
from coopdesk.services.demo import generate_demo_book
from coopdesk.store.migrations import alembic_config, upgrade_to_head

YEARS = range(2023, 2027)


@pytest.fixture
def demo(tmp_path: Path, clock: FixedClock) -> Iterator[tuple[Book, Path]]:
    path = tmp_path / "demo.coopdesk"
    book = generate_demo_book(path, members=20, years=3, seed=2026, clock=clock)
    yield book, path
    book.close()


def _rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.execute(sql))
    finally:
        connection.close()


def test_the_outflow_lists_every_leaver_for_a_job_or_education_by_year(demo: tuple[Book, Path]) -> None:
    book, path = demo
    expected = _rows(path, "SELECT number, left_on FROM member WHERE leave_reason IN ('paid_job', 'education') "
                           "ORDER BY left_on, number")
    assert expected, "the demo book should have outflow"
    report = outflow.outflow_report(book, YEARS)
    listed = [(m.number, m.left_on.isoformat()) for year in report.years for m in year.members]
    assert listed == [(int(n), str(d)) for n, d in expected]
    for year in report.years:
        assert all(m.left_on.year == year.year for m in year.members)
        assert year.benefit_unknown == 0  # the demo enters every leaver's former benefit
    entered = [m.former_monthly_benefit for y in report.years for m in y.members]
    assert all(b is not None and Money(1100) <= b <= Money(1500) for b in entered)
    assert report.saved_estimate.is_positive()


def test_entered_benefits_give_the_estimate(demo: tuple[Book, Path]) -> None:
    book, _ = demo
    leavers = [m for y in outflow.outflow_report(book, YEARS).years for m in y.members]
    for index, member in enumerate(leavers):
        outflow.set_former_monthly_benefit(book, member.number, Money("1000.00") + Money(index))
    report = outflow.outflow_report(book, YEARS)
    for year in report.years:
        expected = sum((Money("1000.00") + Money(i)) * months_saved_in(m.left_on, year.year, book.clock.today())
                       for i, m in enumerate(leavers))
        assert year.saved_estimate == expected
        assert year.benefit_unknown == 0
    assert report.saved_estimate.is_positive()
    outflow.set_former_monthly_benefit(book, leavers[0].number, None)
    cleared = outflow.outflow_report(book, YEARS)
    assert next(m for y in cleared.years for m in y.members
                if m.number == leavers[0].number).former_monthly_benefit is None


def test_earnings_match_the_posted_runs_the_close_and_the_hours(demo: tuple[Book, Path]) -> None:
    book, path = demo
    report = outflow.outflow_report(book, YEARS)
    runs = dict(_rows(path, "SELECT r.year, SUM(l.allowance + l.premium) FROM payout_line l "
                            "JOIN payout_run r ON r.id = l.run_id WHERE r.status IN ('geboekt', 'betaald') "
                            "GROUP BY r.year"))
    pots = dict(_rows(path, "SELECT c.year, SUM(m.amount) FROM pot_movement m JOIN year_close c "
                            "ON c.id = m.year_close_id WHERE m.kind IN ('distribution', 'reversal') GROUP BY c.year"))
    shares = dict(_rows(path, "SELECT c.year, SUM(m.amount) FROM pot_movement m JOIN year_close c "
                              "ON c.id = m.year_close_id WHERE m.kind LIKE 'enterprise%' GROUP BY c.year"))
    assert shares, "the demo's closed years give its garden enterprise's owner a share"
    workers = dict(_rows(path, "SELECT CAST(strftime('%Y', worked_on) AS INTEGER), COUNT(DISTINCT member_id) "
                               "FROM hours_entry WHERE minutes > 0 GROUP BY 1"))
    for year in report.earnings:
        assert year.allowances == Money.from_cents(int(runs.get(year.year, 0)))
        assert year.pot_deposits == Money.from_cents(int(pots.get(year.year, 0)))
        assert year.enterprise_shares == Money.from_cents(int(shares.get(year.year, 0)))
        assert year.received == year.allowances + year.pot_deposits + year.enterprise_shares
        assert year.working_members == workers.get(year.year, 0)
    assert any(y.per_working_member is not None and y.per_working_member.is_positive() for y in report.earnings)


def test_a_reversed_run_paid_nothing(demo: tuple[Book, Path]) -> None:
    book, path = demo
    before = outflow.outflow_report(book, YEARS)
    (run_id, year), = _rows(path, "SELECT id, year FROM payout_run ORDER BY year, month LIMIT 1")
    book.close()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE payout_run SET status = 'teruggedraaid' WHERE id = ?", (run_id,))
    connection.close()
    from coopdesk.services.books import open_book

    again = open_book(path, clock=FixedClock.on(book.clock.today()))
    try:
        after = outflow.outflow_report(again, YEARS)
    finally:
        again.close()
    lost = _rows(path, f"SELECT SUM(allowance + premium) FROM payout_line WHERE run_id = {int(run_id)}")[0][0]
    by_year = {y.year: y.allowances for y in before.earnings}
    assert {y.year: y.allowances for y in after.earnings}[year] == by_year[year] - Money.from_cents(int(lost))


def test_bad_input_is_refused(demo: tuple[Book, Path]) -> None:
    book, _ = demo
    with pytest.raises(CoopDeskError):
        outflow.set_former_monthly_benefit(book, 101, Money("-1.00"))
    with pytest.raises(NotFound):
        outflow.set_former_monthly_benefit(book, 9999, Money("1.00"))
    for bad in ("2025-2023", "twenty", "1800", "2000-2070"):
        with pytest.raises(CoopDeskError):
            outflow.parse_years(bad)
    assert outflow.parse_years("2023-2025") == range(2023, 2026)
    assert outflow.parse_years(" 2025 ") == range(2025, 2026)


def test_migration_0008_keeps_members_and_leaves_the_benefit_empty(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0006")
        connection.execute(text("INSERT INTO member (number, name, address, postcode, city, email, phone, iban, "
                                "joined_on, regime, social_assistance, notes, created_at, updated_at) VALUES "
                                "(101, 'Anna', '', '', '', '', '', '', '2024-01-01', 'none', 0, '', "
                                "'2024-01-01 00:00:00', '2024-01-01 00:00:00')"))
    upgrade_to_head(engine)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT number, name, former_monthly_benefit FROM member")).tuples().all()
    assert rows == [(101, "Anna", None)]
    engine.dispose()
