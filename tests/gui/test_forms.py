"""Each Designer form and its generated module agree (examples.md, habit 10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopdesk.gui.uic import FORMS, Form, compile_form


def _without_version_line(text: str) -> list[str]:
    # uic stamps its own version in a comment; a newer uic alone is no disagreement
    return [line for line in text.splitlines() if not line.startswith("## Created by: Qt User Interface")]


@pytest.mark.parametrize("form", FORMS, ids=lambda f: f.ui_path.name)
def test_generated_module_matches_its_form(form: Form, tmp_path: Path) -> None:
    fresh = compile_form(form, tmp_path / form.module_path.name)
    committed = form.module_path.read_text(encoding="utf-8")
    assert _without_version_line(fresh.read_text(encoding="utf-8")) == _without_version_line(committed), (
        f"{form.module_path.name} is out of date: run `python -m coopdesk.gui.forms`"
    )


def test_every_form_in_ui_is_compiled() -> None:
    from coopdesk.gui.uic import UI_DIR

    assert {f.ui_path for f in FORMS} == set(UI_DIR.glob("*.ui"))
