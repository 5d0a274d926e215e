"""The ledger's refusals and corrections: corrections that keep
what the original said, refusals of impossible input, closed periods."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coopdesk.domain.activity import Activity
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.ledger import Account, TransactionKind
from coopdesk.domain.money import Money
from coopdesk.domain.reports import Period
from coopdesk.gui.ledger.forms import CorrectionDialog
from coopdesk.gui.ledger.page import LedgerPage
from coopdesk.services import hours, ledger
from coopdesk.services.books import Book


@pytest.fixture
def atelier(book: Book) -> Activity:
    centre = hours.add_cost_centre(book, "ATL", "Atelier")
    return hours.add_activity(book, "Atelierwerk", centre.id, Money("5"))


def _qdate_py(value: object) -> date:
    return date(value.year(), value.month(), value.day())  # type: ignore[attr-defined]


def test_a_corrected_copy_keeps_reference_cost_centre_activity_and_the_originals_date(
    qtbot: QtBot, page: LedgerPage, book: Book, accounts: dict[str, Account], atelier: Activity,
) -> None:
    """Failed before the fix: the copy lost reference, cost centre and activity, and both
    bookings took today's date instead of the original's."""
    original_id = ledger.post_receipt(book, ledger.MoneyForm(
        date(2026, 11, 2), accounts["1000"].id, accounts["8000"].id, Money("20"), "Verkoop schort",
        reference="BON-7", cost_centre_id=atelier.cost_centre_id, activity_id=atelier.id))
    original = ledger.get_transaction(book, original_id)
    dialog = CorrectionDialog(book, original, page)
    qtbot.addWidget(dialog)
    assert _qdate_py(dialog.date.date()) == date(2026, 11, 2)
    for column in (1, 2):
        dialog.rows[column - 1][column].clear()
    qtbot.keyClicks(dialog.rows[0][1], "25")
    qtbot.keyClicks(dialog.rows[1][2], "25")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.reversal_id is not None and dialog.corrected_id is not None
    copy = ledger.get_transaction(book, dialog.corrected_id)
    reversal = ledger.get_transaction(book, dialog.reversal_id)
    assert (copy.reference, copy.cost_centre_id, copy.activity_id) == ("BON-7", atelier.cost_centre_id, atelier.id)
    assert {p.cost_centre_id for p in copy.postings} == {atelier.cost_centre_id}
    assert copy.booked_on == reversal.booked_on == date(2026, 11, 2)
    assert copy.corrects_id == original_id


def test_the_correction_date_is_today_when_the_originals_date_is_closed(
    book: Book, accounts: dict[str, Account], monkeypatch: pytest.MonkeyPatch,
) -> None:
    original_id = ledger.post_receipt(book, ledger.MoneyForm(
        date(2026, 11, 2), accounts["1000"].id, accounts["8000"].id, Money("20"), "Verkoop"))
    close_before(monkeypatch, date(2026, 11, 10))
    assert ledger.correction_date(book, ledger.get_transaction(book, original_id)) == book.clock.today()


def test_a_reversal_dated_before_its_original_is_refused(book: Book, accounts: dict[str, Account]) -> None:
    original_id = ledger.post_receipt(book, ledger.MoneyForm(
        date(2026, 11, 2), accounts["1000"].id, accounts["8000"].id, Money("20"), "Verkoop"))
    with pytest.raises(ValidationError) as caught:
        ledger.reverse_transaction(book, original_id, date(2026, 11, 1))
    assert caught.value.field == "booked_on"
    assert ledger.get_transaction(book, original_id).reversed_by_id is None


def close_before(monkeypatch: pytest.MonkeyPatch, first_open: date) -> None:
    """Every day before `first_open` is closed (the way a later year close will report it)."""
    from coopdesk.domain.text import Text
    from coopdesk.services import periods

    def closed_reason(session: object, day: date, member_id: int | None = None) -> Text | None:
        return Text("Afgesloten.", "Closed.") if day < first_open else None

    monkeypatch.setattr(periods, "closed_reason", closed_reason)


DUTCH_LABELS = ("t/m", "Resultaat", "Totaal", "Opbrengsten", "Kosten", "Bezittingen", "Schulden", "Verschil",
                "meerdere rekeningen", "eerdere perioden", "(geen)")


def test_reports_and_the_cash_book_render_in_english(book: Book, accounts: dict[str, Account]) -> None:
    """Failed before the fix: the report labels were hard-coded Dutch strings."""
    from coopdesk.cli.report import render_text
    from coopdesk.domain.ledger import Posting
    from coopdesk.domain.reports import Period
    from coopdesk.domain.text import set_language
    from coopdesk.gui.columns import display as _display

    a = accounts
    ledger.post_opening_balances(book, date(2026, 1, 1), {a["1000"].id: Money("100")})
    ledger.post_receipt(book, ledger.MoneyForm(date(2026, 1, 5), a["1000"].id, a["8000"].id, Money("30"), "Omzet"))
    ledger.post_journal_entry(book, date(2026, 3, 2), "Verdeling", [
        Posting(a["1000"].id, Money("10")), Posting(a["8000"].id, Money("-4")), Posting(a["8400"].id, Money("-6"))])
    march = Period.month(2026, 3)
    set_language("en")
    reports = [ledger.trial_balance(book, march), ledger.profit_and_loss(book, march),
               ledger.profit_and_loss(book, march, by_cost_centre=True), ledger.balance_sheet(book, march.end)]
    shown = "".join(render_text(r) for r in reports)
    shown += "".join(_display(c) for r in reports for row in (*r.rows, r) for c in
                     (row.cells if hasattr(row, "cells") else row.totals))  # type: ignore[union-attr]
    lines = ledger.book_lines(book, a["1000"].id, march)
    shown += "".join(_display(line.counter_account) for line in lines)
    for dutch in DUTCH_LABELS:
        assert dutch not in shown, dutch
    for english in ("to", "Result of earlier periods", "Total income", "Total expenses", "Assets",
                    "Liabilities and equity", "Difference", "(several accounts)"):
        assert english in shown, english


def test_the_money_form_without_an_active_cash_or_bank_account_says_so(
    qtbot: QtBot, page: LedgerPage, book: Book, accounts: dict[str, Account],
) -> None:
    """Failed before the fix: int(None) crashed the form."""
    from coopdesk.domain.ledger import TransactionKind

    for account in ledger.money_accounts(book):
        ledger.set_account_active(book, account.id, False)
    dialog = page.open_money_form(TransactionKind.RECEIPT)
    qtbot.keyClicks(dialog.amount, "12")
    qtbot.keyClicks(dialog.description, "Verkoop")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "Kies de kas of een bankrekening" in dialog.error.text()
    qtbot.mouseClick(dialog.draft_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert ledger.count_drafts(book) == 0
    dialog.reject()


def test_a_memoriaal_line_with_both_debit_and_credit_is_refused_on_that_line(
    qtbot: QtBot, page: LedgerPage, book: Book, accounts: dict[str, Account],
) -> None:
    """Failed before the fix: the view netted 10 debit and 4 credit into 6 debit."""
    dialog = page.open_journal_form()
    qtbot.keyClicks(dialog.description, "Kas naar bank")
    (first, first_debit, first_credit), (second, _, second_credit) = dialog.rows
    first.setCurrentIndex(first.findData(accounts["1100"].id))
    second.setCurrentIndex(second.findData(accounts["1000"].id))
    qtbot.keyClicks(first_debit, "10")
    qtbot.keyClicks(first_credit, "4")
    qtbot.keyClicks(second_credit, "6")
    assert not dialog.save_button.isEnabled()
    assert "Regel 1" in dialog.status.text() and "niet allebei" in dialog.status.text()
    assert first_debit.styleSheet()
    first_credit.clear()
    assert "Regel 1" not in dialog.status.text()
    assert not first_debit.styleSheet()
    dialog.reject()


def test_journal_line_builds_a_posting_from_one_side() -> None:
    from coopdesk.domain.ledger import journal_line

    assert journal_line(1, 5, " ", "") is None
    debit = journal_line(1, 5, "12,50", "")
    credit = journal_line(2, 5, "", "12,50")
    assert debit is not None and debit.amount == Money("12.50")
    assert credit is not None and credit.amount == Money("-12.50")
    with pytest.raises(ValidationError, match="Line 3"):
        journal_line(3, 5, "1", "1")
    with pytest.raises(ValidationError, match="Line 4"):
        journal_line(4, None, "1", "")
    with pytest.raises(ValidationError, match="Line 5"):
        journal_line(5, 5, "veel", "")


def _sale(accounts: dict[str, Account], **changes: object) -> ledger.MoneyForm:
    from dataclasses import replace

    base = ledger.MoneyForm(date(2026, 11, 2), accounts["1000"].id, accounts["8000"].id, Money("20"), "Verkoop")
    return replace(base, **changes)  # type: ignore[arg-type]


def _written(book: Book) -> tuple[int, int]:
    return ledger.count_journal_lines(book, Period(date(1900, 1, 1), date(2100, 1, 1))), ledger.count_drafts(book)


@pytest.mark.parametrize(("changes", "field"), [
    ({"cost_centre_id": 999}, "cost_centre"),
    ({"activity_id": 999}, "activity"),
    ({"amount": Money("99999999999999999999")}, "amount"),
    ({"amount": Money("10000000.01")}, "amount"),
    ({"booked_on": date(1999, 12, 31)}, "booked_on"),
    ({"reference": "x" * 61}, "reference"),
])
def test_impossible_money_forms_are_refused_with_a_field_error(
    book: Book, accounts: dict[str, Account], changes: dict[str, object], field: str,
) -> None:
    """Failed before the fix: IntegrityError, OverflowError, or accepted."""
    for action in (lambda: ledger.post_receipt(book, _sale(accounts, **changes)),
                   lambda: ledger.post_expense(book, _sale(accounts, **changes)),
                   lambda: ledger.save_money_draft(book, TransactionKind.RECEIPT, _sale(accounts, **changes))):
        with pytest.raises(ValidationError) as caught:
            action()
        assert caught.value.field == field
    assert _written(book) == (0, 0)


def test_the_largest_sane_amount_is_accepted(book: Book, accounts: dict[str, Account]) -> None:
    posted = ledger.post_receipt(book, _sale(accounts, amount=Money("10000000.00")))
    transaction = ledger.get_transaction(book, posted)
    assert transaction.is_posted
    assert sorted(p.amount for p in transaction.postings) == [Money("-10000000.00"), Money("10000000.00")]
    assert ledger.account_balances_around(book, accounts["1000"].id, Period.year(2026))[1] == Money("10000000.00")
    assert _written(book) == (2, 0)


def test_receipts_and_expenses_to_the_opening_balance_account_are_refused(
    book: Book, accounts: dict[str, Account],
) -> None:
    opening = next(a for a in accounts.values() if a.role.value == "opening")
    for post in (ledger.post_receipt, ledger.post_expense):
        with pytest.raises(ValidationError) as caught:
            post(book, _sale(accounts, category_account_id=opening.id))
        assert caught.value.field == "category"
    assert _written(book) == (0, 0)


def test_account_codes_and_names_longer_than_their_columns_are_refused(book: Book,
                                                                        accounts: dict[str, Account]) -> None:
    from coopdesk.domain.ledger import AccountType

    with pytest.raises(ValidationError) as caught:
        ledger.add_account(book, "1" * 21, "Spaarrekening", AccountType.ASSET)
    assert caught.value.field == "code"
    with pytest.raises(ValidationError) as caught:
        ledger.add_account(book, "1234", "n" * 101, AccountType.ASSET)
    assert caught.value.field == "name"
    with pytest.raises(ValidationError) as caught:
        ledger.rename_account(book, accounts["1000"].id, "n" * 101)
    assert caught.value.field == "name"
    assert ledger.add_account(book, "1" * 20, "n" * 100, AccountType.ASSET).code == "1" * 20


def test_a_closed_period_refuses_posting_reversing_and_drafting_and_writes_nothing(
    book: Book, accounts: dict[str, Account], monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Failed before the fix for the drafts: save_draft, edit_draft and save_money_draft
    did not ask ensure_open."""
    from coopdesk.domain.errors import ClosedPeriodError
    from coopdesk.domain.ledger import Entry, Posting, TransactionKind

    a = accounts
    open_sale = ledger.post_receipt(book, _sale(accounts, booked_on=date(2026, 10, 5)))
    draft = ledger.save_draft(book, Entry(date(2026, 11, 20), "Open concept", TransactionKind.JOURNAL,
                                          (Posting(a["1000"].id, Money("1")),)))
    closed_sale = ledger.post_receipt(book, _sale(accounts, booked_on=date(2026, 10, 1)))
    before = _written(book)
    close_before(monkeypatch, date(2026, 11, 1))
    october = date(2026, 10, 15)
    closed_entry = Entry(october, "Oud concept", TransactionKind.JOURNAL, (Posting(a["1000"].id, Money("1")),))
    attempts = [
        lambda: ledger.post_receipt(book, _sale(accounts, booked_on=october)),
        lambda: ledger.post_expense(book, _sale(accounts, booked_on=october)),
        lambda: ledger.post_journal_entry(book, october, "Memoriaal", [Posting(a["1000"].id, Money("1")),
                                                                        Posting(a["8000"].id, Money("-1"))]),
        lambda: ledger.reverse_transaction(book, closed_sale, october),
        lambda: ledger.reverse_transaction(book, open_sale, october),
        lambda: ledger.save_draft(book, closed_entry),
        lambda: ledger.edit_draft(book, draft, closed_entry),
        lambda: ledger.save_money_draft(book, TransactionKind.RECEIPT, _sale(accounts, booked_on=october)),
        lambda: ledger.save_money_draft(book, TransactionKind.RECEIPT, _sale(accounts, booked_on=october), draft),
        lambda: ledger.post_opening_balances(book, october, {a["1000"].id: Money("5")}),
    ]
    for number, attempt in enumerate(attempts):
        with pytest.raises(ClosedPeriodError):
            attempt()
        assert _written(book) == before, number
    assert ledger.get_transaction(book, draft).booked_on == date(2026, 11, 20)
    assert ledger.get_transaction(book, open_sale).reversed_by_id is None
    assert ledger.get_transaction(book, closed_sale).reversed_by_id is None


def test_listing_drafts_takes_two_queries_however_many_drafts(book: Book, accounts: dict[str, Account]) -> None:
    """Failed before the fix: three queries per draft."""
    from sqlalchemy import event

    from coopdesk.domain.ledger import Entry, Posting
    from coopdesk.store import ledger as ledger_store

    a = accounts
    for day in (3, 1, 2):
        ledger.save_draft(book, Entry(date(2026, 11, day), f"Concept {day}", TransactionKind.JOURNAL,
                                      (Posting(a["1000"].id, Money(day)), Posting(a["8000"].id, Money(-1)))))
    statements: list[str] = []
    with book.transaction() as session:
        engine = session.get_bind()
        listener = lambda *args: statements.append(args[2])  # noqa: E731
        event.listen(engine, "before_cursor_execute", listener)
        try:
            drafts = ledger_store.list_drafts(session)
        finally:
            event.remove(engine, "before_cursor_execute", listener)
    assert [d.description for d in drafts] == ["Concept 1", "Concept 2", "Concept 3"]
    assert [[p.amount for p in d.postings] for d in drafts] == [[Money(d), Money(-1)] for d in (1, 2, 3)]
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) <= 2


@pytest.mark.parametrize("code", ["", "BLiqKas", "WOmzNop", "BLiq"])
def test_well_formed_rgs_codes_are_kept(book: Book, accounts: dict[str, Account], code: str) -> None:
    assert ledger.set_account_rgs(book, accounts["1000"].id, code).rgs_code == code


@pytest.mark.parametrize("code", ["X", "B", "bliqkas", "BLIQKAS", "BLiqKa", "BLiq1as", "ALiqKas", "BLiq Kas"])
def test_malformed_rgs_codes_are_refused(book: Book, accounts: dict[str, Account], code: str) -> None:
    """Failed before the fix: set_account_rgs did not exist and add_account took any text."""
    from coopdesk.domain.ledger import AccountType

    with pytest.raises(ValidationError) as caught:
        ledger.set_account_rgs(book, accounts["1000"].id, code)
    assert caught.value.field == "rgs_code"
    with pytest.raises(ValidationError):
        ledger.add_account(book, "1234", "Spaarrekening", AccountType.ASSET, code)
    assert {a.code: a.rgs_code for a in ledger.list_accounts(book)}["1000"] == ""


def test_the_rgs_code_is_edited_in_the_account_dialog(qtbot: QtBot, page: LedgerPage, book: Book,
                                                      accounts: dict[str, Account]) -> None:
    from coopdesk.gui.ledger.forms import AccountDialog

    dialog = AccountDialog(book, page, accounts["1000"])
    qtbot.addWidget(dialog)
    assert not dialog.code.isEnabled() and "RGS" in dialog.rgs.toolTip()
    qtbot.keyClicks(dialog.rgs, "kas")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "geen RGS-code" in dialog.error.text()
    dialog.rgs.clear()
    qtbot.keyClicks(dialog.rgs, "BLiqKas")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert {a.code: a.rgs_code for a in ledger.list_accounts(book)}["1000"] == "BLiqKas"


def test_profit_and_loss_per_activity_from_the_receipt_form(
    qtbot: QtBot, page: LedgerPage, book: Book, accounts: dict[str, Account], atelier: Activity,
) -> None:
    """Failed before the fix: the form had no activity choice and there was no per-activity report."""
    dialog = page.open_money_form(TransactionKind.RECEIPT)
    qtbot.keyClicks(dialog.amount, "40")
    qtbot.keyClicks(dialog.description, "Verkoop tassen")
    dialog.activity.setCurrentIndex(dialog.activity.findData(atelier.id))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    ledger.post_receipt(book, _sale(accounts, amount=Money("5")))
    report = ledger.profit_and_loss(book, Period.year(2026), by="activity")
    keys = [c.key for c in report.columns]
    assert keys == ["code", "name", "activity_Atelierwerk", "activity_geen", "amount"]
    assert report.line("8000").cells[2:] == (Money("40"), Money("5"), Money("45"))
    page.report_choice.setCurrentIndex(page.report_choice.findData("profit-loss-activity"))
    assert "per activiteit" in page.report_title.text()
    assert page.report_model.headerData(2, Qt.Orientation.Horizontal) == "Atelierwerk"


def test_the_demo_book_books_sales_and_costs_per_activity(book: Book) -> None:
    import random

    from coopdesk.services.demo import DemoPlan
    from coopdesk.services.demo_ledger import add_demo_ledger

    add_demo_ledger(book, random.Random(1), DemoPlan(members=55, years=1, seed=1, end_on=date(2026, 11, 28)),
                    [None] * 55)  # type: ignore[list-item]
    report = ledger.profit_and_loss(book, Period.year(2026), by="activity")
    names = [c.key for c in report.columns]
    assert {"activity_Restaurant", "activity_Atelier"} <= set(names)
