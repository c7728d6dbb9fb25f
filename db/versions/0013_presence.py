"""Presence: who has a tour open, in which view and day.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 17:44:28.952620
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tourplanner.store.types

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "presence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tour_id", sa.Integer(), nullable=False),
        sa.Column("client", sa.String(length=36), nullable=False),
        sa.Column("who", sa.String(length=200), nullable=False),
        sa.Column("view", sa.String(length=40), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("seen_at", tourplanner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["tour_id"], ["tour.id"], name=op.f("fk_presence_tour_id_tour"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_presence")),
        sa.UniqueConstraint("tour_id", "client", name=op.f("uq_presence_tour_id_client")),
    )


def downgrade() -> None:
    op.drop_table("presence")
