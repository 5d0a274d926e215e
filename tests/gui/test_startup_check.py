"""Start-up on Linux without Qt's X11 libraries (issue 9): Qt would abort the process with a
one-line hint naming only libxcb-cursor0; CoopDesk names every missing package instead.
The system's loader is replaced by one that knows which libraries are "installed"."""

from __future__ import annotations

import pytest

from coopdesk.gui import app
from coopdesk.gui.app import XCB_LIBRARIES, missing_xcb_packages, platform_problem, uses_xcb

X11 = {"DISPLAY": ":0"}


def _without(*missing: str):  # type: ignore[no-untyped-def]
    return lambda library: library not in missing


def test_every_missing_library_is_named_by_its_package_in_one_apt_line() -> None:
    problem = platform_problem(X11, _without("libxcb-cursor.so.0", "libxcb-keysyms.so.1"), "linux")
    assert problem is not None
    assert "sudo apt-get install libxcb-cursor0 libxcb-keysyms1\n" in problem
    assert "kan geen venster openen" in problem and "cannot open a window" in problem


def test_nothing_is_said_when_everything_loads_or_qt_uses_another_platform() -> None:
    assert platform_problem(X11, lambda _library: True, "linux") is None
    nothing = lambda _library: False  # noqa: E731
    assert platform_problem({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, nothing, "linux") is None
    assert platform_problem({}, nothing, "linux") is None  # no display: Qt says so itself
    assert platform_problem({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, nothing, "linux") is None
    assert platform_problem(X11, nothing, "win32") is None
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")


def test_the_list_covers_what_the_readme_names() -> None:
    packages = {package for _library, package in XCB_LIBRARIES}
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"} <= packages
    assert missing_xcb_packages(lambda _library: False) == [p for _l, p in XCB_LIBRARIES]
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert all(package in readme for package in packages)


def test_run_app_prints_the_advice_and_exits_before_qt_starts(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(app.QApplication, "instance", staticmethod(lambda: None))
    monkeypatch.setattr(app, "platform_problem", lambda: "install libxcb-icccm4\n")
    monkeypatch.setattr(app, "application", lambda: pytest.fail("Qt must not start"))
    assert app.run_app() == 1
    assert capsys.readouterr().err == "install libxcb-icccm4\n"


def test_the_real_loader_reports_a_library_that_does_not_exist() -> None:
    assert app._loads("libxcb-cursor.so.0-does-not-exist") is False
