"""The data-change counter: one number that moves with every write of what scoring reads.

Triggers (migration 0003) add one to ``data_changes.counter`` in the same transaction as every
insert, update and delete of the tables below, whoever writes: a service, an import, an appeal,
the command line in another process, a raw SQL statement. A result computed while the counter
read the same before and after stays valid until the counter moves (services/results_cache.py).

A migration that rebuilds one of these tables (Alembic's batch mode on SQLite copies and drops
the table, and its triggers with it) must create the triggers again: ``tests/storage`` checks
every table here bumps the counter in a database built by the migrations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: Every table ``compute_period`` reads.
COUNTED_TABLES = (
    "staff",
    "teams",
    "templates",
    "template_versions",
    "periods",
    "metric_entries",
    "ratings",
    "events",
    "appraisals",
    "policy_versions",
    "adjustment_types",
    "team_goals",
)


def data_version(session: Session) -> int:
    """The counter now (a read of its own: SQLite reads outside a write transaction are not
    held open between statements)."""
    cursor = session.connection().connection.cursor()
    try:
        row = cursor.execute("SELECT counter FROM data_changes WHERE id = 1").fetchone()
    finally:
        cursor.close()
    return row[0]
