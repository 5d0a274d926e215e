"""Save every page and dialog of CoopDesk as PNG, in Dutch and in English.

    python tools/screenshots.py OUTDIR

Runs offscreen on a generated demo book (fixed clock and seed), so the pictures
are the same every time. Pages come from `coopdesk.gui.pages.PAGES`, so
a new area's page is included without changing this script. Output:
`OUTDIR/nl/*.png` and `OUTDIR/en/*.png`.

The window is shot at 1024×700, the smallest screen issue 9 requires every page to
fit; the script stops with an error when the window cannot be that small, or when a
picture named after a state (the member dialog's warning) does not show that state.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2026, 11, 28)
WINDOW_SIZE = (1024, 700)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="coopdesk-shots-") as scratch:
        os.environ["COOPDESK_DATA_DIR"] = str(Path(scratch) / "data")
        return _shoot(options.outdir, Path(scratch))


def _shoot(outdir: Path, scratch: Path) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox, QTabWidget, QWidget

    from coopdesk.domain.clock import FixedClock
    from coopdesk.gui.app import application
    from coopdesk.gui.i18n import Translations, load_qt_dutch
    from coopdesk.gui.main_window import MainWindow
    from coopdesk.gui.messages import RecordingMessages
    from coopdesk.gui.settings import Settings
    from coopdesk.services.books import open_book
    from coopdesk.services.demo import DEMO_STEPS, generate_demo_book

    app = application()
    app.setStyle("Fusion")
    clock = FixedClock.on(TODAY)
    demo_path = scratch / "De Buurtkracht.coopdesk"
    generate_demo_book(demo_path, members=12, seed=2026, clock=clock).close()

    def settle() -> None:
        for _ in range(3):
            QCoreApplication.processEvents()

    for language in ("nl", "en"):
        folder = outdir / language
        folder.mkdir(parents=True, exist_ok=True)
        translations = Translations()
        translations.install(language)
        qt_dutch = load_qt_dutch(app) if language == "nl" else None
        saved: list[str] = []

        def save(widget: QWidget, name: str, folder: Path = folder, saved: list[str] = saved) -> None:
            widget.show()
            settle()
            if isinstance(widget, MainWindow) and (widget.width(), widget.height()) != WINDOW_SIZE:
                raise SystemExit(f"{name}: the window is {widget.width()}×{widget.height()}, "
                                 f"not {WINDOW_SIZE[0]}×{WINDOW_SIZE[1]}: a page does not fit")
            widget.grab().save(str(folder / f"{name}.png"))
            saved.append(name)

        settings = Settings.at(scratch / f"settings-{language}.ini")
        settings.remember_book(demo_path)

        # Start screen (no book open).
        start = MainWindow(settings, clock, RecordingMessages())
        start.resize(*WINDOW_SIZE)
        save(start, "start_screen")
        start.start_screen.show_progress(2, 4, DEMO_STEPS[2].render())
        save(start, "start_screen_making_demo")
        start.start_screen.hide_progress()

        # Lock message: a second window opening the book the first one holds.
        window = MainWindow(settings, clock, RecordingMessages())
        window.resize(*WINDOW_SIZE)
        window.set_book(open_book(demo_path, clock=clock, backup=False))
        recorder = RecordingMessages()
        start.messages = recorder
        start.open_book_path(demo_path)
        box = QMessageBox(QMessageBox.Icon.Warning, "CoopDesk", recorder.texts()[-1],
                          QMessageBox.StandardButton.Ok)
        save(box, "lock_message")
        box.close()
        start.close()

        # Every page, and every tab of a page that has tabs.
        for index, page in enumerate(window.build_all_pages()):
            window.navigation.setCurrentRow(index)
            build_charts = getattr(page, "build_charts", None)  # the dashboard draws its charts after a paint
            if build_charts is not None:
                build_charts()
            save(window, f"page_{index + 1}_{type(page).__name__}")
            tabs = getattr(page, "tabs", None)
            if isinstance(tabs, QTabWidget):
                for tab in range(1, tabs.count()):
                    tabs.setCurrentIndex(tab)
                    save(window, f"page_{index + 1}_{type(page).__name__}_tab{tab + 1}")
                tabs.setCurrentIndex(0)

        # The bookkeeping forms a treasurer fills in.
        from coopdesk.domain.ledger import TransactionKind
        from coopdesk.gui.ledger.page import LedgerPage

        for index, page in enumerate(window.pages):
            if isinstance(page, LedgerPage):
                window.navigation.setCurrentRow(index)
                for name, open_form in (
                    ("ledger_receipt_form", lambda p=page: p.open_money_form(TransactionKind.RECEIPT)),
                    ("ledger_expense_form", lambda p=page: p.open_money_form(TransactionKind.EXPENSE)),
                    ("ledger_journal_form", lambda p=page: p.open_journal_form()),
                    ("ledger_opening_form", lambda p=page: p.open_opening_form()),
                ):
                    form = open_form()
                    save(form, name)
                    form.close()

        # The register with former members (the leave date and reason columns).
        from coopdesk.gui.members.page import MembersPage

        for index, page in enumerate(window.pages):
            if isinstance(page, MembersPage):
                window.navigation.setCurrentRow(index)
                page.former_check.setChecked(True)
                save(window, "page_members_with_former_members")
                page.former_check.setChecked(False)

        # The keyboard shortcuts (F1).
        window.show_shortcuts()
        assert window.dialog is not None
        save(window.dialog, "keyboard_shortcuts")
        window.dialog.close()
        window.dialog = None

        # The payout proposal of the demo's current month (the page opens without one).
        from coopdesk.gui.payout.page import PayoutPage

        for index, page in enumerate(window.pages):
            if isinstance(page, PayoutPage):
                window.navigation.setCurrentRow(index)
                page.tabs.setCurrentIndex(0)
                page.month.setCurrentIndex(TODAY.month - 1)
                page.year.setValue(TODAY.year)
                page.propose().wait()
                if page.proposal_model.rowCount():
                    page.proposal_view.selectRow(0)
                save(window, "page_payout_proposal")

        # Dialogs, each reached the way a treasurer reaches it.
        for name, opener in _dialogs(window).items():
            window.navigation.setCurrentRow(0)
            dialog = opener()
            save(dialog, name)
            dialog.close()
            window.dialog = None

        window.close()
        translations.remove()
        if qt_dutch is not None:
            app.removeTranslator(qt_dutch)
        print(f"{language}: {len(saved)} screenshots in {folder}")
    QApplication.processEvents()
    return 0


def _dialogs(window: object) -> dict[str, Callable[[], object]]:
    from coopdesk.domain.member import PaymentRegime
    from coopdesk.gui.main_window import MainWindow
    from coopdesk.gui.members.page import MembersPage

    assert isinstance(window, MainWindow)
    page = next(p for p in window.pages if isinstance(p, MembersPage))

    def member_empty() -> object:
        page.add_member()
        return page.dialog

    def member_filled() -> object:
        page.select_member(101)
        page.edit_member()
        return page.dialog

    def member_errors() -> object:
        page.add_member()
        dialog = page.dialog
        ui = dialog.ui  # type: ignore[union-attr]
        ui.nameEdit.setText("")
        ui.postcodeEdit.setText("3531C")
        ui.ibanEdit.setText("NL91 ABNA 0417 1643 01")
        ui.birthEdit.set_value(date(2030, 1, 1))
        ui.leftEdit.set_value(date(2020, 1, 1))
        dialog._on_button_box_accepted()  # type: ignore[union-attr]
        return dialog

    def member_warning() -> object:
        page.add_member()
        dialog = page.dialog
        ui = dialog.ui  # type: ignore[union-attr]
        ui.nameEdit.setText("Yasmina El Amrani")
        ui.birthEdit.set_value(date(2004, 5, 14))
        ui.assistanceCheck.setChecked(True)
        # the warning (under 27 on social assistance) concerns a flat payment: choose one
        ui.regimeCombo.setCurrentIndex(ui.regimeCombo.findData(PaymentRegime.VOLUNTEER_ALLOWANCE))
        if not ui.warningLabel.isVisibleTo(dialog) or not ui.warningLabel.text():
            raise SystemExit("member_dialog_warning: the dialog shows no warning")
        return dialog

    def leave() -> object:
        page.select_member(102)
        page.record_leaving()
        return page.dialog

    def new_book() -> object:
        window.new_book()
        return window.dialog

    def details() -> object:
        window.show_cooperative_details()
        return window.dialog

    return {
        "member_dialog_empty": member_empty,
        "member_dialog_filled": member_filled,
        "member_dialog_errors": member_errors,
        "member_dialog_warning": member_warning,
        "leave_dialog": leave,
        "new_book_dialog": new_book,
        "cooperative_details_dialog": details,
    }


if __name__ == "__main__":
    sys.exit(main())
