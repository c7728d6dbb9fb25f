"""Publishing: a private link token per participant and site, the tour's publish target.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 13:40:00
"""

import base64
import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("participant", "site")


def _token() -> str:
    # The same shape as tourplanner.core.tokens.new_token (a migration keeps its own
    # copy, so later changes to the app cannot change what this revision did).
    return base64.urlsafe_b64encode(secrets.token_bytes(18)).decode("ascii").rstrip("=")


def upgrade() -> None:
    with op.batch_alter_table("tour", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("publish_target", sa.String(length=1000), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("publish_base_url", sa.String(length=1000), nullable=False, server_default="")
        )
    bind = op.get_bind()
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("publish_token", sa.String(length=86), nullable=True))
        # Every existing row gets its own random token before the column becomes required.
        rows = sa.table(table, sa.column("id", sa.Integer), sa.column("publish_token"))
        for (row_id,) in bind.execute(sa.select(rows.c.id)).all():
            bind.execute(rows.update().where(rows.c.id == row_id).values(publish_token=_token()))
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column(
                "publish_token", existing_type=sa.String(length=86), nullable=False
            )
            batch_op.create_unique_constraint(
                batch_op.f(f"uq_{table}_tour_id_publish_token"), ["tour_id", "publish_token"]
            )
            batch_op.create_check_constraint(
                f"ck_{table}_token_long_enough", "length(publish_token) >= 22"
            )


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(f"ck_{table}_token_long_enough", type_="check")
            batch_op.drop_constraint(f"uq_{table}_tour_id_publish_token", type_="unique")
            batch_op.drop_column("publish_token")
    with op.batch_alter_table("tour", schema=None) as batch_op:
        batch_op.drop_column("publish_base_url")
        batch_op.drop_column("publish_target")
