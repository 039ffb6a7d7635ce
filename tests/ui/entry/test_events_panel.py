"""The key events panel beside the grid: add, delete, the veto, a locked month, driven like a user."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from salesperf_desktop.storage.models import EventRow
from tests.ui_support import (
    entry_tab,
    select_person,
    shot,
    total_shown,
    wait_loaded,
    when_modal,
)


def test_commendation_and_late_arrival_change_the_total(qtbot, demo_ctx, monkeypatch):
    tab = entry_tab(qtbot, demo_ctx)
    row = select_person(tab, "E004")
    panel = tab.events_panel
    assert "E004" not in panel.heading.text() and panel.add_button.isEnabled()
    before = total_shown(tab, row)
    listed = panel.table.rowCount()

    seen = []

    def commendation(dialog):
        dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("adjustment:commendation_company"))
        dialog.note_edit.setText("季度销售冠军")
        seen.append(dialog.effect.text())
        # seed 004: +15 is decided by the general manager's office meeting, in a formal document
        assert dialog.approver_edit.isVisible() and dialog.document_edit.isVisible()
        assert not dialog.amount_spin.isVisible()
        dialog.accept()  # refused: who approved it?
        seen.append(dialog.error.text())
        dialog.approver_edit.setText("总经理办公会")
        dialog.accept()  # refused: which document?
        seen.append(dialog.error.text())
        dialog.document_edit.setText("司发〔2026〕21号")
        shot(dialog, "event_dialog")
        dialog.accept()

    when_modal(commendation)
    assert panel.add()
    wait_loaded(qtbot, tab)  # stored in the background
    assert "+15" in seen[-3]
    assert seen[-2] == "“受到公司级嘉奖”须经公司总经理办公会审批：请填写审批人。"
    assert seen[-1] == "“受到公司级嘉奖”须有正式文件公布：请填写文号。"
    assert total_shown(tab, row) == before + 15
    r = next(i for i, e in enumerate(panel.rows) if e.code == "commendation_company")
    assert "总经理办公会" in panel.table.item(r, 4).text()
    assert "司发〔2026〕21号" in panel.table.item(r, 4).text()

    def late_twice(dialog):
        dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("adjustment:late_or_early_leave"))
        seen.append(dialog.count_spin.isEnabled())
        dialog.count_spin.setValue(2)
        seen.append(dialog.effect.text())
        dialog.accept()

    when_modal(late_twice)
    assert panel.add()
    wait_loaded(qtbot, tab)  # stored in the background
    assert seen[-2] is True and "−2" in seen[-1]
    assert total_shown(tab, row) == before + 13
    assert panel.table.rowCount() == listed + 2
    shot(tab, "entry_tab_events")

    # a key incident is a dated note: no points, and the note is required
    def incident(dialog):
        dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("incident_negative:"))
        dialog.accept()
        seen.append((dialog.isVisible(), dialog.error.text()))  # refused: stays open, says why
        dialog.note_edit.setText("未按时提交周报")
        dialog.accept()

    when_modal(incident)
    assert panel.add()
    wait_loaded(qtbot, tab)  # stored in the background
    assert seen[-1][0] and seen[-1][1]
    assert total_shown(tab, row) == before + 13

    # delete the commendation
    r = next(i for i, e in enumerate(panel.rows) if e.code == "commendation_company")
    panel.table.selectRow(r)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert panel.delete_selected()
    wait_loaded(qtbot, tab)
    assert total_shown(tab, row) == before - 2


def test_veto_forces_the_lowest_grade(qtbot, demo_ctx, monkeypatch):
    tab = entry_tab(qtbot, demo_ctx)
    row = select_person(tab, "E005")
    panel = tab.events_panel
    shown = []

    def veto(dialog):
        dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("veto:compliance_veto"))
        shown.append(dialog.warning.isVisibleTo(dialog) and dialog.warning.text())
        dialog.note_edit.setText("违规给予医生回扣")
        shot(dialog, "event_dialog_veto")
        dialog.accept()

    when_modal(veto)
    warned = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda *a, **k: warned.append(a) or QMessageBox.StandardButton.Yes
    )
    assert panel.add()
    wait_loaded(qtbot, tab)  # stored in the background
    assert shown[0] and warned
    person = tab.model.person_at(row)
    lowest = person.template.grades.lowest.grade
    grade = next(c for c, col in enumerate(tab.model.columns) if col.kind == "grade")
    assert tab.model.index(row, grade).data() == lowest
    assert person.result.vetoed


def test_events_of_a_locked_month_are_refused(qtbot, demo_ctx):
    tab = entry_tab(qtbot, demo_ctx, "2026-08")
    select_person(tab, "E003")
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


def test_cancelling_the_event_dialog_records_nothing(qtbot, demo_ctx):
    tab = entry_tab(qtbot, demo_ctx)
    select_person(tab, "E004")
    panel = tab.events_panel
    listed = panel.table.rowCount()
    when_modal(lambda dialog: dialog.reject())
    assert not panel.add()
    assert panel.table.rowCount() == listed


def test_the_event_date_starts_at_the_clock_s_today_inside_the_month(qtbot, demo_ctx):
    tab = entry_tab(qtbot, demo_ctx, today=dt.date(2026, 10, 17))
    select_person(tab, "E004")
    dates = []

    def look(dialog):
        dates.append(dialog.date_edit.date().toPython())
        dialog.reject()

    when_modal(look)
    tab.events_panel.add()
    assert dates == [dt.date(2026, 10, 17)]


def test_after_a_save_the_list_is_read_in_the_background(qtbot, demo_ctx, monkeypatch):
    """The window's thread only shows the list: reading it after the save happens in the job."""
    import threading

    from salesperf_desktop.services import events as ev

    tab = entry_tab(qtbot, demo_ctx)
    select_person(tab, "E004")
    panel = tab.events_panel
    listed = panel.table.rowCount()
    read_on: list[bool] = []
    real_list = ev.list_events

    def list_events(*args, **kwargs):
        read_on.append(threading.current_thread() is threading.main_thread())
        return real_list(*args, **kwargs)

    monkeypatch.setattr(ev, "list_events", list_events)

    def commendation(dialog):
        dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("adjustment:commendation_company"))
        dialog.note_edit.setText("季度销售冠军")
        dialog.approver_edit.setText("总经理办公会")
        dialog.document_edit.setText("司发〔2026〕21号")
        dialog.accept()

    when_modal(commendation)
    assert panel.add()
    wait_loaded(qtbot, tab)
    assert panel.table.rowCount() == listed + 1
    assert read_on == [False]


def test_a_fine_is_entered_in_yuan_and_leaves_the_total(qtbot, demo_ctx, chinese):
    tab = entry_tab(qtbot, demo_ctx)
    row = select_person(tab, "E003")
    panel = tab.events_panel
    before = total_shown(tab, row)
    seen = []

    def fine(dialog):
        dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("adjustment:fine_money"))
        seen.append((dialog.amount_spin.isVisible(), dialog.points_spin.isVisible()))
        dialog.note_edit.setText("违反报销制度")
        dialog.accept()  # refused: how much?
        seen.append(dialog.error.text())
        dialog.amount_spin.clear()
        qtbot.keyClicks(dialog.amount_spin, "200")
        seen.append(dialog.effect.text())
        shot(dialog, "event_dialog_fine")
        dialog.accept()

    when_modal(fine)
    assert panel.add()
    wait_loaded(qtbot, tab)
    assert seen[0] == (True, False)
    assert seen[1] == "“罚款（元）”是罚款：请填写金额（元，大于 0）。"
    assert "200" in seen[2] and "元" in seen[2]
    assert total_shown(tab, row) == before  # money, never points
    r = next(i for i, e in enumerate(panel.rows) if e.code == "fine_money")
    assert panel.table.item(r, 3).text() == "200 元"
    assert "罚款：200 元" in panel.summary.text()
