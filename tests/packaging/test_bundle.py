"""The built bundle (packaging/build.sh) works without the virtual environment: its
executable writes a demo book (Alembic's migrations, read as files from the bundle),
checks it and prints a report through the CLI, and starts the window offscreen on
that book, in Dutch and in English, to the first paint, exit status 0.

Building takes minutes, so this runs only with COOPDESK_BUILD_BUNDLE=1; with
COOPDESK_BUNDLE_DIR=<dist/coopdesk> it tests a bundle built before instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("COOPDESK_BUILD_BUNDLE") != "1",
                       reason="builds the PyInstaller bundle (minutes): set COOPDESK_BUILD_BUNDLE=1"),
    pytest.mark.skipif(sys.platform != "linux", reason="packaging/build.sh builds the Linux bundle"),
]


@pytest.fixture(scope="module")
def bundle() -> Path:
    given = os.environ.get("COOPDESK_BUNDLE_DIR")
    if given:
        return Path(given).resolve()
    subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], check=True, cwd=ROOT)
    return ROOT / "dist" / "coopdesk"


@pytest.fixture
def run(bundle: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Run the bundle's executable away from the checkout and the venv, with its own
    data folder and settings."""
    environment = {
        key: value for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "COOPDESK_"))
    }
    environment.update(QT_QPA_PLATFORM="offscreen", COOPDESK_DATA_DIR=str(tmp_path / "data"),
                       COOPDESK_SETTINGS=str(tmp_path / "settings.ini"), COOPDESK_LANG="nl",
                       HOME=str(tmp_path))

    def run(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(bundle / "coopdesk"), *args], cwd=tmp_path, env={**environment, **extra},
                              capture_output=True, text=True, timeout=120)

    return run


@pytest.fixture
def demo(run, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    book = tmp_path / "demo.coopdesk"
    made = run("demo", str(book))
    assert made.returncode == 0, made.stderr
    return book


def test_the_bundle_writes_checks_and_reports_on_a_demo_book(run, demo: Path) -> None:  # type: ignore[no-untyped-def]
    checked = run("check", str(demo))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    year = str(time.localtime().tm_year)
    report = run("report", str(demo), "trial-balance", "--year", year, "--csv")
    assert report.returncode == 0, report.stderr
    assert len(report.stdout.splitlines()) > 2


@pytest.mark.parametrize(("language", "first_page"), [("nl", "Overzicht"), ("en", "Overview")])  # the dashboard
def test_the_bundle_starts_the_window_on_the_book(run, demo: Path, language: str, first_page: str) -> None:  # type: ignore[no-untyped-def]
    started = run("--lang", language, str(demo), COOPDESK_EXIT_AFTER_PAINT=repr(time.time()))
    assert started.returncode == 0, started.stderr
    lines = dict(line.split(" ", 1) for line in started.stdout.splitlines() if " " in line)
    assert lines["title"].endswith("– CoopDesk")
    assert lines["page"] == first_page
    assert float(lines["painted"]) > 0


def test_the_bundle_carries_what_the_app_reads_at_run_time(bundle: Path) -> None:
    inside = bundle / "_internal"
    wanted = [
        "coopdesk/resources/translations/coopdesk_en.qm",
        "coopdesk/resources/help/guide_nl.html",
        "coopdesk/resources/help/guide_en.html",
        "coopdesk/resources/icons/coopdesk.svg",
        "coopdesk/resources/rules/allowance_rules.toml",
        "coopdesk/store/migrations/env.py",
        "coopdesk/store/migrations/versions/0001_members.py",
        "PySide6/Qt/translations/qtbase_nl.qm",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
    ]
    assert [path for path in wanted if not (inside / path).is_file()] == []
    assert list(inside.glob("coopdesk-*.dist-info/METADATA"))  # the version and licence
    assert list(inside.glob("PySide6/Qt/lib/libQt6PrintSupport.so*"))
    share = bundle / "share"
    for path in ("applications/nl.coopdesk.CoopDesk.desktop", "mime/packages/nl.coopdesk.CoopDesk.xml",
                 "metainfo/nl.coopdesk.CoopDesk.metainfo.xml", "icons/hicolor/256x256/apps/nl.coopdesk.CoopDesk.png"):
        assert (share / path).is_file(), path
