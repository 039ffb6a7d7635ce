"""The audit trail: every change of a score-relevant value after publication is kept.

Rows are only ever added. ``record_change`` is called inside the transaction that makes the
change, so the trail and the change are committed together or not at all.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesperf_desktop.storage.models import AuditEntryRow


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def record_change(session: Session, **change: Any) -> AuditEntryRow | None:
    """Add one audit row (the fields of ``change_entry``); unchanged values are not recorded."""
    values = change_entry(**change)
    if values is None:
        return None
    entry = AuditEntryRow(**values)
    session.add(entry)
    return entry


def change_entry(
    *,
    entity: str,
    entity_id: int | None,
    field: str,
    old: Any,
    new: Any,
    reason: str = "",
    actor: str = "",
    appraisal_id: int | None = None,
    appeal_id: int | None = None,
) -> dict[str, Any] | None:
    """One audit row as plain values (None when unchanged): what ``record_change`` adds and
    ``record_changes`` adds many of."""
    before, after = _text(old), _text(new)
    if before == after:
        return None
    return {
        "actor": actor,
        "entity": entity,
        "entity_id": entity_id,
        "field": field,
        "old_value": before,
        "new_value": after,
        "reason": reason,
        "appraisal_id": appraisal_id,
        "appeal_id": appeal_id,
    }


# change_entry's fields, in the order record_changes binds them
_FIELDS = (
    "actor",
    "entity",
    "entity_id",
    "field",
    "old_value",
    "new_value",
    "reason",
    "appraisal_id",
    "appeal_id",
)


def record_changes(session: Session, entries: Iterable[dict[str, Any] | None]) -> int:
    """Add many audit rows in one statement (an import after publication writes thousands);
    the same rows ``record_change`` adds one by one. Returns how many were added."""
    rows = [entry for entry in entries if entry is not None]
    if not rows:
        return 0
    # straight to the driver: SQLAlchemy's per-row parameter step cost more than the INSERT
    # (20,000 rows of an import into published months); the time is the column's default,
    # taken once for the transaction's rows and bound as the column binds it
    conn = session.connection()
    column = AuditEntryRow.__table__.c.at
    at = column.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
    now = column.default.arg(None)
    stamp = now if at is None else at(now)
    conn.exec_driver_sql(
        f"INSERT INTO {AuditEntryRow.__tablename__} (at, {', '.join(_FIELDS)})"
        f" VALUES ({', '.join('?' * (len(_FIELDS) + 1))})",
        [(stamp, *[row[name] for name in _FIELDS]) for row in rows],
    )
    return len(rows)


def trail_for_appraisal(session: Session, appraisal_id: int) -> list[AuditEntryRow]:
    return list(
        session.scalars(
            select(AuditEntryRow)
            .where(AuditEntryRow.appraisal_id == appraisal_id)
            .order_by(AuditEntryRow.at, AuditEntryRow.id)
        )
    )
