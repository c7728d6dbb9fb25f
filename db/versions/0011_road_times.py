"""Road times: a shared cache of a routing server's answers, and the tour's routing server
and traffic factor.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 16:31:05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tourplanner.store.types

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "road_time",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile", sa.String(length=32), nullable=False),
        sa.Column("from_latitude", sa.Float(), nullable=False),
        sa.Column("from_longitude", sa.Float(), nullable=False),
        sa.Column("to_latitude", sa.Float(), nullable=False),
        sa.Column("to_longitude", sa.Float(), nullable=False),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.Column("meters", sa.Float(), nullable=False),
        sa.Column("server", sa.String(length=300), nullable=False),
        sa.Column("fetched_at", tourplanner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("meters >= 0", name=op.f("ck_road_time_meters_not_negative")),
        sa.CheckConstraint("seconds >= 0", name=op.f("ck_road_time_seconds_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_road_time")),
        sa.UniqueConstraint(
            "profile",
            "from_latitude",
            "from_longitude",
            "to_latitude",
            "to_longitude",
            name="uq_road_time_leg",
        ),
    )
    with op.batch_alter_table("road_time", schema=None) as batch_op:
        batch_op.create_index(
            "ix_road_time_from", ["profile", "from_latitude", "from_longitude"], unique=False
        )
    with op.batch_alter_table("tour", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("routing_url", sa.String(length=1000), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("traffic_factor", sa.Float(), nullable=False, server_default="1.0")
        )
        batch_op.create_check_constraint(
            op.f("ck_tour_traffic"), "traffic_factor >= 0.5 AND traffic_factor <= 5"
        )


def downgrade() -> None:
    with op.batch_alter_table("tour", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_tour_traffic"), type_="check")
        batch_op.drop_column("traffic_factor")
        batch_op.drop_column("routing_url")
    with op.batch_alter_table("road_time", schema=None) as batch_op:
        batch_op.drop_index("ix_road_time_from")
    op.drop_table("road_time")
