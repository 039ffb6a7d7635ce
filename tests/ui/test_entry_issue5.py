"""Targets by season, the work task sheet and the events panel, driven like a user."""

from __future__ import annotations

import os
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import func, select

from salesperf_desktop.storage.models import EventRow
from salesperf_desktop.ui.entry_tab import EntryTab
from tests.ui_support import ui_for

SHOTS = os.environ.get("SALESPERF_SHOTS")  # a folder: save PNGs of the dialogs to look at


def _shot(widget, name):
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, f"{name}.png"))


def _tab(qtbot, ctx, period="2026-10"):
    tab = EntryTab(ui_for(ctx))
    qtbot.addWidget(tab)
    tab.resize(1500, 720)
    tab.show()
    qtbot.waitExposed(tab)
    tab.period_box.setCurrentIndex(tab.period_box.findData(period))
    return tab


def _select(tab, employee_no):
    model = tab.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == employee_no)
    tab.table.setCurrentIndex(model.index(row, 2))
    return row


def _cell(tab, row, indicator, field):
    return tab.model.index(row, tab.model.column_of(indicator, field)).data()


def _total(tab, row):
    return float(tab.model.index(row, tab.model.total_column()).data())


def test_annual_target_split_seasonally(qtbot, demo_ctx, monkeypatch):
    tab = _tab(qtbot, demo_ctx)
    row = _select(tab, "E003")
    dialog = tab.targets()
    qtbot.waitExposed(dialog)
    dialog.indicator_box.setCurrentIndex(dialog.indicator_box.findData("sales_achievement"))
    assert dialog.seasonal_radio.isChecked()
    dialog.table.item(1, 1).setText("1,200,000")
    months = [float(t.replace(",", "")) for t in dialog.months_of(dialog.staff_ids()[0])]
    assert sum(Decimal(str(m)) for m in months) == 1_200_000
    assert months[1] < months[0] < months[11]  # February trough, December peak
    _shot(dialog, "targets_dialog")
    # the even split
    qtbot.mouseClick(dialog.even_radio, Qt.MouseButton.LeftButton)
    assert set(dialog.months_of(dialog.staff_ids()[0])) == {"100000"}
    qtbot.mouseClick(dialog.seasonal_radio, Qt.MouseButton.LeftButton)

    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("年度目标分解", True))
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert asked and "5" in asked[0]  # May–Aug are locked: asked whether to write the others
    assert not dialog.isVisible()
    row = _select(tab, "E003")
    assert float(_cell(tab, row, "sales_achievement", "target").replace(",", "")) == months[9]


def test_task_sheet_refused_at_the_field_then_scored(qtbot, demo_ctx, tmp_path):
    tab = _tab(qtbot, demo_ctx)
    row = _select(tab, "E012")  # on probation: the template scores the task sheet
    before = _total(tab, row)
    dialog = tab.task_sheet()
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() == 5
    titles = ["完成新医院准入", "拜访重点科室", "学术推广会", "客户档案更新", "合规培训"]
    for r, title in enumerate(titles):
        dialog.table.item(r, 0).setText(title)
        dialog.table.item(r, 1).setText("制定拜访计划，每周跟进")
        dialog.table.item(r, 2).setText("签订准入协议")
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
    _shot(dialog, "task_sheet_dialog")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved and not dialog.isVisible()
    assert _cell(tab, row, "task_sheet", "actual") == "83"
    assert _total(tab, row) != before
    # it was stored: the dialog opens with the scores
    again = tab.task_sheet(open_dialog=False)
    assert again.table.item(0, 0).text() == titles[0] and again.score_spin(1).value() == 15
    # Print writes the stored sheet as the PDF form
    again.no_open = True
    pdf = again.print_sheet(str(tmp_path / "sheet.pdf"))
    assert pdf and (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")


def test_commendation_and_late_arrival_change_the_total(qtbot, demo_ctx, monkeypatch):
    tab = _tab(qtbot, demo_ctx)
    row = _select(tab, "E004")
    panel = tab.events_panel
    assert "E004" not in panel.heading.text() and panel.add_button.isEnabled()
    before = _total(tab, row)
    listed = panel.table.rowCount()

    dialog = panel.open_dialog()
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("adjustment:commendation_company"))
    dialog.note_edit.setText("季度销售冠军")
    assert "+15" in dialog.effect.text()
    _shot(dialog, "event_dialog")
    dialog.accept()
    assert panel.add(dialog)
    assert _total(tab, row) == before + 15

    dialog = panel.open_dialog()
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("adjustment:late_or_early_leave"))
    assert dialog.count_spin.isEnabled()
    dialog.count_spin.setValue(2)
    assert "−2" in dialog.effect.text()
    dialog.accept()
    assert panel.add(dialog)
    assert _total(tab, row) == before + 13
    assert panel.table.rowCount() == listed + 2
    _shot(tab, "entry_tab_events")

    # a key incident is a dated note: no points, and the note is required
    dialog = panel.open_dialog()
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("incident_negative:"))
    dialog.accept()
    assert dialog.draft is None and dialog.error.text()
    dialog.note_edit.setText("未按时提交周报")
    dialog.accept()
    assert panel.add(dialog)
    assert _total(tab, row) == before + 13

    # delete the commendation
    r = next(i for i, e in enumerate(panel.rows) if e.code == "commendation_company")
    panel.table.selectRow(r)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert panel.delete_selected()
    assert _total(tab, row) == before - 2


def test_veto_forces_the_lowest_grade(qtbot, demo_ctx, monkeypatch):
    tab = _tab(qtbot, demo_ctx)
    row = _select(tab, "E005")
    panel = tab.events_panel
    dialog = panel.open_dialog()
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("veto:compliance_veto"))
    assert dialog.warning.isVisibleTo(dialog) and dialog.warning.text()
    dialog.note_edit.setText("违规给予医生回扣")
    _shot(dialog, "event_dialog_veto")
    dialog.accept()
    warned = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda *a, **k: warned.append(a) or QMessageBox.StandardButton.Yes
    )
    assert panel.add(dialog)
    assert warned
    person = tab.model.person_at(row)
    lowest = person.template.grades.lowest.grade
    assert tab.model.index(row, tab.model.columnCount() - 1).data() == lowest
    assert person.result.vetoed


def test_events_of_a_locked_month_are_refused(qtbot, demo_ctx):
    tab = _tab(qtbot, demo_ctx, "2026-08")
    _select(tab, "E003")
    panel = tab.events_panel
    assert not panel.add_button.isEnabled()
    assert panel.message.text()  # says why
    with demo_ctx.session() as s:
        count = s.scalar(select(func.count(EventRow.id)))
    assert not panel.add()
    if panel.rows:
        panel.table.selectRow(0)
        assert not panel.delete_selected()
    with demo_ctx.session() as s:
        assert s.scalar(select(func.count(EventRow.id))) == count
    # the task sheet opens read-only
    dialog = tab.task_sheet(open_dialog=False)
    assert not dialog.save_button.isEnabled()
