"""The amendments' batch path (stop 20) against the rule it replaces, on messy data: the
unsigned published appraisals are read by a column query and the amended ones written in one
UPDATE per period; the reference below is the old code, ORM objects flushed one by one. An
upheld appeal (its colleagues amended through ``amend_published``), forms signed in the
published months (kept as they are) and a messy ledger into those months give the same
database through both.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import select

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.status import AppraisalStatus
from salesperf_desktop.services import amendments, appeals, workflow
from salesperf_desktop.services.appeals import Corrections, store_amendment
from salesperf_desktop.services.appraisals import compute_period, to_domain
from salesperf_desktop.services.audit import record_changes
from salesperf_desktop.services.ledger_import import plan_ledger_import
from salesperf_desktop.services.metrics_import import apply_import
from salesperf_desktop.services.progress import run_to_end
from salesperf_desktop.services.signoff import SignatureInput, record_signatures
from salesperf_desktop.storage.models import AppraisalRow, PeriodRow
from tests.services.test_ledger_import_equivalence import MAPPING, _ledger

D = dt.date
TABLES = (
    "metric_entries",
    "audit_log",
    "appraisals",
    "import_batches",
    "periods",
    "snapshots",
    "appeals",
    "signatures",
)


def _old_unsigned(session, period: PeriodRow, staff_ids):
    query = select(AppraisalRow).where(
        AppraisalRow.period_id == period.id,
        AppraisalRow.status == AppraisalStatus.PUBLISHED,
    )
    if staff_ids is not None:
        query = query.where(AppraisalRow.staff_id.in_(staff_ids))
    return list(session.scalars(query.order_by(AppraisalRow.id)))


def _old_amend_period(session, period, appraisals, *, reason, on, actor, lang, appeal_id):
    """``amendments._amend_period`` before stop 20: ORM objects, flushed together."""
    own = {a.id: a.result_own for a in appraisals}
    by_lang: dict[str, list[AppraisalRow]] = {}
    for a in appraisals:
        by_lang.setdefault((own[a.id] or {}).get("lang") or lang, []).append(a)
    result = []
    trail: list[dict[str, Any] | None] = []
    shared_parts: dict[Any, Any] = {}
    for result_lang, group in by_lang.items():
        scored = compute_period(
            session,
            to_domain(period),
            staff_ids=[a.staff_id for a in group],
            lang=result_lang,
            use_frozen_results=False,
        ).by_staff()
        for a in group:
            person = scored.get(a.staff_id)
            if person is None or person.result.coefficient is None:
                continue
            new = person.result
            old = amendments.stored_figures(a)
            if not amendments.result_differs(old, new):
                continue
            result.append(
                store_amendment(
                    session,
                    a,
                    new,
                    reason=reason,
                    actor=actor,
                    appeal_id=appeal_id,
                    on=on,
                    stored_before=own[a.id] or {},
                    old=old,
                    flush=False,
                    trail=trail,
                    shared_parts=shared_parts,
                )
            )
    record_changes(session, trail)
    session.flush()
    return result


def _old_rules(monkeypatch) -> None:
    monkeypatch.setattr(amendments, "_unsigned", _old_unsigned)
    monkeypatch.setattr(amendments, "_amend_period", _old_amend_period)


def _dump(db: Path) -> dict[str, list[tuple]]:
    clock = {"at", "updated_at", "created_at", "imported_at", "changed_at"}
    out = {}
    with sqlite3.connect(db) as conn:
        for table in TABLES:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            kept = [c for c in columns if c not in clock]
            out[table] = conn.execute(
                f"SELECT {', '.join(kept)} FROM {table} ORDER BY 1"
            ).fetchall()
    return out


def _ids(db: Path, ledger_nos: set[str]) -> tuple[int, list[int]]:
    """(a September appraisal of a ledger person, to appeal; October appraisals of colleagues
    of ledger people, not in the ledger, to sign)."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT a.id, s.employee_no, s.team_id, p.number FROM appraisals a"
            " JOIN staff s ON s.id = a.staff_id JOIN periods p ON p.id = a.period_id"
            " WHERE p.kind = 'month' AND p.year = 2026 AND p.number IN (9, 10)"
            " AND a.status = 'published' ORDER BY a.id"
        ).fetchall()
    teams = {team for _, no, team, _ in rows if no in ledger_nos}
    appealed = next(a for a, no, _, month in rows if no in ledger_nos and month == 9)
    signed = [a for a, no, team, month in rows if month == 10 and no not in ledger_nos]
    signed = [a for a in signed if any(t == team for t in teams for _, _, team, _ in rows)]
    return appealed, signed[:3]


def _run(demo_file: Path, folder: Path, ledger: Path, nos: set[str]) -> Path:
    """An upheld appeal in September, three October forms signed, then the ledger into
    September and October (both published)."""
    folder.mkdir()
    db = folder / "demo.sqlite"
    shutil.copy(demo_file, db)
    ctx = build_context(db, lang="zh_CN")
    try:
        workflow.publish(ctx, Period.month(2026, 10), D(2026, 11, 5))
        appealed, signed = _ids(db, nos)
        assert signed
        with ctx.transaction() as session:
            appeal = appeals.file_appeal(session, appealed, filed_on=D(2026, 11, 6), reason="漏计")
            appeals.decide_appeal(
                session,
                appeal.id,
                outcome="upheld",
                reason="属实",
                decided_on=D(2026, 11, 7),
                corrections=Corrections(points=2.0, points_reason="客户表扬信"),
                actor="周婷",
            )
            for appraisal_id in signed:
                record_signatures(
                    session,
                    appraisal_id,
                    [
                        SignatureInput(r, "签字人", D(2026, 11, 8))
                        for r in ("employee", "supervisor", "hr")
                    ],
                )
        plan = run_to_end(plan_ledger_import(ctx, ledger, MAPPING))
        assert not plan.problems
        run_to_end(apply_import(ctx, plan, reason="ERP补录", backup=True))
    finally:
        ctx.close()
    return db


def test_appeal_signatures_and_a_ledger_amend_as_the_old_rule_did(demo_file, tmp_path, monkeypatch):
    ledger = _ledger(demo_file, tmp_path, errors=False)
    with sqlite3.connect(demo_file) as conn:
        people = dict(conn.execute("SELECT name, employee_no FROM staff"))
    from openpyxl import load_workbook

    sheet = load_workbook(ledger, read_only=True).active
    named = {row[1] for row in sheet.iter_rows(min_row=4, values_only=True) if row[1]}
    nos = {people.get(n, n) for n in named}
    new_db = _run(demo_file, tmp_path / "new", ledger, nos)
    with monkeypatch.context() as m:
        _old_rules(m)
        old_db = _run(demo_file, tmp_path / "old", ledger, nos)
    new, old = _dump(new_db), _dump(old_db)
    assert new == old
    # the scenario reached what it is about: amendments by the appeal and by the import, the
    # signed forms untouched by the import
    reasons = {(r[2], r[8]) for r in new["audit_log"]}  # id, actor, entity, …, reason
    assert ("appraisal", "ERP补录") in reasons
    assert any(r[2] == "appraisal" and r[9] for r in new["audit_log"])  # an appeal's amendment
    signed = {r[1] for r in new["signatures"]}  # id, appraisal_id, …
    assert signed and not any(
        r[2] == "appraisal" and r[4] in signed and r[8] == "ERP补录" for r in new["audit_log"]
    )
