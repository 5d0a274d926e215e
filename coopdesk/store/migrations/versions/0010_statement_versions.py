"""Issued year-end statements with a version and a fingerprint of what they said.

Revision ID: 0010
Revises: 0009

Until now the audit log (`statement.issue`, the statement number as detail) was the only
record of an issued statement, so a reprint after the content changed was still called a
duplicate. `statement_issue` keeps one row per version with the fingerprint of its content.
The statements issued before are copied in as version 1 with no fingerprint and the date
of their audit line: the next print of such a statement is a new version that says it
replaces that one (nobody can tell any more what the first print said). The audit lines
stay as they are.
"""

import re
from datetime import date, datetime

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_NUMBER = re.compile(r"(\d{4})-(\d{5,})")


def upgrade() -> None:
    table = op.create_table("statement_issue",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("year", sa.Integer(), nullable=False),
    sa.Column("member_number", sa.Integer(), nullable=False),
    sa.Column("version", sa.Integer(), nullable=False),
    sa.Column("fingerprint", sa.String(length=64), nullable=True),
    sa.Column("issued_on", sa.Date(), nullable=False),
    sa.Column("issued_at", sa.DateTime(), nullable=False),
    sa.Column("who", sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_statement_issue")),
    sa.UniqueConstraint("year", "member_number", "version", name=op.f("uq_statement_issue_year_member_number_version"))
    )
    audit = sa.table("audit_log", sa.column("logged_at", sa.DateTime()), sa.column("who", sa.String()),
                     sa.column("action", sa.String()), sa.column("detail", sa.Text()))
    rows: dict[tuple[int, int], dict[str, object]] = {}
    for logged_at, who, detail in op.get_bind().execute(
            sa.select(audit.c.logged_at, audit.c.who, audit.c.detail)
            .where(audit.c.action == "statement.issue").order_by(audit.c.logged_at)).tuples():
        found = _NUMBER.fullmatch(detail or "")
        if found is None or not isinstance(logged_at, datetime):
            continue
        key = (int(found.group(1)), int(found.group(2)))
        issued_on: date = logged_at.date()
        rows.setdefault(key, {"year": key[0], "member_number": key[1], "version": 1, "fingerprint": None,
                              "issued_on": issued_on, "issued_at": logged_at, "who": who or ""})
    if rows:
        op.bulk_insert(table, list(rows.values()))


def downgrade() -> None:
    op.drop_table("statement_issue")
