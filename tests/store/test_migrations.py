"""The migrations build exactly the schema the models describe."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from coopdesk.store.migrations import (
    HEAD_REVISION,
    KNOWN_REVISIONS,
    alembic_config,
    upgrade_to_head,
)
from coopdesk.store.tables import Base


def test_known_revisions_match_the_scripts() -> None:
    scripts = ScriptDirectory.from_config(alembic_config())
    assert scripts.get_current_head() == HEAD_REVISION
    chain = [rev.revision for rev in scripts.walk_revisions()]
    assert list(reversed(chain)) == list(KNOWN_REVISIONS)


def test_models_and_migrations_do_not_drift(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'drift.db'}")
    upgrade_to_head(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
