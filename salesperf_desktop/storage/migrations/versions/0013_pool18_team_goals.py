"""team goals: a team-level indicator per team and month whose attainment drives the
team-linked share of each member's score (seed 002's 团队绩效池)

Revision ID: 0013_pool18_team_goals
Revises: 0012_bonus18_bonus_sheet
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_pool18_team_goals"
down_revision = "0012_bonus18_bonus_sheet"
branch_labels = None
depends_on = None

OPERATIONS = ("insert", "update", "delete")


def upgrade() -> None:
    op.create_table(
        "team_goals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("measure", sa.String(length=20), nullable=False),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column("actual", sa.Float(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["periods.id"],
            name=op.f("fk_team_goals_period_id_periods"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_team_goals_team_id_teams"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_goals")),
        sa.UniqueConstraint("team_id", "period_id", name=op.f("uq_team_goals_team_id")),
    )
    op.create_index(op.f("ix_team_goals_period_id"), "team_goals", ["period_id"])
    op.create_index(op.f("ix_team_goals_team_id"), "team_goals", ["team_id"])
    # scoring reads the team goals: their writes move the data-change counter (migration 0004)
    for operation in OPERATIONS:
        op.execute(
            f"CREATE TRIGGER data_changes_{operation}_team_goals AFTER {operation.upper()}"
            " ON team_goals"
            " BEGIN UPDATE data_changes SET counter = counter + 1 WHERE id = 1; END"
        )


def downgrade() -> None:
    for operation in OPERATIONS:
        op.execute(f"DROP TRIGGER IF EXISTS data_changes_{operation}_team_goals")
    op.drop_index(op.f("ix_team_goals_team_id"), table_name="team_goals")
    op.drop_index(op.f("ix_team_goals_period_id"), table_name="team_goals")
    op.drop_table("team_goals")
