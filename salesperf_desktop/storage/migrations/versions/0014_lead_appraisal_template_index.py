"""an index on appraisals.template_version_id: the templates tab counts each version's
appraisals (a template in use is versioned, not edited in place); without the index that count
read the whole appraisals table, about a second at 3,000 staff × 3 years

Revision ID: 0014_lead_appraisal_template_index
Revises: 0013_pool18_team_goals
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0014_lead_appraisal_template_index"
down_revision = "0013_pool18_team_goals"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("appraisals", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_appraisals_template_version_id"), ["template_version_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("appraisals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appraisals_template_version_id"))
