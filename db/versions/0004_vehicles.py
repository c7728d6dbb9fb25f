"""Vehicles of a tour and who rides which vehicle on each transfer.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 12:44:52.284067
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # New tables only: no existing rows are touched, so no batch rebuild is needed and no
    # server defaults are needed either.
    op.create_table(
        "vehicle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tour_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("plate", sa.String(length=40), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("driver_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("illustrative", sa.Boolean(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_vehicle_name_not_empty")),
        sa.CheckConstraint("seats > 0 AND seats <= 1000", name=op.f("ck_vehicle_seats_positive")),
        sa.ForeignKeyConstraint(
            ["driver_id"],
            ["participant.id"],
            name=op.f("fk_vehicle_driver_id_participant"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["tour_id"], ["tour.id"], name=op.f("fk_vehicle_tour_id_tour"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vehicle")),
        sa.UniqueConstraint("tour_id", "key", name=op.f("uq_vehicle_tour_id_key")),
    )
    op.create_index(op.f("ix_vehicle_driver_id"), "vehicle", ["driver_id"], unique=False)
    op.create_index(op.f("ix_vehicle_tour_id"), "vehicle", ["tour_id"], unique=False)

    op.create_table(
        "vehicle_assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vehicle_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["schedule_item.id"],
            name=op.f("fk_vehicle_assignment_item_id_schedule_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_vehicle_assignment_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["vehicle_id"],
            ["vehicle.id"],
            name=op.f("fk_vehicle_assignment_vehicle_id_vehicle"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vehicle_assignment")),
        sa.UniqueConstraint(
            "item_id",
            "participant_id",
            name=op.f("uq_vehicle_assignment_item_id_participant_id"),
        ),
    )
    op.create_index(
        op.f("ix_vehicle_assignment_participant_id"),
        "vehicle_assignment",
        ["participant_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_vehicle_assignment_vehicle_id"), "vehicle_assignment", ["vehicle_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_vehicle_assignment_vehicle_id"), table_name="vehicle_assignment")
    op.drop_index(op.f("ix_vehicle_assignment_participant_id"), table_name="vehicle_assignment")
    op.drop_table("vehicle_assignment")
    op.drop_index(op.f("ix_vehicle_tour_id"), table_name="vehicle")
    op.drop_index(op.f("ix_vehicle_driver_id"), table_name="vehicle")
    op.drop_table("vehicle")
