"""Migration 0005 on an older book: the rules tables are copied in, the payout accounts added."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from coopdesk.store.chart import PAYOUT_ACCOUNTS
from coopdesk.store.migrations import alembic_config, upgrade_to_head


def test_an_older_book_gets_the_rules_and_the_payout_accounts(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
        connection.execute(text("INSERT INTO account (code, name, type, role, rgs_code, active) "
                                "VALUES ('1700', 'Te betalen vergoedingen leden', 'liability', '', '', 1)"))
    upgrade_to_head(engine)
    with engine.connect() as connection:
        codes = set(connection.execute(text("SELECT code FROM account")).scalars())
        years = list(connection.execute(text("SELECT year FROM rule_fiscal_caps ORDER BY year")).scalars())
        maximum = connection.execute(text(
            "SELECT yearly_maximum FROM rule_premium_maximum WHERE in_force_on = '2025-07-01'")).scalar()
    assert set(PAYOUT_ACCOUNTS) <= codes
    assert years == [2022, 2023, 2024, 2025, 2026]
    assert maximum == 332600  # cents
    engine.dispose()
