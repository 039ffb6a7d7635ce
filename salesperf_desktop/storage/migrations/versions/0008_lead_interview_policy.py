"""the review interview's working days are company policy: what an older file kept as a
setting goes into every policy version, and the setting is dropped

Revision ID: 0008_lead_interview_policy
Revises: 0007_todo17_task_sheet_approval
Create Date: 2026-11-27
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0008_lead_interview_policy"
down_revision = "0007_todo17_task_sheet_approval"
branch_labels = None
depends_on = None

KEY = "interview_working_days"


def upgrade() -> None:
    bind = op.get_bind()
    kept = bind.execute(sa.text("SELECT value FROM settings WHERE key = :k"), {"k": KEY}).scalar()
    if kept is None:
        return  # the versions' missing key reads as the default (domain.policy)
    days = json.loads(kept) if isinstance(kept, str) else kept  # JSON text, or a bare number
    versions = bind.execute(sa.text("SELECT id, data FROM policy_versions")).fetchall()
    for version_id, data in versions:
        policy = json.loads(data) if isinstance(data, str) else dict(data)
        policy.setdefault(KEY, int(days))
        bind.execute(
            sa.text("UPDATE policy_versions SET data = :d WHERE id = :i"),
            {"d": json.dumps(policy, ensure_ascii=False), "i": version_id},
        )
    bind.execute(sa.text("DELETE FROM settings WHERE key = :k"), {"k": KEY})


def downgrade() -> None:
    bind = op.get_bind()
    data = bind.execute(
        sa.text("SELECT data FROM policy_versions ORDER BY version DESC LIMIT 1")
    ).scalar()
    if data is None:
        return
    policy = json.loads(data) if isinstance(data, str) else dict(data)
    if KEY in policy:
        bind.execute(
            sa.text("INSERT OR REPLACE INTO settings (key, value) VALUES (:k, :v)"),
            {"k": KEY, "v": json.dumps(policy[KEY])},
        )
