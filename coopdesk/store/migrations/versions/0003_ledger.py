"""The ledger: accounts, transactions and postings, with posted rows made immutable.

Revision ID: 0003
Revises: 0002

Besides the tables this adds triggers that refuse to change or delete a posted
transaction or its postings (and to add postings to one), whatever SQL is used.
The triggers are written for SQLite; PostgreSQL (a later issue) gets its own.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_MESSAGE = "posted transactions are immutable; use a reversal"

TRIGGERS = {
    "ledger_transaction_posted_no_update": f"""
        CREATE TRIGGER ledger_transaction_posted_no_update
        BEFORE UPDATE ON ledger_transaction
        FOR EACH ROW WHEN OLD.status = 'posted'
        BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END""",
    "ledger_transaction_posted_no_delete": f"""
        CREATE TRIGGER ledger_transaction_posted_no_delete
        BEFORE DELETE ON ledger_transaction
        FOR EACH ROW WHEN OLD.status = 'posted'
        BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END""",
    "posting_posted_no_update": f"""
        CREATE TRIGGER posting_posted_no_update
        BEFORE UPDATE ON posting
        FOR EACH ROW WHEN
            (SELECT status FROM ledger_transaction WHERE id = OLD.transaction_id) = 'posted'
            OR (SELECT status FROM ledger_transaction WHERE id = NEW.transaction_id) = 'posted'
        BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END""",
    "posting_posted_no_delete": f"""
        CREATE TRIGGER posting_posted_no_delete
        BEFORE DELETE ON posting
        FOR EACH ROW WHEN (SELECT status FROM ledger_transaction WHERE id = OLD.transaction_id) = 'posted'
        BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END""",
    "posting_posted_no_insert": f"""
        CREATE TRIGGER posting_posted_no_insert
        BEFORE INSERT ON posting
        FOR EACH ROW WHEN (SELECT status FROM ledger_transaction WHERE id = NEW.transaction_id) = 'posted'
        BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END""",
}


def upgrade() -> None:
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("type", sa.String(length=20), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("rgs_code", sa.String(length=40), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("code", name=op.f("uq_account_code")),
    )
    op.create_table(
        "ledger_transaction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("booked_on", sa.Date(), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("reference", sa.String(length=60), nullable=False),
        sa.Column("cost_centre_id", sa.Integer(), nullable=True),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("reverses_id", sa.Integer(), nullable=True),
        sa.Column("corrects_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("posted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["activity_id"], ["activity.id"],
                                name=op.f("fk_ledger_transaction_activity_id_activity"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["cost_centre_id"], ["cost_centre.id"],
                                name=op.f("fk_ledger_transaction_cost_centre_id_cost_centre"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["reverses_id"], ["ledger_transaction.id"],
                                name=op.f("fk_ledger_transaction_reverses_id_ledger_transaction"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["corrects_id"], ["ledger_transaction.id"],
                                name=op.f("fk_ledger_transaction_corrects_id_ledger_transaction"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_transaction")),
        sa.UniqueConstraint("reverses_id", name=op.f("uq_ledger_transaction_reverses_id")),
        sa.UniqueConstraint("corrects_id", name=op.f("uq_ledger_transaction_corrects_id")),
    )
    op.create_index("ix_ledger_transaction_booked_on", "ledger_transaction", ["booked_on"], unique=False)
    op.create_index(op.f("ix_ledger_transaction_status"), "ledger_transaction", ["status"], unique=False)
    op.create_table(
        "posting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("transaction_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("booked_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("cost_centre_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"],
                                name=op.f("fk_posting_account_id_account"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["cost_centre_id"], ["cost_centre.id"],
                                name=op.f("fk_posting_cost_centre_id_cost_centre"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["transaction_id"], ["ledger_transaction.id"],
                                name=op.f("fk_posting_transaction_id_ledger_transaction"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_posting")),
    )
    op.create_index("ix_posting_account_id_booked_on", "posting",
                    ["account_id", "booked_on", "amount", "transaction_id"], unique=False)
    op.create_index("ix_posting_transaction_id", "posting", ["transaction_id"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        for sql in TRIGGERS.values():
            op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index("ix_posting_transaction_id", table_name="posting")
    op.drop_index("ix_posting_account_id_booked_on", table_name="posting")
    op.drop_table("posting")
    op.drop_index(op.f("ix_ledger_transaction_status"), table_name="ledger_transaction")
    op.drop_index("ix_ledger_transaction_booked_on", table_name="ledger_transaction")
    op.drop_table("ledger_transaction")
    op.drop_table("account")
