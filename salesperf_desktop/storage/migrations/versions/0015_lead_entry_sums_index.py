"""an index holding each entry's figures in (person, indicator, month) order: a quarter's or
a year's sums per person and indicator (issue #19, the roll-up in SQL) are read from the index
alone, already grouped, instead of the table and a sort (0.09 → 0.06 s of CPU for a year of
300 staff)

Revision ID: 0015_lead_entry_sums_index
Revises: 0014_lead_appraisal_template_index
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0015_lead_entry_sums_index"
down_revision = "0014_lead_appraisal_template_index"
branch_labels = None
depends_on = None

COLUMNS = ["staff_id", "indicator_code", "period_id", "actual", "target", "base", "passed"]


def upgrade() -> None:
    with op.batch_alter_table("metric_entries", schema=None) as batch_op:
        batch_op.create_index("ix_metric_entries_sums", COLUMNS, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("metric_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_metric_entries_sums")
