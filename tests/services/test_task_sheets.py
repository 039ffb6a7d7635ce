"""The monthly work task sheet: checked, scored into the task_sheet indicator, locked, audited."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import task_sheets
from salesperf_desktop.services.locking import LockedError
from salesperf_desktop.storage.models import AuditEntryRow
from tests.services.support import sheet_person, staff_id

OCT, SEP, AUG = Period.month(2026, 10), Period.month(2026, 9), Period.month(2026, 8)


def _tasks(points=(20, 20, 20, 20, 20), scores=None):
    return [
        task_sheets.TaskDraft(
            f"任务{i}",
            "步骤",
            "衡量",
            dt.date(2026, 10, 20),
            p,
            None if scores is None else scores[i],
        )
        for i, p in enumerate(points)
    ]


def test_task_sheet_checks_and_scores(demo_ctx):
    sid = staff_id(demo_ctx, "E012")
    codes = {p.code for p in task_sheets.check(_tasks((20, 20, 20, 20, 10)))}
    assert codes == {"points_sum"}
    assert {p.code for p in task_sheets.check(_tasks((60, 40)))} == {"task_count"}
    bad_score = task_sheets.check(_tasks(scores=(25, 0, 0, 0, 0)))
    assert [p.code for p in bad_score if p.severity == "error"] == ["score_range"]
    with pytest.raises(task_sheets.SheetRefused):
        task_sheets.save(demo_ctx, sid, OCT, _tasks((20, 20, 20, 20, 10)))
    # planned, not scored yet: no task_sheet actual
    assert task_sheets.save(demo_ctx, sid, OCT, _tasks()) is None
    assert sheet_person(demo_ctx, OCT, "E012").get("task_sheet", "actual") is None
    score = task_sheets.save(demo_ctx, sid, OCT, _tasks(scores=(20, 18, 15, 20, 10)))
    assert score == 83
    person = sheet_person(demo_ctx, OCT, "E012")
    assert person.get("task_sheet", "actual") == 83 and person.get("task_sheet", "target") == 100
    assert person.result.item("task_sheet").scored
    stored = task_sheets.load(demo_ctx, sid, OCT)
    assert [t.score for t in stored.tasks] == [20, 18, 15, 20, 10]


def test_task_sheet_locked_and_published(demo_ctx):
    sid = staff_id(demo_ctx, "E012")
    with pytest.raises(LockedError):
        task_sheets.save(demo_ctx, sid, AUG, _tasks())
    with pytest.raises(ValueError):
        task_sheets.save(demo_ctx, sid, SEP, _tasks())
    task_sheets.save(demo_ctx, sid, SEP, _tasks(scores=(20,) * 5), reason="补录")
    with demo_ctx.session() as s:
        fields = {
            a.field for a in s.scalars(select(AuditEntryRow).where(AuditEntryRow.reason == "补录"))
        }
    assert {"tasks", "task_sheet.actual"} <= fields


def test_a_month_without_a_sheet_loads_empty(demo_ctx):
    stored = task_sheets.load(demo_ctx, staff_id(demo_ctx, "E012"), Period.month(2026, 11))
    assert stored.tasks == [] and stored.issued_on is None and stored.note == ""


def test_the_stored_sheet_prints_as_a_pdf_form(demo_ctx, tmp_path):
    sid = staff_id(demo_ctx, "E012")
    task_sheets.save(demo_ctx, sid, OCT, _tasks(scores=(20, 18, 15, 20, 10)))
    path = tmp_path / "sheet.pdf"
    task_sheets.write_pdf(demo_ctx, sid, OCT, path)
    assert path.read_bytes().startswith(b"%PDF")


def test_problems_are_worded_for_the_officer_counting_tasks_from_one():
    problems = task_sheets.check(_tasks((20, 20, 20, 20, 10), scores=(25, 0, 0, 0, 0)))
    texts = [p.message("zh_CN") for p in problems]
    assert "第 1 项：得分 25 超过该项分值 20。" in texts
    assert "分值合计为 90，必须等于 100。" in texts
    assert task_sheets.check(_tasks((50, 50)))[0].message("en") == (
        "Usually 5–7 key tasks; this sheet has 2."
    )
