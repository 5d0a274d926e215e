"""Member enterprises: an activity may belong to one member, and the agreement's share of
an own enterprise's result that goes to its owner's pot.

Revision ID: 0009
Revises: 0008

`activity.owner_member_id` is optional (an existing activity stays the cooperative's);
`distribution_agreement.enterprise_basis_points` is 0 for existing agreements (hundredths
of a percent, as the other percentages), so an existing book distributes as before.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("activity") as batch:
        batch.add_column(sa.Column("owner_member_id", sa.Integer(), nullable=True))
        batch.create_index(batch.f("ix_activity_owner_member_id"), ["owner_member_id"], unique=False)
        batch.create_foreign_key(batch.f("fk_activity_owner_member_id_member"), "member", ["owner_member_id"],
                                 ["id"], ondelete="RESTRICT")
    with op.batch_alter_table("distribution_agreement") as batch:
        batch.add_column(sa.Column("enterprise_basis_points", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("distribution_agreement") as batch:
        batch.drop_column("enterprise_basis_points")
    with op.batch_alter_table("activity") as batch:
        batch.drop_constraint(batch.f("fk_activity_owner_member_id_member"), type_="foreignkey")
        batch.drop_index(batch.f("ix_activity_owner_member_id"))
        batch.drop_column("owner_member_id")
