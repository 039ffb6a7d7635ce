"""The Reviews tab driven like a user: interviews with carried actions, an appeal across the
2026 National Day holiday upheld and visible in the audit view, and a locked appraisal that
refuses every other way of editing it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton, QTableWidgetItem
from sqlalchemy import select

from salesperf_desktop.domain.status import ActionStatus, AppealOutcome, AppraisalStatus
from salesperf_desktop.services import appeals as appeal_service
from salesperf_desktop.storage.models import (
    ActionItemRow,
    AppealRow,
    AppraisalRow,
    GrowInterviewRow,
    MetricEntryRow,
    StaffRow,
)
from salesperf_desktop.ui.reviews.appeal_dialogs import DecideAppealDialog, FileAppealDialog
from salesperf_desktop.ui.reviews.corrections import CorrectionDialog
from salesperf_desktop.ui.reviews.interview_dialog import InterviewDialog
from salesperf_desktop.ui.reviews.signoff_page import SignaturesDialog
from salesperf_desktop.ui.reviews_tab import ReviewsTab
from tests.ui_support import ui_for

D = dt.date


@pytest.fixture
def tab(qtbot, demo_ctx):
    demo_ctx.clock = lambda: D(2026, 11, 20)
    widget = ReviewsTab(ui_for(demo_ctx))
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def messages(monkeypatch):
    seen: list[tuple[str, str]] = []

    def record(kind):
        def box(_parent, _title, text, *args, **kwargs):
            seen.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return box

    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "information", record("information"))
    return seen


def _staff_id(ctx, employee_no):
    with ctx.session() as session:
        return session.scalar(select(StaffRow.id).where(StaffRow.employee_no == employee_no))


def _click_save(dialog):
    dialog.button_box.button(QDialogButtonBox.StandardButton.Save).click()


def _model_rows(model):
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_record_an_interview_and_carry_its_open_action_to_the_next(qtbot, tab, monkeypatch):
    ctx = tab.ctx
    person = _staff_id(ctx, "E006")
    page = tab.interviews
    tab.show_page(page)
    steps = []

    def first(dialog):
        dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findData(person))
        dialog.period_combo.setCurrentIndex(dialog.period_combo.findData("2026-09"))
        dialog.held_on.setDate(dialog.held_on.date().fromString("2026-10-12", "yyyy-MM-dd"))
        assert "grade" in dialog.focus_label.text().lower() or dialog.focus_label.text()
        assert dialog.parts["goal"].placeholderText()  # guidance questions are shown
        dialog.parts["goal"].setPlainText("回款率达到95%")
        dialog.parts["reality"].setPlainText("回款率88%，两笔款逾期")
        dialog.parts["options"].setPlainText("每周跟进应收账款")
        dialog.parts["will"].setPlainText("10月底前收回逾期款")
        dialog.resources.setPlainText("财务协助对账")
        qtbot.mouseClick(dialog.findChild(QPushButton, "addAction"), Qt.MouseButton.LeftButton)
        dialog.actions_table.item(0, 0).setText("收回两笔逾期款")
        dialog.actions_table.cellWidget(0, 2).setDate(
            dialog.held_on.date().fromString("2026-10-31", "yyyy-MM-dd")
        )
        assert dialog.followups_table.rowCount() == 0

    def second(dialog):
        dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findData(person))
        dialog.period_combo.setCurrentIndex(dialog.period_combo.findData("2026-10"))
        # The open action of the last interview is offered, flagged overdue (due 31 Oct).
        assert dialog.followups_table.rowCount() == 1
        assert dialog.followups_table.item(0, 0).text().startswith("收回两笔逾期款")
        assert dialog.followups_table.item(0, 0).foreground().color().name() == "#b3261e"
        combo = dialog.followups_table.cellWidget(0, 4)
        combo.setCurrentIndex(combo.findData("done"))
        dialog.followups_table.setItem(0, 5, QTableWidgetItem("11月5日已收回"))
        dialog.parts["goal"].setPlainText("保持回款率95%以上")

    def fake_exec(dialog):
        steps.pop(0)(dialog)
        _click_save(dialog)
        return dialog.result()

    monkeypatch.setattr(InterviewDialog, "exec", fake_exec)
    steps.append(first)
    page.open_interview(None)
    with ctx.session() as session:
        interview = session.scalar(
            select(GrowInterviewRow).where(GrowInterviewRow.staff_id == person)
        )
        assert interview.goal == "回款率达到95%" and interview.resources == "财务协助对账"
        (action,) = interview.actions
        assert action.what == "收回两笔逾期款" and action.due_on == D(2026, 10, 31)
        assert action.owner  # defaults to the employee
        first_id, action_id = interview.id, action.id
    assert page.model.rowCount() == 4  # three demo interviews + this one
    assert any(r[5] == "1" for r in _model_rows(page.model))  # overdue count shown

    steps.append(second)
    page.open_interview(None)
    with ctx.session() as session:
        action = session.get(ActionItemRow, action_id)
        assert action.status is ActionStatus.DONE
        assert action.follow_up_note == "11月5日已收回"
        assert action.followed_up_in_id not in (None, first_id)


def test_appeal_across_national_day_upheld_and_seen_in_the_audit_view(
    qtbot, tab, monkeypatch, messages, tmp_path
):
    ctx = tab.ctx
    person = _staff_id(ctx, "E005")
    with ctx.session() as session:
        appraisal = session.scalar(
            select(AppraisalRow)
            .where(AppraisalRow.staff_id == person, AppraisalRow.total.is_not(None))
            .order_by(AppraisalRow.id.desc())
        )
        appraisal_id, old_total, old_grade = appraisal.id, appraisal.total, appraisal.grade
        assert appraisal.period.key == "2026-09"
        target = session.scalar(
            select(MetricEntryRow.target).where(
                MetricEntryRow.staff_id == person,
                MetricEntryRow.period_id == appraisal.period_id,
                MetricEntryRow.indicator_code == "sales_achievement",
            )
        )
    proof = tmp_path / "签收单.pdf"
    proof.write_bytes(b"%PDF-1.4 delivery note")
    page = tab.appeals
    tab.show_page(page)

    def file_it(dialog):
        dialog.appraisal_combo.setCurrentIndex(dialog.appraisal_combo.findData(appraisal_id))
        dialog.filed_on.setDate(dialog.filed_on.date().fromString("2026-10-09", "yyyy-MM-dd"))
        text = dialog.deadline_label.text()
        # Published Wed 30 Sep; 1–7 Oct off; Sat 10 Oct is a make-up working day.
        assert "2026-10-10" in text and "2026-10-15" in text
        assert "official Chinese calendar" in text
        dialog.reason.setPlainText("南京医院订单9月29日已签收，应计入9月销售额。")
        dialog.add_file(proof)
        _click_save(dialog)
        return dialog.result()

    monkeypatch.setattr(FileAppealDialog, "exec", file_it)
    qtbot.mouseClick(page.file_button, Qt.MouseButton.LeftButton)
    rows = _model_rows(page.model)
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
    saved = page.evidence_model.index(0, 0).data()
    assert saved == "签收单.pdf"

    def decide(dialog):
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("upheld"))
        dialog.decided_on.setDate(dialog.decided_on.date().fromString("2026-10-14", "yyyy-MM-dd"))
        dialog.reason.setPlainText("签收单属实，补计销售额")
        row = dialog.editor.add_row("2026-09", "sales_achievement", "actual")
        assert dialog.editor.table.item(row, 3).text()  # current value shown
        dialog.editor.table.item(row, 4).setText(f"{target * 1.05:.0f}")
        _click_save(dialog)
        return dialog.result()

    monkeypatch.setattr(DecideAppealDialog, "exec", decide)
    page.view.selectRow(0)
    qtbot.mouseClick(page.decide_button, Qt.MouseButton.LeftButton)
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
    tab.show_page(signoff)
    signoff.period_combo.setCurrentIndex(signoff.period_combo.findText("2026-09"))
    from salesperf_desktop.ui.reviews.common import select_key

    select_key(signoff.view, appraisal_id)
    trail = _model_rows(signoff.audit_model)
    totals = [r for r in trail if r[1] == "Total"]
    assert totals, trail
    _, _, old, new, appeal_no, why, _ = totals[0]
    assert float(old) == pytest.approx(old_total) and float(new) == pytest.approx(new_total)
    assert appeal_no == number and number in why
    notice = _model_rows(signoff.model)
    assert any("reprint" in r[-1] for r in notice)
    del old_grade


def test_a_signed_appraisal_cannot_be_edited_any_other_way(qtbot, tab, monkeypatch, messages):
    ctx = tab.ctx
    page = tab.signoff
    tab.show_page(page)
    page.period_combo.setCurrentIndex(page.period_combo.findText("2026-08"))
    assert page.model.rowCount() >= 12
    page.view.selectRow(0)
    key = page.model.key(0)
    with ctx.session() as session:
        before = session.get(AppraisalRow, key)
        assert before.status is AppraisalStatus.SIGNED
        total = before.total

    opened = []
    monkeypatch.setattr(CorrectionDialog, "exec", lambda self: opened.append(self) or 0)
    qtbot.mouseClick(page.correct_button, Qt.MouseButton.LeftButton)
    assert not opened
    assert messages[-1][0] == "warning" and "locked" in messages[-1][1]

    def sign_again(dialog):
        dialog.names["hr"].setText("别人")
        dialog.save()
        return 0

    monkeypatch.setattr(SignaturesDialog, "exec", sign_again)
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    assert messages[-1][0] == "warning" and "locked" in messages[-1][1]

    # The correction dialog itself refuses too (if it were reached some other way).
    dialog = CorrectionDialog(ctx, key, page)
    qtbot.addWidget(dialog)
    dialog.editor.add_row(None, None, "actual", 7777777.0)
    dialog.note.setPlainText("试图修改")
    assert not dialog.save()
    with ctx.session() as session:
        after = session.get(AppraisalRow, key)
        assert after.total == total and after.status is AppraisalStatus.SIGNED
        assert {s.signer_name for s in after.signatures} != {"别人"}
        assert (
            session.scalar(select(MetricEntryRow.id).where(MetricEntryRow.actual == 7777777.0))
            is None
        )
