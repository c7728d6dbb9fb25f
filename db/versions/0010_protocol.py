"""Protocol: the order of precedence without ties, each person's forms of address, and
seating plans (an item's tables and who sits where).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 17:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _untie_precedence() -> None:
    """Two people of a tour with the same rank (allowed before) get consecutive ranks, in
    the order the app showed them (rank, then name, then key)."""
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT id, tour_id, precedence FROM participant WHERE precedence IS NOT NULL "
            "ORDER BY tour_id, precedence, lower(full_name), key"
        )
    ).all()
    last: dict[int, int] = {}
    for pid, tour_id, rank in rows:
        new = max(rank, last.get(tour_id, 0) + 1)
        last[tour_id] = new
        if new != rank:
            conn.execute(
                sa.text("UPDATE participant SET precedence = :r WHERE id = :i"),
                {"r": new, "i": pid},
            )


def upgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("address", sa.JSON(), nullable=False, server_default=sa.text("'{}'"))
        )
    _untie_precedence()
    op.create_table(
        "item_table",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("shape", sa.String(length=16), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.CheckConstraint("number > 0", name=op.f("ck_item_table_number_positive")),
        sa.CheckConstraint("seats > 0", name=op.f("ck_item_table_seats_positive")),
        sa.CheckConstraint("shape IN ('round', 'long')", name=op.f("ck_item_table_shape_known")),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["schedule_item.id"],
            name=op.f("fk_item_table_item_id_schedule_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_table")),
        sa.UniqueConstraint("item_id", "number", name=op.f("uq_item_table_item_id_number")),
    )
    op.create_table(
        "seat",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("table_number", sa.Integer(), nullable=False),
        sa.Column("seat_number", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("seat_number > 0", name=op.f("ck_seat_seat_number_positive")),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["schedule_item.id"],
            name=op.f("fk_seat_item_id_schedule_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_seat_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seat")),
        sa.UniqueConstraint(
            "item_id", "participant_id", name=op.f("uq_seat_item_id_participant_id")
        ),
        sa.UniqueConstraint(
            "item_id",
            "table_number",
            "seat_number",
            name=op.f("uq_seat_item_id_table_number_seat_number"),
        ),
    )
    with op.batch_alter_table("seat", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_seat_participant_id"), ["participant_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("seat")
    op.drop_table("item_table")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_column("address")
