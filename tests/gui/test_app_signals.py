"""The app closes the book and removes its lock on SIGTERM, SIGHUP and Ctrl+C (the real
command in a subprocess: Qt's event loop must let Python's signal handlers run)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coopdesk.services.books import lock_holder

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_the_app_closes_the_book_on_a_signal(book_path: Path, tmp_path: Path, signum: int) -> None:
    environment = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "COOPDESK_SETTINGS": str(tmp_path / "settings.ini"),
        "COOPDESK_DATA_DIR": str(tmp_path / "data"),
        "COOPDESK_CACHE_DIR": str(tmp_path / "cache"),
    }
    environment.pop("COOPDESK_EXIT_AFTER_PAINT", None)
    app = subprocess.Popen([sys.executable, "-m", "coopdesk", str(book_path)], env=environment,
                           cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120  # a bound for a hung app, not a timing assertion
        while lock_holder(book_path) is None and app.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        holder = lock_holder(book_path)
        assert holder is not None and holder.pid == app.pid
        app.send_signal(signum)
        _out, err = app.communicate(timeout=120)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert app.returncode == 128 + signum, err
    assert lock_holder(book_path) is None, err
