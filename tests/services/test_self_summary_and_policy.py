"""自我总结 stored, audited, printed in its own box and frozen once signed; the policy version
printed in the footer; a new policy leaves published results alone and applies to open periods."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from salesperf_desktop.domain.grades import GradeBand, GradeScale
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.policy import DEFAULT_POLICY
from salesperf_desktop.domain.status import AppealOutcome
from salesperf_desktop.services import appeals
from salesperf_desktop.services import self_summary as summaries
from salesperf_desktop.services.appeals import Corrections
from salesperf_desktop.services.appraisals import compute_period
from salesperf_desktop.services.locking import LockedError
from salesperf_desktop.services.periods import stored_period
from salesperf_desktop.services.policy import confirm_policy, current_policy
from salesperf_desktop.services.printing import PrintJob, print_forms
from salesperf_desktop.services.progress import run_to_end
from salesperf_desktop.storage.models import AppraisalRow, AuditEntryRow, StaffRow

SUMMARY = "本月完成两家三甲医院科室会，回款率达到 96%；下月重点跟进新产品进院。"
SEPTEMBER, AUGUST, OCTOBER = (
    Period.parse("2026-09"),
    Period.parse("2026-08"),
    Period.parse("2026-10"),
)


def _staff(ctx, employee_no: str) -> int:
    with ctx.session() as s:
        return s.scalar(select(StaffRow.id).where(StaffRow.employee_no == employee_no))


def _pdf_text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in reader.pages))


def test_the_summary_is_stored_audited_and_printed_in_its_own_box(demo_ctx, tmp_path):
    e003 = _staff(demo_ctx, "E003")
    assert summaries.self_summary(demo_ctx, e003, SEPTEMBER) == ""
    assert summaries.set_self_summary(demo_ctx, e003, SEPTEMBER, "  " + SUMMARY + "\n")
    assert not summaries.set_self_summary(demo_ctx, e003, SEPTEMBER, SUMMARY)  # unchanged
    assert summaries.self_summary(demo_ctx, e003, SEPTEMBER) == SUMMARY
    with demo_ctx.session() as s:
        trail = s.scalars(select(AuditEntryRow).where(AuditEntryRow.entity == "self_summary")).all()
        assert [(t.old_value, t.new_value, t.actor) for t in trail] == [(None, SUMMARY, "HR")]
        assert trail[0].appraisal_id is not None  # shown in the appraisal's audit trail
    out = tmp_path / "form.pdf"
    job = PrintJob("2026-09", lang="zh_CN", staff_ids=(e003,), combined=True)
    run_to_end(print_forms(demo_ctx, job, out))
    text = _pdf_text(out)
    assert "自我总结" in text and re.sub(r"\s+", "", SUMMARY) in text
    assert "考核制度第1版（未确认）" in text  # the footer: which policy scored it
    if shutil.which("pdftoppm"):  # look at it: tests/../page-1.png when SALESPERF_SHOTS is set
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(out), str(tmp_path / "p")],
            check=True,
        )
        assert list(tmp_path.glob("p*.png"))


def test_a_signed_forms_summary_is_frozen_except_by_an_upheld_appeal(demo_ctx):
    e012 = _staff(demo_ctx, "E012")  # August: signed and locked
    with pytest.raises(LockedError) as refused:
        summaries.set_self_summary(demo_ctx, e012, AUGUST, "后补的总结")
    assert "签字" in refused.value.message("zh_CN")
    assert summaries.is_summary_locked(demo_ctx, e012, AUGUST)
    with demo_ctx.session() as s:
        appraisal_id = s.scalar(
            select(AppraisalRow.id).where(
                AppraisalRow.staff_id == e012,
                AppraisalRow.period_id == stored_period(s, AUGUST).id,
            )
        )
    appeal = appeals.submit_appeal(
        demo_ctx, appraisal_id, filed_on=dt.date(2026, 9, 8), reason="自我总结漏交"
    )
    appeals.record_decision(
        demo_ctx,
        appeal.id,
        outcome=AppealOutcome.UPHELD,
        reason="补入自我总结",
        decided_on=dt.date(2026, 9, 10),
        corrections=Corrections(self_summary="申诉更正后的总结"),
    )
    assert summaries.self_summary(demo_ctx, e012, AUGUST) == "申诉更正后的总结"
    with demo_ctx.session() as s:
        entry = s.scalar(select(AuditEntryRow).where(AuditEntryRow.entity == "self_summary"))
        assert entry.appeal_id == appeal.id and entry.appraisal_id == appraisal_id


def test_a_new_policy_applies_to_open_periods_and_leaves_published_ones(demo_ctx):
    with demo_ctx.session() as s:
        before_sep = {
            sid: p.result.grade for sid, p in compute_period(s, SEPTEMBER).by_staff().items()
        }
        october = compute_period(s, OCTOBER).by_staff()
    # A stricter company scale: everything under 200 points is a C (coefficient 0.5).
    strict = GradeScale((GradeBand("A", 200, 1.2), GradeBand("C", None, 0.5)), None)
    record = confirm_policy(
        demo_ctx, DEFAULT_POLICY.with_(grades=strict, promotion_grades=("A",), plan_grades=("C",))
    )
    assert record.version == 2 and current_policy(demo_ctx).confirmed
    with demo_ctx.session() as s:
        after_sep = {
            sid: p.result.grade for sid, p in compute_period(s, SEPTEMBER).by_staff().items()
        }
        after_oct = compute_period(s, OCTOBER).by_staff()
    assert after_sep == before_sep  # published under version 1: as published
    followed = [
        sid
        for sid, p in october.items()
        if p.result.grade in ("S", "A", "B", "C", "D") and p.result.total < 200
    ]
    assert followed, "some October template follows the policy"
    for sid in followed:
        if after_oct[sid].result.grade not in ("S", "A", "B", "D"):  # own scales stay their own
            assert after_oct[sid].result.grade == "C"
    assert any(
        after_oct[sid].result.grade == "C" and october[sid].result.grade != "C" for sid in followed
    )
