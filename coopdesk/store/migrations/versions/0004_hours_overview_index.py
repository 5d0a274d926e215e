"""Hours: a covering index for the overview per member per month.

Revision ID: 0004
Revises: 0003

The overview sums minutes per member and month over a year. With only an index on
the day, SQLite found the year's rows through the index and then read each row from
the table (7x slower on a book of 2,000 members than on one of 500). The index on
(day, member, minutes) answers the whole query by itself; it begins with the day, so
it also serves everything the plain (day) index did, which it replaces.
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_hours_entry_worked_on_member_id_minutes", "hours_entry",
                    ["worked_on", "member_id", "minutes"])
    op.drop_index("ix_hours_entry_worked_on", table_name="hours_entry")


def downgrade() -> None:
    op.create_index("ix_hours_entry_worked_on", "hours_entry", ["worked_on"])
    op.drop_index("ix_hours_entry_worked_on_member_id_minutes", table_name="hours_entry")
