"""Vehicle seats: the label of the seat a person has on a transfer's vehicle.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 18:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("vehicle_assignment", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("seat", sa.String(length=16), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("vehicle_assignment", schema=None) as batch_op:
        batch_op.drop_column("seat")
