"""CalDAV sync state: what was last put in each calendar, one row per event.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 12:09:13.362541
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tourplanner.store.types

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A new table only: no existing rows are touched, so no batch rebuild is needed.
    op.create_table(
        "calendar_sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tour_id", sa.Integer(), nullable=False),
        sa.Column("calendar_url", sa.String(length=1000), nullable=False),
        sa.Column("uid", sa.String(length=255), nullable=False),
        sa.Column("href", sa.String(length=1000), nullable=False),
        sa.Column("etag", sa.String(length=300), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("host_deleted", sa.Boolean(), nullable=False),
        sa.Column("synced_at", tourplanner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "length(content_hash) = 64", name=op.f("ck_calendar_sync_state_hash_is_sha256")
        ),
        sa.CheckConstraint(
            "sequence >= 0", name=op.f("ck_calendar_sync_state_sequence_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["tour_id"],
            ["tour.id"],
            name=op.f("fk_calendar_sync_state_tour_id_tour"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_sync_state")),
        sa.UniqueConstraint(
            "calendar_url", "uid", name=op.f("uq_calendar_sync_state_calendar_url_uid")
        ),
    )
    op.create_index(
        op.f("ix_calendar_sync_state_tour_id"), "calendar_sync_state", ["tour_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_calendar_sync_state_tour_id"), table_name="calendar_sync_state")
    op.drop_table("calendar_sync_state")
