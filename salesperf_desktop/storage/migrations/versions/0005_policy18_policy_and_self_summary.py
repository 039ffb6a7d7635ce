"""company policy (考核制度) versions, the policy a period was published with, self-summaries

The first policy version holds the product's proposed defaults, unconfirmed: a new database and
an upgraded one both show "请确认考核制度" until the officer confirms the policy page.

Revision ID: 0005_policy18_policy
Revises: 0004_data19_change_counter
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_policy18_policy"
down_revision = "0004_data19_change_counter"
branch_labels = None
depends_on = None

# Written out here (not imported from domain.policy): a migration stays as it was.
DEFAULTS = {
    "grades": {
        "bands": [
            {"grade": "S", "min": 95, "coefficient": 1.5},
            {"grade": "A", "min": 85, "coefficient": 1.2},
            {"grade": "B", "min": 70, "coefficient": 1.0},
            {"grade": "C", "min": 60, "coefficient": 0.8},
            {"grade": "D", "min": None, "coefficient": 0.0},
        ],
        "distribution": {"S": 0.10, "A": 0.20, "B": 0.40, "C": 0.20, "D": 0.10},
    },
    "rater_weights": {"supervisor": 70.0, "self": 10.0, "peer": 20.0},
    "rating_zero_based": True,
    "promotion_grades": ["S", "A"],
    "promotion_run": 2,
    "plan_grades": ["C", "D"],
    "appeal_filing_days": 3,
    "appeal_decision_days": 5,
}
OPERATIONS = ("insert", "update", "delete")


def upgrade() -> None:
    versions = op.create_table(
        "policy_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("confirmed_on", sa.Date(), nullable=True),
        sa.Column("confirmed_by", sa.String(length=80), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_versions")),
        sa.UniqueConstraint("version", name=op.f("uq_policy_versions_version")),
    )
    op.create_table(
        "period_policies",
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("policy_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["periods.id"],
            name=op.f("fk_period_policies_period_id_periods"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("period_id", name=op.f("pk_period_policies")),
    )
    op.create_table(
        "self_summaries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["periods.id"],
            name=op.f("fk_self_summaries_period_id_periods"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
            name=op.f("fk_self_summaries_staff_id_staff"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_self_summaries")),
        sa.UniqueConstraint("staff_id", "period_id", name=op.f("uq_self_summaries_staff_id")),
    )
    op.create_index(
        op.f("ix_self_summaries_staff_id"), "self_summaries", ["staff_id"], unique=False
    )
    import datetime as dt
    import json

    # What an older file kept as settings (appeal days, plan grades) stays the company's choice.
    data = json.loads(json.dumps(DEFAULTS))
    kept = dict(op.get_bind().execute(sa.text("SELECT key, value FROM settings")).fetchall())
    for setting, key in (
        ("appeal_filing_working_days", "appeal_filing_days"),
        ("appeal_decision_working_days", "appeal_decision_days"),
        ("improvement_plan_grades", "plan_grades"),
    ):
        value = kept.get(setting)
        if value is not None:  # JSON text; SQLite may hand a bare number back as a number
            data[key] = json.loads(value) if isinstance(value, str) else value
    op.bulk_insert(
        versions,
        [
            {
                "id": 1,
                "version": 1,
                "data": data,
                "created_at": dt.datetime.now(),
                "confirmed_on": None,
                "confirmed_by": "",
                "note": "",
            }
        ],
    )
    # Periods already published were scored under these same defaults: they keep version 1.
    op.execute(
        "INSERT INTO period_policies (period_id, policy_version)"
        " SELECT id, 1 FROM periods WHERE status IN ('published', 'locked')"
    )
    # Scoring reads the policy (grade bands of templates without their own): cached results
    # must notice a new version.
    for operation in OPERATIONS:
        op.execute(
            f"CREATE TRIGGER data_changes_{operation}_policy_versions AFTER {operation.upper()}"
            " ON policy_versions BEGIN UPDATE data_changes SET counter = counter + 1 WHERE id = 1;"
            " END"
        )


def downgrade() -> None:
    for operation in OPERATIONS:
        op.execute(f"DROP TRIGGER IF EXISTS data_changes_{operation}_policy_versions")
    op.drop_index(op.f("ix_self_summaries_staff_id"), table_name="self_summaries")
    op.drop_table("self_summaries")
    op.drop_table("period_policies")
    op.drop_table("policy_versions")
