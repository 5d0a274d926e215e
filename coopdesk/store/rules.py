"""The book's copy of the rules tables: copying the shipped tables in, reading, editing.

`copy_shipped_rules` inserts every row of the shipped `allowance_rules.toml` that the
book does not have yet (by year, by date in force) and never overwrites a row the book
already has: a treasurer's edit, and the rules an old year was paid with, stay. It runs
in migration 0005 (every book, new or old) and again whenever a book is migrated or
created, so rows added to a later release reach existing books.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from coopdesk.domain.allowance_rules import AllowanceRules, FiscalCaps, PremiumMaximum, parse_rules
from coopdesk.resources import RULES, resource
from coopdesk.store.tables.payout import FiscalCapsRow, PremiumMaximumRow

RULES_FILE = "allowance_rules.toml"


def shipped_rules() -> AllowanceRules:
    """The rules tables that ship with this CoopDesk (not the book's copy)."""
    return parse_rules(resource(RULES, RULES_FILE).read_text(encoding="utf-8"))


def _fiscal_values(row: FiscalCaps) -> dict[str, Any]:
    return {"year": row.year, "hour_rate_21_plus": row.hour_rate_21_plus,
            "hour_rate_under_21": row.hour_rate_under_21, "month_cap": row.month,
            "year_cap": row.year_total, "source": row.source, "status": row.status,
            "edited_by": row.edited_by, "edited_at": row.edited_at}


def _premium_values(row: PremiumMaximum) -> dict[str, Any]:
    return {"in_force_on": row.in_force_on, "yearly_maximum": row.yearly_maximum,
            "income_disregard_month": row.income_disregard_month, "source": row.source,
            "status": row.status, "edited_by": row.edited_by, "edited_at": row.edited_at}


def copy_shipped_rules(connection: Connection | Session, rules: AllowanceRules | None = None) -> int:
    """Insert the shipped rows the book lacks; returns how many were added.

    Works on a plain connection too (migration 0005 runs it on Alembic's)."""
    rules = rules or shipped_rules()
    have_years = set(connection.execute(select(FiscalCapsRow.year)).scalars())
    have_dates = set(connection.execute(select(PremiumMaximumRow.in_force_on)).scalars())
    new_fiscal = [_fiscal_values(row) for row in rules.fiscal if row.year not in have_years]
    new_premium = [_premium_values(row) for row in rules.premium if row.in_force_on not in have_dates]
    if new_fiscal:
        connection.execute(insert(FiscalCapsRow), new_fiscal)
    if new_premium:
        connection.execute(insert(PremiumMaximumRow), new_premium)
    return len(new_fiscal) + len(new_premium)


def load_rules(session: Session) -> AllowanceRules:
    """The book's copy of the rules (the payout reads only this)."""
    fiscal = tuple(
        FiscalCaps(row.year, row.hour_rate_21_plus, row.hour_rate_under_21, row.month_cap, row.year_cap,
                   row.source, row.status, row.edited_by, row.edited_at)
        for row in session.scalars(select(FiscalCapsRow).order_by(FiscalCapsRow.year)))
    premium = tuple(
        PremiumMaximum(row.in_force_on, row.yearly_maximum, row.income_disregard_month, row.source,
                       row.status, row.edited_by, row.edited_at)
        for row in session.scalars(select(PremiumMaximumRow).order_by(PremiumMaximumRow.in_force_on)))
    return AllowanceRules(fiscal, premium)


def save_fiscal_caps(session: Session, caps: FiscalCaps, edited_by: str, edited_at: datetime) -> None:
    """Replace (or add) the caps of `caps.year`, recording who edited them and when."""
    values = {"hour_rate_21_plus": caps.hour_rate_21_plus, "hour_rate_under_21": caps.hour_rate_under_21,
              "month_cap": caps.month, "year_cap": caps.year_total, "source": caps.source,
              "status": caps.status, "edited_by": edited_by, "edited_at": edited_at}
    found = session.scalar(select(FiscalCapsRow.id).where(FiscalCapsRow.year == caps.year))
    if found is None:
        session.execute(insert(FiscalCapsRow).values(year=caps.year, **values))
    else:
        session.execute(update(FiscalCapsRow).where(FiscalCapsRow.id == found).values(**values))


def save_premium_maximum(session: Session, row: PremiumMaximum, edited_by: str, edited_at: datetime) -> None:
    """Replace (or add) the premium amounts in force from `row.in_force_on`."""
    values = {"yearly_maximum": row.yearly_maximum, "income_disregard_month": row.income_disregard_month,
              "source": row.source, "status": row.status, "edited_by": edited_by, "edited_at": edited_at}
    found = session.scalar(select(PremiumMaximumRow.id).where(PremiumMaximumRow.in_force_on == row.in_force_on))
    if found is None:
        session.execute(insert(PremiumMaximumRow).values(in_force_on=row.in_force_on, **values))
    else:
        session.execute(update(PremiumMaximumRow).where(PremiumMaximumRow.id == found).values(**values))


