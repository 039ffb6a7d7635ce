"""GROW interviews: actions agreed, open ones carried to the next interview, overdue flagged."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from salesperf_desktop.domain.status import ActionStatus
from salesperf_desktop.services import reviews
from salesperf_desktop.services.reviews import ActionDraft, FollowUp, InterviewDraft
from salesperf_desktop.storage.models import ActionItemRow, StaffRow

D = dt.date


def _ids(session, *numbers):
    return [session.scalar(select(StaffRow.id).where(StaffRow.employee_no == n)) for n in numbers]


def test_record_and_carry_forward(demo_ctx):
    with demo_ctx.transaction() as session:
        person, boss = _ids(session, "E006", "E002")
        first = reviews.save_interview(
            session,
            InterviewDraft(
                staff_id=person,
                period="2026-09",
                held_on=D(2026, 10, 12),
                interviewer_id=boss,
                goal="回款率达到95%",
                reality="回款率88%",
                options="每周跟进应收账款",
                will="10月底前收回两笔逾期款",
                resources="财务协助对账",
                actions=[
                    ActionDraft("收回两笔逾期款", "赵敏", D(2026, 10, 31)),
                    ActionDraft("每周对账", "赵敏", D(2026, 11, 30)),
                    ActionDraft("", "ignored"),
                ],
            ),
        )
    with demo_ctx.session() as session:
        open_items = reviews.follow_up_candidates(session, person, today=D(2026, 11, 9))
        assert [a.what for a in open_items] == ["收回两笔逾期款", "每周对账"]
        assert [a.overdue for a in open_items] == [True, False]
        row = next(
            r for r in reviews.interview_rows(session, today=D(2026, 11, 9)) if r.id == first
        )
        assert (row.open_actions, row.overdue_actions) == (2, 1)
    with demo_ctx.transaction() as session:
        second = reviews.save_interview(
            session,
            InterviewDraft(
                staff_id=person,
                period="2026-10",
                held_on=D(2026, 11, 9),
                interviewer_id=boss,
                goal="保持回款率",
                follow_ups=[FollowUp(open_items[0].id, ActionStatus.DONE, "已收回")],
            ),
        )
    with demo_ctx.session() as session:
        done = session.get(ActionItemRow, open_items[0].id)
        assert done.status is ActionStatus.DONE and done.followed_up_in_id == second
        assert done.follow_up_note == "已收回"
        # Next time only the still-open one is offered; editing the second shows its follow-up.
        assert [a.what for a in reviews.follow_up_candidates(session, person)] == ["每周对账"]
        editing = reviews.follow_up_candidates(session, person, interview_id=second)
        assert {a.what for a in editing} == {"收回两笔逾期款", "每周对账"}
        loaded = reviews.load_interview(session, first)
        assert loaded.resources == "财务协助对账" and len(loaded.actions) == 2


def test_an_interview_needs_some_grow_content(demo_ctx):
    with demo_ctx.transaction() as session, pytest.raises(reviews.InterviewError):
        reviews.save_interview(
            session, InterviewDraft(staff_id=1, period="2026-09", held_on=D(2026, 10, 1))
        )


def test_focus_starts_from_the_weakest_dimensions(demo_ctx):
    with demo_ctx.session() as session:
        (person,) = _ids(session, "E005")
        focus = reviews.period_focus(session, person, "2026-09")
    assert focus.frozen and focus.grade
    # Most points lost first (a 5-point dimension half missed ranks below sales results that
    # lost more points), ties broken by the lower share.
    keys = [(-d.gap, d.ratio) for d in focus.weakest_dimensions]
    assert keys == sorted(keys) and focus.weakest_dimensions[0].gap > 0
    assert focus.weakest_items and all(i.gap > 0 for i in focus.weakest_items)
