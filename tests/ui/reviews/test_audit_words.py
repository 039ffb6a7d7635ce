"""The audit trail speaks the officer's language (issue #17): the program's own reasons come
from the catalogue (考核表已签字, not "signed form") and the operator is the officer named in
Preferences (周婷, not "HR")."""

from __future__ import annotations

import datetime as dt

from salesperf_desktop.services import signoff
from salesperf_desktop.services.signoff import SignatureInput
from salesperf_desktop.storage.models import AuditEntryRow
from tests.services.test_appeals import _appraisal
from tests.ui.reviews.support import choose_period, show_page

REASON, OPERATOR = 5, 6  # columns of the trail


def _trail_of(page, employee_no: str) -> list[tuple[str, str]]:
    row = next(
        r
        for r in range(page.model.rowCount())
        if str(page.model.index(r, 0).data()).startswith(employee_no)
    )
    page.view.selectRow(row)
    model = page.audit_model
    return [
        (model.index(r, REASON).data(), model.index(r, OPERATOR).data())
        for r in range(model.rowCount())
    ]


def test_signing_is_recorded_with_a_chinese_reason_and_the_officer_s_name(qtbot, tab):
    ctx = tab.ctx
    with ctx.session() as session:
        appraisal_id = _appraisal(session, "E004", 9).id
    with ctx.transaction() as session:  # a row written by an earlier version
        session.add(
            AuditEntryRow(
                actor="HR",
                entity="appraisal",
                entity_id=appraisal_id,
                field="supervisor_comment",
                old_value="",
                new_value="旧版本写的评语",
                reason="signed form",
                appraisal_id=appraisal_id,
            )
        )
    on = dt.date(2026, 10, 16)
    signoff.sign(
        ctx,
        appraisal_id,
        [SignatureInput(role, "签字人", on) for role in ("employee", "supervisor", "hr")],
    )
    page = tab.signoff
    show_page(tab, page)
    choose_period(qtbot, page, "2026-09")
    trail = _trail_of(page, "E004")
    signed = [t for t in trail if t[0] == "考核表已签字"]
    assert len(signed) >= 5  # three signatures, the status, the old row
    assert set(signed) == {("考核表已签字", "周婷"), ("考核表已签字", "人事专员")}
    assert signed.count(("考核表已签字", "人事专员")) == 1  # the old row, read the same way
    assert not [t for t in trail if "signed form" in t[0] or t[1] == "HR"]
