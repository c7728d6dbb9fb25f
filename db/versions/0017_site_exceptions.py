"""Opening-hours exceptions and a transfer's origin: the dates a site is closed or keeps
other hours (one per line, "2027-01-01 closed"), and the site a transfer leaves from
(NULL: where the riders were before).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 21:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("site", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("opening_exceptions", sa.Text(), nullable=False, server_default="")
        )
    with op.batch_alter_table("schedule_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("from_site_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_schedule_item_from_site_id_site",
            "site",
            ["from_site_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("schedule_item", schema=None) as batch_op:
        batch_op.drop_constraint("fk_schedule_item_from_site_id_site", type_="foreignkey")
        batch_op.drop_column("from_site_id")
    with op.batch_alter_table("site", schema=None) as batch_op:
        batch_op.drop_column("opening_exceptions")
