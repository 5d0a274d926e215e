"""Alembic migrations of the book schema, applied when a book is opened.

`HEAD_REVISION` and `KNOWN_REVISIONS` are written out here so that opening an
up-to-date book does not have to import Alembic or scan the scripts; a test
checks them against the scripts in `versions/`. Add a migration: write the
script (`down_revision` = the current head), then append its id below.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Engine

KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009",
                                   "0010", "0011")
HEAD_REVISION = KNOWN_REVISIONS[-1]
SCRIPT_LOCATION = Path(__file__).parent


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    return config


def upgrade_to_head(engine: Engine) -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
