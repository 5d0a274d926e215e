"""The Vergoedingen page's actual costs: each cost of the month with where it stands (paid
in which run, or waiting for the supplementary run), a late receipt for a paid month
refused in the form with where to enter it, and a cost removed only while it waits."""

from __future__ import annotations

import os
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coopdesk.domain.member import MemberForm, PaymentRegime
from coopdesk.domain.money import Money
from coopdesk.gui.payout.dialogs import ActualCostDialog
from coopdesk.gui.payout.page import PayoutPage
from coopdesk.gui.payout.proposal_tab import COST_STATE
from coopdesk.services import payout as payouts
from coopdesk.services.books import Book
from coopdesk.services.members import register_member

from . import test_payout_page as _page_tests
from .test_payout_page import IBAN, MARCH, Cast, propose_march

cast, page = _page_tests.cast, _page_tests.page  # the fixtures: members with hours, the page shown

SHOTS = os.environ.get("COOPDESK_SHOTS", "")


def _states(page: PayoutPage) -> list[str]:
    tab = page.proposal_tab
    return [str(tab.costs_model.data(tab.costs_model.index(row, COST_STATE)))
            for row in range(tab.costs_model.rowCount())]


def _add_cost(page: PayoutPage, qtbot: QtBot, member_id: int, amount: str, receipt: str) -> ActualCostDialog:
    qtbot.mouseClick(page.cost_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ActualCostDialog)
    dialog.member.setCurrentIndex(dialog.member.findData(member_id))
    dialog.amount.setText(amount)
    dialog.receipt.setText(receipt)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return dialog


def test_costs_show_their_run_or_that_they_wait(page: PayoutPage, book: Book, cast: Cast, qtbot: QtBot) -> None:
    propose_march(page, qtbot)
    ans = cast.ans
    dialog = _add_cost(page, qtbot, ans.id, "12,50", "bon 1")
    assert not dialog.isVisible()
    assert page.proposal_job is not None
    page.proposal_job.wait()
    assert _states(page) == ["Wacht op de uitbetaling van 03-2026"]
    page.confirm = lambda _title, _question: True
    qtbot.mouseClick(page.post_button, Qt.MouseButton.LeftButton)
    page.proposal_job.wait()
    [run] = payouts.list_runs(book)
    assert _states(page) == [f"Geboekt in uitbetaling {run.id}, nog niet betaald"]
    # a late receipt for Ans's paid March: refused in the form, naming the run and April; nothing written
    dialog = _add_cost(page, qtbot, ans.id, "7", "bon 2")
    assert dialog.isVisible() and f"uitbetaling {run.id}" in dialog.error.text()
    assert "Voer de bon in bij 04-2026" in dialog.error.text()
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "late_receipt_refused.png"))
    dialog.reject()
    # a newcomer with only a receipt: waiting for March's supplementary run, and removable
    newcomer = register_member(book, MemberForm(name="Dirk Nieuw", joined_on=date(2026, 3, 15),
                                                birth_on=date(1985, 1, 1), iban=IBAN, regime=PaymentRegime.NONE))
    assert not _add_cost(page, qtbot, newcomer.id, "8", "bon 3").isVisible()
    page.proposal_job.wait()
    assert _states(page) == [f"Geboekt in uitbetaling {run.id}, nog niet betaald",
                             "Wacht op de aanvullende uitbetaling van 03-2026"]
    tab = page.proposal_tab
    assert "2, waarvan 1 nog in geen uitbetaling" in tab.costs_title.text()
    tab.costs_view.selectRow(0)
    assert not tab.remove_cost_button.isEnabled()  # paid: posted money
    tab.costs_view.selectRow(1)
    assert tab.remove_cost_button.isEnabled()
    assert not tab.waiting_note.isVisible()  # March itself is shown: its table says it
    if SHOTS:
        page.resize(1024, 700)
        page.grab().save(os.path.join(SHOTS, "costs_waiting.png"))
    # another month shown: March's waiting cost is named above its costs
    page.month.setCurrentIndex(9)
    qtbot.mouseClick(page.propose_button, Qt.MouseButton.LeftButton)
    page.proposal_job.wait()
    assert tab.waiting_note.isVisible()
    assert "03-2026 wachten op een aanvullende uitbetaling: 1 lid, € 8,00" in tab.waiting_note.text()
    if SHOTS:
        page.grab().save(os.path.join(SHOTS, "october_names_march.png"))
    propose_march(page, qtbot)
    tab.costs_view.selectRow(1)
    qtbot.mouseClick(tab.remove_cost_button, Qt.MouseButton.LeftButton)
    page.proposal_job.wait()
    assert [cost.member_id for cost in payouts.list_actual_costs(book, MARCH)] == [ans.id]
    assert payouts.list_actual_costs(book, MARCH)[0].amount == Money("12.50")
    assert "Kosten verwijderd." in page.notice.text()
