"""task sheet quality: each task's type (seed 004's five task types) and the reasons the sheet
was judged of poor quality (seed 004 差错扣分 4, the −10 item); both empty on older sheets

Revision ID: 0009_task18_task_sheet_quality
Revises: 0008_lead_interview_policy
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_task18_task_sheet_quality"
down_revision = "0008_lead_interview_policy"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("task_items") as batch:
        batch.add_column(sa.Column("task_type", sa.String(30), nullable=True))
    with op.batch_alter_table("task_sheets") as batch:
        batch.add_column(sa.Column("quality_reasons", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("task_sheets") as batch:
        batch.drop_column("quality_reasons")
    with op.batch_alter_table("task_items") as batch:
        batch.drop_column("task_type")
