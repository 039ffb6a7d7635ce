"""The Appeals page driven like a user: an appeal across the 2026 National Day holiday, filed
with evidence, upheld with a corrected value and seen in the sign-off audit view; opened evidence
lives in a private folder removed when the program quits."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDesktopServices
from sqlalchemy import select

from salesperf_desktop.domain.status import AppealOutcome
from salesperf_desktop.services import appeals as appeal_service
from salesperf_desktop.storage.models import AppealRow, AppraisalRow, MetricEntryRow
from salesperf_desktop.ui import private_temp
from salesperf_desktop.ui.reviews.appeal_dialogs import DecideAppealDialog, FileAppealDialog
from salesperf_desktop.ui.reviews.common import select_key
from tests.ui.reviews.support import (
    choose_period,
    click_save,
    model_rows,
    show_page,
    staff_id,
    when_dialog_opens,
)


def _september_appraisal(ctx, person):
    with ctx.session() as session:
        appraisal = session.scalar(
            select(AppraisalRow)
            .where(AppraisalRow.staff_id == person, AppraisalRow.total.is_not(None))
            .order_by(AppraisalRow.id.desc())
        )
        assert appraisal.period.key == "2026-09"
        target = session.scalar(
            select(MetricEntryRow.target).where(
                MetricEntryRow.staff_id == person,
                MetricEntryRow.period_id == appraisal.period_id,
                MetricEntryRow.indicator_code == "sales_achievement",
            )
        )
        return appraisal.id, appraisal.total, target


def test_appeal_across_national_day_upheld_and_seen_in_the_audit_view(
    qtbot, tab, messages, tmp_path
):
    ctx = tab.ctx
    appraisal_id, old_total, target = _september_appraisal(ctx, staff_id(ctx, "E005"))
    proof = tmp_path / "签收单.pdf"
    proof.write_bytes(b"%PDF-1.4 delivery note")
    page = tab.appeals
    show_page(tab, page)

    def file_it(dialog):
        dialog.appraisal_combo.setCurrentIndex(dialog.appraisal_combo.findData(appraisal_id))
        dialog.filed_on.setDate(dialog.filed_on.date().fromString("2026-10-09", "yyyy-MM-dd"))
        text = dialog.deadline_label.text()
        # Published Wed 30 Sep; 1–7 Oct off; Sat 10 Oct is a make-up working day.
        assert "2026-10-10" in text and "2026-10-15" in text
        assert "official Chinese calendar" in text
        dialog.reason.setPlainText("南京医院订单9月29日已签收，应计入9月销售额。")
        dialog.add_file(proof)
        click_save(dialog)

    handled = when_dialog_opens(FileAppealDialog, file_it)
    qtbot.mouseClick(page.file_button, Qt.MouseButton.LeftButton)
    assert handled
    rows = model_rows(page.model)
    assert len(rows) == 2  # with the demo's decided appeal
    number, _, period, published, file_by, filed, due, *_ = rows[0]
    assert (period, published, file_by, filed, due) == (
        "2026-09",
        "2026-09-30",
        "2026-10-10",
        "2026-10-09",
        "2026-10-15",
    )
    assert page.evidence_model.rowCount() == 1
    # Still pending on 20 November: flagged overdue.
    assert "overdue" in rows[0][-1]
    assert page.evidence_model.index(0, 0).data() == "签收单.pdf"

    def decide(dialog):
        assert number in dialog.windowTitle()
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("upheld"))
        dialog.decided_on.setDate(dialog.decided_on.date().fromString("2026-10-14", "yyyy-MM-dd"))
        dialog.reason.setPlainText("签收单属实，补计销售额")
        row = dialog.editor.add_row("2026-09", "sales_achievement", "actual")
        assert dialog.editor.table.item(row, 3).text()  # current value shown
        dialog.editor.table.item(row, 4).setText(f"{target * 1.05:.0f}")
        click_save(dialog)

    page.view.selectRow(0)
    handled = when_dialog_opens(DecideAppealDialog, decide)
    qtbot.mouseClick(page.decide_button, Qt.MouseButton.LeftButton)
    assert handled
    assert messages and messages[-1][0] == "information"
    assert "→" in messages[-1][1]
    with ctx.session() as session:
        appeal = session.scalar(select(AppealRow).where(AppealRow.appraisal_id == appraisal_id))
        assert appeal.outcome is AppealOutcome.UPHELD and appeal.number == number
        appraisal = session.get(AppraisalRow, appraisal_id)
        new_total = appraisal.total
        assert new_total > old_total
        assert appeal_service.reprint_required(appraisal)

    signoff = tab.signoff
    show_page(tab, signoff)
    choose_period(qtbot, signoff, "2026-09")
    select_key(signoff.view, appraisal_id)
    trail = model_rows(signoff.audit_model)
    totals = [r for r in trail if r[1] == "Total"]
    assert totals, trail
    _, _, old, new, appeal_no, why, _ = totals[0]
    assert float(old) == pytest.approx(old_total) and float(new) == pytest.approx(new_total)
    assert appeal_no == number and number in why
    notice = model_rows(signoff.model)
    assert any("reprint" in r[-1] for r in notice)


def test_an_appeal_needs_its_reason(qtbot, tab, messages):
    page = tab.appeals
    show_page(tab, page)
    before = page.model.rowCount()

    def no_reason(dialog):
        click_save(dialog)
        assert dialog.isVisible()

    handled = when_dialog_opens(FileAppealDialog, no_reason)
    qtbot.mouseClick(page.file_button, Qt.MouseButton.LeftButton)
    assert handled
    assert messages[-1][0] == "warning"
    assert page.model.rowCount() == before


@pytest.fixture
def evidence_page(tab, demo_ctx):
    with demo_ctx.transaction() as session:
        appeal_id = session.scalar(select(AppealRow.id).order_by(AppealRow.id))
        appeal_service.add_evidence(session, appeal_id, "诊断书.pdf", b"%PDF-1.4 private")
    page = tab.appeals
    show_page(tab, page)
    page.refresh()
    select_key(page.view, appeal_id)
    assert page.evidence_model.rowCount() >= 1
    page.evidence_view.selectRow(page.evidence_model.rowCount() - 1)
    yield page
    private_temp.remove_private_temp_dir()


def test_opened_evidence_is_private_and_removed_at_quit(evidence_page, monkeypatch):
    page = evidence_page
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    first = page.open_evidence()
    second = page.open_evidence()  # the same file twice: two paths, neither overwritten
    assert first != second and first.name == second.name == "诊断书.pdf"
    assert first.read_bytes() == b"%PDF-1.4 private" and len(opened) == 2
    folder = private_temp.private_temp_dir()
    assert folder in first.parents and folder in second.parents
    assert Path(tempfile.gettempdir()) in folder.parents
    if os.name == "posix":
        assert folder.stat().st_mode & 0o777 == 0o700
        assert first.stat().st_mode & 0o077 == 0

    QCoreApplication.instance().aboutToQuit.emit()  # what app.quit() emits
    assert not folder.exists() and not first.exists()


def test_evidence_saved_as_a_copy_where_the_user_chooses(evidence_page, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "copy.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    evidence_page.save_evidence()
    assert target.read_bytes() == b"%PDF-1.4 private"
