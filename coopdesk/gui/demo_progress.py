"""Bestand → Demoboek openen: a demo book generated in the app's data folder, with its progress.

Generating takes a few seconds (issue 9), so it runs on a worker thread while the start
screen shows each step (`services.demo.DEMO_STEPS`) and the entries that would open
another book are off. The window stays responsive meanwhile; closing it then waits for
the demo to be written and closes after (`MainWindow.closeEvent`). A quit by a signal
ends the wait and opens nothing.

`DemoBookMaker` is one of the parts `main_window.MainWindow` is made of. Its texts are in
the translation context "MainWindow".
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.text import Text
from coopdesk.gui import worker
from coopdesk.gui.paths import data_dir

translate = QCoreApplication.translate

DEMO_MEMBERS = 12


class DemoBookMaker:
    """The demo book (a part of `MainWindow`; see the module docstring)."""

    demo_job: worker.Job | None
    _close_after_demo: bool

    def open_demo(self) -> bool:
        """Generate a demo book in the app's data folder and open it. Generating takes a few
        seconds, so it runs on a worker while the start screen says what is happening; this
        returns when the demo is open (or could not be made)."""
        if self.demo_job is not None:
            return False  # already being generated
        from coopdesk.services.demo import DEMO_STEPS, generate_demo_book

        stamp = time.strftime("%Y%m%d-%H%M%S")
        path = data_dir() / f"demo-{stamp}.coopdesk"
        counter = 1
        while path.exists():
            counter += 1
            path = data_dir() / f"demo-{stamp}-{counter}.coopdesk"
        self.close_book()
        clock = self.clock

        def generate(progress: worker.Progress) -> Path:
            def step(done: int, total: int, what: Text) -> None:
                progress.report(done, total, what.render())

            generate_demo_book(path, members=DEMO_MEMBERS, clock=clock, progress=step).close()
            return path

        job = self.demo_job = worker.start(generate, self)
        job.progressed.connect(self.start_screen.show_progress)
        self.start_screen.show_progress(0, len(DEMO_STEPS), translate("MainWindow", "Demoboek maken…"))
        self.statusBar().showMessage(translate("MainWindow", "Demoboek maken…"))
        busy = [self.new_action, self.open_action, self.demo_action, self.restore_action, self.recent_menu]
        for action in busy:
            action.setEnabled(False)
        try:
            job.wait()
            if job.running:  # the app is quitting (a signal): its event loops were told to end
                worker.finish_all()
                return False
        finally:
            self.demo_job = None
            self.start_screen.hide_progress()
            self.statusBar().clearMessage()
            for action in busy:
                action.setEnabled(True)
            self._fill_recent_menu()
        if job.error is not None:
            error = job.error
            message = error.message() if isinstance(error, CoopDeskError) else translate(
                "MainWindow", "Het demoboek kon niet worden gemaakt: {reason}").format(reason=error)
            self.messages.error(message, translate("MainWindow", "Demoboek"))
            return False
        opened = self.open_book_path(path)
        if self._close_after_demo:
            self.close()
        return opened
