"""A signed appraisal is immutable: every way of changing it is refused, except an upheld appeal.

The demo company's months 2026-05..08 are signed and locked. Each test tries one way in (the
grid service, the grid as a user types, an import, the command line, a correction, a template
edit, key events) and then checks that the appraisal's stored result, total, grade and frozen
template, and every score-relevant row of the database, are exactly as before. The last test
shows the one way that works: an upheld appeal, with old and new values and the appeal number
in the audit trail.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import select

from salesperf_desktop.cli import main as cli_main
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.status import AppealOutcome, AppraisalStatus, PeriodKind
from salesperf_desktop.services import appeals, entry, signoff
from salesperf_desktop.services.appraisals import compute_period
from salesperf_desktop.services.audit import trail_for_appraisal
from salesperf_desktop.services.locking import LockedError
from salesperf_desktop.services.metrics_import import (
    ImportRefused,
    PlannedChange,
    apply_import,
    default_mapping,
    plan_import,
)
from salesperf_desktop.services.progress import run_to_end
from salesperf_desktop.storage.models import (
    AppraisalRow,
    EventRow,
    MetricEntryRow,
    PeriodRow,
    StaffRow,
    TemplateRow,
    TemplateVersionRow,
)
from tests.ui_support import ui_for, wait_loaded

MONTH = "2026-08"
WHO = "E005"
INDICATOR = "sales_achievement"
# Every table whose rows make up or explain a result.
TABLES = (
    "appraisals",
    "periods",
    "metric_entries",
    "ratings",
    "events",
    "signatures",
    "appeals",
    "audit_entries",
    "import_batches",
)


# ----------------------------------------------------------------------------- helpers


def _appraisal_id(ctx, employee_no: str = WHO, month: str = MONTH) -> int:
    year, number = map(int, month.split("-"))
    with ctx.session() as session:
        return session.scalar(
            select(AppraisalRow.id)
            .join(StaffRow, StaffRow.id == AppraisalRow.staff_id)
            .join(PeriodRow, PeriodRow.id == AppraisalRow.period_id)
            .where(
                StaffRow.employee_no == employee_no,
                PeriodRow.kind == PeriodKind.MONTH,
                PeriodRow.year == year,
                PeriodRow.number == number,
            )
        )


def _stored(ctx, appraisal_id: int) -> dict:
    """What the officer signed: status, result, total, grade, the frozen template."""
    with ctx.session() as session:
        a = session.get(AppraisalRow, appraisal_id)
        return {
            "status": a.status,
            "total": a.total,
            "grade": a.grade,
            "result": copy.deepcopy(a.result),
            "template_snapshot": copy.deepcopy(a.template_snapshot),
            "template_version_id": a.template_version_id,
            "locked_on": a.locked_on,
            "signatures": sorted((s.role, s.signer_name) for s in a.signatures),
        }


def _rows(ctx) -> dict[str, list[tuple]]:
    """Every row of the score-relevant tables, read past the ORM (no cached objects)."""
    con = sqlite3.connect(f"file:{ctx.db_path}?mode=ro", uri=True)
    try:
        existing = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return {
            t: con.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
            for t in TABLES
            if t in existing
        }
    finally:
        con.close()


@pytest.fixture
def signed(demo_ctx):
    """The signed appraisal, with the state every refused attempt must leave unchanged."""
    appraisal_id = _appraisal_id(demo_ctx)
    before = _stored(demo_ctx, appraisal_id)
    assert before["status"] is AppraisalStatus.SIGNED and before["locked_on"] is not None
    assert before["total"] is not None and before["grade"] and before["result"]
    rows = _rows(demo_ctx)

    def unchanged() -> None:
        assert _stored(demo_ctx, appraisal_id) == before
        after = _rows(demo_ctx)
        for table in TABLES:
            assert after.get(table) == rows.get(table), f"{table} changed"

    return demo_ctx, appraisal_id, before, unchanged


def _staff_id(ctx, employee_no: str = WHO) -> int:
    with ctx.session() as session:
        return session.scalar(select(StaffRow.id).where(StaffRow.employee_no == employee_no))


def _actual(ctx, month: str = MONTH) -> float:
    year, number = map(int, month.split("-"))
    with ctx.session() as session:
        return session.scalar(
            select(MetricEntryRow.actual)
            .join(PeriodRow, PeriodRow.id == MetricEntryRow.period_id)
            .where(
                MetricEntryRow.staff_id == _staff_id(ctx),
                MetricEntryRow.indicator_code == INDICATOR,
                PeriodRow.kind == PeriodKind.MONTH,
                PeriodRow.year == year,
                PeriodRow.number == number,
            )
        )


def _book(path: Path, rows) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["工号", "姓名", "月份", "指标", "目标值", "实际值", "对比基数"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


# ----------------------------------------------------------------------------- refused ways


def test_grid_service_refuses_a_signed_month(signed):
    ctx, _, _, unchanged = signed
    write = entry.CellWrite(_staff_id(ctx), INDICATOR, "actual", 1.0)
    for reason in ("", "ERP correction"):
        with pytest.raises((LockedError, ValueError)):
            entry.save_values(ctx, Period.parse(MONTH), [write], reason=reason)
    with pytest.raises(LockedError):
        entry.save_values(ctx, Period.parse(MONTH), [write], reason="ERP correction")
    # A rating of the same person in the same month, and a batch with an editable cell too.
    other = _staff_id(ctx, "E003")
    with pytest.raises(LockedError):
        entry.save_values(
            ctx,
            Period.parse(MONTH),
            [entry.CellWrite(other, INDICATOR, "actual", 2.0), write],
            reason="x",
        )
    unchanged()


def test_typing_into_a_signed_month_in_the_grid_is_refused(qtbot, signed, monkeypatch):
    from salesperf_desktop.ui.entry_tab import EntryTab

    ctx, _, _, unchanged = signed
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append(a) or ("x", True))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    tab = EntryTab(ui_for(ctx))
    qtbot.addWidget(tab)
    tab.resize(1400, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.period_box.setCurrentIndex(tab.period_box.findData(MONTH))
    wait_loaded(qtbot, tab)
    model, view = tab.model, tab.table
    assert tab.sheet.status.value == "locked"
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == WHO)
    index = model.index(row, model.column_of(INDICATOR, "actual"))
    shown = index.data()
    assert not (model.flags(index) & Qt.ItemFlag.ItemIsEditable)

    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClicks(view, "9")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.state() != view.State.EditingState
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert not model.setData(index, "1")  # and not by any other route into the model
    model.flush()  # nothing pending to write
    assert index.data() == shown and not asked
    unchanged()


def test_import_refuses_a_signed_month_and_writes_nothing(signed, tmp_path):
    ctx, _, _, unchanged = signed
    path = _book(
        tmp_path / "erp.xlsx",
        [
            ["E003", "", "2026-10", INDICATOR, 500000, 480000, None],  # open month: fine alone
            [WHO, "", MONTH, INDICATOR, 1, 1, None],  # signed month
        ],
    )
    plan = run_to_end(plan_import(ctx, path, default_mapping()))
    assert [p.code for p in plan.problems] == ["locked"]
    with pytest.raises(ImportRefused):
        run_to_end(apply_import(ctx, plan, backup=False))
    # A plan checked before the month was signed (forged here) is refused when applied: the
    # open month's change in the same plan is not written either (all or nothing).
    plan.problems.clear()
    plan.changes[:] = [
        PlannedChange("E003", "", "2026-10", INDICATOR, "actual", None, 480000.0),
        PlannedChange(WHO, "", MONTH, INDICATOR, "actual", _actual(ctx), 1.0),
    ]
    with pytest.raises(ImportRefused, match="locked"):
        run_to_end(apply_import(ctx, plan, backup=False))
    unchanged()


def test_cli_import_and_period_commands_refuse_a_locked_month(signed, tmp_path, capsys):
    ctx, _, _, unchanged = signed
    db = str(ctx.db_path)
    path = _book(tmp_path / "erp.xlsx", [[WHO, "", MONTH, INDICATOR, 1, 1, None]])
    assert cli_main(["--db", db, "--lang", "en", "import-metrics", str(path)]) == 1
    assert "nothing was imported" in capsys.readouterr().err
    for action in ("reopen", "publish", "lock", "entered"):
        code = cli_main(["--db", db, "--lang", "en", "period", action, MONTH, "--on", "2026-11-20"])
        assert code != 0, action
    unchanged()


def test_the_installed_cli_refuses_too(signed, tmp_path):
    ctx, _, _, unchanged = signed
    path = _book(tmp_path / "erp.xlsx", [[WHO, "", MONTH, INDICATOR, 1, 1, None]])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    script = Path(sys.executable).with_name("salesperf-cli")  # the installed entry point
    if not script.exists():
        script = Path(sys.executable).with_name("salesperf-cli.exe")
    if not script.exists():
        pytest.skip("salesperf-cli is not installed in this environment")
    command = [str(script), "--db", str(ctx.db_path)]
    done = subprocess.run(
        [*command, "--lang", "en", "import-metrics", str(path), "--reason", "force"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1 and "nothing was imported" in done.stderr
    done = subprocess.run(
        [*command, "period", "reopen", MONTH], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode != 0 and "locked" in done.stderr
    unchanged()


def test_a_correction_without_an_appeal_is_refused(signed):
    ctx, appraisal_id, _, unchanged = signed
    corrections = appeals.Corrections(
        entries=(appeals.EntryCorrection(MONTH, INDICATOR, "actual", 9_999_999.0),),
        points=5.0,
        points_reason="goodwill",
    )
    with pytest.raises(LockedError), ctx.transaction() as session:
        appeals.correct_appraisal(session, appraisal_id, corrections, note="ERP said so")
    with pytest.raises(LockedError), ctx.transaction() as session:
        signoff.set_supervisor_comment(session, appraisal_id, "rewritten")
    unchanged()


def test_key_events_of_a_signed_month_cannot_be_added_changed_or_deleted(signed):
    ctx, appraisal_id, _, unchanged = signed
    staff_id = _staff_id(ctx)
    with ctx.session() as session:
        event_ids = session.scalars(
            select(EventRow.id).where(
                EventRow.staff_id == staff_id,
                EventRow.period_id == session.get(AppraisalRow, appraisal_id).period_id,
            )
        ).all()
    # Through the correction service (no appeal) ...
    tries = [appeals.EventCorrection(MONTH, 1.0, code="praise_company", note="extra praise")]
    tries += [appeals.EventCorrection(MONTH, 0.0, event_id=eid) for eid in event_ids]
    for correction in tries:
        with pytest.raises(LockedError), ctx.transaction() as session:
            appeals.correct_appraisal(
                session, appraisal_id, appeals.Corrections(events=(correction,)), note="late news"
            )
    # ... and through the key-event service the Reviews/Entry screens use.
    from salesperf_desktop.services import events as event_service

    month = Period.parse(MONTH)
    praise = event_service.EventDraft(
        "adjustment",
        dt.date(2026, 8, 20),
        "praise_company",
        approver="分管副总经理",
        document_no="司发〔2026〕35号",
    )
    veto = event_service.EventDraft("veto", dt.date(2026, 8, 21), note="违规")
    for draft in (praise, veto):
        with pytest.raises(LockedError):
            event_service.add_event(ctx, staff_id, month, draft, reason="late news")
    for eid in event_ids:
        with pytest.raises(LockedError):
            event_service.update_event(ctx, eid, praise, reason="late news")
        with pytest.raises(LockedError):
            event_service.delete_event(ctx, eid, reason="late news")
    unchanged()


def _edit_template(session, version: TemplateVersionRow) -> None:
    """Change weights and thresholds of the template the signed appraisal used."""
    definition = copy.deepcopy(version.definition)
    items = definition["items"]
    items[0]["weight"], items[-1]["weight"] = items[-1]["weight"], items[0]["weight"]
    definition.setdefault("name", {})["en"] = "edited after signing"
    try:  # the template editing service (branch staff), when present
        from salesperf_desktop.services.templates import write_template
    except ImportError:
        write_template = None
    if write_template is not None:
        outcome = write_template(session, definition, version.template_id, note="edit")
        assert outcome.version_id != version.id  # a version in use gets a new version
        return
    # Without it, the worst an edit could do at the row level: change the version in place
    # and add a newer one.
    version.definition = definition
    session.add(
        TemplateVersionRow(
            template_id=version.template_id,
            version=version.version + 1,
            definition=copy.deepcopy(definition),
        )
    )


def test_editing_the_template_does_not_change_the_signed_appraisal(signed):
    ctx, appraisal_id, before, unchanged = signed
    with ctx.transaction() as session:
        appraisal = session.get(AppraisalRow, appraisal_id)
        _edit_template(session, appraisal.template_version)
    with ctx.session() as session:
        appraisal = session.get(AppraisalRow, appraisal_id)
        template = session.get(TemplateRow, appraisal.template_version.template_id)
        assert max(v.version for v in template.versions) > 1
        results = compute_period(session, Period.parse(MONTH), lang="en")
    person = next(p for p in results.people if p.appraisal_id == appraisal_id)
    assert person.frozen and person.result.total == pytest.approx(before["total"])
    assert person.result.grade == before["grade"]
    stored = _stored(ctx, appraisal_id)
    assert stored["template_snapshot"] == before["template_snapshot"]
    assert (stored["result"], stored["total"], stored["grade"]) == (
        before["result"],
        before["total"],
        before["grade"],
    )
    # The only rows that changed are the template's; the appraisal side is untouched.
    unchanged()


# ----------------------------------------------------------------------------- the one way


def test_only_an_upheld_appeal_changes_it_and_the_trail_keeps_old_and_new(signed):
    ctx, appraisal_id, before, _ = signed
    old_actual = _actual(ctx)
    with ctx.session() as session:
        published = session.get(AppraisalRow, appraisal_id).period.published_on
    with ctx.transaction() as session:
        appeal = appeals.file_appeal(
            session,
            appraisal_id,
            filed_on=published + dt.timedelta(days=1),
            reason="8月29日的订单漏计",
        )
        appeal_id, number = appeal.id, appeal.number
    # Filing alone changes nothing that was signed.
    assert _stored(ctx, appraisal_id) == before
    # A rejected decision may not carry corrections.
    fix = appeals.Corrections(
        entries=(appeals.EntryCorrection(MONTH, INDICATOR, "actual", old_actual * 1.3),)
    )
    with pytest.raises(appeals.AppealError), ctx.transaction() as session:
        appeals.decide_appeal(
            session,
            appeal_id,
            outcome="rejected",
            reason="no",
            decided_on=published + dt.timedelta(days=2),
            corrections=fix,
        )
    assert _stored(ctx, appraisal_id) == before

    with ctx.transaction() as session:
        decision = appeals.decide_appeal(
            session,
            appeal_id,
            outcome="upheld",
            reason="签收单属实",
            decided_on=published + dt.timedelta(days=2),
            corrections=fix,
            lang="en",
        )
    assert decision.outcome is AppealOutcome.UPHELD and decision.amendment is not None
    after = _stored(ctx, appraisal_id)
    assert after["total"] > before["total"]
    assert after["result"] != before["result"]
    assert after["template_snapshot"] == before["template_snapshot"]  # same frozen template
    assert after["status"] is AppraisalStatus.SIGNED and after["signatures"] == before["signatures"]
    assert _actual(ctx) == pytest.approx(old_actual * 1.3)

    with ctx.session() as session:
        trail = trail_for_appraisal(session, appraisal_id)
        rows = signoff.audit_rows(session, appraisal_id)
    changed = [e for e in trail if e.appeal_id == appeal_id]
    fields = {e.field for e in changed}
    assert {"outcome", "total", f"{MONTH} {INDICATOR}.actual"} <= fields, fields
    actual_row = next(e for e in changed if e.field == f"{MONTH} {INDICATOR}.actual")
    assert float(actual_row.old_value) == pytest.approx(old_actual)
    assert float(actual_row.new_value) == pytest.approx(old_actual * 1.3)
    total_rows = [r for r in rows if r.field == "total"]
    assert total_rows, [(r.field, r.old, r.new) for r in rows]
    total = total_rows[-1]
    assert float(total.old) == pytest.approx(before["total"])
    assert float(total.new) == pytest.approx(after["total"])
    assert total.appeal_number == number and number in total.reason
    assert all(r.appeal_number == number for r in rows if r.reason.startswith(number))


def test_after_the_appeal_the_appraisal_is_locked_again(signed):
    """An upheld appeal is a one-off door: the same attempts are refused afterwards."""
    ctx, appraisal_id, _, _ = signed
    with ctx.session() as session:
        published = session.get(AppraisalRow, appraisal_id).period.published_on
    with ctx.transaction() as session:
        appeal = appeals.file_appeal(
            session, appraisal_id, filed_on=published + dt.timedelta(days=1), reason="漏计"
        )
        appeals.decide_appeal(
            session,
            appeal.id,
            outcome="upheld",
            reason="ok",
            decided_on=published + dt.timedelta(days=2),
            corrections=appeals.Corrections(points=2.0, points_reason="漏计订单"),
        )
    settled = _stored(ctx, appraisal_id)
    with pytest.raises(LockedError):
        entry.save_values(
            ctx,
            Period.parse(MONTH),
            [entry.CellWrite(_staff_id(ctx), INDICATOR, "actual", 1.0)],
            reason="again",
        )
    with pytest.raises(LockedError), ctx.transaction() as session:
        appeals.correct_appraisal(
            session, appraisal_id, appeals.Corrections(points=1.0, points_reason="x"), note="x"
        )
    assert _stored(ctx, appraisal_id) == settled
