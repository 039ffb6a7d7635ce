"""an index holding each rating's kind and score in the order a period's read takes them
(person, month, indicator, then the order given): a month's, quarter's or year's ratings
(services/appraisals.py _RATINGS_SQL) are read from the index alone, instead of a table row
looked up per rating and a sort by id (issue #19: 0.30 → 0.17 s of CPU for a year of 3,000
staff)

Revision ID: 0017_year20_ratings_read_index
Revises: 0016_due20_appraisal_status_index
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0017_year20_ratings_read_index"
down_revision = "0016_due20_appraisal_status_index"
branch_labels = None
depends_on = None

COLUMNS = ["staff_id", "period_id", "indicator_code", "id", "rater_role", "value"]


def upgrade() -> None:
    with op.batch_alter_table("ratings", schema=None) as batch_op:
        batch_op.create_index("ix_ratings_read", COLUMNS, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("ratings", schema=None) as batch_op:
        batch_op.drop_index("ix_ratings_read")
