"""Task sheets for anyone (seed 004): any template, the appraiser's approval, the five task types
and the poor-quality reasons that go with the one −10 event."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import events, task_sheets
from salesperf_desktop.services.locking import LockedError, ReasonRequired
from salesperf_desktop.storage.models import AuditEntryRow
from tests.services.support import sheet_person, staff_id

OCT, SEP, AUG = Period.month(2026, 10), Period.month(2026, 9), Period.month(2026, 8)
TYPES = ("company_event", "leader_assigned", "routine", "documentation", "key_problem")


def _tasks(points=(30, 25, 20, 15, 10)):
    return [
        task_sheets.TaskDraft(f"任务{i}", "步骤", "衡量", dt.date(2026, 10, 20), p, None, TYPES[i])
        for i, p in enumerate(points)
    ]


def _penalties(ctx, sid, month):
    return [e for e in events.list_events(ctx, sid, month) if e.code == "poor_task_sheet"]


def test_a_regular_reps_sheet_is_stored_typed_and_approved_but_scores_nothing(demo_ctx):
    sid = staff_id(demo_ctx, "E003")  # a regular rep: the template has no task-sheet item
    before = sheet_person(demo_ctx, OCT, "E003").result.total
    assert not task_sheets.load(demo_ctx, sid, OCT).scored
    tasks = [
        task_sheets.TaskDraft(t.title, t.steps, t.measure, t.due_on, t.points, 20.0, t.task_type)
        for t in _tasks((20, 20, 20, 20, 20))
    ]
    score = task_sheets.save(demo_ctx, sid, OCT, tasks, approved_on=dt.date(2026, 10, 2))
    assert score == 100
    stored = task_sheets.load(demo_ctx, sid, OCT)
    assert [t.task_type for t in stored.tasks] == list(TYPES)
    assert stored.approved_on == dt.date(2026, 10, 2) and not stored.scored
    person = sheet_person(demo_ctx, OCT, "E003")
    assert person.get("task_sheet", "actual") is None and person.result.total == before
    # seed 004: 5 × 20 is "每项任务的分值平均化" — warned, not refused
    assert [p.code for p in task_sheets.check(tasks)] == ["points_averaged"]
    assert "重点不突出" in task_sheets.check(tasks)[0].message()


def test_ticking_reasons_records_one_minus_ten_and_unticking_takes_it_back(demo_ctx):
    sid = staff_id(demo_ctx, "E003")
    base = sheet_person(demo_ctx, OCT, "E003").result.total
    assert task_sheets.load(demo_ctx, sid, OCT).penalty_points == -10
    task_sheets.save(demo_ctx, sid, OCT, _tasks(), quality_reasons=["goals_not_quantified"])
    [penalty] = _penalties(demo_ctx, sid, OCT)
    assert penalty.points_total == -10 and "任务目标没有量化" in penalty.note
    assert sheet_person(demo_ctx, OCT, "E003").result.total == pytest.approx(base - 10)
    # a second reason rewords the same event: never −20
    task_sheets.save(
        demo_ctx, sid, OCT, _tasks(), quality_reasons=["measures_vague", "goals_not_quantified"]
    )
    [again] = _penalties(demo_ctx, sid, OCT)
    assert again.id == penalty.id and again.note.endswith("任务目标没有量化；任务措施不具体")
    assert sheet_person(demo_ctx, OCT, "E003").result.total == pytest.approx(base - 10)
    stored = task_sheets.load(demo_ctx, sid, OCT)
    assert stored.quality_reasons == ("goals_not_quantified", "measures_vague")
    assert stored.penalties == 1
    # the stored sheet saved again (reasons kept by default) writes nothing new
    task_sheets.save(demo_ctx, sid, OCT, _tasks())
    assert len(_penalties(demo_ctx, sid, OCT)) == 1
    # unticking every reason deletes the −10
    task_sheets.save(demo_ctx, sid, OCT, _tasks(), quality_reasons=[])
    assert _penalties(demo_ctx, sid, OCT) == []
    assert sheet_person(demo_ctx, OCT, "E003").result.total == pytest.approx(base)


def test_a_minus_ten_recorded_by_hand_is_the_one_the_sheet_keeps(demo_ctx):
    sid = staff_id(demo_ctx, "E003")
    events.add_event(
        demo_ctx,
        sid,
        OCT,
        events.EventDraft("adjustment", dt.date(2026, 10, 5), "poor_task_sheet", note="手工"),
    )
    task_sheets.save(demo_ctx, sid, OCT, _tasks(), quality_reasons=["off_job_description"])
    [penalty] = _penalties(demo_ctx, sid, OCT)
    assert penalty.occurred_on == dt.date(2026, 10, 5) and "偏离岗位说明书" in penalty.note
    # a second −10 by hand is refused, said in Chinese: never counted twice
    with pytest.raises(events.EventError) as refused:
        events.add_event(
            demo_ctx,
            sid,
            OCT,
            events.EventDraft("adjustment", dt.date(2026, 10, 6), "poor_task_sheet"),
        )
    assert "只扣一次" in refused.value.message("zh_CN")
    # deleting the −10 with the key events unticks the sheet's reasons
    events.delete_event(demo_ctx, penalty.id)
    assert task_sheets.load(demo_ctx, sid, OCT).quality_reasons == ()


def test_after_publication_a_ticked_reason_is_one_audited_change(demo_ctx):
    sid = staff_id(demo_ctx, "E003")
    with pytest.raises(ReasonRequired):
        task_sheets.save(demo_ctx, sid, SEP, _tasks(), quality_reasons=["measures_vague"])
    assert _penalties(demo_ctx, sid, SEP) == []
    task_sheets.save(demo_ctx, sid, SEP, _tasks(), reason="补录任务书")
    task_sheets.save(
        demo_ctx, sid, SEP, _tasks(), quality_reasons=["measures_vague"], reason="企业管理部审定"
    )
    with demo_ctx.session() as s:
        rows = list(
            s.scalars(select(AuditEntryRow).where(AuditEntryRow.reason == "企业管理部审定"))
        )
    changes = [(a.entity, a.field) for a in rows if a.entity in ("event", "task_sheet")]
    assert changes == [("event", "event")]
    assert len(_penalties(demo_ctx, sid, SEP)) == 1
    with pytest.raises(LockedError):
        task_sheets.save(demo_ctx, sid, AUG, _tasks(), quality_reasons=["measures_vague"])
    assert _penalties(demo_ctx, sid, AUG) == []


def test_the_printed_sheet_shows_the_approval_the_types_and_the_reasons(demo_ctx, tmp_path):
    from salesperf_desktop.services.pdf_forms import task_sheet_for

    sid = staff_id(demo_ctx, "E003")
    task_sheets.save(
        demo_ctx,
        sid,
        OCT,
        _tasks(),
        approved_on=dt.date(2026, 10, 3),
        quality_reasons=["points_averaged", "goals_not_quantified"],
    )
    with demo_ctx.session() as s:
        form = task_sheet_for(s, sid, OCT, "zh_CN")
        tw = task_sheet_for(s, sid, OCT, "zh_TW")
    assert form.approved_on == "2026-10-03"
    assert form.tasks[1].task_type == "公司上级领导下达的任务"
    assert tw.tasks[1].task_type == "公司上級領導下達的任務"
    assert form.quality == (
        "工作任务书填报质量不好：任务目标没有量化；重点不突出，表现为每项任务的分值平均化"
    )
    task_sheets.write_pdf(demo_ctx, sid, OCT, tmp_path / "sheet.pdf")
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")


def test_any_stored_sheet_waits_for_the_appraisers_approval_on_the_due_list(demo_ctx):
    from salesperf_desktop.domain.due import DueKind
    from salesperf_desktop.services.due import due_this_month

    def sheet_texts():
        due = due_this_month(demo_ctx, dt.date(2026, 11, 20))
        return [i.text for i in due.group(DueKind.TASK_SHEETS).items]

    assert not any("E003" in t for t in sheet_texts())  # a regular rep: no sheet asked for
    sid = staff_id(demo_ctx, "E003")
    task_sheets.save(demo_ctx, sid, OCT, _tasks())  # filled in by the rep
    assert "E003 张伟，2026年10月：待审核" in sheet_texts()
    task_sheets.save(demo_ctx, sid, OCT, _tasks(), approved_on=dt.date(2026, 10, 3))
    assert not any("E003" in t for t in sheet_texts())
