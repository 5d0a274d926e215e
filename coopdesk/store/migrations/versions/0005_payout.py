"""The monthly payout: rules tables, payout runs and lines, per-member declarations, audit log.

Revision ID: 0005
Revises: 0004

Besides the tables this copies the shipped rules tables (`resources/rules/
allowance_rules.toml`) into the book, so the payout always reads the book's own copy,
and adds the payout's accounts (4210 Vrijwilligersvergoedingen, 4220 Premies art. 31,
4230 Onkostenvergoedingen) to a book that already has a chart of accounts (a new book
gets them with the rest of the default chart, after the migrations).
"""

import sqlalchemy as sa
from alembic import op

from coopdesk.store.rules import copy_shipped_rules

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_ACCOUNTS = (
    ("4210", "Vrijwilligersvergoedingen"),
    ("4220", "Premies art. 31 Participatiewet"),
    ("4230", "Onkostenvergoedingen leden (werkelijke kosten)"),
)


def upgrade() -> None:
    op.create_table("audit_log",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("logged_at", sa.DateTime(), nullable=False),
    sa.Column("who", sa.String(length=100), nullable=False),
    sa.Column("action", sa.String(length=60), nullable=False),
    sa.Column("detail", sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log"))
    )
    op.create_index(op.f("ix_audit_log_logged_at"), "audit_log", ["logged_at"], unique=False)
    op.create_table("rule_fiscal_caps",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("year", sa.Integer(), nullable=False),
    sa.Column("hour_rate_21_plus", sa.BigInteger(), nullable=False),
    sa.Column("hour_rate_under_21", sa.BigInteger(), nullable=False),
    sa.Column("month_cap", sa.BigInteger(), nullable=False),
    sa.Column("year_cap", sa.BigInteger(), nullable=False),
    sa.Column("source", sa.String(length=300), nullable=False),
    sa.Column("status", sa.String(length=100), nullable=False),
    sa.Column("edited_by", sa.String(length=100), nullable=False),
    sa.Column("edited_at", sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_rule_fiscal_caps")),
    sa.UniqueConstraint("year", name=op.f("uq_rule_fiscal_caps_year"))
    )
    op.create_table("rule_premium_maximum",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("in_force_on", sa.Date(), nullable=False),
    sa.Column("yearly_maximum", sa.BigInteger(), nullable=False),
    sa.Column("income_disregard_month", sa.BigInteger(), nullable=False),
    sa.Column("source", sa.String(length=300), nullable=False),
    sa.Column("status", sa.String(length=100), nullable=False),
    sa.Column("edited_by", sa.String(length=100), nullable=False),
    sa.Column("edited_at", sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_rule_premium_maximum")),
    sa.UniqueConstraint("in_force_on", name=op.f("uq_rule_premium_maximum_in_force_on"))
    )
    op.create_table("member_other_allowance",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("member_id", sa.Integer(), nullable=False),
    sa.Column("year", sa.Integer(), nullable=False),
    sa.Column("amount", sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_member_other_allowance_member_id_member"), ondelete="RESTRICT"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_member_other_allowance")),
    sa.UniqueConstraint("member_id", "year", name=op.f("uq_member_other_allowance_member_id_year"))
    )
    op.create_table("member_premium_payment_month",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("member_id", sa.Integer(), nullable=False),
    sa.Column("year", sa.Integer(), nullable=False),
    sa.Column("month", sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_member_premium_payment_month_member_id_member"), ondelete="RESTRICT"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_member_premium_payment_month")),
    sa.UniqueConstraint("member_id", "year", "month", name=op.f("uq_member_premium_payment_month_member_id_year_month"))
    )
    op.create_table("payout_actual_cost",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("member_id", sa.Integer(), nullable=False),
    sa.Column("year", sa.Integer(), nullable=False),
    sa.Column("month", sa.Integer(), nullable=False),
    sa.Column("amount", sa.BigInteger(), nullable=False),
    sa.Column("receipt_reference", sa.String(length=60), nullable=False),
    sa.Column("description", sa.String(length=200), nullable=False),
    sa.Column("created_at", sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_payout_actual_cost_member_id_member"), ondelete="RESTRICT"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_payout_actual_cost"))
    )
    op.create_index("ix_payout_actual_cost_year_month", "payout_actual_cost", ["year", "month"], unique=False)
    op.create_table("payout_run",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("year", sa.Integer(), nullable=False),
    sa.Column("month", sa.Integer(), nullable=False),
    sa.Column("status", sa.String(length=15), nullable=False),
    sa.Column("payment_on", sa.Date(), nullable=False),
    sa.Column("posted_by", sa.String(length=100), nullable=False),
    sa.Column("posted_at", sa.DateTime(), nullable=False),
    sa.Column("posted_on", sa.Date(), nullable=False),
    sa.Column("posted_transaction_id", sa.Integer(), nullable=True),
    sa.Column("paid_on", sa.Date(), nullable=True),
    sa.Column("paid_transaction_id", sa.Integer(), nullable=True),
    sa.Column("reversed_on", sa.Date(), nullable=True),
    sa.Column("reversed_transaction_id", sa.Integer(), nullable=True),
    sa.Column("reversal_reason", sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(["paid_transaction_id"], ["ledger_transaction.id"], name=op.f("fk_payout_run_paid_transaction_id_ledger_transaction"), ondelete="RESTRICT"),
    sa.ForeignKeyConstraint(["posted_transaction_id"], ["ledger_transaction.id"], name=op.f("fk_payout_run_posted_transaction_id_ledger_transaction"), ondelete="RESTRICT"),
    sa.ForeignKeyConstraint(["reversed_transaction_id"], ["ledger_transaction.id"], name=op.f("fk_payout_run_reversed_transaction_id_ledger_transaction"), ondelete="RESTRICT"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_payout_run"))
    )
    op.create_index("ix_payout_run_year_month", "payout_run", ["year", "month"], unique=False)
    op.create_table("payout_line",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("run_id", sa.Integer(), nullable=False),
    sa.Column("member_id", sa.Integer(), nullable=False),
    sa.Column("regime", sa.String(length=30), nullable=False),
    sa.Column("minutes", sa.Integer(), nullable=False),
    sa.Column("asked", sa.BigInteger(), nullable=False),
    sa.Column("allowance", sa.BigInteger(), nullable=False),
    sa.Column("premium", sa.BigInteger(), nullable=False),
    sa.Column("premium_accrued", sa.BigInteger(), nullable=False),
    sa.Column("premium_carried", sa.BigInteger(), nullable=False),
    sa.Column("actual_costs", sa.BigInteger(), nullable=False),
    sa.Column("held_back", sa.BigInteger(), nullable=False),
    sa.Column("payment_held", sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_payout_line_member_id_member"), ondelete="RESTRICT"),
    sa.ForeignKeyConstraint(["run_id"], ["payout_run.id"], name=op.f("fk_payout_line_run_id_payout_run"), ondelete="RESTRICT"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_payout_line")),
    sa.UniqueConstraint("run_id", "member_id", name=op.f("uq_payout_line_run_id_member_id"))
    )
    op.create_index("ix_payout_line_member_id", "payout_line", ["member_id"], unique=False)
    op.create_table("payout_held_back",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("line_id", sa.Integer(), nullable=False),
    sa.Column("reason", sa.String(length=30), nullable=False),
    sa.Column("amount", sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(["line_id"], ["payout_line.id"], name=op.f("fk_payout_held_back_line_id_payout_line"), ondelete="RESTRICT"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_payout_held_back"))
    )
    op.create_index(op.f("ix_payout_held_back_line_id"), "payout_held_back", ["line_id"], unique=False)

    connection = op.get_bind()
    copy_shipped_rules(connection)
    if connection.scalar(sa.text("SELECT count(*) FROM account")):
        for code, name in _ACCOUNTS:
            if connection.scalar(sa.text("SELECT count(*) FROM account WHERE code = :code"), {"code": code}) == 0:
                connection.execute(sa.text(
                    "INSERT INTO account (code, name, type, role, rgs_code, active) "
                    "VALUES (:code, :name, 'expense', '', '', 1)"), {"code": code, "name": name})


def downgrade() -> None:
    op.drop_index(op.f("ix_payout_held_back_line_id"), table_name="payout_held_back")
    op.drop_table("payout_held_back")
    op.drop_index("ix_payout_line_member_id", table_name="payout_line")
    op.drop_table("payout_line")
    op.drop_index("ix_payout_run_year_month", table_name="payout_run")
    op.drop_table("payout_run")
    op.drop_index("ix_payout_actual_cost_year_month", table_name="payout_actual_cost")
    op.drop_table("payout_actual_cost")
    op.drop_table("member_premium_payment_month")
    op.drop_table("member_other_allowance")
    op.drop_table("rule_premium_maximum")
    op.drop_table("rule_fiscal_caps")
    op.drop_index(op.f("ix_audit_log_logged_at"), table_name="audit_log")
    op.drop_table("audit_log")
