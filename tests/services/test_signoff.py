"""Sign-off locks the appraisal; a period locks when all are signed; the audit keeps traces."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from salesperf_desktop.domain.status import AppraisalStatus, PeriodKind, PeriodStatus
from salesperf_desktop.services import appeals, signoff
from salesperf_desktop.services.appeals import Corrections
from salesperf_desktop.services.locking import LockedError, ensure_editable
from salesperf_desktop.services.signoff import SignatureInput
from salesperf_desktop.storage.models import AppraisalRow, PeriodRow

D = dt.date


def _september(session):
    return session.scalar(
        select(PeriodRow).where(PeriodRow.kind == PeriodKind.MONTH, PeriodRow.number == 9)
    )


def _sign_all(session, appraisal_id, on=D(2026, 10, 16)):
    signoff.record_signatures(
        session,
        appraisal_id,
        [
            SignatureInput("employee", "员工", on),
            SignatureInput("supervisor", "经理", on),
            SignatureInput("hr", "周婷", on),
        ],
    )


def test_signing_locks_then_the_period_can_be_locked(demo_ctx):
    with demo_ctx.transaction() as session:
        period = _september(session)
        rows = signoff.signoff_rows(session, period.id)
        first = rows[0].appraisal_id
        signoff.record_signatures(
            session, first, [SignatureInput("employee", "王建国", D(2026, 10, 12))]
        )
        assert session.get(AppraisalRow, first).status is AppraisalStatus.PUBLISHED
        assert not signoff.can_lock_period(session, period.id)
        with pytest.raises(signoff.SignoffError):
            signoff.lock_period(session, period.id, D(2026, 10, 20))
        for row in rows:
            _sign_all(session, row.appraisal_id)
        a = session.get(AppraisalRow, first)
        assert a.status is AppraisalStatus.SIGNED and a.locked_on == D(2026, 10, 16)
        assert len(a.signatures) == 3
        with pytest.raises(LockedError):
            _sign_all(session, first)
        with pytest.raises(LockedError):
            signoff.set_supervisor_comment(session, first, "改评语")
        with pytest.raises(LockedError):
            ensure_editable(session, a.staff_id, period)
        assert signoff.period_signoff_state(session, period.id) == (len(rows), len(rows))
        signoff.lock_period(session, period.id, D(2026, 10, 20))
        assert period.status is PeriodStatus.LOCKED


def test_a_pending_appeal_holds_the_period_lock(demo_ctx):
    with demo_ctx.transaction() as session:
        period = _september(session)
        rows = signoff.signoff_rows(session, period.id)
        appeals.file_appeal(session, rows[0].appraisal_id, filed_on=D(2026, 10, 8), reason="异议")
        for row in rows:
            _sign_all(session, row.appraisal_id)
        assert not signoff.can_lock_period(session, period.id)
        assert signoff.signoff_rows(session, period.id)[0].pending_appeal == "AP-2026-002"


def test_amended_signed_form_is_signed_again(demo_ctx):
    with demo_ctx.transaction() as session:
        period = _september(session)
        target = signoff.signoff_rows(session, period.id)[1].appraisal_id
        _sign_all(session, target)
        appeal = appeals.file_appeal(session, target, filed_on=D(2026, 10, 9), reason="异议")
        appeals.decide_appeal(
            session,
            appeal.id,
            outcome="upheld",
            reason="加分",
            decided_on=D(2026, 10, 15),
            corrections=Corrections(points=3),
        )
        row = next(r for r in signoff.signoff_rows(session, period.id) if r.appraisal_id == target)
        assert row.reprint_required and row.status is AppraisalStatus.SIGNED
        _sign_all(session, target, on=D(2026, 10, 19))
        row = next(r for r in signoff.signoff_rows(session, period.id) if r.appraisal_id == target)
        assert not row.reprint_required
        assert row.signatures["hr"][1] == D(2026, 10, 19)
        fields = [r.field for r in signoff.audit_rows(session, target)]
        assert fields.count("signature:hr") == 2
