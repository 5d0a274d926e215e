"""Hours: hour entries per member, activity and day, and the imported hours sheets.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hours_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("worked_on", sa.Date(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "minutes > 0 AND minutes <= 1440 AND minutes % 15 = 0",
            name=op.f("ck_hours_entry_quarter_hours"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"],
            name=op.f("fk_hours_entry_member_id_member"), ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activity.id"],
            name=op.f("fk_hours_entry_activity_id_activity"), ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hours_entry")),
        sa.UniqueConstraint(
            "member_id", "activity_id", "worked_on",
            name=op.f("uq_hours_entry_member_id_activity_id_worked_on"),
        ),
    )
    op.create_index("ix_hours_entry_member_id_worked_on", "hours_entry", ["member_id", "worked_on"])
    op.create_index("ix_hours_entry_worked_on", "hours_entry", ["worked_on"])
    op.create_table(
        "hours_import",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("source_name", sa.String(length=260), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hours_import")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_hours_import_content_hash")),
    )


def downgrade() -> None:
    op.drop_table("hours_import")
    op.drop_index("ix_hours_entry_worked_on", table_name="hours_entry")
    op.drop_index("ix_hours_entry_member_id_worked_on", table_name="hours_entry")
    op.drop_table("hours_entry")
