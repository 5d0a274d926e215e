"""Payout lines held for want of an IBAN, paid later (nabetalen).

Revision ID: 0011
Revises: 0010

One row per held payout line paid after its run: the date, bank or cash, and the ledger
transaction that moved the amount off allowances payable (1700).
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "payout_held_payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("transaction_id", sa.Integer(), nullable=False),
        sa.Column("paid_by", sa.String(length=100), nullable=False),
        sa.Column("paid_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["line_id"], ["payout_line.id"],
                                name=op.f("fk_payout_held_payment_line_id_payout_line"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["transaction_id"], ["ledger_transaction.id"],
                                name=op.f("fk_payout_held_payment_transaction_id_ledger_transaction"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payout_held_payment")),
        sa.UniqueConstraint("line_id", name=op.f("uq_payout_held_payment_line_id")),
    )


def downgrade() -> None:
    op.drop_table("payout_held_payment")
