"""Migration 0007 on an older book: the cooperative keeps its details, with no treasurer
and no logo, and the book reads as before."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from coopdesk.store.members import load_cooperative
from coopdesk.store.migrations import alembic_config, upgrade_to_head


def test_an_older_book_gets_an_empty_treasurer_and_no_logo(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0006")
        connection.execute(text("INSERT INTO cooperative (id, name, kvk_number, address, postcode, city, iban, "
                                "municipality, created_at) VALUES (1, 'De Hoek U.A.', '12345678', '', '', "
                                "'Zeist', '', '', :now)"), {"now": datetime(2026, 1, 1, tzinfo=UTC).isoformat()})
    upgrade_to_head(engine)
    with Session(engine) as session:
        details = load_cooperative(session)
    assert details is not None
    assert (details.name, details.city, details.treasurer, details.logo) == ("De Hoek U.A.", "Zeist", "", b"")
    engine.dispose()
