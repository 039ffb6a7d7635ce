"""上级评语: written before signing, audited after publication, kept as signed; after signing only
the decision on an upheld appeal rewrites it, and the form prints it."""

from __future__ import annotations

import datetime as dt

import pytest

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.status import AppealOutcome, AppraisalStatus
from salesperf_desktop.services import appeals, signoff
from salesperf_desktop.services.appeals import AppealError, Corrections
from salesperf_desktop.services.locking import LockedError
from salesperf_desktop.services.pdf_forms import form_data_for
from salesperf_desktop.services.signoff import SignatureInput
from salesperf_desktop.storage.models import AppraisalRow
from tests.services.test_appeals import _appraisal

D = dt.date


def comment_trail(ctx, appraisal_id):
    return [
        e for e in signoff.appraisal_trail(ctx, appraisal_id) if e.field == "supervisor_comment"
    ]


def printed_comment(ctx, appraisal_id, period: str) -> str:
    with ctx.session() as session:
        staff_id = session.get(AppraisalRow, appraisal_id).staff_id
        return form_data_for(session, staff_id, Period.parse(period)).supervisor_comment


def test_a_published_appraisals_comment_is_written_audited_and_printed(demo_ctx):
    with demo_ctx.session() as session:
        appraisal_id = _appraisal(session, "E003", 9).id
    assert signoff.supervisor_comment(demo_ctx, appraisal_id).editable
    assert signoff.write_supervisor_comment(demo_ctx, appraisal_id, "  回款需加强。 ")
    assert not signoff.write_supervisor_comment(demo_ctx, appraisal_id, "回款需加强。")
    assert signoff.supervisor_comment(demo_ctx, appraisal_id).text == "回款需加强。"
    [entry] = comment_trail(demo_ctx, appraisal_id)
    assert (entry.old, entry.new) == ("", "回款需加强。")
    assert printed_comment(demo_ctx, appraisal_id, "2026-09") == "回款需加强。"


def test_signing_keeps_the_comment_as_signed_in_the_trail(demo_ctx):
    with demo_ctx.transaction() as session:
        appraisal = _appraisal(session, "E004", 9)
        appraisal.supervisor_comment = "写在草稿上的评语"  # before publication: not audited
        appraisal_id = appraisal.id
    on = D(2026, 10, 16)
    signoff.sign(
        demo_ctx,
        appraisal_id,
        [SignatureInput(role, "签字人", on) for role in ("employee", "supervisor", "hr")],
    )
    [entry] = comment_trail(demo_ctx, appraisal_id)
    assert entry.new == "写在草稿上的评语" and entry.reason == "考核表已签字"
    assert entry.actor == "周婷"  # the officer named in Preferences, not "HR"


def test_after_signing_the_comment_is_refused_without_an_appeal(demo_ctx):
    with demo_ctx.session() as session:
        appraisal = _appraisal(session, "E012", 8)
        assert appraisal.status is AppraisalStatus.SIGNED
        appraisal_id, before = appraisal.id, appraisal.supervisor_comment or ""
    record = signoff.supervisor_comment(demo_ctx, appraisal_id)
    assert not record.editable
    with pytest.raises(LockedError) as refused:
        signoff.write_supervisor_comment(demo_ctx, appraisal_id, "签字后偷偷改")
    assert "申诉" in refused.value.message("zh_CN")  # the way forward is named
    assert "appeal" in str(refused.value)
    assert signoff.supervisor_comment(demo_ctx, appraisal_id).text == before
    assert comment_trail(demo_ctx, appraisal_id) == []


def test_an_upheld_appeal_rewrites_it_audited_with_the_appeal(demo_ctx):
    with demo_ctx.session() as session:
        appraisal_id = _appraisal(session, "E012", 8).id
    appeal = appeals.submit_appeal(
        demo_ctx, appraisal_id, filed_on=D(2026, 9, 8), reason="评语与事实不符"
    )
    with pytest.raises(AppealError):  # a rejected appeal changes nothing
        appeals.record_decision(
            demo_ctx,
            appeal.id,
            outcome=AppealOutcome.REJECTED,
            reason="维持",
            decided_on=D(2026, 9, 10),
            corrections=Corrections(supervisor_comment="改过的评语"),
        )
    decision = appeals.record_decision(
        demo_ctx,
        appeal.id,
        outcome=AppealOutcome.UPHELD,
        reason="评语更正",
        decided_on=D(2026, 9, 10),
        corrections=Corrections(supervisor_comment="经申诉更正的评语"),
    )
    assert decision.amendment is not None  # the form changed: reprint and sign again
    [entry] = comment_trail(demo_ctx, appraisal_id)
    assert entry.new == "经申诉更正的评语" and entry.appeal_number == appeal.number
    assert printed_comment(demo_ctx, appraisal_id, "2026-08") == "经申诉更正的评语"
    with demo_ctx.session() as session:
        row = session.get(AppraisalRow, appraisal_id)
        assert row.status is AppraisalStatus.SIGNED and appeals.reprint_required(row)
