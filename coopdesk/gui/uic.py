"""Compiling the Designer forms in `ui/` into `coopdesk/gui/forms/*_ui.py`.

The generated modules are committed (so the app starts without uic and reads
no `.ui` file at run time) and never edited; `python -m coopdesk.gui.forms`,
run in a checkout, regenerates them and a test checks that each still matches
its form. This is a developer's tool: it works on the checkout's source files,
which an installed package does not have.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from coopdesk.gui.paths import qt_tool

FORMS_DIR = Path(__file__).resolve().parent / "forms"
# the checkout's top-level ui/ folder (sources; not part of the package)
UI_DIR = FORMS_DIR.parents[2] / "ui"


@dataclass(frozen=True)
class Form:
    ui_path: Path
    module_path: Path


FORMS = [
    Form(UI_DIR / "member_dialog.ui", FORMS_DIR / "member_dialog_ui.py"),
]


def compile_form(form: Form, target: Path | None = None) -> Path:
    """Run uic on the form; writes to `target` (default: the committed module)."""
    if not form.ui_path.is_file():
        raise FileNotFoundError(f"{form.ui_path} not found: regenerate the forms in a checkout")
    output = target or form.module_path
    subprocess.run(
        [str(qt_tool("uic")), "-g", "python", "-o", str(output), str(form.ui_path)],
        check=True,
        capture_output=True,
    )
    return output
