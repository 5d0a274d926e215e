"""A member's former monthly benefit, for the outflow report (uitstroom).

Revision ID: 0008
Revises: 0007

Optional, integer cents: what the member received per month as a benefit before leaving
for a job or education, entered by the treasurer where known. The outflow report turns
it into an estimate of the benefits saved.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("member") as batch:
        batch.add_column(sa.Column("former_monthly_benefit", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("member") as batch:
        batch.drop_column("former_monthly_benefit")
