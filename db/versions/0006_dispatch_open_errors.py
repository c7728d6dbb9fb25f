"""Dispatch records note how many errors the tour had open when it was sent anyway.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 13:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Existing rows were all sent before the release gate existed: 0 open errors is the
    # honest default, given as a server default so the NOT NULL column can be added.
    with op.batch_alter_table("dispatch") as batch:
        batch.add_column(
            sa.Column("open_errors", sa.Integer(), server_default=sa.text("0"), nullable=False)
        )
        batch.create_check_constraint(
            op.f("ck_dispatch_open_errors_not_negative"), "open_errors >= 0"
        )


def downgrade() -> None:
    with op.batch_alter_table("dispatch") as batch:
        batch.drop_constraint(op.f("ck_dispatch_open_errors_not_negative"), type_="check")
        batch.drop_column("open_errors")
