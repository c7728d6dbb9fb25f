"""Sending by email: a record of every message (dispatch) and per-tour mail templates.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 12:58:45.715115
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tourplanner.store.types

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # New tables only: no existing rows are touched, so no batch rebuild and no server
    # defaults are needed.
    op.create_table(
        "mail_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tour_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "delegate",
                "host",
                name="mail_template_kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body_text", sa.Text(), nullable=False),
        sa.Column("updated_at", tourplanner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "language IN ('en', 'zh')", name=op.f("ck_mail_template_language_known")
        ),
        sa.CheckConstraint("length(subject) > 0", name=op.f("ck_mail_template_subject_not_empty")),
        sa.ForeignKeyConstraint(
            ["tour_id"], ["tour.id"], name=op.f("fk_mail_template_tour_id_tour"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_template")),
        sa.UniqueConstraint(
            "tour_id", "kind", "language", name=op.f("uq_mail_template_tour_id_kind_language")
        ),
    )
    op.create_table(
        "dispatch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tour_id", sa.Integer(), nullable=False),
        sa.Column("recipient_key", sa.String(length=140), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("site_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("address", sa.String(length=320), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "delegate",
                "host",
                name="dispatch_kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("pdf_hash", sa.String(length=64), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.Column(
            "result",
            sa.Enum(
                "sent",
                "failed",
                "dry-run",
                name="dispatch_result",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("message_id", sa.String(length=300), nullable=False),
        sa.Column("sent_at", tourplanner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("length(pdf_hash) IN (0, 64)", name=op.f("ck_dispatch_hash_is_sha256")),
        sa.CheckConstraint(
            "length(recipient_key) > 0", name=op.f("ck_dispatch_recipient_not_empty")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_dispatch_participant_id_participant"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["site.id"], name=op.f("fk_dispatch_site_id_site"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["tour_id"], ["tour.id"], name=op.f("fk_dispatch_tour_id_tour"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispatch")),
    )
    op.create_index(
        op.f("ix_dispatch_participant_id"), "dispatch", ["participant_id"], unique=False
    )
    op.create_index(op.f("ix_dispatch_site_id"), "dispatch", ["site_id"], unique=False)
    op.create_index(
        "ix_dispatch_tour_recipient",
        "dispatch",
        ["tour_id", "recipient_key", "sent_at"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_dispatch_tour_recipient", table_name="dispatch")
    op.drop_index(op.f("ix_dispatch_site_id"), table_name="dispatch")
    op.drop_index(op.f("ix_dispatch_participant_id"), table_name="dispatch")
    op.drop_table("dispatch")
    op.drop_table("mail_template")
