"""Migration 0010 on a book at 0009: the statements issued before (kept only as audit
lines) become version 1 without a fingerprint, dated by their audit line, so the next
print of one is a new version that says it replaces it; other audit lines stay as they are."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from coopdesk.domain.clock import FixedClock
from coopdesk.domain.display import show_date
from coopdesk.exports.statement_pdf import statement_bytes
from coopdesk.services.books import open_book
from coopdesk.services.statements import year_statements
from coopdesk.store.migrations import alembic_config, upgrade_to_head
from tests.statements.conftest import DEMO_TODAY, YEAR, pdf_pages


def test_statements_issued_before_become_version_1_without_a_fingerprint(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0009")
        connection.execute(text(
            "INSERT INTO audit_log (logged_at, who, action, detail) VALUES "
            "('2026-01-10 09:00:00', 'penningmeester', 'statement.issue', '2025-00017'), "
            "('2026-01-11 09:00:00', 'penningmeester', 'statement.issue', '2024-00017'), "
            "('2026-01-12 09:00:00', 'penningmeester', 'payout.post', '2025-12'), "
            "('2026-01-12 10:00:00', 'penningmeester', 'statement.issue', 'not a number')"))
    upgrade_to_head(engine)
    with engine.connect() as connection:
        assert connection.execute(text(
            "SELECT year, member_number, version, fingerprint, issued_on, who FROM statement_issue "
            "ORDER BY year")).tuples().all() == [(2024, 17, 1, None, "2026-01-11", "penningmeester"),
                                                 (2025, 17, 1, None, "2026-01-10", "penningmeester")]
        assert connection.execute(text("SELECT count(*) FROM audit_log")).scalar() == 4
    engine.dispose()


def test_a_statement_issued_before_the_upgrade_is_replaced_by_version_2(demo_path: Path) -> None:
    """On a real book: take it back to 0009 with one issued statement in the audit log, as
    an older CoopDesk left it; opening it migrates it (after a backup), and the reprint
    is no longer called a duplicate of a paper whose content nobody can check."""
    engine = create_engine(f"sqlite:///{demo_path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0009")
        connection.execute(text("INSERT INTO audit_log (logged_at, who, action, detail) VALUES "
                                "('2026-01-10 09:00:00', 'penningmeester', 'statement.issue', '2025-00105')"))
    engine.dispose()
    book = open_book(demo_path, clock=FixedClock.on(DEMO_TODAY))
    try:
        [statement] = year_statements(book, YEAR, member_number=105)
    finally:
        book.close()
    assert (statement.number, statement.duplicate) == ("2025-00105-2", False)
    assert statement.replaces is not None and statement.replaces.issued_on == date(2026, 1, 10)
    pdf = " ".join("\n".join(pdf_pages(statement_bytes([statement], language="nl"))).split())
    assert f"Vervangt het overzicht 2025-00105 van {show_date(date(2026, 1, 10))}." in pdf
    [backup] = (demo_path.parent / "backups").glob("demo-*-before-migration.coopdesk")  # made before migrating
    with closing(sqlite3.connect(backup)) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0009",)
