"""the sums index holds each entry's figures as whole millionths, the terms a quarter's or a
year's exact sums add (services/appraisals.py _SUMS_SQL): SQLite reads them from the index
instead of working them out for every entry at every read (issue #19: the sums of a year of
3,000 staff, 0.63–0.86 → 0.50–0.57 s). The raw target and base leave it (the sums no longer
read them): the index stays about as large as it was, and so do an encrypted file's pages to
decrypt

Revision ID: 0018_year21_entry_millionths_index
Revises: 0017_year20_ratings_read_index
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0018_year21_entry_millionths_index"
down_revision = "0017_year20_ratings_read_index"
branch_labels = None
depends_on = None

BEFORE = ["staff_id", "indicator_code", "period_id", "actual", "target", "base", "passed"]
COLUMNS = ["staff_id", "indicator_code", "period_id", "actual", "passed"]


def _millionths(column: str) -> str:
    # As written here when this migration was made (storage.models.millionths_sql): SQLite
    # reads an indexed expression from the index only for the same expression.
    return f"CAST({column} * 1000000 + CASE WHEN {column} < 0 THEN -0.5 ELSE 0.5 END AS INTEGER)"


def upgrade() -> None:
    terms = ", ".join(_millionths(column) for column in ("actual", "target", "base"))
    op.execute("DROP INDEX ix_metric_entries_sums")
    op.execute(
        f"CREATE INDEX ix_metric_entries_sums ON metric_entries ({', '.join(COLUMNS)}, {terms})"
    )
    _restate()


def _restate() -> None:
    """A file with SQLite's statistics (ANALYZE was run on it: the program never does) gets the
    new index's too: without them the planner, weighing it against indexes it has figures for,
    chose a person's whole history and a sort over the month's seek."""
    bind = op.get_bind()
    has_stats = bind.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"
    ).first()
    if has_stats:
        op.execute("ANALYZE ix_metric_entries_sums")


def downgrade() -> None:
    op.execute("DROP INDEX ix_metric_entries_sums")
    op.execute(f"CREATE INDEX ix_metric_entries_sums ON metric_entries ({', '.join(BEFORE)})")
    _restate()
