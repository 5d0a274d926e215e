"""The worker module: a job's result, error and cancel reach the GUI thread through signals."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.text import Text, set_language
from coopdesk.gui import worker

WAIT = 10_000  # ms: an upper bound for a stuck job, not a timing the test relies on


def _on_gui_thread() -> bool:
    app = QApplication.instance()
    assert app is not None
    return QThread.currentThread() is app.thread()


def test_the_result_arrives_on_the_gui_thread_from_another_thread(qtbot: QtBot) -> None:
    seen: dict[str, object] = {}

    def job(progress: worker.Progress) -> int:
        seen["job thread"] = threading.get_ident()
        progress.report(1, 2, "half")
        return 42

    def on_finished(result: object) -> None:
        seen["result"] = result
        seen["on gui thread"] = _on_gui_thread()

    started = worker.start(job)
    started.finished.connect(on_finished)
    with qtbot.waitSignal(started.ended, timeout=WAIT):
        pass
    assert seen == {"job thread": seen["job thread"], "result": 42, "on gui thread": True}
    assert seen["job thread"] != threading.get_ident()
    assert not started.running and started.result == 42


def test_an_error_arrives_on_the_gui_thread_with_its_message(qtbot: QtBot) -> None:
    def job(_progress: worker.Progress) -> None:
        raise CoopDeskError(Text("Het boek is bezet.", "The book is busy."))

    started = worker.start(job)
    with qtbot.waitSignal(started.failed, timeout=WAIT) as blocker:
        pass
    error = blocker.args[0]
    assert isinstance(error, CoopDeskError) and error.message() == "Het boek is bezet."
    assert started.error is error and started.result is None


def test_cancel_stops_the_job_at_its_next_progress_report(qtbot: QtBot) -> None:
    running = threading.Event()
    steps: list[int] = []

    def job(progress: worker.Progress) -> str:
        running.set()
        for step in range(1_000_000):
            progress.report(step, 1_000_000)
            steps.append(step)
            if step == 0:
                cancelled.wait(WAIT / 1000)  # the test cancels while the job is under way
        return "finished anyway"

    cancelled = threading.Event()
    started = worker.start(job)
    assert running.wait(WAIT / 1000)
    started.cancel()
    cancelled.set()
    finished: list[object] = []
    started.finished.connect(finished.append)
    with qtbot.waitSignal(started.cancelled, timeout=WAIT):
        pass
    assert steps == [0] and finished == []
    assert not started.running


def test_a_job_speaks_the_apps_language(qtbot: QtBot) -> None:
    set_language("en")
    message = Text("Er is niets ingelezen.", "Nothing was imported.")
    started = worker.start(lambda _progress: message.render())
    with qtbot.waitSignal(started.finished, timeout=WAIT) as blocker:
        pass
    assert blocker.args == ["Nothing was imported."]


def test_wait_keeps_the_event_loop_running_until_the_job_ends(qtbot: QtBot) -> None:
    release = threading.Event()
    started = worker.start(lambda _progress: release.wait(WAIT / 1000))
    release.set()
    started.wait()
    assert started.result is True and not started.running


@pytest.fixture(autouse=True)
def _no_job_left(qtbot: QtBot):  # type: ignore[no-untyped-def]
    yield
    from PySide6.QtCore import QThreadPool

    assert QThreadPool.globalInstance().waitForDone(WAIT)
