"""adjustment catalogue: the bonus/penalty types the officer edited or added, and the approver,
document number and fine amount recorded with an event (seed 004)

Revision ID: 0010_adj18_adjustment_catalogue
Revises: 0009_task18_task_sheet_quality
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_adj18_adjustment_catalogue"
down_revision = "0009_task18_task_sheet_quality"
branch_labels = None
depends_on = None

OPERATIONS = ("insert", "update", "delete")


def upgrade() -> None:
    op.create_table(
        "adjustment_types",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("definition", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_adjustment_types")),
        sa.UniqueConstraint("code", name=op.f("uq_adjustment_types_code")),
    )
    # scoring reads the catalogue: its writes move the data-change counter (migration 0004)
    for operation in OPERATIONS:
        op.execute(
            f"CREATE TRIGGER data_changes_{operation}_adjustment_types AFTER {operation.upper()}"
            " ON adjustment_types"
            " BEGIN UPDATE data_changes SET counter = counter + 1 WHERE id = 1; END"
        )
    with op.batch_alter_table("events") as batch:
        batch.add_column(
            sa.Column("approver", sa.String(length=120), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("document_no", sa.String(length=120), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("amount", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("amount")
        batch.drop_column("document_no")
        batch.drop_column("approver")
    for operation in OPERATIONS:
        op.execute(f"DROP TRIGGER IF EXISTS data_changes_{operation}_adjustment_types")
    op.drop_table("adjustment_types")
