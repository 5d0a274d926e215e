"""The Vergoedingen page driven as a treasurer drives it: propose a month, read why money
was held back, add an actual cost, post, pay, reverse; the rules tables; a member's
declarations. Every check reads the book back through the services."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from coopdesk.domain.errors import ClosedPeriodError
from coopdesk.domain.member import Member, MemberForm, PaymentRegime
from coopdesk.domain.money import Money
from coopdesk.domain.payout import HeldBackReason, PayoutMonth, RunStatus
from coopdesk.gui.payout.dialogs import (
    ActualCostDialog,
    FiscalRuleDialog,
    MunicipalityDialog,
    PaidDialog,
    ReverseDialog,
    SepaDialog,
)
from coopdesk.gui.payout.models import HELD, PAID, UNCONFIRMED_BACKGROUND, WARN, WARNING_BACKGROUND
from coopdesk.gui.payout.page import PayoutPage
from coopdesk.services import hours
from coopdesk.services import payout as payouts
from coopdesk.services.books import Book, update_cooperative
from coopdesk.services.changes import Changes
from coopdesk.services.members import register_member

IBAN = "NL91ABNA0417164300"
MARCH = PayoutMonth(2026, 3)


class Cast:
    """Ans works 50 hours at € 5,00 (€ 250, over the € 220 month cap); Bo has no IBAN;
    Piet is on the premium regime."""

    def __init__(self, book: Book) -> None:
        self.ans = register_member(book, MemberForm(
            name="Ans de Wit", joined_on=date(2024, 1, 1), birth_on=date(1970, 5, 5), iban=IBAN,
            regime=PaymentRegime.VOLUNTEER_ALLOWANCE))
        self.bo = register_member(book, MemberForm(
            name="Bo Smit", joined_on=date(2024, 1, 1), birth_on=date(1990, 1, 1), iban="",
            regime=PaymentRegime.VOLUNTEER_ALLOWANCE))
        self.piet = register_member(book, MemberForm(
            name="Piet Premie", joined_on=date(2024, 1, 1), birth_on=date(1980, 1, 1), iban=IBAN,
            regime=PaymentRegime.PREMIUM))
        centre = hours.list_cost_centres(book)[0]
        self.kitchen = hours.add_activity(book, "Keuken", centre.id, Money("5.00"))
        for day in range(2, 7):
            self.work(book, self.ans, date(2026, 3, day), "10")
        self.work(book, self.bo, date(2026, 3, 3), "4")
        self.work(book, self.piet, date(2026, 3, 4), "8")

    def work(self, book: Book, member: Member, day: date, text: str) -> None:
        hours.set_hours(book, member.id, self.kitchen.id, day, text)


@pytest.fixture
def cast(book: Book) -> Cast:
    return Cast(book)


@pytest.fixture
def page(qtbot: QtBot, book: Book, cast: Cast) -> Iterator[PayoutPage]:
    made = PayoutPage(book, QUndoStack())
    qtbot.addWidget(made)
    made.resize(1000, 640)
    made.show()
    yield made
    if made.proposal_job is not None:
        made.proposal_job.wait()  # nothing runs on the book after the test


def propose_march(page: PayoutPage, qtbot: QtBot) -> None:
    page.month.setCurrentIndex(2)
    page.year.setValue(2026)
    qtbot.mouseClick(page.propose_button, Qt.MouseButton.LeftButton)
    assert page.proposal_job is not None
    page.proposal_job.wait()


def row_of(page: PayoutPage, member: Member) -> int:
    return next(i for i, line in enumerate(page.proposal_model.rows()) if line.member.id == member.id)


def cell(page: PayoutPage, row: int, column: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> object:
    return page.proposal_model.data(page.proposal_model.index(row, column), role)


def test_the_proposal_shows_what_was_held_back_and_why(page: PayoutPage, cast: Cast, qtbot: QtBot) -> None:
    propose_march(page, qtbot)
    assert page.proposal is not None and page.proposal.month == MARCH
    ans = row_of(page, cast.ans)
    assert cell(page, ans, HELD) == "€ 30,00"
    assert cell(page, ans, PAID) == "€ 220,00"
    assert "Maandgrens vrijwilligersvergoeding: € 30,00" in str(cell(page, ans, HELD, Qt.ItemDataRole.ToolTipRole))
    page.proposal_view.selectRow(ans)
    assert "Maandgrens vrijwilligersvergoeding: € 30,00" in page.detail.toPlainText()
    assert "Keuken 50 u × € 5,00 = € 250,00" in page.detail.toPlainText()
    # Bo has no IBAN: the row is marked, and the warning is above the table
    bo = row_of(page, cast.bo)
    assert cell(page, bo, WARN) == "⚠ 1"
    assert cell(page, bo, WARN, Qt.ItemDataRole.BackgroundRole).color() == WARNING_BACKGROUND
    assert cell(page, ans, WARN, Qt.ItemDataRole.BackgroundRole) is None
    assert page.warnings.isVisible() and "Bo Smit heeft geen geldig IBAN" in page.warnings.text()
    assert "ingehouden € 30,00" in page.summary.text()


def test_a_month_not_begun_is_refused_in_words(page: PayoutPage, qtbot: QtBot) -> None:
    page.month.setCurrentIndex(11)
    page.year.setValue(2026)
    qtbot.mouseClick(page.propose_button, Qt.MouseButton.LeftButton)
    assert page.proposal_job is not None
    page.proposal_job.wait()
    assert page.proposal is None and "2026-12 is nog niet begonnen" in page.notice.text()
    assert not page.post_button.isEnabled()


def test_cost_post_pay_and_reverse_from_the_page(page: PayoutPage, book: Book, cast: Cast, qtbot: QtBot) -> None:
    propose_march(page, qtbot)
    page.proposal_view.selectRow(row_of(page, cast.ans))
    qtbot.mouseClick(page.cost_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ActualCostDialog)
    dialog.amount.setText("12,5")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "bonnummer" in dialog.error.text() and dialog.isVisible()  # refused: nothing written
    assert payouts.list_actual_costs(book, MARCH) == []
    dialog.receipt.setText("bon 2026-031")
    dialog.description.setText("treinkaartje")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert page.proposal_job is not None
    page.proposal_job.wait()  # the proposal is made again with the cost
    ans = row_of(page, cast.ans)
    assert cell(page, ans, PAID) == "€ 232,50"
    page.proposal_view.selectRow(ans)
    assert "bonnummer: bon 2026-031 · treinkaartje" in page.detail.toPlainText()

    asked: list[str] = []
    page.confirm = lambda _title, question: asked.append(question) or True
    qtbot.mouseClick(page.post_button, Qt.MouseButton.LeftButton)
    assert page.proposal_job is not None
    page.proposal_job.wait()
    assert "uit te betalen € 252,50 (ingehouden € 30,00)" in asked[0]
    (run,) = payouts.list_runs(book)
    assert run.status is RunStatus.POSTED and run.paid_total == Money("252.50")
    assert run.held_back_total == Money(30)
    assert any(h.reason is HeldBackReason.MONTH_CAP for line in payouts.get_run(book, run.id).lines
               for h in line.held_back)
    assert "is geboekt" in page.notice.text()
    assert page.proposal is not None and page.proposal.lines == ()  # everyone with hours is paid
    with pytest.raises(ClosedPeriodError, match=f"payout run {run.id}"):
        cast.work(book, cast.ans, date(2026, 3, 20), "1")  # the month's hours are locked

    page.tabs.setCurrentIndex(1)
    page.select_run(run.id)
    assert page.run_lines_model.rowCount() == 3
    qtbot.mouseClick(page.paid_button, Qt.MouseButton.LeftButton)
    paid = page.dialog
    assert isinstance(paid, PaidDialog)
    paid.day.set_value(date(2026, 4, 3))
    qtbot.mouseClick(paid.save_button, Qt.MouseButton.LeftButton)
    page.proposal_job.wait()
    run = payouts.get_run(book, run.id)
    assert run.status is RunStatus.PAID and run.paid_on == date(2026, 4, 3)
    assert page.selected_run().status is RunStatus.PAID and "Betaald op 03-04-2026" in page.run_detail.text()
    assert not page.paid_button.isEnabled() and page.reverse_button.isEnabled()

    qtbot.mouseClick(page.reverse_button, Qt.MouseButton.LeftButton)
    reverse = page.dialog
    assert isinstance(reverse, ReverseDialog)
    qtbot.mouseClick(reverse.save_button, Qt.MouseButton.LeftButton)
    assert "reden" in reverse.error.text() and payouts.get_run(book, run.id).status is RunStatus.PAID
    reverse.reason.setPlainText("De bank weigerde het bestand")
    qtbot.mouseClick(reverse.save_button, Qt.MouseButton.LeftButton)
    page.proposal_job.wait()
    run = payouts.get_run(book, run.id)
    assert run.status is RunStatus.REVERSED and run.reversal_reason == "De bank weigerde het bestand"
    assert "Teruggedraaid op 28-11-2026: De bank weigerde het bestand" in page.run_detail.text()
    cast.work(book, cast.ans, date(2026, 3, 20), "1")  # open again
    assert not page.reverse_button.isEnabled()


def test_declining_the_question_posts_nothing(page: PayoutPage, book: Book, qtbot: QtBot) -> None:
    propose_march(page, qtbot)
    page.confirm = lambda _title, _question: False
    qtbot.mouseClick(page.post_button, Qt.MouseButton.LeftButton)
    assert payouts.list_runs(book) == []


def test_rules_tab_marks_unconfirmed_rows_and_edits_one(page: PayoutPage, book: Book, qtbot: QtBot) -> None:
    page.tabs.setCurrentIndex(3)
    rows = page.fiscal_model.rows()
    row = next(i for i, rule in enumerate(rows) if rule.year == 2026)
    assert not rows[row].confirmed  # as shipped
    index = page.fiscal_model.index(row, 5)
    assert page.fiscal_model.data(index) == "⚠ niet bevestigd"
    assert page.fiscal_model.data(index, Qt.ItemDataRole.BackgroundRole).color() == UNCONFIRMED_BACKGROUND
    page.fiscal_view.selectRow(row)
    qtbot.mouseClick(page.edit_fiscal_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, FiscalRuleDialog)
    assert dialog.month.text() == "220,00" and not dialog.confirmed.isChecked()
    dialog.month.setText("2300")  # above the year cap: refused by the service
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "jaargrens" in dialog.error.text()
    dialog.month.setText("225")
    dialog.confirmed.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    caps = payouts.rules(book).fiscal_caps(2026)
    assert caps.month == Money(225) and caps.confirmed and caps.edited_by
    shown = page.fiscal_model.rows()[row]
    assert shown == caps
    assert page.fiscal_model.data(page.fiscal_model.index(row, 5)) == "bevestigd"
    assert caps.edited_by in str(page.fiscal_model.data(page.fiscal_model.index(row, 6)))


def test_member_declarations_and_premium_months(page: PayoutPage, book: Book, cast: Cast, qtbot: QtBot) -> None:
    page.tabs.setCurrentIndex(2)
    page.select_member(cast.piet.id)
    assert all(box.isEnabled() for box in page.payment_months)
    for number in (3, 6, 12):
        page.payment_months[number - 1].setChecked(True)
    qtbot.mouseClick(page.member_save_button, Qt.MouseButton.LeftButton)
    assert "twee" in page.member_error.text()  # a third payment month is refused
    assert payouts.member_year_settings(book, cast.piet.id, 2026)[1] == frozenset()
    page.payment_months[11].setChecked(False)
    qtbot.mouseClick(page.member_save_button, Qt.MouseButton.LeftButton)
    assert page.member_error.text() == ""
    assert payouts.member_year_settings(book, cast.piet.id, 2026)[1] == frozenset({3, 6})

    page.select_member(cast.ans.id)
    assert not any(box.isEnabled() for box in page.payment_months)  # not on the premium regime
    page.other_allowance.setText("1.500,00")
    qtbot.mouseClick(page.member_save_button, Qt.MouseButton.LeftButton)
    assert payouts.member_year_settings(book, cast.ans.id, 2026)[0] == Money(1500)
    page.select_member(cast.piet.id)
    page.select_member(cast.ans.id)
    assert page.other_allowance.text() == "1.500,00"


def test_premium_in_a_payment_month_is_paid_in_the_proposal(page: PayoutPage, book: Book, cast: Cast,
                                                            qtbot: QtBot) -> None:
    payouts.set_premium_payment_months(book, cast.piet.id, 2026, {3})
    propose_march(page, qtbot)
    piet = row_of(page, cast.piet)
    assert cell(page, piet, PAID) == "€ 40,00"


def test_a_month_not_over_is_proposed_but_not_posted(page: PayoutPage, book: Book, cast: Cast,
                                                     qtbot: QtBot) -> None:
    cast.work(book, cast.ans, date(2026, 11, 2), "3")
    page.month.setCurrentIndex(10)
    page.year.setValue(2026)
    qtbot.mouseClick(page.propose_button, Qt.MouseButton.LeftButton)
    assert page.proposal_job is not None
    page.proposal_job.wait()
    assert page.proposal is not None and len(page.proposal.lines) == 1
    assert not page.post_button.isEnabled()
    assert "boeken kan vanaf 01-12-2026" in page.post_button.toolTip()


def test_the_sepa_file_of_a_posted_run(page: PayoutPage, book: Book, cast: Cast, qtbot: QtBot,
                                       tmp_path: Path) -> None:
    run_id, _ = payouts.post_payout(book, MARCH)
    page.refresh()
    page.tabs.setCurrentIndex(1)
    page.select_run(run_id)
    assert page.sepa_button.isEnabled()
    # the template book's cooperative has no town: the file is refused, saying why
    qtbot.mouseClick(page.sepa_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, SepaDialog)
    assert not dialog.save_button.isEnabled() and "eerst worden hersteld" in dialog.problems.text()
    dialog.close()
    update_cooperative(book, name="Coöperatie Test U.A.", kvk_number="12345678", iban=IBAN,
                       address="Dorpsstraat 12a", postcode="3511 AB", city="Utrecht", municipality="Utrecht")
    qtbot.mouseClick(page.sepa_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, SepaDialog) and dialog.save_button.isEnabled()
    assert "Bo Smit" in dialog.problems.text()  # held for want of an IBAN: shown, to be accepted
    target = tmp_path / "maart.xml"
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text() and not target.exists()
    dialog.accept_changes.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and target.exists()
    xml = target.read_text(encoding="utf-8")
    assert "pain.001.001.09" in xml and "<CtrlSum>220.00</CtrlSum>" in xml and "Ans de Wit" in xml
    assert "SEPA-bestand geschreven" in page.notice.text() and "€ 220,00" in page.notice.text()


def test_hours_changed_elsewhere_propose_the_month_again(page: PayoutPage, book: Book, cast: Cast,
                                                         qtbot: QtBot) -> None:
    propose_march(page, qtbot)
    first_job = page.proposal_job
    cast.work(book, cast.bo, date(2026, 3, 10), "2")
    page.hub.emit_changes(Changes(hours=True))  # as the Uren page does
    assert page.proposal_job is not None and page.proposal_job is not first_job
    page.proposal_job.wait()
    assert cell(page, row_of(page, cast.bo), PAID) == "€ 30,00"
    latest = page.proposal_job
    page.hub.emit_changes(Changes(ledger=True))  # a posting elsewhere changes no proposal
    assert page.proposal_job is latest


def test_a_members_overview_for_the_municipality(page: PayoutPage, book: Book, cast: Cast, qtbot: QtBot,
                                                 tmp_path: Path) -> None:
    payouts.post_payout(book, MARCH)
    page.tabs.setCurrentIndex(2)
    page.select_member(cast.ans.id)
    qtbot.mouseClick(page.overview_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, MunicipalityDialog)
    assert dialog.first.value() == PayoutMonth(2026, 1) and dialog.last.value() == PayoutMonth(2026, 11)
    dialog.path.setText(str(tmp_path / "ans.pdf"))
    dialog.kind.setCurrentIndex(1)  # Excel: the suffix follows
    assert dialog.path.text() == str(tmp_path / "ans.xlsx")
    dialog.last.month.setCurrentIndex(0)
    dialog.last.year.setValue(2025)  # before the first month: refused, nothing written
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text() and not (tmp_path / "ans.xlsx").exists()
    dialog.last.year.setValue(2026)
    dialog.last.month.setCurrentIndex(3)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and (tmp_path / "ans.xlsx").exists()
    assert str(tmp_path / "ans.xlsx") in page.notice.text()
