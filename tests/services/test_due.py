"""本月待办 on the demo company at fixed dates, counted in Chinese working days.

The demo publishes September on 2026-09-30, the eve of the National Day holiday: in 2026 the
State Council's notice gives 1–7 October off and makes Saturday 10 October a working day, so
the 3 working days to appeal are 8, 9 and 10 October, and the review interview (5 working days,
company policy) is due on 13 October.
"""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from sqlalchemy import delete, select

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.due import DueKind, Urgency, working_days_left
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services.appeals import appraisal_id_for, submit_appeal
from salesperf_desktop.services.due import due_this_month
from salesperf_desktop.services.reviews import InterviewDraft, store_interview
from salesperf_desktop.services.workdays import WorkdayCalendar
from salesperf_desktop.storage.models import MetricEntryRow, PeriodRow, StaffRow, TeamRow

D = dt.date


@pytest.fixture
def demo(demo_file, tmp_path):
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    ctx = build_context(path, lang="zh_CN")
    yield ctx
    ctx.close()


def _items(due, kind):
    group = due.group(kind)
    return list(group.items) if group else []


def test_working_days_left_across_national_day():
    calendar = WorkdayCalendar()
    assert working_days_left(calendar, D(2026, 9, 30), D(2026, 10, 10)) == 3  # 8, 9, 10 Oct
    assert working_days_left(calendar, D(2026, 10, 3), D(2026, 10, 10)) == 3  # in the holiday
    assert working_days_left(calendar, D(2026, 10, 10), D(2026, 10, 10)) == 0  # due today
    assert working_days_left(calendar, D(2026, 10, 13), D(2026, 10, 10)) == -2  # 12, 13 Oct
    assert working_days_left(calendar, D(2026, 10, 11), D(2026, 10, 10)) == -1  # a Sunday


def test_on_publication_day_the_appeal_window_spans_the_holiday(demo):
    due = due_this_month(demo, D(2026, 9, 30))

    (filing,) = _items(due, DueKind.APPEALS)
    assert filing.text == "2026年9月 结果：提出申诉的截止日"
    assert (filing.deadline, filing.days_left) == (D(2026, 10, 10), 3)
    assert filing.left_text("zh_CN") == "还有 3 个工作日"
    assert filing.place.place == "appeals" and filing.place.period == "2026-09"

    interviews = _items(due, DueKind.INTERVIEWS)
    # E004 and E005 had theirs on 9 and 10 October; the other seven appraised in September
    # are due on the 13th (the innovative three are appraised by quarter: no September form)
    assert len(interviews) == 7
    assert {i.deadline for i in interviews} == {D(2026, 10, 13)}
    assert {i.days_left for i in interviews} == {5}
    assert not any("E004" in i.text or "E005" in i.text for i in interviews)
    assert interviews[0].text == "E001 王建国，2026年9月"

    (signatures,) = _items(due, DueKind.SIGNATURES)
    assert signatures.count == 9 and signatures.place.period == "2026-09"
    assert _items(due, DueKind.ACTIONS) == []  # the September actions are not due yet
    # October has not ended; the innovative team's second quarter (appraised by quarter) has
    assert [i.place.period for i in _items(due, DueKind.PUBLISH)] == ["2026-Q2"]


def test_on_the_make_up_saturday_the_appeal_deadline_is_today(demo):
    due = due_this_month(demo, D(2026, 10, 10))
    (filing,) = _items(due, DueKind.APPEALS)
    assert filing.days_left == 0 and filing.urgency is Urgency.TODAY
    assert filing.left_text("zh_TW") == "今天截止"
    interview = _items(due, DueKind.INTERVIEWS)[0]
    assert interview.days_left == 2  # Monday 12th and Tuesday 13th (the deadline counts)

    later = due_this_month(demo, D(2026, 10, 12))
    assert _items(later, DueKind.APPEALS) == []  # the window closed on the 10th


def test_in_late_november_actions_and_interviews_are_overdue_and_october_can_be_published(demo):
    due = due_this_month(demo, D(2026, 11, 20))

    actions = _items(due, DueKind.ACTIONS)
    assert [(a.text, a.deadline) for a in actions] == [
        ("E005 刘洋：完成两家重点医院科室会", D(2026, 10, 15)),
        ("E004 陈静：参加新品学术推广培训", D(2026, 11, 6)),
    ]
    assert [a.days_left for a in actions] == [-26, -10]
    assert actions[0].left_text("en") == "Overdue by 26 working days"
    assert actions[0].place.place == "interview" and actions[0].place.record_id

    interviews = _items(due, DueKind.INTERVIEWS)
    assert {i.days_left for i in interviews} == {-28}
    assert all(i.urgency is Urgency.OVERDUE for i in interviews)

    ready, quarter = _items(due, DueKind.PUBLISH)
    assert ready.text == "2026年10月（12 人，数据已录齐）"  # entered for all, graded for nine
    assert (ready.place.place, ready.place.period) == ("entry", "2026-10")
    # seed 002: the innovative team's quarterly appraisal is due once the quarter has ended
    assert quarter.text == "2026年第3季度（按季度考核 3 人，季度结束待发布）"
    assert (quarter.place.place, quarter.place.period) == ("entry", "2026-Q3")
    assert _items(due, DueKind.ENTRIES) == []

    # The probationer's template has the work task sheet (seed 004); none is stored.
    sheets = _items(due, DueKind.TASK_SHEETS)
    assert [(s.text, s.place.period) for s in sheets] == [
        ("E012 黄磊，2026年10月：无任务书", "2026-10"),
        ("E012 黄磊，2026年11月：无任务书", "2026-11"),
    ]
    assert due.count == 2 + 7 + 9 + 2 + 2  # actions, interviews, signatures, sheets, publish
    assert [g.kind for g in due.groups] == [
        DueKind.ACTIONS,
        DueKind.INTERVIEWS,
        DueKind.SIGNATURES,
        DueKind.TASK_SHEETS,
        DueKind.PUBLISH,
    ]


def test_missing_entries_are_counted_per_team_and_hold_the_month_back(demo):
    with demo.transaction() as s:
        team = s.scalar(select(TeamRow).where(TeamRow.name == "华东成熟产品组"))
        october = s.scalar(select(PeriodRow).where(PeriodRow.year == 2026, PeriodRow.number == 10))
        reps = select(StaffRow.id).where(StaffRow.team_id == team.id, StaffRow.role == "sales_rep")
        people = list(s.scalars(reps.order_by(StaffRow.employee_no)))[:2]
        s.execute(
            delete(MetricEntryRow).where(
                MetricEntryRow.period_id == october.id,
                MetricEntryRow.staff_id.in_(people),
                MetricEntryRow.indicator_code == "sales_achievement",
            )
        )
        team_id = team.id

    due = due_this_month(demo, D(2026, 11, 20))
    (entries,) = _items(due, DueKind.ENTRIES)
    assert entries.text == "2026年10月 华东成熟产品组：2 人缺 2 项"
    assert entries.count == 2
    assert (entries.place.place, entries.place.period, entries.place.team_id) == (
        "entry",
        "2026-10",
        team_id,
    )
    assert [i.place.period for i in _items(due, DueKind.PUBLISH)] == ["2026-Q3"]
    english = due_this_month(demo, D(2026, 11, 20), lang="en")
    assert english.group(DueKind.ENTRIES).items[0].text.endswith("2 values missing for 2 people")


def test_a_pending_appeal_shows_the_committees_deadline_and_a_held_interview_leaves(demo):
    appraisal = appraisal_id_for(demo, "E006", "2026-09")
    appeal = submit_appeal(demo, appraisal, filed_on=D(2026, 10, 9), reason="回款到账时间有误")
    with demo.session() as s:
        e001 = s.scalar(select(StaffRow.id).where(StaffRow.employee_no == "E001"))
    held = InterviewDraft(staff_id=e001, period="2026-09", held_on=D(2026, 10, 12), goal="复盘")
    store_interview(demo, held)

    due = due_this_month(demo, D(2026, 10, 12))
    (decision,) = [a for a in _items(due, DueKind.APPEALS) if a.place.place == "appeal"]
    # Filed on Friday the 9th: 10 (make-up Saturday), 12, 13, 14, 15 October.
    assert decision.deadline == D(2026, 10, 15) == appeal.decision_due
    assert decision.days_left == 3
    assert decision.place.record_id == appeal.id
    assert "E006 赵敏" in decision.text and appeal.number in decision.text
    assert not any("E001" in i.text for i in _items(due, DueKind.INTERVIEWS))


def test_an_amended_form_reprinted_after_the_lock_waits_for_its_new_signatures(demo):
    """August is signed and locked; an upheld appeal amended one form, which was reprinted."""
    from salesperf_desktop.services.signoff import mark_form_reprinted
    from salesperf_desktop.storage.models import AppraisalRow

    appraisal_id = appraisal_id_for(demo, "E003", "2026-08")
    with demo.transaction() as s:
        appraisal = s.get(AppraisalRow, appraisal_id)
        appraisal.result = {**appraisal.result, "amendment": {"reprint_required": True}}
    with demo.transaction() as s:
        assert mark_form_reprinted(s, appraisal_id, D(2026, 10, 20))

    due = due_this_month(demo, D(2026, 10, 21))
    signatures = _items(due, DueKind.SIGNATURES)
    assert [(i.text, i.place.period) for i in signatures] == [
        ("2026年8月：1/9 份未签齐", "2026-08"),
        ("2026年9月：9/9 份未签齐", "2026-09"),
    ]


def test_an_approved_sheet_of_the_current_month_is_not_listed(demo):
    from salesperf_desktop.services import task_sheets

    with demo.session() as s:
        e012 = s.scalar(select(StaffRow.id).where(StaffRow.employee_no == "E012"))
    tasks = [task_sheets.TaskDraft(f"任务{i}", points=20.0) for i in range(5)]
    november = Period.month(2026, 11)
    task_sheets.save(demo, e012, november, tasks, approved_on=D(2026, 11, 3))

    due = due_this_month(demo, D(2026, 11, 20))
    assert [i.text for i in _items(due, DueKind.TASK_SHEETS)] == ["E012 黄磊，2026年10月：无任务书"]


def test_a_missing_sheet_is_listed_in_each_month_without_appraisals_too(demo):
    """November (ended, opened, nothing started) and December (current, not stored) both list
    the probationer's missing sheet, as October (appraisals started) does."""
    from salesperf_desktop.services.periods import stored_period

    with demo.transaction() as s:
        stored_period(s, Period.month(2026, 11), create=True)
    due = due_this_month(demo, D(2026, 12, 21))
    assert [(s.text, s.place.period) for s in _items(due, DueKind.TASK_SHEETS)] == [
        ("E012 黄磊，2026年10月：无任务书", "2026-10"),
        ("E012 黄磊，2026年11月：无任务书", "2026-11"),
        ("E012 黄磊，2026年12月：无任务书", "2026-12"),
    ]


def test_the_interview_deadline_follows_the_policy_a_month_was_published_with(demo):
    """The days are company policy (考核制度): September keeps the 5 days it was published
    under when the officer later confirms 3; October, published after, gets 3."""
    from dataclasses import replace

    from salesperf_desktop.services.policy import confirm_policy, current_policy
    from salesperf_desktop.services.workflow import publish

    confirm_policy(demo, replace(current_policy(demo).policy, interview_working_days=3))
    september = _items(due_this_month(demo, D(2026, 9, 30)), DueKind.INTERVIEWS)
    assert {i.deadline for i in september} == {D(2026, 10, 13)}

    publish(demo, Period.month(2026, 10), on=D(2026, 11, 2))  # a Monday
    october = _items(due_this_month(demo, D(2026, 11, 2)), DueKind.INTERVIEWS)
    assert october and {i.deadline for i in october} == {D(2026, 11, 5)}  # 3, 4, 5 November


def test_the_quarter_to_publish_counts_whom_its_results_appraise_by_quarter(demo):
    """The count is the quarter's results' own (counted without scoring anyone): the innovative
    three, then, once another team is appraised by quarter too, its people as well."""
    from salesperf_desktop.domain.cycles import QUARTERLY
    from salesperf_desktop.services.appraisals import period_results

    def counts():
        due = due_this_month(demo, D(2026, 11, 20))
        quarter = next(i for i in _items(due, DueKind.PUBLISH) if i.place.period == "2026-Q3")
        results = period_results(demo, Period.parse("2026-Q3"))
        scored = sum(1 for p in results.people if p.cycle == QUARTERLY)
        return quarter.text, scored

    assert counts() == ("2026年第3季度（按季度考核 3 人，季度结束待发布）", 3)
    with demo.transaction() as s:
        team = s.scalars(select(TeamRow).where(TeamRow.cycle != QUARTERLY)).first()
        team.cycle = QUARTERLY
        members = len(s.scalars(select(StaffRow).where(StaffRow.team_id == team.id)).all())
    text, scored = counts()
    assert scored > 3 and text == f"2026年第3季度（按季度考核 {scored} 人，季度结束待发布）"
    assert members > 0
