"""Reprint after an upheld appeal (seed 002: the old and the new values are both kept and the
form is printed again), and the appeal sentence above the signatures (working days, a setting)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from salesperf_desktop.domain.status import PeriodKind
from salesperf_desktop.services import appeals, signoff
from salesperf_desktop.services.appeals import Corrections, EntryCorrection
from salesperf_desktop.services.pdf.forms import fmt_points
from salesperf_desktop.services.pdf_forms import form_data_for
from salesperf_desktop.services.printing import (
    PrintJob,
    print_forms,
    reprint_job,
    reprint_rows,
)
from salesperf_desktop.services.progress import run_to_end
from salesperf_desktop.storage.models import (
    AppraisalRow,
    MetricEntryRow,
    PeriodRow,
    StaffRow,
)

D = dt.date


def pdf_text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in reader.pages))


def _september_appraisal(session, employee_no: str) -> AppraisalRow:
    return session.scalar(
        select(AppraisalRow)
        .join(StaffRow, StaffRow.id == AppraisalRow.staff_id)
        .join(PeriodRow, PeriodRow.id == AppraisalRow.period_id)
        .where(
            StaffRow.employee_no == employee_no,
            PeriodRow.kind == PeriodKind.MONTH,
            PeriodRow.year == 2026,
            PeriodRow.number == 9,
        )
    )


def uphold_sales_appeal(ctx, employee_no: str = "E005") -> tuple[int, str, float, str, float]:
    """File and uphold an appeal that adds a missed order; (appraisal, number, old total,
    old grade, new total)."""
    with ctx.transaction() as session:
        appraisal = _september_appraisal(session, employee_no)
        old_total, old_grade = appraisal.total, appraisal.grade
        target = session.scalar(
            select(MetricEntryRow.target).where(
                MetricEntryRow.staff_id == appraisal.staff_id,
                MetricEntryRow.period_id == appraisal.period_id,
                MetricEntryRow.indicator_code == "sales_achievement",
            )
        )
        appeal = appeals.file_appeal(
            session, appraisal.id, filed_on=D(2026, 10, 9), reason="南京医院订单漏计"
        )
        decision = appeals.decide_appeal(
            session,
            appeal.id,
            outcome="upheld",
            reason="签收单属实，补计销售额",
            decided_on=D(2026, 10, 14),
            corrections=Corrections(
                entries=(EntryCorrection("2026-09", "sales_achievement", "actual", target * 1.05),)
            ),
            actor="周婷",
        )
        return appraisal.id, appeal.number, old_total, old_grade, decision.amendment.new_total


def test_amended_form_shows_both_results_and_reprinting_clears_the_list(demo_ctx, tmp_path):
    appraisal_id, number, old_total, old_grade, new_total = uphold_sales_appeal(demo_ctx)
    assert new_total > old_total
    (row,) = reprint_rows(demo_ctx)
    with demo_ctx.session() as session:
        assert row.appraisal_id == appraisal_id and row.appeal_number == number
        assert row.previous_total == pytest.approx(old_total, abs=1e-4)
        assert row.total == pytest.approx(new_total, abs=1e-4)
        form = form_data_for(session, row_staff(session, appraisal_id), "2026-09", "zh_CN")
    assert form.amendment is not None and form.total == pytest.approx(new_total)
    assert form.amendment.previous_total == pytest.approx(old_total, abs=1e-4)
    assert form.amendment.previous_coefficient is not None

    out = tmp_path / "amended.pdf"
    job = reprint_job([appraisal_id], company="E公司", actor="周婷")
    outcome = run_to_end(print_forms(demo_ctx, job, out))
    assert outcome.files == [out] and outcome.reprinted == [appraisal_id]
    text = pdf_text(out)
    for needle in (
        "刘洋",
        "更正版",
        "结果更正",
        number,
        "申诉成立",
        f"总分：{fmt_points(old_total)}",  # the previous result …
        f"等级：{old_grade}",
        f"总分：{fmt_points(new_total)}",  # … and the new one
        "本人已阅读上述更正后的考核结果",
    ):
        assert needle in text, needle

    with demo_ctx.session() as session:
        assert appeals.forms_to_reprint(session) == []
    assert reprint_rows(demo_ctx) == []
    with demo_ctx.session() as session:
        appraisal = session.get(AppraisalRow, appraisal_id)
        # the amendment note stays; the form now waits for the new signatures
        assert appraisal.result[appeals.AMENDMENT_KEY]["appeal_number"] == number
        fields = [r.field for r in signoff.audit_rows(session, appraisal_id)]
        assert "reprinted" in fields
    with demo_ctx.transaction() as session:
        signoff.record_signatures(
            session,
            appraisal_id,
            [
                signoff.SignatureInput(role, "签字人", D(2026, 10, 20))
                for role in signoff.SIGNER_ROLES
            ],
        )
        row = next(
            r
            for r in signoff.signoff_rows(session, appraisal.period_id)
            if r.appraisal_id == appraisal_id
        )
        assert not row.awaiting_signatures and not row.reprint_required


def row_staff(session, appraisal_id: int) -> int:
    return session.get(AppraisalRow, appraisal_id).staff_id


def test_a_signed_amended_form_reprinted_waits_for_its_new_signatures(demo_ctx, tmp_path):
    with demo_ctx.transaction() as session:
        appraisal = _september_appraisal(session, "E006")
        signoff.record_signatures(
            session,
            appraisal.id,
            [
                signoff.SignatureInput(role, "签字人", D(2026, 10, 8))
                for role in signoff.SIGNER_ROLES
            ],
        )
        appraisal_id = appraisal.id
    uphold_sales_appeal(demo_ctx, "E006")
    run_to_end(print_forms(demo_ctx, reprint_job([appraisal_id], combined=False), tmp_path))
    assert len(list(tmp_path.glob("考核表_2026年9月_E006_*.pdf"))) == 1
    with demo_ctx.transaction() as session:
        appraisal = session.get(AppraisalRow, appraisal_id)
        assert signoff.awaiting_signatures(appraisal)
        row = next(
            r
            for r in signoff.signoff_rows(session, appraisal.period_id)
            if r.appraisal_id == appraisal_id
        )
        assert row.awaiting_signatures and not row.reprint_required
        # re-signing is allowed (it would raise LockedError for a signed, unamended form)
        signoff.record_signatures(
            session,
            appraisal_id,
            [
                signoff.SignatureInput(role, "签字人", D(2026, 10, 21))
                for role in signoff.SIGNER_ROLES
            ],
        )
        assert not signoff.awaiting_signatures(appraisal)


def test_cancelled_reprint_keeps_it_on_the_list(demo_ctx, tmp_path):
    import threading

    from salesperf_desktop.services.progress import Cancelled

    appraisal_id, *_ = uphold_sales_appeal(demo_ctx)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        run_to_end(
            print_forms(
                demo_ctx,
                reprint_job([appraisal_id], combined=False),
                tmp_path,
                cancel=cancel,
            )
        )
    with demo_ctx.session() as session:
        assert appeals.forms_to_reprint(session) == [appraisal_id]


@pytest.mark.parametrize(
    ("lang", "days", "needles"),
    [
        ("zh_CN", 3, ("发布后3个工作日内", "国家法定节假日及调休安排", "截止日期为2026-10-10")),
        ("zh_TW", 5, ("發布後5個工作日內", "法定假日及調休安排", "截止日期為2026-10-13")),
        ("en", 3, ("within3workingdays", "officialChineseholidaycalendar", "2026-10-10")),
    ],
)
def test_appeal_sentence_uses_the_policy_and_the_official_calendar(
    demo_ctx, tmp_path, lang, days, needles
):
    from salesperf_desktop.domain.periods import Period
    from salesperf_desktop.domain.policy import DEFAULT_POLICY
    from salesperf_desktop.services.periods import stored_period
    from salesperf_desktop.services.policy import confirm_policy, remember_for_period

    confirm_policy(demo_ctx, dataclasses.replace(DEFAULT_POLICY, appeal_filing_days=days))
    with demo_ctx.transaction() as session:  # as if September was published under it
        remember_for_period(session, stored_period(session, Period.parse("2026-09")))
    out = tmp_path / "f.pdf"
    run_to_end(
        print_forms(
            demo_ctx,
            PrintJob("2026-09", lang=lang, staff_ids=(_staff(demo_ctx, "E003"),), combined=True),
            out,
        )
    )
    text = pdf_text(out)
    for needle in needles:
        assert needle in text, (needle, text[-400:])


def _staff(ctx, employee_no: str) -> int:
    with ctx.session() as session:
        return session.scalar(select(StaffRow.id).where(StaffRow.employee_no == employee_no))


def test_a_correction_without_an_appeal_is_shown_as_such(demo_ctx, tmp_path):
    with demo_ctx.transaction() as session:
        appraisal = _september_appraisal(session, "E007")
        old_total = appraisal.total
        appeals.correct_appraisal(
            session,
            appraisal.id,
            Corrections(points=-2, points_reason="迟到记录漏录"),
            note="考勤补录",
        )
        appraisal_id, new_total = appraisal.id, appraisal.total
    assert new_total != old_total
    out = tmp_path / "corrected.pdf"
    run_to_end(print_forms(demo_ctx, reprint_job([appraisal_id]), out))
    text = pdf_text(out)
    for needle in ("发布后更正", "考勤补录", fmt_points(old_total), fmt_points(new_total)):
        assert needle in text, needle
