"""Unscheduled items: an item with ``scheduled`` false is on the Unscheduled list, without
a time for people; its times only remember its duration. Existing items stay scheduled.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 23:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("schedule_item", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("scheduled", sa.Boolean(), nullable=False, server_default=sa.true())
        )


def downgrade() -> None:
    # Unscheduled items are kept: an older version shows them at their remembered times
    # (losing them would lose their attendance and notes).
    with op.batch_alter_table("schedule_item", schema=None) as batch_op:
        batch_op.drop_column("scheduled")
