"""data-change counter: one row bumped by triggers on every write of what scoring reads

Revision ID: 0004_data19_change_counter
Revises: 0003_ledger16_import_profiles
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_data19_change_counter"
down_revision = "0003_ledger16_import_profiles"
branch_labels = None
depends_on = None

# Written out here (not imported from storage.change_counter): a migration stays as it was.
TABLES = (
    "staff",
    "teams",
    "templates",
    "template_versions",
    "periods",
    "metric_entries",
    "ratings",
    "events",
    "appraisals",
)
OPERATIONS = ("insert", "update", "delete")


def upgrade() -> None:
    table = op.create_table(
        "data_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_data_changes_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_changes")),
    )
    op.bulk_insert(table, [{"id": 1, "counter": 0}])
    for name in TABLES:
        for operation in OPERATIONS:
            op.execute(
                f"CREATE TRIGGER data_changes_{operation}_{name} AFTER {operation.upper()} ON {name}"
                " BEGIN UPDATE data_changes SET counter = counter + 1 WHERE id = 1; END"
            )


def downgrade() -> None:
    for name in TABLES:
        for operation in OPERATIONS:
            op.execute(f"DROP TRIGGER IF EXISTS data_changes_{operation}_{name}")
    op.drop_table("data_changes")
