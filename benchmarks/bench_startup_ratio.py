"""Start-up cost as a ratio: the app's cpu time to its first paint on the large book,
against a bare `QApplication` that shows one empty window, run in turn in one call.

    python benchmarks/bench_startup_ratio.py [--runs 9]

Both are whole processes started from this one; cpu is the child's user + system time
as the operating system accounts it (`os.wait4`), so a busy machine slows both alike.
The pairs alternate (app, bare, app, bare, ...) and the ratio is taken pair by pair;
the median ratio is the figure (issue 8's target: <= 2.5). The app exits right after
its first paint (`COOPDESK_EXIT_AFTER_PAINT`). The package is byte-compiled first:
this shell sets PYTHONDONTWRITEBYTECODE=1 and would otherwise measure compiling.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, working_copy

TARGET = 2.5

BARE = (
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "from PySide6.QtCore import QTimer\n"
    "app = QApplication([])\n"
    "w = QWidget(); w.resize(800, 600); w.show()\n"
    "QTimer.singleShot(0, app.quit)\n"
    "app.exec()\n"
)


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    started = time.perf_counter()
    pid = os.posix_spawn(command[0], command, env, file_actions=[
        (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
        (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0),
    ])
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command} exited with {os.waitstatus_to_exitcode(status)}")
    return usage.ru_utime + usage.ru_stime, wall, ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    options = parser.parse_args()
    compileall.compile_dir(str(ROOT / "coopdesk"), quiet=1)
    book = working_copy("startup-ratio")
    with tempfile.TemporaryDirectory(prefix="coopdesk-bench-") as folder:
        scratch = Path(folder)
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "COOPDESK_SETTINGS": str(scratch / "settings.ini"),
            "COOPDESK_DATA_DIR": str(scratch / "data"),
            "COOPDESK_CACHE_DIR": str(scratch / "cache"),
            "COOPDESK_EXIT_AFTER_PAINT": repr(time.time()),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        app = [sys.executable, "-m", "coopdesk", str(book)]
        bare = [sys.executable, "-c", BARE]
        _run(app, env)  # warm the file cache
        _run(bare, env)
        pairs = []
        for _ in range(options.runs):
            app_cpu, app_wall, _ = _run(app, env)
            bare_cpu, bare_wall, _ = _run(bare, env)
            pairs.append((app_cpu, bare_cpu, app_wall, bare_wall))
    ratios = [a / b for a, b, _, _ in pairs]
    print(f"start-up cpu on the large book (500 members, 10 years), {options.runs} pairs, median:")
    print(f"  app to first paint      cpu {statistics.median(p[0] for p in pairs) * 1000:6.0f} ms"
          f"   wall {statistics.median(p[2] for p in pairs) * 1000:6.0f} ms")
    print(f"  bare QApplication       cpu {statistics.median(p[1] for p in pairs) * 1000:6.0f} ms"
          f"   wall {statistics.median(p[3] for p in pairs) * 1000:6.0f} ms")
    ratio = statistics.median(ratios)
    print(f"  ratio app / bare (cpu)  {ratio:.2f}  (min {min(ratios):.2f}, max {max(ratios):.2f}; "
          f"target <= {TARGET})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
