"""Document versions: the issue date, version number and per-item digests of each PDF
document, per recipient and kind.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 17:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tourplanner.store.types

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "document_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tour_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("recipient", sa.String(length=140), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("issued_at", tourplanner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.Column("changed", sa.JSON(), nullable=False),
        sa.CheckConstraint("version >= 1", name=op.f("ck_document_version_version_positive")),
        sa.CheckConstraint(
            "length(content_hash) = 64", name=op.f("ck_document_version_hash_is_sha256")
        ),
        sa.ForeignKeyConstraint(
            ["tour_id"],
            ["tour.id"],
            name=op.f("fk_document_version_tour_id_tour"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_version")),
        sa.UniqueConstraint(
            "tour_id",
            "kind",
            "recipient",
            name=op.f("uq_document_version_tour_id_kind_recipient"),
        ),
    )


def downgrade() -> None:
    op.drop_table("document_version")
