"""A demo book shared (read-only) by the report tests."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from coopdesk.domain.clock import FixedClock
from coopdesk.services.demo import generate_demo_book
from tests.conftest import TODAY


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.coopdesk"
    generate_demo_book(path, members=20, years=3, seed=7, clock=FixedClock.on(TODAY)).close()
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo book (tests may damage it)."""
    target = tmp_path / "demo.coopdesk"
    shutil.copyfile(demo_template, target)
    os.chmod(target, 0o600)
    return target
