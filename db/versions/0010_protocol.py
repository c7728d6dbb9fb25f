"""Protocol: the order of precedence without ties, and each person's forms of address.

Revision ID: 0010
Revises: 0008
Create Date: 2026-12-07 17:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0008"
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


def downgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_column("address")
