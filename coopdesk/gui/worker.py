"""Work off the GUI thread: long jobs (imports, statements, exports, checks) with
progress, cancel, and their outcome delivered on the GUI thread.

    job = worker.start(lambda progress: do_it(book, progress), parent=self)
    job.progressed.connect(...)   # (done, total, text)
    job.finished.connect(...)     # the function's return value
    job.failed.connect(...)       # the exception it raised (a CoopDeskError: show its message)
    job.cancelled.connect(...)    # it stopped at a `progress.report`/`check` after `job.cancel()`
    job.ended.connect(...)        # after any one of those three

The function runs on a `QThreadPool` thread and gets a `Progress`. It must not touch
widgets; it calls services, and every service opens its own unit of work, so a job
never shares a session with the GUI thread. Cancelling is cooperative: the next
`progress.report()` or `progress.check()` raises `JobCancelled`, and what the job
wrote in a unit of work that had not committed yet is rolled back with it. A job
that finishes before it looks at the flag again delivers its result (the work is done).

Language: the function runs in a copy of the starting thread's `contextvars` context
and sees the app's message language (`coopdesk.domain.text`), so the `Text` it renders
comes out as the window's does, whether the language is a module global or moves into a
context variable.
"""

from __future__ import annotations

import contextvars
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger("coopdesk")


class JobCancelled(Exception):
    """Raised inside a job at its next progress report once it was cancelled."""


class Progress:
    """What a job function gets: report how far it is, and notice a cancel."""

    def __init__(self, relay: _Relay, cancel: threading.Event) -> None:
        self._relay = relay
        self._cancel = cancel

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Stop here (raise `JobCancelled`) when the job was cancelled."""
        if self._cancel.is_set():
            raise JobCancelled

    def report(self, done: int, total: int, text: str = "") -> None:
        """`done` of `total` steps (total 0: unknown), with a line for the progress dialog;
        raises `JobCancelled` when the job was cancelled."""
        self.check()
        self._relay.progressed.emit(done, total, text)


class _Relay(QObject):
    """Emitted from the worker thread; lives in the GUI thread, like the `Job` it feeds."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    raised = Signal(object)
    stopped = Signal()


class Job(QObject):
    """One job started with `start`; its signals arrive on the GUI thread."""

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    ended = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._running = True
        self.result: object = None
        self.error: BaseException | None = None
        self._relay = _Relay()  # no parent: kept by this job, deleted with it on the GUI thread
        queued = Qt.ConnectionType.QueuedConnection
        self._relay.progressed.connect(self._on_progressed, queued)
        self._relay.succeeded.connect(self._on_succeeded, queued)
        self._relay.raised.connect(self._on_raised, queued)
        self._relay.stopped.connect(self._on_stopped, queued)

    @property
    def running(self) -> bool:
        return self._running

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report."""
        self._cancel.set()

    def wait(self) -> None:
        """Keep the GUI responsive (a local event loop) until the job has ended."""
        if not self._running:
            return
        loop = QEventLoop()
        self.ended.connect(loop.quit)
        if self._running:
            loop.exec()

    @Slot(int, int, str)
    def _on_progressed(self, done: int, total: int, text: str) -> None:
        if self._running:
            self.progressed.emit(done, total, text)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self.result = result
        self._end(self.finished, result)

    @Slot(object)
    def _on_raised(self, error: BaseException) -> None:
        self.error = error
        from coopdesk.domain.errors import CoopDeskError

        if not isinstance(error, CoopDeskError):
            log.error("job failed", exc_info=(type(error), error, error.__traceback__))
        self._end(self.failed, error)

    @Slot()
    def _on_stopped(self) -> None:
        self._end(self.cancelled)

    def _end(self, signal: Any, *args: object) -> None:
        self._running = False
        signal.emit(*args)
        self.ended.emit()
        _RUNNING.discard(self)


class _Runnable(QRunnable):
    def __init__(self, function: Callable[[Progress], object], relay: _Relay, cancel: threading.Event) -> None:
        super().__init__()
        self._function = function
        self._relay = relay
        self._cancel = cancel
        self._context = contextvars.copy_context()  # taken on the GUI thread, when the job starts

    def run(self) -> None:
        relay = self._relay
        try:
            try:
                result = self._context.run(self._function, Progress(relay, self._cancel))
            except JobCancelled:
                relay.stopped.emit()
            except BaseException as error:  # noqa: BLE001 - every error goes back to the GUI thread
                relay.raised.emit(error)
            else:
                relay.succeeded.emit(result)
        except RuntimeError:  # the job's owner is gone (its window closed): nobody listens any more
            log.warning("a background job ended after its window closed")


_RUNNING: set[Job] = set()  # jobs without a parent stay alive until they end


def finish_all(pool: QThreadPool | None = None, timeout_ms: int = 30_000) -> bool:
    """Cancel every running job and wait until the pool is idle (before a book closes under
    them); True when every job has stopped in time. Their signals still arrive later, on the
    GUI thread, to whoever still listens."""
    for job in list(_RUNNING):
        job.cancel()
    return (pool or QThreadPool.globalInstance()).waitForDone(timeout_ms)


def start(function: Callable[[Progress], object], parent: QObject | None = None,
          pool: QThreadPool | None = None) -> Job:
    """Run `function(progress)` on a pool thread (the global pool unless given); call from
    the GUI thread."""
    job = Job(parent)
    _RUNNING.add(job)
    runnable = _Runnable(function, job._relay, job._cancel)
    (pool or QThreadPool.globalInstance()).start(runnable)
    return job
