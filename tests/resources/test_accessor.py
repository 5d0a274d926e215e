"""coopdesk.resources: the packaged files, found through importlib.resources."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopdesk import resources

ROOT = Path(__file__).resolve().parents[2]


def test_the_compiled_translations_are_found_per_language() -> None:
    english = resources.translations("en")
    assert [p.name for p in english] == sorted(
        f"{ts.stem}.qm" for ts in (ROOT / "resources" / "translations").glob("*_en.ts")
    )
    assert all(p.is_file() and p.read_bytes() for p in english)
    assert resources.translations("fr") == []


def test_a_packaged_file_is_read_from_the_package_not_the_checkout() -> None:
    icon = resources.path(resources.ICONS, "coopdesk.svg")
    assert icon.is_relative_to(Path(resources.__file__).parent)
    assert icon.read_bytes() == (ROOT / "resources" / "icons" / "coopdesk.svg").read_bytes()


def test_a_missing_file_says_so() -> None:
    with pytest.raises(resources.MissingResource, match="rules/no-such-table.toml"):
        resources.rules_table("no-such-table")
    assert resources.listing("no-such-folder") == []
