"""The reviews use cases the window and the CLI call with the context: each opens its own unit
of work and hands back records (appeals, interviews, plans, sign-off, the working-day list)."""

from __future__ import annotations

import datetime as dt

import pytest

from salesperf_desktop.domain.status import AppealOutcome, AppraisalStatus, PeriodStatus
from salesperf_desktop.services import appeals, improvement, periods, reviews, signoff
from salesperf_desktop.services import choices as pickers
from salesperf_desktop.services.locking import LockedError
from salesperf_desktop.services.reviews import ActionDraft, InterviewDraft
from salesperf_desktop.storage.models import AppraisalRow

D = dt.date


@pytest.fixture
def ctx(demo_ctx):
    demo_ctx.clock = lambda: D(2026, 11, 20)
    return demo_ctx


def _september_appraisal(ctx, employee_no="E005") -> int:
    appraisal_id = appeals.appraisal_id_for(ctx, employee_no, "2026-09")
    assert appraisal_id is not None
    return appraisal_id


def test_published_periods_newest_first(ctx):
    found = periods.published_periods(ctx)
    assert found and all(p.status in (PeriodStatus.PUBLISHED, PeriodStatus.LOCKED) for p in found)
    keys = [p.key for p in found]
    assert "2026-09" in keys and "2026-08" in keys
    assert keys.index("2026-09") < keys.index("2026-08")


def test_file_decide_and_list_an_appeal(ctx, tmp_path):
    appraisal_id = _september_appraisal(ctx)
    choices = {r.appraisal_id for r in appeals.list_appealable(ctx)}
    assert appraisal_id in choices
    window = appeals.deadlines(ctx, D(2026, 9, 30), D(2026, 10, 9))
    assert (window.filing_deadline, window.decision_due) == (D(2026, 10, 10), D(2026, 10, 15))

    proof = tmp_path / "签收单.pdf"
    proof.write_bytes(b"%PDF delivered")
    filed = appeals.submit_appeal(
        ctx, appraisal_id, filed_on=D(2026, 10, 9), reason="漏计订单", evidence_files=[proof]
    )
    assert filed.outcome is AppealOutcome.PENDING and not filed.late
    assert filed.decision_due == D(2026, 10, 15)
    assert appeals.appeal_id_by_number(ctx, filed.number) == filed.id
    listed = {r.number: r for r in appeals.list_appeals(ctx)}
    assert listed[filed.number].overdue  # still pending on 20 November
    assert not appeals.list_appeals(ctx, today=D(2026, 10, 12))[0].overdue

    (evidence_id, name, size) = appeals.get_appeal(ctx, filed.id).evidence[0]
    assert (name, size) == ("签收单.pdf", len(b"%PDF delivered"))
    assert appeals.evidence_name(ctx, evidence_id) == "签收单.pdf"
    copy = appeals.export_evidence(ctx, evidence_id, tmp_path / "out.pdf")
    assert copy.read_bytes() == b"%PDF delivered"
    (more,) = appeals.attach_evidence(ctx, filed.id, [copy])
    assert len(appeals.get_appeal(ctx, filed.id).evidence) == 2 and more

    inputs = appeals.correction_inputs(ctx, appraisal_id)
    assert inputs.months == ("2026-09",)
    assert "sales_achievement" in inputs.labels()
    actual = inputs.values[("2026-09", "sales_achievement")]["actual"]
    decision = appeals.record_decision(
        ctx,
        filed.id,
        outcome="upheld",
        reason="签收单属实",
        decided_on=D(2026, 10, 14),
        corrections=appeals.Corrections(
            entries=(appeals.EntryCorrection("2026-09", "sales_achievement", "actual", actual * 2),)
        ),
    )
    assert decision.outcome is AppealOutcome.UPHELD and not decision.decided_late
    assert decision.amendment.new_total > decision.amendment.old_total
    trail = signoff.appraisal_trail(ctx, appraisal_id)
    assert any(e.field == "total" and e.appeal_number == filed.number for e in trail)


def test_a_refused_decision_changes_nothing(ctx):
    appraisal_id = _september_appraisal(ctx, "E006")
    filed = appeals.submit_appeal(ctx, appraisal_id, filed_on=D(2026, 10, 9), reason="异议")
    with pytest.raises(appeals.AppealError):
        appeals.record_decision(
            ctx,
            filed.id,
            outcome="rejected",
            reason="不成立",
            decided_on=D(2026, 10, 14),
            corrections=appeals.Corrections(points=3.0),
        )
    assert appeals.get_appeal(ctx, filed.id).outcome is AppealOutcome.PENDING


def test_a_correction_is_dated_by_the_clock_and_refused_once_signed(ctx):
    appraisal_id = _september_appraisal(ctx)
    amendment = appeals.correct_published(
        ctx, appraisal_id, appeals.Corrections(points=2.0, points_reason="漏记"), note="补录"
    )
    assert amendment.new_total > amendment.old_total
    with ctx.session() as session:
        stored = session.get(AppraisalRow, appraisal_id).result[appeals.AMENDMENT_KEY]
    assert stored["amended_on"] == "2026-11-20"  # the context's clock
    signed = next(
        r
        for r in signoff.period_signoff(ctx, periods_by_key(ctx)["2026-08"]).rows
        if r.status is AppraisalStatus.SIGNED
    )
    with pytest.raises(LockedError):
        signoff.check_editable(ctx, signed.appraisal_id)
    with pytest.raises(LockedError):
        appeals.correct_published(
            ctx, signed.appraisal_id, appeals.Corrections(points=1.0), note="试图修改"
        )


def periods_by_key(ctx) -> dict[str, int]:
    return {p.key: p.id for p in periods.published_periods(ctx)}


def test_sign_off_state_signatures_and_lock(ctx):
    september = periods_by_key(ctx)["2026-09"]
    state = signoff.period_signoff(ctx, september)
    assert state.total == len(state.rows) and not state.can_lock
    for row in state.rows:
        if row.status is not AppraisalStatus.SIGNED:
            signoff.sign(
                ctx,
                row.appraisal_id,
                [
                    signoff.SignatureInput(role, name or "签字人", D(2026, 10, 16))
                    for role, name in (
                        ("employee", row.staff_name),
                        ("supervisor", row.supervisor_name),
                        ("hr", "人事"),
                    )
                ],
            )
    state = signoff.period_signoff(ctx, september)
    assert state.signed == state.total
    if state.can_lock:
        signoff.lock(ctx, september)
        assert signoff.period_signoff(ctx, september).status is PeriodStatus.LOCKED
    else:  # a pending demo appeal keeps the period open
        with pytest.raises(signoff.SignoffError):
            signoff.lock(ctx, september)


def test_interview_use_cases(ctx):
    choices = reviews.interview_choices(ctx)
    assert choices.default_period == "2026-10" or choices.default_period in choices.periods
    person, *_ = choices.interviewees[0]
    draft = InterviewDraft(
        staff_id=person,
        period=choices.default_period,
        held_on=D(2026, 11, 12),
        interviewer_id=reviews.supervisor_of(ctx, person),
        goal="提高回款率",
        actions=[ActionDraft("每周对账", "本人", D(2026, 11, 15))],
    )
    interview_id = reviews.store_interview(ctx, draft)
    assert reviews.interview_draft(ctx, interview_id).goal == "提高回款率"
    (row,) = [r for r in reviews.list_interviews(ctx, staff_id=person) if r.id == interview_id]
    assert row.open_actions == 1 and row.overdue_actions == 1  # due 15 Nov, today 20 Nov
    (action,) = reviews.interview_actions(ctx, interview_id)
    assert action.overdue
    assert action.id in {a.id for a in reviews.open_follow_ups(ctx, person)}
    assert [p for p in pickers.people(ctx) if p.id == person]  # the interviews page's picker
    with pytest.raises(reviews.InterviewError):
        reviews.store_interview(ctx, InterviewDraft(person, "2026-10", D(2026, 11, 12), None))


def test_result_use_advice_and_plan(ctx):
    september = periods_by_key(ctx)["2026-09"]
    rows = improvement.list_result_use(ctx, september)
    assert rows and improvement.plan_grades(ctx)
    key = next(r.appraisal_id for r in rows if not r.plan_state)
    advice, plan = improvement.advice_and_plan(ctx, key)
    assert advice.appraisal_id == key and plan is None
    with pytest.raises(ValueError):
        improvement.store_plan(ctx, key, improvement.PlanDraft())
    improvement.store_plan(ctx, key, improvement.PlanDraft(goals="回款率95%"))
    _, plan = improvement.advice_and_plan(ctx, key)
    assert plan.goals == "回款率95%"


def test_a_refusal_speaks_the_readers_language(ctx):
    appraisal_id = _september_appraisal(ctx, "E010")
    filed = appeals.submit_appeal(ctx, appraisal_id, filed_on=D(2026, 10, 9), reason="异议")
    with pytest.raises(appeals.AppealError) as refused:
        appeals.submit_appeal(ctx, appraisal_id, filed_on=D(2026, 10, 9), reason="再次")
    assert str(refused.value) == f"appeal {filed.number} on this appraisal is still pending"
    assert refused.value.message("zh_CN") == f"该考核的申诉 {filed.number} 尚未裁决"
    assert refused.value.message("zh_TW") == f"該考核的申訴 {filed.number} 尚未裁決"
    with pytest.raises(signoff.SignoffError) as refused:
        signoff.lock(ctx, periods_by_key(ctx)["2026-09"])
    assert "签字" in refused.value.message("zh_CN") and "signed" in str(refused.value)
