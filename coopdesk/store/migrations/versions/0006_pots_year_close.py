"""Savings pots and the year close: pot movements, withdrawal purposes, the distribution
agreement, closed years.

Revision ID: 0006
Revises: 0005

Besides the tables this seeds the withdrawal purposes (`coopdesk.domain.pot.DEFAULT_PURPOSES`)
and adds the accounts the pots and the year close post to (1710 Spaarpotten leden, 1720 Af te
dragen aan gemeente, 0110 Opleidingsreserve, 0200 Resultaatverdeling) to a book that already
has a chart of accounts and lacks them (a new book gets them with the default chart).
"""

import sqlalchemy as sa
from alembic import op

from coopdesk.domain.pot import DEFAULT_PURPOSES

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_ACCOUNTS = (
    ("0110", "Opleidingsreserve", "equity"),
    ("0200", "Resultaatverdeling", "equity"),
    ("1710", "Spaarpotten leden", "liability"),
    ("1720", "Af te dragen aan gemeente", "liability"),
)


def upgrade() -> None:
    op.create_table("distribution_agreement",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("agreed_on", sa.Date(), nullable=False),
    sa.Column("training_mode", sa.String(length=20), nullable=False),
    sa.Column("training_amount", sa.BigInteger(), nullable=False),
    sa.Column("training_basis_points", sa.Integer(), nullable=False),
    sa.Column("pots_method", sa.String(length=20), nullable=False),
    sa.Column("pots_basis_points", sa.Integer(), nullable=False),
    sa.Column("municipality_basis_points", sa.Integer(), nullable=False),
    sa.Column("municipality_threshold", sa.BigInteger(), nullable=False),
    sa.Column("recorded_by", sa.String(length=100), nullable=False),
    sa.Column("recorded_at", sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_distribution_agreement")),
    sa.UniqueConstraint("agreed_on", name=op.f("uq_distribution_agreement_agreed_on"))
    )
    op.create_table("pot_purpose",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("name", sa.String(length=100), nullable=False),
    sa.Column("needs_approval", sa.Boolean(), nullable=False),
    sa.Column("income_warning", sa.Boolean(), nullable=False),
    sa.Column("active", sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_pot_purpose")),
    sa.UniqueConstraint("name", name=op.f("uq_pot_purpose_name"))
    )
    op.create_table("year_close",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("year", sa.Integer(), nullable=False),
    sa.Column("closed_at", sa.DateTime(), nullable=False),
    sa.Column("closed_by", sa.String(length=100), nullable=False),
    sa.Column("profit", sa.BigInteger(), nullable=False),
    sa.Column("counted_cash", sa.BigInteger(), nullable=False),
    sa.Column("transaction_id", sa.Integer(), nullable=True),
    sa.Column("reopened_at", sa.DateTime(), nullable=True),
    sa.Column("reopened_by", sa.String(length=100), nullable=False),
    sa.Column("reopen_reason", sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(["transaction_id"], ["ledger_transaction.id"], name=op.f("fk_year_close_transaction_id_ledger_transaction"), ondelete="RESTRICT"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_year_close"))
    )
    op.create_index("ix_year_close_year", "year_close", ["year"], unique=False)
    op.create_table("pot_movement",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("member_id", sa.Integer(), nullable=False),
    sa.Column("booked_on", sa.Date(), nullable=False),
    sa.Column("kind", sa.String(length=20), nullable=False),
    sa.Column("amount", sa.BigInteger(), nullable=False),
    sa.Column("reason", sa.String(length=200), nullable=False),
    sa.Column("purpose_id", sa.Integer(), nullable=True),
    sa.Column("receipt_reference", sa.String(length=60), nullable=False),
    sa.Column("approved_by", sa.String(length=100), nullable=False),
    sa.Column("transaction_id", sa.Integer(), nullable=True),
    sa.Column("year_close_id", sa.Integer(), nullable=True),
    sa.Column("created_at", sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_pot_movement_member_id_member"), ondelete="RESTRICT"),
    sa.ForeignKeyConstraint(["purpose_id"], ["pot_purpose.id"], name=op.f("fk_pot_movement_purpose_id_pot_purpose"), ondelete="RESTRICT"),
    sa.ForeignKeyConstraint(["transaction_id"], ["ledger_transaction.id"], name=op.f("fk_pot_movement_transaction_id_ledger_transaction"), ondelete="RESTRICT"),
    sa.ForeignKeyConstraint(["year_close_id"], ["year_close.id"], name=op.f("fk_pot_movement_year_close_id_year_close"), ondelete="RESTRICT"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_pot_movement"))
    )
    op.create_index("ix_pot_movement_member_id_booked_on", "pot_movement", ["member_id", "booked_on"], unique=False)

    connection = op.get_bind()
    for name, needs_approval, income_warning in DEFAULT_PURPOSES:
        connection.execute(sa.text(
            "INSERT INTO pot_purpose (name, needs_approval, income_warning, active) VALUES (:name, :approval, :warning, 1)"),
            {"name": name, "approval": needs_approval, "warning": income_warning})
    if connection.scalar(sa.text("SELECT count(*) FROM account")):
        for code, name, kind in _ACCOUNTS:
            if connection.scalar(sa.text("SELECT count(*) FROM account WHERE code = :code"), {"code": code}) == 0:
                connection.execute(sa.text(
                    "INSERT INTO account (code, name, type, role, rgs_code, active) "
                    "VALUES (:code, :name, :type, '', '', 1)"), {"code": code, "name": name, "type": kind})


def downgrade() -> None:
    op.drop_index("ix_pot_movement_member_id_booked_on", table_name="pot_movement")
    op.drop_table("pot_movement")
    op.drop_index("ix_year_close_year", table_name="year_close")
    op.drop_table("year_close")
    op.drop_table("pot_purpose")
    op.drop_table("distribution_agreement")
