"""bonus sheet (奖金核算表): versioned bonus settings; per period the team bonus pools, the
approvals and the approved (frozen) sheet

Revision ID: 0012_bonus18_bonus_sheet
Revises: 0011_move18_staff_moves_and_leave
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_bonus18_bonus_sheet"
down_revision = "0011_move18_staff_moves_and_leave"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bonus_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bonus_settings")),
        sa.UniqueConstraint("version", name=op.f("uq_bonus_settings_version")),
    )
    op.create_table(
        "bonus_sheets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("pools", sa.JSON(), nullable=False),
        sa.Column("settings_version", sa.Integer(), nullable=True),
        sa.Column("snapshot", sa.JSON(), nullable=True),
        sa.Column("prepared_by", sa.String(length=80), nullable=False),
        sa.Column("prepared_on", sa.Date(), nullable=True),
        sa.Column("checked_by", sa.String(length=80), nullable=False),
        sa.Column("checked_on", sa.Date(), nullable=True),
        sa.Column("approved_by", sa.String(length=80), nullable=False),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["periods.id"],
            name=op.f("fk_bonus_sheets_period_id_periods"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bonus_sheets")),
        sa.UniqueConstraint("period_id", name=op.f("uq_bonus_sheets_period_id")),
    )


def downgrade() -> None:
    op.drop_table("bonus_sheets")
    op.drop_table("bonus_settings")
