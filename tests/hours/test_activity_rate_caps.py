"""Setting an activity's rate above the hour cap: refused while members are on the volunteer
allowance regime (nothing written), warned otherwise; the dialog says so under the field."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.member import LeaveReason, MemberForm, PaymentRegime
from coopdesk.domain.money import Money
from coopdesk.gui.hours.activities_tab import ActivitiesTab
from coopdesk.services import hours
from coopdesk.services.books import Book
from coopdesk.services.members import record_leaving, register_member

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _member(book: Book, name: str, regime: PaymentRegime) -> int:
    return int(register_member(book, MemberForm(name=name, joined_on=date(2024, 1, 1), regime=regime)).id)


def _centre(book: Book) -> int:
    return int(hours.list_cost_centres(book)[0].id)


def test_a_new_activity_above_the_cap_is_refused_and_not_written(book: Book) -> None:
    _member(book, "Ans de Wit", PaymentRegime.VOLUNTEER_ALLOWANCE)
    with pytest.raises(ValidationError) as refused:
        hours.add_activity(book, "Keuken", _centre(book), Money("5.61"))
    assert refused.value.fields == ("hourly_rate",)
    assert "€ 5,60" in refused.value.message("nl") and "niet bevestigd" in refused.value.message("nl")
    assert hours.list_activities(book, include_inactive=True) == []
    assert hours.add_activity(book, "Keuken", _centre(book), Money("5.60")).hourly_rate == Money("5.60")


def test_raising_a_rate_above_the_cap_is_refused_and_the_old_rate_stays(book: Book) -> None:
    _member(book, "Ans de Wit", PaymentRegime.VOLUNTEER_ALLOWANCE)
    kitchen = hours.add_activity(book, "Keuken", _centre(book), Money("3.00"))
    with pytest.raises(ValidationError):
        hours.update_activity(book, kitchen.id, name="Keukenploeg", cost_centre_id=_centre(book),
                              hourly_rate=Money(6))
    assert hours.list_activities(book) == [kitchen]


def test_premium_members_only_is_a_warning_not_a_refusal(book: Book) -> None:
    """Art. 31 premium members are not paid under the fiscal hour cap."""
    _member(book, "Piet Vos", PaymentRegime.PREMIUM)
    volunteer = _member(book, "Ans de Wit", PaymentRegime.VOLUNTEER_ALLOWANCE)
    record_leaving(book, volunteer, date(2026, 10, 31), LeaveReason.PAID_JOB)  # a former member does not count
    check = hours.check_rate(book, Money(8))
    assert check.refusal is None and "art. 31" in check.warnings[0].message("nl")
    assert hours.add_activity(book, "Tuin", _centre(book), Money(8)).hourly_rate == Money(8)


def test_an_unchanged_rate_above_the_cap_does_not_block_a_rename(book: Book) -> None:
    """The rate was set before anyone was on the volunteer regime; the payout holds the excess back."""
    garden = hours.add_activity(book, "Tuin", _centre(book), Money(8))
    _member(book, "Ans de Wit", PaymentRegime.VOLUNTEER_ALLOWANCE)
    renamed = hours.update_activity(book, garden.id, name="Moestuin", cost_centre_id=_centre(book),
                                    hourly_rate=Money(8))
    assert renamed.name == "Moestuin"
    assert hours.check_rate(book, Money(8)).refusal is not None


def test_the_dialog_shows_refusal_and_warning_under_the_rate(qtbot: QtBot, book: Book) -> None:
    _member(book, "Ans de Wit", PaymentRegime.VOLUNTEER_ALLOWANCE)
    tab = ActivitiesTab(book)
    qtbot.addWidget(tab)
    dialog = tab.activity_dialog()
    dialog.show()
    dialog.name_edit.setText("Keuken")
    dialog.rate_edit.setText("6,00")
    assert dialog.rate_note.isVisible() and dialog.rate_note.property("refused") is True
    assert "€ 5,60" in dialog.rate_note.text() and "vrijwilligersvergoeding" in dialog.rate_note.text()
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and dialog.saved is None and not dialog.message.isVisible()
    assert hours.list_activities(book) == []

    dialog.rate_edit.setText("4,00")
    assert dialog.rate_note.isVisible() and dialog.rate_note.property("refused") is False
    assert "onder 21" in dialog.rate_note.text() and "€ 3,30" in dialog.rate_note.text()
    dialog.rate_edit.setText("3,00")
    assert not dialog.rate_note.isVisible()
    dialog.rate_edit.setText("4,00")
    dialog.buttons.accepted.emit()
    assert dialog.saved is not None and dialog.saved.hourly_rate == Money(4)
    assert [activity.name for activity in hours.list_activities(book)] == ["Keuken"]
