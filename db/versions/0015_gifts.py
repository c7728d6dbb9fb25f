"""Gifts and each venue's own lists: the tour's gift log with a value limit on the tour,
and a site's contacts by role (host, catering, gate).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 20:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("tour", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("gift_limit", sa.String(length=32), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("gift_limit_currency", sa.String(length=3), nullable=False, server_default="")
        )
    op.create_table(
        "gift",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tour_id", sa.Integer(), nullable=False),
        sa.Column("what", sa.String(length=300), nullable=False),
        sa.Column("from_participant_id", sa.Integer(), nullable=True),
        sa.Column("from_organisation", sa.String(length=300), nullable=False),
        sa.Column("to_participant_id", sa.Integer(), nullable=True),
        sa.Column("to_organisation", sa.String(length=300), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("value", sa.String(length=32), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "given",
                "received",
                name="gift_status",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(what) > 0", name=op.f("ck_gift_what_not_empty")),
        sa.CheckConstraint(
            "from_participant_id IS NULL OR from_organisation = ''", name=op.f("ck_gift_one_giver")
        ),
        sa.CheckConstraint(
            "to_participant_id IS NULL OR to_organisation = ''", name=op.f("ck_gift_one_taker")
        ),
        sa.CheckConstraint("value = '' OR currency <> ''", name=op.f("ck_gift_value_has_currency")),
        sa.ForeignKeyConstraint(
            ["tour_id"], ["tour.id"], name=op.f("fk_gift_tour_id_tour"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["from_participant_id"],
            ["participant.id"],
            name=op.f("fk_gift_from_participant_id_participant"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["to_participant_id"],
            ["participant.id"],
            name=op.f("fk_gift_to_participant_id_participant"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["schedule_item.id"],
            name=op.f("fk_gift_item_id_schedule_item"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gift")),
    )
    with op.batch_alter_table("gift", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_gift_tour_id"), ["tour_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_gift_from_participant_id"), ["from_participant_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_gift_to_participant_id"), ["to_participant_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_gift_item_id"), ["item_id"], unique=False)
    op.create_table(
        "site_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "host",
                "catering",
                "gate",
                name="contact_role",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=64), nullable=False),
        sa.CheckConstraint("position >= 0", name=op.f("ck_site_contact_position_not_negative")),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_site_contact_name_not_empty")),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["site.id"],
            name=op.f("fk_site_contact_site_id_site"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_contact")),
    )
    with op.batch_alter_table("site_contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_site_contact_site_id"), ["site_id"], unique=False)


def downgrade() -> None:
    op.drop_table("site_contact")
    op.drop_table("gift")
    with op.batch_alter_table("tour", schema=None) as batch_op:
        batch_op.drop_column("gift_limit_currency")
        batch_op.drop_column("gift_limit")
