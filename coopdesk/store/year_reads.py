"""Read-only queries for the accountant's package (the XAF audit file and the workbook).

`YearReader` extends the stdlib `BookReader` (`coopdesk.store.reads`): portable SQL with
named parameters over a read-only `sqlite3` connection, no SQLAlchemy imported, so an
export runs beside an open app and starts quickly. Aggregates (hours per member per
month) are summed in SQL; the journal comes back in one ordered query and is grouped
into transactions in one pass. Damage met while reading becomes a `BookError` through
`reading_year`, as for every stdlib read.

May import: coopdesk.domain, coopdesk.store.reads and the standard library.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from coopdesk.domain.audit_file import (
    AuditLine,
    AuditMember,
    AuditTransaction,
    MemberMonthHours,
    PayoutLineItem,
    PotMovementItem,
)
from coopdesk.domain.cooperative import CooperativeDetails
from coopdesk.domain.ledger import TransactionKind, TransactionStatus
from coopdesk.domain.member import PaymentRegime
from coopdesk.domain.money import Money
from coopdesk.domain.payout import RunStatus
from coopdesk.store.reads import BookReader, reading

_POSTED = TransactionStatus.POSTED.value


def _day(value: object) -> date:
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _cents(value: object) -> Money:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"not whole cents: {type(value).__name__}")
    return Money.from_cents(value)


class YearReader(BookReader):
    """The rows of one book year that the accountant's package is built from."""

    def cooperative(self) -> CooperativeDetails:
        rows = self._rows("SELECT name, kvk_number, address, postcode, city, iban, municipality "
                          "FROM cooperative ORDER BY id LIMIT 1")
        if not rows:
            return CooperativeDetails(name="")
        return CooperativeDetails(*(str(v or "") for v in rows[0]))

    def posted_transactions(self, start: date, end: date) -> list[AuditTransaction]:
        """Every posted transaction booked from `start` to `end`, with its lines (account
        codes), in date and number order."""
        rows = self._rows(
            "SELECT t.id, t.booked_on, t.description, t.reference, t.kind, a.code, p.amount "
            "FROM posting p JOIN ledger_transaction t ON t.id = p.transaction_id "
            "JOIN account a ON a.id = p.account_id "
            "WHERE t.status = :posted AND t.booked_on BETWEEN :start AND :end "
            "ORDER BY t.booked_on, t.id, p.id",
            posted=_POSTED, start=start.isoformat(), end=end.isoformat(),
        )
        found: list[AuditTransaction] = []
        current: int | None = None
        head: tuple[object, ...] = ()
        lines: list[AuditLine] = []

        def close() -> None:
            number, booked_on, description, reference, kind = head
            found.append(AuditTransaction(int(str(number)), _day(booked_on), str(description or ""),
                                          str(reference or ""), TransactionKind(kind), tuple(lines)))

        for number, booked_on, description, reference, kind, code, cents in rows:
            if number != current:
                if current is not None:
                    close()
                current, head, lines = number, (number, booked_on, description, reference, kind), []
            lines.append(AuditLine(str(code), _cents(cents)))
        if current is not None:
            close()
        return found

    def members_in(self, start: date, end: date) -> list[AuditMember]:
        """Members who were members at some day from `start` to `end`, by number."""
        rows = self._rows(
            "SELECT number, name, joined_on, left_on, regime FROM member "
            "WHERE joined_on <= :end AND (left_on IS NULL OR left_on >= :start) ORDER BY number",
            start=start.isoformat(), end=end.isoformat(),
        )
        return [AuditMember(int(r[0]), str(r[1]), _day(r[2]), None if r[3] is None else _day(r[3]),
                            PaymentRegime(r[4])) for r in rows]

    def hours_per_member_month(self, start: date, end: date) -> list[MemberMonthHours]:
        """Minutes worked per member per month from `start` to `end` (one GROUP BY)."""
        rows = self._rows(
            "SELECT m.number, m.name, CAST(substr(h.worked_on, 6, 2) AS INTEGER) AS month, "
            "SUM(h.minutes) FROM hours_entry h JOIN member m ON m.id = h.member_id "
            "WHERE h.worked_on BETWEEN :start AND :end "
            "GROUP BY m.number, m.name, month ORDER BY m.number, month",
            start=start.isoformat(), end=end.isoformat(),
        )
        return [MemberMonthHours(int(r[0]), str(r[1]), int(r[2]), int(r[3])) for r in rows]

    def payout_lines(self, year: int) -> list[PayoutLineItem]:
        """Every line of the year's payout runs (reversed runs too: the ledger has both)."""
        rows = self._rows(
            # a line held for want of an IBAN is paid on its own later date (none while owed)
            "SELECT r.year, r.month, r.status, r.posted_on, "
            "CASE WHEN l.payment_held THEN hp.paid_on ELSE r.paid_on END, m.number, m.name, l.regime, "
            "l.minutes, l.allowance, l.premium, l.actual_costs, l.held_back "
            "FROM payout_line l JOIN payout_run r ON r.id = l.run_id JOIN member m ON m.id = l.member_id "
            "LEFT JOIN payout_held_payment hp ON hp.line_id = l.id "
            "WHERE r.year = :year ORDER BY r.month, r.id, m.number",
            year=year,
        )
        return [PayoutLineItem(int(r[0]), int(r[1]), RunStatus(r[2]), _day(r[3]),
                               None if r[4] is None else _day(r[4]), int(r[5]), str(r[6]),
                               PaymentRegime(r[7]), int(r[8]), _cents(r[9]), _cents(r[10]),
                               _cents(r[11]), _cents(r[12])) for r in rows]

    def pot_movements(self, start: date, end: date) -> list[PotMovementItem]:
        """Every savings-pot movement booked from `start` to `end`, by member and date."""
        rows = self._rows(
            "SELECT v.booked_on, m.number, m.name, v.kind, v.reason, v.receipt_reference, v.amount "
            "FROM pot_movement v JOIN member m ON m.id = v.member_id "
            "WHERE v.booked_on BETWEEN :start AND :end ORDER BY m.number, v.booked_on, v.id",
            start=start.isoformat(), end=end.isoformat(),
        )
        return [PotMovementItem(_day(r[0]), int(r[1]), str(r[2]), str(r[3]), str(r[4] or ""), str(r[5] or ""),
                                _cents(r[6])) for r in rows]

    def pot_balances_before(self, day: date) -> list[tuple[int, str, Money]]:
        """Per member with a pot: number, name and the pot's balance before `day` (GROUP BY)."""
        rows = self._rows(
            "SELECT m.number, m.name, SUM(v.amount) FROM pot_movement v JOIN member m ON m.id = v.member_id "
            "WHERE v.booked_on < :day GROUP BY m.number, m.name ORDER BY m.number",
            day=day.isoformat(),
        )
        return [(int(r[0]), str(r[1]), _cents(r[2])) for r in rows]


@contextmanager
def reading_year(path: Path) -> Iterator[YearReader]:
    """A `YearReader` on the book at `path` (checked and guarded as `reading`)."""
    with reading(path) as reader:
        yield YearReader(reader.connection)
