"""Member enterprises through the services on a real book: the owner, the close with an
enterprise share (posting, pot movement, outflow earnings), reopen, close again, and
nothing half done on failure."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pots.bookhelp import Members, account, balance, receive
from sqlalchemy import create_engine, text

from coopdesk.domain.activity import Activity
from coopdesk.domain.errors import CoopDeskError, NotFound, ValidationError
from coopdesk.domain.member import LeaveReason, MemberForm, PaymentRegime
from coopdesk.domain.money import Money
from coopdesk.domain.pot import MovementKind
from coopdesk.domain.year_close import Agreement, PotsMethod
from coopdesk.services import enterprises, hours, ledger, outflow, pots, year_close
from coopdesk.services import payout as payouts
from coopdesk.services.books import Book
from coopdesk.services.members import register_member
from coopdesk.store import audit
from coopdesk.store import pots as pot_store
from coopdesk.store.chart import (
    GENERAL_RESERVE,
    MUNICIPALITY_PAYABLE,
    POTS,
    RESULT_DISTRIBUTION,
    TRAINING_RESERVE,
)
from coopdesk.store.migrations import alembic_config, upgrade_to_head

AGREEMENT = Agreement(agreed_on=date(2025, 3, 1), training_percentage=Decimal(20), pots_method=PotsMethod.HOURS,
                      pots_percentage=Decimal(100), municipality_percentage=Decimal(25),
                      municipality_threshold=Money(2000), enterprise_percentage=Decimal(50))
ZERO = Money(0)


def _garden(book: Book, owner_id: int) -> Activity:
    centre = hours.list_cost_centres(book)[0]
    return enterprises.save_activity(book, None, name="Tuinonderhoud", cost_centre_id=centre.id,
                                     hourly_rate=Money(0), owner_member_id=owner_id, who="penningmeester")


def _year(book: Book, members: Members, owner_id: int) -> Activity:
    """€ 5.000 (no activity) + € 1.000 restaurant + the garden (€ 1.500 in, € 500 costs):
    € 7.000 profit. Ans worked 2 hours, Bo 4, in March (paid out)."""
    centre = hours.list_cost_centres(book)[0]
    kitchen = hours.add_activity(book, "Restaurant", centre.id, Money("0.00"))
    garden = _garden(book, owner_id)
    receive(book, date(2025, 6, 1), Money(1000), activity_id=kitchen.id)
    receive(book, date(2025, 7, 1), Money(1500), activity_id=garden.id)
    ledger.post_expense(book, ledger.MoneyForm(date(2025, 7, 2), account(book, "1100"), account(book, "4000"),
                                               Money(500), "Zaaigoed", activity_id=garden.id))
    hours.set_hours(book, members.ans.id, kitchen.id, date(2025, 3, 3), "2")
    hours.set_hours(book, members.bo.id, kitchen.id, date(2025, 3, 4), "4")
    payouts.post_payout(book, "2025-03")
    year_close.record_agreement(book, AGREEMENT, who="ALV")
    return garden


def test_closing_with_an_enterprise_accounts_for_every_cent(book: Book, members: Members) -> None:
    """Bo's garden: € 1.000 result, 50 %: € 500,00 to Bo's pot first. On € 6.500: municipality
    25 % of 4.500 = € 1.125,00, training € 1.300,00, pots € 4.075,00 by 2 : 4 hours: Ans
    1.358,33, Bo 2.716,67 (the cent to the largest remainder)."""
    _year(book, members, members.bo.id)
    proposal = year_close.propose_close(book, 2025, ZERO)
    assert [(a.name, a.result, a.owner.name if a.owner else None) for a in proposal.result.activities] == [
        ("Restaurant", Money(1000), None), ("Tuinonderhoud", Money(1000), "Bo Smit"),
        ("Zonder activiteit", Money(5000), None)]
    assert [(a.name, a.result) for a in enterprises.enterprise_results(book, 2025)] == [("Tuinonderhoud", Money(1000))]
    d = proposal.distribution
    assert [(p.name, p.activity, p.amount) for p in d.enterprise_parts] == [("Bo Smit", "Tuinonderhoud", Money(500))]
    assert (d.municipality, d.training, d.reserve) == (Money(1125), Money(1300), ZERO)
    assert [(p.name, p.amount) for p in d.pots] == [("Ans de Wit", Money("1358.33")), ("Bo Smit", Money("2716.67"))]

    close_id, _, _ = year_close.close_year(book, 2025, ZERO, proposal=proposal)
    assert balance(book, RESULT_DISTRIBUTION) == Money(7000)
    assert balance(book, MUNICIPALITY_PAYABLE) == Money(-1125) and balance(book, TRAINING_RESERVE) == Money(-1300)
    assert balance(book, POTS) == Money(-4575) and balance(book, GENERAL_RESERVE) == ZERO
    assert [(r.name, r.balance) for r in pots.list_pots(book).rows] == [
        ("Ans de Wit", Money("1358.33")), ("Bo Smit", Money("3216.67"))]
    with book.transaction() as session:
        movements = pot_store.close_movements(session, close_id)
    assert [(m.kind, m.amount) for m in movements if m.member_id == members.bo.id] == [
        (MovementKind.DISTRIBUTION, Money("2716.67")), (MovementKind.ENTERPRISE, Money(500))]
    assert pots.pot_problems(book) == [] and ledger.ledger_problems(book) == []
    earnings = outflow.outflow_report(book, range(2025, 2026)).earnings[0]
    assert (earnings.pot_deposits, earnings.enterprise_shares) == (Money(4075), Money(500))
    assert earnings.received == earnings.allowances + Money(4575)


def test_reopen_reverses_the_enterprise_share_and_closing_again_works(book: Book, members: Members) -> None:
    _year(book, members, members.bo.id)
    first_id, _, _ = year_close.close_year(book, 2025, ZERO)
    year_close.reopen_year(book, 2025, "Factuur tuin vergeten")
    with book.transaction() as session:
        kinds = [(m.kind, m.amount) for m in pot_store.close_movements(session, first_id)]
    assert (MovementKind.ENTERPRISE_REVERSAL, Money(-500)) in kinds
    assert balance(book, POTS) == ZERO and pots.list_pots(book).total == ZERO and pots.pot_problems(book) == []
    earnings = outflow.outflow_report(book, range(2025, 2026)).earnings[0]
    assert (earnings.pot_deposits, earnings.enterprise_shares) == (ZERO, ZERO)
    garden = next(a for a in hours.list_activities(book) if a.name == "Tuinonderhoud")
    receive(book, date(2025, 12, 1), Money(200), activity_id=garden.id)  # the forgotten invoice
    year_close.close_year(book, 2025, ZERO)
    assert year_close.propose_close(book, 2025, ZERO).findings
    bo = next(r for r in pots.list_pots(book).rows if r.name == "Bo Smit")
    # garden 1.200: Bo's share 600; shared 6.600: municipality 1.150, training 1.320, pots 4.130 by 2 : 4
    assert bo.balance == Money(600) + Money("2753.33")
    assert balance(book, POTS) == Money(-4730) and ledger.ledger_problems(book) == [] and pots.pot_problems(book) == []


def test_an_owner_who_left_before_the_year_still_gets_the_share(book: Book, members: Members) -> None:
    cas = register_member(book, MemberForm(name="Cas Tuin", joined_on=date(2020, 1, 1), birth_on=date(1970, 1, 1),
                                           iban="", regime=PaymentRegime.NONE, left_on=date(2024, 6, 30),
                                           leave_reason=LeaveReason.PAID_JOB))
    _year(book, members, cas.id)
    year_close.close_year(book, 2025, ZERO)
    assert dict((r.name, r.balance) for r in pots.list_pots(book).rows)["Cas Tuin"] == Money(500)


def test_a_failure_in_the_middle_of_a_close_with_an_enterprise_writes_nothing(
        book: Book, members: Members, monkeypatch: pytest.MonkeyPatch) -> None:
    _year(book, members, members.bo.id)

    def fail(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr(year_close.audit, "record", fail)
    with pytest.raises(RuntimeError):
        year_close.close_year(book, 2025, ZERO)
    monkeypatch.undo()
    assert year_close.close_checks(book, 2025, ZERO) == []
    assert balance(book, POTS) == ZERO and pots.list_pots(book).rows == ()


def test_the_owner_is_validated_audited_and_cleared(book: Book, members: Members) -> None:
    garden = _garden(book, members.ans.id)
    assert garden.owner_member_id == members.ans.id
    with pytest.raises(ValidationError, match="does not exist"):
        enterprises.set_activity_owner(book, garden.id, 9999)
    later = register_member(book, MemberForm(name="Dirk Later", joined_on=date(2027, 1, 1),
                                             birth_on=date(1990, 1, 1), iban="", regime=PaymentRegime.NONE))
    with pytest.raises(ValidationError, match="not a member yet"):
        enterprises.set_activity_owner(book, garden.id, later.id)
    with pytest.raises(NotFound):
        enterprises.set_activity_owner(book, 9999, members.ans.id)
    # a refused owner in the dialog's save writes nothing, not even the new activity
    centre = hours.list_cost_centres(book)[0]
    with pytest.raises(ValidationError):
        enterprises.save_activity(book, None, name="Naaiatelier", cost_centre_id=centre.id, hourly_rate=Money(0),
                                  owner_member_id=9999)
    assert "Naaiatelier" not in [a.name for a in hours.list_activities(book)]
    enterprises.set_activity_owner(book, garden.id, None, who="penningmeester")
    assert hours.list_activities(book)[0].owner_member_id is None
    with book.transaction() as session:
        lines = audit.recent(session, action_prefix="activity.owner")
    assert [line.detail for line in lines][:2] == ["Tuinonderhoud: activiteit van de coöperatie",
                                                   "Tuinonderhoud: onderneming van lid 101 Ans de Wit"]


def test_a_member_who_owns_an_activity_is_never_removed(book: Book) -> None:
    from coopdesk.store.references import member_is_referenced

    eva = register_member(book, MemberForm(name="Eva Naald", joined_on=date(2024, 1, 1), birth_on=date(1990, 1, 1),
                                           iban="", regime=PaymentRegime.NONE))
    with book.transaction() as session:
        assert not member_is_referenced(session, eva.id)
    _garden(book, eva.id)
    with book.transaction() as session:
        assert member_is_referenced(session, eva.id)


def test_migration_0009_on_a_book_made_at_0008(tmp_path: Path) -> None:
    from alembic import command

    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0008")
        connection.execute(text("INSERT INTO cost_centre (id, code, name, active) VALUES (1, 'ALG', 'Algemeen', 1)"))
        connection.execute(text("INSERT INTO activity (name, cost_centre_id, hourly_rate, active) "
                                "VALUES ('Restaurant', 1, 250, 1)"))
        connection.execute(text(
            "INSERT INTO distribution_agreement (agreed_on, training_mode, training_amount, training_basis_points, "
            "pots_method, pots_basis_points, municipality_basis_points, municipality_threshold, recorded_by, "
            "recorded_at) VALUES ('2025-01-01', 'percentage', 0, 2000, 'hours', 10000, 2500, 200000, 'ALV', "
            "'2025-01-01 00:00:00')"))
    upgrade_to_head(engine)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT name, owner_member_id FROM activity")).tuples().all() == [
            ("Restaurant", None)]
        assert connection.execute(text("SELECT training_basis_points, enterprise_basis_points "
                                        "FROM distribution_agreement")).tuples().all() == [(2000, 0)]
    engine.dispose()


def test_the_agreement_keeps_its_enterprise_percentage(book: Book) -> None:
    year_close.record_agreement(book, replace(AGREEMENT, enterprise_percentage=Decimal("37.5")))
    assert year_close.agreement(book, date(2025, 12, 31)).enterprise_percentage == Decimal("37.5")
    with pytest.raises(ValidationError):
        year_close.record_agreement(book, replace(AGREEMENT, enterprise_percentage=Decimal(101)))


def test_a_closed_year_refuses_an_enterprise_booking(book: Book, members: Members) -> None:
    garden = _year(book, members, members.bo.id)
    year_close.close_year(book, 2025, ZERO)
    with pytest.raises(CoopDeskError, match="2025 is closed"):
        receive(book, date(2025, 8, 1), Money(10), activity_id=garden.id)
