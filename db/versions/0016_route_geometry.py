"""Road route geometry and traffic bands: the road each cached leg follows (an encoded
polyline from the routing server's /route answer) and the tour's times of day with their
own traffic factor.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 20:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("road_time", schema=None) as batch_op:
        batch_op.add_column(sa.Column("geometry", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("tour", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("traffic_bands", sa.String(length=400), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("tour", schema=None) as batch_op:
        batch_op.drop_column("traffic_bands")
    with op.batch_alter_table("road_time", schema=None) as batch_op:
        batch_op.drop_column("geometry")
