"""task sheet approval: the day the appraiser approved the month's work task sheet (seed 004:
工作任务书的审核); empty until approved

Revision ID: 0007_todo17_task_sheet_approval
Revises: 0006_store19_compact_results
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_todo17_task_sheet_approval"
down_revision = "0006_store19_compact_results"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("task_sheets") as batch:
        batch.add_column(sa.Column("approved_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("task_sheets") as batch:
        batch.drop_column("approved_on")
