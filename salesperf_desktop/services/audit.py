"""The audit trail: every change of a score-relevant value after publication is kept.

Rows are only ever added. ``record_change`` is called inside the transaction that makes the
change, so the trail and the change are committed together or not at all.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import insert, select
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


def record_changes(session: Session, entries: Iterable[dict[str, Any] | None]) -> int:
    """Add many audit rows in one statement (an import after publication writes thousands);
    the same rows ``record_change`` adds one by one. Returns how many were added."""
    rows = [entry for entry in entries if entry is not None]
    if rows:
        # the table's INSERT, not the ORM's bulk form: thousands of rows without a mapper step
        session.execute(insert(AuditEntryRow.__table__), rows)
    return len(rows)


def trail_for_appraisal(session: Session, appraisal_id: int) -> list[AuditEntryRow]:
    return list(
        session.scalars(
            select(AuditEntryRow)
            .where(AuditEntryRow.appraisal_id == appraisal_id)
            .order_by(AuditEntryRow.at, AuditEntryRow.id)
        )
    )
