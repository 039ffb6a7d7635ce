"""``audit.record_changes`` writes its rows straight to the driver (stop 20): the same rows,
read back through the model, as ``record_change`` adds one by one."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, text

from salesperf_desktop.services.audit import change_entry, record_change, record_changes
from salesperf_desktop.storage.models import AuditEntryRow

FIELDS = ("actor", "entity", "entity_id", "field", "old_value", "new_value", "reason")


def _changes(tag: str) -> list[dict]:
    return [
        dict(entity="metric_entry", entity_id=7, field=f"{tag}.actual", old=None, new=12.5),
        dict(entity="appraisal", entity_id=None, field=f"{tag}.note", old={"b": 1}, new="新"),
        dict(entity="appraisal", entity_id=3, field=f"{tag}.same", old=1.0, new=1.0),
    ]


def test_a_batch_stores_what_one_by_one_stores(ctx):
    before = dt.datetime.now().replace(microsecond=0)
    with ctx.transaction() as session:
        for change in _changes("one"):
            record_change(session, reason="补录", actor="周婷", **change)
        added = record_changes(
            session,
            [change_entry(reason="补录", actor="周婷", **c) for c in _changes("many")],
        )
    assert added == 2  # the unchanged value is not recorded
    with ctx.session() as session:
        rows = list(session.scalars(select(AuditEntryRow).order_by(AuditEntryRow.id)))
        # the time stored in one form, whichever way the row came
        forms = session.execute(text("SELECT DISTINCT typeof(at), length(at) FROM audit_log"))
        assert len(forms.all()) == 1
    one = [tuple(getattr(r, f) for f in FIELDS) for r in rows if r.field.startswith("one")]
    many = [tuple(getattr(r, f) for f in FIELDS) for r in rows if r.field.startswith("many")]
    assert [(*r[:3], r[3].replace("one", "many"), *r[4:]) for r in one] == many
    assert all(isinstance(r.at, dt.datetime) and r.at >= before for r in rows)
    assert len({r.at.microsecond for r in rows}) == 1
