"""The work task sheet dialog: points checked at the field, the score reaches the grid, print."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from salesperf_desktop.ui.entry.task_sheet_dialog import TaskSheetDialog
from tests.ui.modal import modal_dialog
from tests.ui_support import (
    cell_text,
    entry_tab,
    select_person,
    shot,
    total_shown,
)


def test_task_sheet_refused_at_the_field_then_scored(qtbot, demo_ctx, tmp_path, monkeypatch):
    tab = entry_tab(qtbot, demo_ctx)
    row = select_person(tab, "E012")  # on probation: the template scores the task sheet
    before = total_shown(tab, row)
    tab.task_sheet()
    dialog = modal_dialog(qtbot, TaskSheetDialog)
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() == 5
    titles = ["完成新医院准入", "拜访重点科室", "学术推广会", "客户档案更新", "合规培训"]
    for r, title in enumerate(titles):
        dialog.table.item(r, 0).setText(title)
        dialog.table.item(r, 2).setText("制定拜访计划，每周跟进")
        dialog.table.item(r, 3).setText("签订准入协议")
        dialog.points_spin(r).setValue(20 if r < 4 else 10)
    assert not dialog.save_button.isEnabled()
    assert "90" in dialog.sum_label.text() and "b00020" in dialog.sum_label.styleSheet()
    assert "100" in dialog.error_label.text()
    dialog.points_spin(4).setValue(20)
    assert dialog.save_button.isEnabled() and dialog.error_label.text() == ""
    # a score above the task's points is refused at the field
    dialog.score_spin(0).setValue(25)
    assert not dialog.save_button.isEnabled()
    for r, score in enumerate((20, 15, 18, 20, 10)):
        dialog.score_spin(r).setValue(score)
    assert "83" in dialog.score_label.text()
    shot(dialog, "task_sheet_dialog")
    with qtbot.waitSignal(dialog.accepted, timeout=20000):  # saved in the background
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved
    assert cell_text(tab, row, "task_sheet", "actual") == "83"
    assert total_shown(tab, row) != before
    # it was stored: the dialog opens with the scores
    tab.task_sheet()
    again = modal_dialog(qtbot, TaskSheetDialog)
    assert again is not dialog
    assert again.table.item(0, 0).text() == titles[0] and again.score_spin(1).value() == 15
    # Print writes the stored sheet as the PDF form where the officer chose, and opens it
    target = str(tmp_path / "sheet.pdf")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (target, ""))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(again.print_button, Qt.MouseButton.LeftButton)  # nothing changed: at once
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
    assert [u.toLocalFile() for u in opened] == [target]
    again.reject()


def test_a_locked_month_opens_the_task_sheet_read_only(qtbot, demo_ctx):
    tab = entry_tab(qtbot, demo_ctx, "2026-08")
    select_person(tab, "E003")
    tab.task_sheet()
    dialog = modal_dialog(qtbot, TaskSheetDialog)
    assert not dialog.save_button.isEnabled() and not dialog.add_button.isEnabled()
    dialog.reject()


def test_the_appraisers_approval_is_ticked_in_the_dialog_and_leaves_the_due_list(qtbot, demo_ctx):
    import datetime as dt

    from salesperf_desktop.domain.due import DueKind
    from salesperf_desktop.domain.periods import Period
    from salesperf_desktop.services import task_sheets
    from salesperf_desktop.services.due import due_this_month
    from tests.services.support import staff_id

    october, sid = Period.month(2026, 10), staff_id(demo_ctx, "E012")
    tasks = [
        task_sheets.TaskDraft(f"任务{i}", "步骤", "衡量", dt.date(2026, 10, 20), 20.0)
        for i in range(5)
    ]
    task_sheets.save(demo_ctx, sid, october, tasks)  # filled in by the rep, not approved yet

    def sheet_texts():
        due = due_this_month(demo_ctx, dt.date(2026, 11, 20))
        return [i.text for i in due.group(DueKind.TASK_SHEETS).items]

    assert "E012 黄磊，2026年10月：待审核" in sheet_texts()
    tab = entry_tab(qtbot, demo_ctx)
    select_person(tab, "E012")
    tab.task_sheet()
    dialog = modal_dialog(qtbot, TaskSheetDialog)
    assert not dialog.approved_check.isChecked() and not dialog.approved_edit.isEnabled()
    qtbot.mouseClick(dialog.approved_check, Qt.MouseButton.LeftButton)
    assert dialog.approved_edit.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert task_sheets.load(demo_ctx, sid, october).approved_on == demo_ctx.today()
    assert not any("2026年10月" in t for t in sheet_texts())
    # saving the tasks again elsewhere (no approval given) keeps the approval
    task_sheets.save(demo_ctx, sid, october, tasks, note="改")
    assert task_sheets.load(demo_ctx, sid, october).approved_on == demo_ctx.today()
