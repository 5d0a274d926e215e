"""A built wheel carries what the app reads at run time, and an installed app speaks English.

The wheel is built from a copy of the project's sources (nothing an editable
install wrote into the checkout), installed without its dependencies into a
fresh virtual environment outside the checkout, which borrows the test
environment's packages (PySide6...) through a path file; the check runs from
a folder outside the checkout. CI (.ci/run) does the full install with
dependencies and runs the command line from it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ["pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "coopdesk", "resources", "ui"]
GENERATED = {"translations", "icons", "rules", "fonts", "help"}  # under coopdesk/resources

pytestmark = pytest.mark.slow


def _ignore_generated(folder: str, names: list[str]) -> set[str]:
    ignored = {n for n in names if n in ("__pycache__",) or n.endswith((".pyc", ".qm"))}
    if Path(folder).resolve() == (ROOT / "coopdesk" / "resources").resolve():
        ignored |= GENERATED & set(names)
    return ignored


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("project")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, project / name, ignore=_ignore_generated)
        else:
            shutil.copy2(source, project / name)
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(dist), str(project)],
        check=True, capture_output=True, timeout=600,
    )
    (built,) = dist.glob("coopdesk-*.whl")
    return built


def test_the_wheel_holds_the_compiled_translations_icons_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    assert sources
    for ts in sources:
        assert f"coopdesk/resources/translations/{ts.stem}.qm" in names
    for icon in (ROOT / "resources" / "icons").iterdir():
        assert f"coopdesk/resources/icons/{icon.name}" in names
    assert "coopdesk/resources/__init__.py" in names
    assert any(n.startswith("coopdesk/store/migrations/versions/") for n in names)
    assert not any(n.endswith(".ts") or n.startswith(("resources/", "ui/")) for n in names)


_SHOW_ENGLISH = """
import json, sys
import coopdesk
from coopdesk.gui.app import application
from coopdesk.gui.i18n import Translations
from coopdesk.gui.start_screen import StartScreen

app = application()
translations = Translations()
language = translations.install("en")
screen = StartScreen()
screen.show()
app.processEvents()
screen.grab()  # rendered, offscreen
print(json.dumps({
    "package": coopdesk.__file__,
    "language": language,
    "new": screen.new_button.text(),
    "icon": not app.windowIcon().isNull(),
}))
"""


def test_an_installed_wheel_shows_the_window_in_english(wheel: Path, tmp_path: Path) -> None:
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=False)
    python = environment / "bin" / "python"
    if not python.exists():  # Windows
        python = environment / "Scripts" / "python.exe"
    site_packages = Path(subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip())
    # the dependencies come from the test environment (its .pth files, and so its
    # editable coopdesk, are not read: a plain path line only extends sys.path)
    (site_packages / "borrowed.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", str(wheel)],
        check=True, capture_output=True, timeout=600,
    )
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "COOPDESK_LANG")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["COOPDESK_DATA_DIR"] = str(tmp_path / "data")
    result = subprocess.run(
        [str(python), "-c", _SHOW_ENGLISH], cwd=outside, env=env,
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert Path(shown["package"]).is_relative_to(site_packages)
    assert shown["language"] == "en"
    assert shown["new"] == "&New book…"
    assert shown["icon"]
