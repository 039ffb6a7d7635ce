"""Appeals: deadlines in working days, evidence kept, an upheld appeal recomputes and audits."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from salesperf_desktop.domain.scoring import AppraisalResult
from salesperf_desktop.domain.status import AppealOutcome, AppraisalStatus, PeriodKind
from salesperf_desktop.services import appeals
from salesperf_desktop.services.appeals import (
    AppealError,
    Corrections,
    EntryCorrection,
    RatingCorrection,
)
from salesperf_desktop.services.locking import LockedError
from salesperf_desktop.services.signoff import audit_rows
from salesperf_desktop.services.workdays import WorkdayCalendar
from salesperf_desktop.storage.models import AppraisalRow, MetricEntryRow, PeriodRow, StaffRow

D = dt.date


def _appraisal(session, employee_no: str, month: int) -> AppraisalRow:
    return session.scalar(
        select(AppraisalRow)
        .join(StaffRow, StaffRow.id == AppraisalRow.staff_id)
        .join(PeriodRow, PeriodRow.id == AppraisalRow.period_id)
        .where(
            StaffRow.employee_no == employee_no,
            PeriodRow.kind == PeriodKind.MONTH,
            PeriodRow.year == 2026,
            PeriodRow.number == month,
        )
    )


def test_window_of_the_september_results_spans_national_day():
    window = appeals.appeal_window(D(2026, 9, 30), D(2026, 10, 9), calendar=WorkdayCalendar())
    assert window.filing_deadline == D(2026, 10, 10)  # the make-up Saturday
    assert window.decision_due == D(2026, 10, 15)
    assert not window.late and window.official
    late = appeals.appeal_window(D(2026, 9, 30), D(2026, 10, 12), calendar=WorkdayCalendar())
    assert late.late and late.decision_due == D(2026, 10, 19)


def test_file_with_evidence_and_get_it_back(demo_ctx, tmp_path):
    with demo_ctx.transaction() as session:
        appraisal = _appraisal(session, "E005", 9)
        appeal = appeals.file_appeal(
            session,
            appraisal.id,
            filed_on=D(2026, 10, 9),
            reason="南京医院订单已于9月29日到货签收，应计入9月销售额。",
            evidence=[("签收单.pdf", b"%PDF-1.4 proof")],
            actor="周婷",
        )
        assert appeal.number == "AP-2026-002"  # the demo has AP-2026-001
        assert appeal.filing_deadline == D(2026, 10, 10)
        assert appeal.decision_due == D(2026, 10, 15)
        assert not appeal.late
        appeal_id = appeal.id
        appeals.add_evidence(session, appeal_id, "表扬信.jpg", b"\xff\xd8jpeg")
        with pytest.raises(AppealError):  # one pending appeal at a time
            appeals.file_appeal(session, appraisal.id, filed_on=D(2026, 10, 9), reason="again")
    with demo_ctx.session() as session:
        row = appeals.appeal_rows(session, today=D(2026, 10, 16), appraisal_id=appraisal.id)[0]
        assert row.overdue and row.staff_name == "刘洋" and row.period_key == "2026-09"
        assert [name for _, name, _ in row.evidence] == ["签收单.pdf", "表扬信.jpg"]
        saved = appeals.save_evidence(session, row.evidence[0][0], tmp_path)
        assert saved.name == "签收单.pdf" and saved.read_bytes() == b"%PDF-1.4 proof"
        assert not appeals.appeal_rows(
            session, today=D(2026, 10, 15), appraisal_id=row.appraisal_id
        )[0].overdue


def test_a_late_appeal_is_kept_and_flagged(demo_ctx):
    with demo_ctx.transaction() as session:
        appeal = appeals.file_appeal(
            session, _appraisal(session, "E004", 9).id, filed_on=D(2026, 10, 13), reason="迟交"
        )
        assert appeal.late and appeal.filing_deadline == D(2026, 10, 10)


def test_upheld_appeal_recomputes_and_keeps_old_and_new_values(demo_ctx):
    with demo_ctx.transaction() as session:
        appraisal = _appraisal(session, "E005", 9)
        old_total, old_grade = appraisal.total, appraisal.grade
        entry = session.scalar(
            select(MetricEntryRow).where(
                MetricEntryRow.staff_id == appraisal.staff_id,
                MetricEntryRow.period_id == appraisal.period_id,
                MetricEntryRow.indicator_code == "sales_achievement",
            )
        )
        new_actual = entry.target * 1.05
        appeal = appeals.file_appeal(
            session, appraisal.id, filed_on=D(2026, 10, 9), reason="订单漏计"
        )
        decision = appeals.decide_appeal(
            session,
            appeal.id,
            outcome="upheld",
            reason="签收单属实，补计销售额",
            decided_on=D(2026, 10, 14),
            corrections=Corrections(
                entries=(EntryCorrection("2026-09", "sales_achievement", "actual", new_actual),)
            ),
            actor="周婷",
        )
        assert not decision.decided_late
        amendment = decision.amendment
        assert amendment.old_total == old_total
        assert amendment.new_total > old_total
        assert appraisal.total == amendment.new_total
        stored = AppraisalResult.from_dict(appraisal.result)
        assert stored.total == pytest.approx(amendment.new_total)
        assert appraisal.result[appeals.AMENDMENT_KEY]["appeal_number"] == appeal.number
        assert appeals.forms_to_reprint(session) == [appraisal.id]
        appraisal_id, number = appraisal.id, appeal.number
        del old_grade
    with demo_ctx.session() as session:
        trail = audit_rows(session, appraisal_id)
        totals = [r for r in trail if r.entity == "appraisal" and r.field == "total"]
        assert len(totals) == 1
        assert float(totals[0].old) == old_total
        assert float(totals[0].new) == amendment.new_total
        assert totals[0].appeal_number == number
        assert number in totals[0].reason
        changed = {r.field for r in trail}
        assert "2026-09 sales_achievement.actual" in changed
        assert "item:sales_achievement.points" in changed
        assert {"filed", "outcome"} <= changed
    # decided once, never again
    with demo_ctx.transaction() as session, pytest.raises(AppealError):
        appeals.decide_appeal(
            session, appeal.id, outcome="rejected", reason="x", decided_on=D(2026, 10, 15)
        )


def test_signed_appraisal_changes_only_through_an_upheld_appeal(demo_ctx):
    with demo_ctx.transaction() as session:
        appraisal = _appraisal(session, "E012", 8)
        assert appraisal.status is AppraisalStatus.SIGNED
        fix = Corrections(
            ratings=(RatingCorrection("2026-08", "customer_satisfaction", "supervisor", 5),)
        )
        with pytest.raises(LockedError):
            appeals.correct_appraisal(session, appraisal.id, fix, note="改正")
        appeal = appeals.file_appeal(
            session, appraisal.id, filed_on=D(2026, 9, 8), reason="评分有误"
        )
        with pytest.raises(AppealError):  # a rejected appeal changes nothing
            appeals.decide_appeal(
                session,
                appeal.id,
                outcome=AppealOutcome.REJECTED,
                reason="no",
                decided_on=D(2026, 9, 10),
                corrections=fix,
            )
        decision = appeals.decide_appeal(
            session,
            appeal.id,
            outcome=AppealOutcome.PARTLY_UPHELD,
            reason="部分采纳：直接加2分",
            decided_on=D(2026, 9, 10),
            corrections=Corrections(points=2.0, points_reason="客户表扬信"),
        )
        assert decision.amendment.new_total == pytest.approx(decision.amendment.old_total + 2)
        assert appraisal.status is AppraisalStatus.SIGNED
        assert appeals.appeal_window


def test_correction_after_publication_is_audited_with_the_note(demo_ctx):
    with demo_ctx.transaction() as session:
        appraisal = _appraisal(session, "E004", 9)
        amendment = appeals.correct_appraisal(
            session, appraisal.id, Corrections(points=-1.0), note="录入错误更正"
        )
        assert amendment.new_total == pytest.approx(amendment.old_total - 1)
        rows = audit_rows(session, appraisal.id)
        assert any(r.field == "total" and r.reason == "录入错误更正" for r in rows)
