"""On the day: a site's local address and meeting point, the tour's on-duty contacts,
24-hour line and notes per day.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 15:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SITE_COLUMNS = ("local_address", "meeting_point", "local_meeting_point")


def upgrade() -> None:
    with op.batch_alter_table("site", schema=None) as batch_op:
        for name in SITE_COLUMNS:
            batch_op.add_column(sa.Column(name, sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("tour", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("hotline", sa.String(length=64), nullable=False, server_default="")
        )
    op.create_table(
        "duty_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tour_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("local_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("mobile", sa.String(length=64), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.CheckConstraint("position >= 0", name=op.f("ck_duty_contact_position_not_negative")),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_duty_contact_name_not_empty")),
        sa.CheckConstraint("length(mobile) > 0", name=op.f("ck_duty_contact_mobile_not_empty")),
        sa.ForeignKeyConstraint(
            ["tour_id"],
            ["tour.id"],
            name=op.f("fk_duty_contact_tour_id_tour"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duty_contact")),
    )
    with op.batch_alter_table("duty_contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_duty_contact_tour_id"), ["tour_id"], unique=False)
    op.create_table(
        "day_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tour_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("weather", sa.Text(), nullable=False),
        sa.Column("bring", sa.Text(), nullable=False),
        sa.Column("dress", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tour_id"], ["tour.id"], name=op.f("fk_day_note_tour_id_tour"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_day_note")),
        sa.UniqueConstraint("tour_id", "day", name=op.f("uq_day_note_tour_id_day")),
    )


def downgrade() -> None:
    op.drop_table("day_note")
    with op.batch_alter_table("duty_contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_duty_contact_tour_id"))
    op.drop_table("duty_contact")
    with op.batch_alter_table("tour", schema=None) as batch_op:
        batch_op.drop_column("hotline")
    with op.batch_alter_table("site", schema=None) as batch_op:
        for name in reversed(SITE_COLUMNS):
            batch_op.drop_column(name)
