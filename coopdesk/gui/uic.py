"""Compiling the Designer forms in `ui/` into `coopdesk/gui/forms/*_ui.py`.

The generated modules are committed (so the app starts without uic) and never
edited; `python -m coopdesk.gui.forms` regenerates them and a test checks that
each still matches its form.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from coopdesk.gui.paths import ROOT, UI_DIR, qt_tool

FORMS_DIR = ROOT / "coopdesk" / "gui" / "forms"


@dataclass(frozen=True)
class Form:
    ui_path: Path
    module_path: Path


FORMS = [
    Form(UI_DIR / "member_dialog.ui", FORMS_DIR / "member_dialog_ui.py"),
]


def compile_form(form: Form, target: Path | None = None) -> Path:
    """Run uic on the form; writes to `target` (default: the committed module)."""
    output = target or form.module_path
    subprocess.run(
        [str(qt_tool("uic")), "-g", "python", "-o", str(output), str(form.ui_path)],
        check=True,
        capture_output=True,
    )
    return output
