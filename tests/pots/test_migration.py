"""Migration 0006 on an older book: the purposes are seeded and the accounts added."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from coopdesk.domain.pot import DEFAULT_PURPOSES
from coopdesk.store.chart import MUNICIPALITY_PAYABLE, POTS, RESULT_DISTRIBUTION, TRAINING_RESERVE
from coopdesk.store.migrations import alembic_config, upgrade_to_head


def test_an_older_book_gets_the_purposes_and_the_accounts(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
        connection.execute(text("INSERT INTO account (code, name, type, role, rgs_code, active) "
                                "VALUES ('1000', 'Kas', 'asset', 'cash', '', 1)"))
    upgrade_to_head(engine)
    with engine.connect() as connection:
        codes = dict(connection.execute(text("SELECT code, type FROM account")).tuples().all())
        purposes = list(connection.execute(text("SELECT name, needs_approval, income_warning FROM pot_purpose "
                                                "ORDER BY id")).tuples())
    assert codes[POTS] == "liability" and codes[MUNICIPALITY_PAYABLE] == "liability"
    assert codes[TRAINING_RESERVE] == "equity" and codes[RESULT_DISTRIBUTION] == "equity"
    assert [(n, bool(a), bool(w)) for n, a, w in purposes] == list(DEFAULT_PURPOSES)
    engine.dispose()
