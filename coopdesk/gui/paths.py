"""Where the app writes its own files, and where Qt's developer tools are.

* user data (demo books, the crash log) goes to `~/.local/share/CoopDesk` (the
  platform's equivalent elsewhere), or to `$COOPDESK_DATA_DIR` when set;
* Qt's command-line tools (uic, lupdate), which only developers run, are found
  inside the PySide6 package, or next to the Python interpreter.

What the app reads (translations, icons, rules tables) is inside the package:
see `coopdesk.resources`. Nothing here points into a checkout.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

APP_NAME = "CoopDesk"


def data_dir() -> Path:
    """The folder for CoopDesk's own files (demo books, log); created when missing."""
    override = os.environ.get("COOPDESK_DATA_DIR")
    if override:
        folder = Path(override)
    elif sys.platform == "win32":
        folder = Path(os.environ.get("APPDATA", Path.home())) / APP_NAME
    else:
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        folder = Path(base) / APP_NAME
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def log_path() -> Path:
    return data_dir() / "coopdesk.log"


def qt_tool(name: str) -> Path:
    """A Qt tool shipped with PySide6 ('uic', 'lupdate', 'lrelease'), for developers."""
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    suffix = ".exe" if sys.platform == "win32" else ""
    candidates = [
        package / f"{name}{suffix}",
        package / "Qt" / "libexec" / f"{name}{suffix}",
        Path(sys.executable).parent / f"pyside6-{name}{suffix}",
    ]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    found = shutil.which(f"pyside6-{name}")
    if found:
        return Path(found)
    raise FileNotFoundError(f"Qt tool '{name}' not found in the PySide6 package ({package})")
