"""published results stored compactly: shared snapshots once by hash, totals in columns

Each appraisal kept its own copy of the frozen template (about 11.5 kB of JSON) and a result
(about 23 kB) two thirds of which repeat, for everyone on the same template version, the items'
names, rules and rule texts. Both shared parts go to ``snapshots`` (one row per content, named
by its SHA-256) and the appraisal names them; the result's unrounded total and coefficient
become columns. Existing appraisals are converted in place, a batch at a time; what every
appraisal shows (its result put back together, its frozen template) is unchanged to the byte.
No table is rebuilt (columns are added and dropped with ALTER TABLE), so the data-change
counter's triggers stay.

Revision ID: 0006_store19_compact_results
Revises: 0005_policy18_policy
Create Date: 2026-11-26
"""

from __future__ import annotations

import hashlib
import json

import sqlalchemy as sa
from alembic import op

revision = "0006_store19_compact_results"
down_revision = "0005_policy18_policy"
branch_labels = None
depends_on = None

BATCH = 500

# Written out here (not imported from the domain): a migration stays as it was.
SHARED_ITEM_KEYS = frozenset(
    {
        "indicator",
        "name",
        "label",
        "dimension",
        "dimension_label",
        "weight",
        "measure",
        "rule",
        "rule_text",
        "max_points",
        "growth_base",
    }
)
ITEM_NEEDS = ("indicator", "dimension", "weight", "measure", "rule")


def _hash(body) -> str:
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _dumps(body) -> str:  # as SQLAlchemy's JSON type writes it
    return json.dumps(body)


def _split(d):
    items = d.get("items")
    if not isinstance(items, list) or not items:
        return None, d
    if not all(isinstance(it, dict) and all(k in it for k in ITEM_NEEDS) for it in items):
        return None, d
    shared = [[list(it), {k: v for k, v in it.items() if k in SHARED_ITEM_KEYS}] for it in items]
    own = [{k: v for k, v in it.items() if k not in SHARED_ITEM_KEYS} for it in items]
    return shared, {**d, "items": own}


def _join(own, shared):  # split's inverse: the check that nothing is lost
    if shared is None:
        return own
    items = [
        {k: (common[k] if k in common else mine[k]) for k in keys}
        for (keys, common), mine in zip(shared, own["items"], strict=True)
    ]
    return {**own, "items": items}


def upgrade() -> None:
    op.create_table(
        "snapshots",
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("hash", name=op.f("pk_snapshots")),
    )
    for column in (
        "snapshot_hash VARCHAR(64)",
        "result_shared_hash VARCHAR(64)",
        "shown_total FLOAT",
        "coefficient FLOAT",
    ):
        op.execute(f"ALTER TABLE appraisals ADD COLUMN {column}")
    conn = op.get_bind().connection.driver_connection  # plain sqlite3: fast, bounded batches
    known: set[str] = set()
    last = 0
    while True:
        rows = conn.execute(
            "SELECT id, template_snapshot, result FROM appraisals WHERE id > ? ORDER BY id LIMIT ?",
            (last, BATCH),
        ).fetchall()
        if not rows:
            break
        new_shared: list[tuple[str, str]] = []
        updates = []
        for row_id, snapshot_text, result_text in rows:
            last = row_id
            snapshot = json.loads(snapshot_text)
            snapshot_name = _hash(snapshot)
            if snapshot_name not in known:
                known.add(snapshot_name)
                new_shared.append((snapshot_name, _dumps(snapshot)))
            result = None if result_text is None else json.loads(result_text)
            own_text = shared_name = total = coefficient = None
            if result is not None:
                shared, own = _split(result)
                if _join(own, shared) != result:  # never lose a figure: keep it whole
                    shared, own = None, result
                if shared is not None:
                    shared_name = _hash(shared)
                    if shared_name not in known:
                        known.add(shared_name)
                        new_shared.append((shared_name, _dumps(shared)))
                own_text = _dumps(own)
                total, coefficient = result.get("total"), result.get("coefficient")
            updates.append((snapshot_name, own_text, shared_name, total, coefficient, row_id))
        conn.executemany("INSERT OR IGNORE INTO snapshots (hash, body) VALUES (?, ?)", new_shared)
        conn.executemany(
            "UPDATE appraisals SET snapshot_hash = ?, result = ?, result_shared_hash = ?,"
            " shown_total = ?, coefficient = ? WHERE id = ?",
            updates,
        )
    op.execute("ALTER TABLE appraisals DROP COLUMN template_snapshot")


def downgrade() -> None:
    # Putting every result back together in place would grow the file to its old size; an older
    # program opens the backup taken before this migration
    # (``before-migration-0004_data19_change_counter``).
    raise NotImplementedError("restore the backup taken before 0006_store19_compact_results")
