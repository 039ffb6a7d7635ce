"""The period workflow: open → entered → published → locked, each step its own use case."""

from __future__ import annotations

import datetime as dt

import pytest

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.status import PeriodStatus
from salesperf_desktop.services import workflow

OCT = Period.month(2026, 10)


def test_transitions_follow_the_order_and_refuse_the_others(demo_ctx):
    workflow.mark_entered(demo_ctx, OCT)
    workflow.reopen(demo_ctx, OCT)
    with pytest.raises(workflow.WorkflowError):
        workflow.lock(demo_ctx, OCT, dt.date(2026, 11, 10))
    # the innovative team's three are appraised by quarter: no monthly appraisal for them
    assert workflow.publish(demo_ctx, OCT, dt.date(2026, 11, 5)) == 9
    with pytest.raises(workflow.WorkflowError):
        workflow.publish(demo_ctx, OCT, dt.date(2026, 11, 5))
    workflow.lock(demo_ctx, OCT, dt.date(2026, 11, 10))
    st = workflow.status_of(demo_ctx, OCT)
    assert st.status is PeriodStatus.LOCKED and st.appraisals == 9
    assert st.published_on == dt.date(2026, 11, 5) and st.locked_on == dt.date(2026, 11, 10)


def test_publish_without_a_date_is_dated_by_the_clock(demo_ctx):
    demo_ctx.clock = lambda: dt.date(2026, 11, 20)
    workflow.publish(demo_ctx, OCT)
    assert workflow.status_of(demo_ctx, OCT).published_on == dt.date(2026, 11, 20)


def test_a_period_never_stored_reads_as_open(ctx):
    st = workflow.status_of(ctx, Period.month(2030, 1))
    assert st.status is PeriodStatus.OPEN and st.entries == 0


def test_a_refused_step_says_why_in_the_reader_s_language(demo_ctx):
    with pytest.raises(workflow.WorkflowError) as err:
        workflow.lock(demo_ctx, OCT, dt.date(2026, 11, 10))
    assert err.value.message("zh_CN") == "2026-10：该期间当前为“进行中”，不能签字锁定（须先发布）。"
    assert "cannot lock" in str(err.value)  # the CLI's English line is unchanged
