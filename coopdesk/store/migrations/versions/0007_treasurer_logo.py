"""The cooperative's treasurer and logo, printed on the year-end statements.

Revision ID: 0007
Revises: 0006

Both are optional: an existing book gets an empty name and no logo, and its statements
look as before until the treasurer fills them in ("Gegevens coöperatie").
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cooperative") as batch:
        batch.add_column(sa.Column("treasurer", sa.String(length=200), nullable=False, server_default=""))
        batch.add_column(sa.Column("logo", sa.LargeBinary(), nullable=False, server_default=sa.text("X''")))


def downgrade() -> None:
    with op.batch_alter_table("cooperative") as batch:
        batch.drop_column("logo")
        batch.drop_column("treasurer")
