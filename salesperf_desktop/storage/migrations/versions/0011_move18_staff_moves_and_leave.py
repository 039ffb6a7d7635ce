"""staff movements and leave: dated transfers, promotions and demotions, and leave periods
(seed 004: 转岗、晋升、降职; 事假一天扣一分，病假不扣分)

Revision ID: 0011_move18_staff_moves_and_leave
Revises: 0010_adj18_adjustment_catalogue
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_move18_staff_moves_and_leave"
down_revision = "0010_adj18_adjustment_catalogue"
branch_labels = None
depends_on = None

OPERATIONS = ("insert", "update", "delete")
TABLES = ("staff_moves", "staff_leaves")


def upgrade() -> None:
    op.create_table(
        "staff_moves",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("effective", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("from_team_id", sa.Integer(), nullable=True),
        sa.Column("to_team_id", sa.Integer(), nullable=True),
        sa.Column("from_role", sa.String(length=30), nullable=False),
        sa.Column("to_role", sa.String(length=30), nullable=False),
        sa.Column("from_line", sa.String(length=20), nullable=False),
        sa.Column("to_line", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
            name=op.f("fk_staff_moves_staff_id_staff"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["from_team_id"],
            ["teams.id"],
            name=op.f("fk_staff_moves_from_team_id_teams"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["to_team_id"],
            ["teams.id"],
            name=op.f("fk_staff_moves_to_team_id_teams"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_moves")),
    )
    op.create_index(op.f("ix_staff_moves_staff_id"), "staff_moves", ["staff_id"])
    op.create_table(
        "staff_leaves",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
            name=op.f("fk_staff_leaves_staff_id_staff"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_leaves")),
    )
    op.create_index(op.f("ix_staff_leaves_staff_id"), "staff_leaves", ["staff_id"])
    # scoring reads both: their writes move the data-change counter (migration 0004)
    for table in TABLES:
        for operation in OPERATIONS:
            op.execute(
                f"CREATE TRIGGER data_changes_{operation}_{table} AFTER {operation.upper()}"
                f" ON {table}"
                " BEGIN UPDATE data_changes SET counter = counter + 1 WHERE id = 1; END"
            )


def downgrade() -> None:
    for table in TABLES:
        for operation in OPERATIONS:
            op.execute(f"DROP TRIGGER IF EXISTS data_changes_{operation}_{table}")
    op.drop_index(op.f("ix_staff_leaves_staff_id"), table_name="staff_leaves")
    op.drop_table("staff_leaves")
    op.drop_index(op.f("ix_staff_moves_staff_id"), table_name="staff_moves")
    op.drop_table("staff_moves")
