"""The other writers of a published month (targets, task sheets, key events, appeal decisions)
re-score in the background, in the entry lane: the dialog or panel waits while it is stored,
closes or shows the result once it is, and a refusal is said there with nothing the officer
typed lost."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import appeals, workflow
from salesperf_desktop.services import events as ev
from salesperf_desktop.services import task_sheets as ts
from salesperf_desktop.ui.entry.events_panel import EventDialog
from salesperf_desktop.ui.entry.targets_dialog import TargetsDialog
from salesperf_desktop.ui.entry.task_sheet_dialog import TaskSheetDialog
from tests.ui.modal import modal_dialog
from tests.ui_support import (
    cell_text,
    entry_tab,
    select_person,
    shot,
    ui_for,
    wait_loaded,
    when_modal,
)

TODAY = dt.date(2026, 11, 20)
OCTOBER = Period.month(2026, 10)


def _published_october(qtbot, ctx, monkeypatch, employee_no):
    """The entry tab on October, published, with *employee_no* selected; reasons given."""
    ctx.clock = lambda: TODAY
    workflow.publish(ctx, OCTOBER, dt.date(2026, 11, 5))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("复核更正", True))
    tab = entry_tab(qtbot, ctx, today=TODAY)
    assert tab.sheet.audited
    return tab, select_person(tab, employee_no)


# ----------------------------------------------------------------------------- targets


def _targets_dialog(qtbot, tab, annual):
    tab.targets()
    dialog = modal_dialog(qtbot, TargetsDialog)
    dialog.indicator_box.setCurrentIndex(dialog.indicator_box.findData("sales_achievement"))
    qtbot.mouseClick(dialog.even_radio, Qt.MouseButton.LeftButton)
    dialog.table.item(1, 1).setText(annual)
    return dialog


def test_targets_of_a_published_month_are_written_in_the_background(qtbot, demo_ctx, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab, _row = _published_october(qtbot, demo_ctx, monkeypatch, "E003")
    dialog = _targets_dialog(qtbot, tab, "1,200,000")
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        # being written (and re-scored) behind the dialog, which waits
        assert tab.ui.tasks.busy("entry") and tab.progress.isVisible()
        assert dialog.isVisible() and not dialog.apply_button.isEnabled()
        assert not dialog.table.isEnabled()
    wait_loaded(qtbot, tab)  # then the grid reads the month again
    assert tab.message.text().startswith("Targets written:")
    row = select_person(tab, "E003")
    assert cell_text(tab, row, "sales_achievement", "target") == "100000"


def test_targets_refused_in_the_background_are_said_in_the_dialog(qtbot, demo_ctx, monkeypatch):
    from salesperf_desktop.services import targets as tg

    def locked_meanwhile(*_a, **_k):  # October signed and locked elsewhere after the dialog opened
        raise tg.TargetsLocked([OCTOBER])

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab, row = _published_october(qtbot, demo_ctx, monkeypatch, "E003")
    before = cell_text(tab, row, "sales_achievement", "target")
    dialog = _targets_dialog(qtbot, tab, "1,200,000")
    monkeypatch.setattr(tg, "apply_targets", locked_meanwhile)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert not dialog.apply_button.isEnabled()
    wait_loaded(qtbot, tab)
    assert dialog.isVisible() and dialog.table.isEnabled() and dialog.apply_button.isEnabled()
    assert dialog.message.text() == "Not written: months 10 are locked."
    assert dialog.table.item(1, 1).text() == "1,200,000"  # what was typed is kept
    dialog.reject()
    assert not dialog.isVisible()
    tab.reload()
    wait_loaded(qtbot, tab)
    assert cell_text(tab, select_person(tab, "E003"), "sales_achievement", "target") == before


# ----------------------------------------------------------------------------- task sheets


def _task_sheet(qtbot, tab):
    tab.task_sheet()
    dialog = modal_dialog(qtbot, TaskSheetDialog)
    for r in range(dialog.table.rowCount()):
        dialog.table.item(r, 0).setText(f"任务{r + 1}")
        dialog.points_spin(r).setValue(20)
        dialog.score_spin(r).setValue(16)
    return dialog


def test_a_task_sheet_of_a_published_month_is_saved_in_the_background(qtbot, demo_ctx, monkeypatch):
    tab, row = _published_october(qtbot, demo_ctx, monkeypatch, "E012")
    dialog = _task_sheet(qtbot, tab)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert tab.ui.tasks.busy("entry") and tab.progress.isVisible()
        assert dialog.isVisible() and not dialog.table.isEnabled()
        assert not dialog.save_button.isEnabled()
        shot(dialog, "task_sheet_saving")
        shot(tab, "entry_tab_saving_task_sheet")
    wait_loaded(qtbot, tab)
    assert cell_text(tab, row, "task_sheet", "actual") == "80"
    stored = ts.load(demo_ctx, tab.model.person_at(row).staff_id, OCTOBER)
    assert [t.title for t in stored.tasks][:2] == ["任务1", "任务2"]


def test_a_refused_task_sheet_stays_open_with_what_was_typed(qtbot, demo_ctx, monkeypatch):
    tab, row = _published_october(qtbot, demo_ctx, monkeypatch, "E012")
    before = cell_text(tab, row, "task_sheet", "actual")
    dialog = _task_sheet(qtbot, tab)
    workflow.lock(demo_ctx, OCTOBER, TODAY)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, tab)
    assert dialog.isVisible() and not dialog.saved
    assert dialog.error_label.text() == "Not saved: the month is signed and locked."
    assert dialog.table.item(0, 0).text() == "任务1" and dialog.score_spin(0).value() == 16
    assert dialog.save_button.isEnabled()  # may be tried again
    dialog.reject()
    assert cell_text(tab, row, "task_sheet", "actual") == before


# ----------------------------------------------------------------------------- key events


def _add_event(tab, note):
    def fill_in(dialog):
        if not isinstance(dialog, EventDialog):
            dialog.reject()
            return
        dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("incident_positive:"))
        dialog.note_edit.setText(note)
        dialog.accept()

    when_modal(fill_in)
    return tab.events_panel.add()


def test_a_key_event_of_a_published_month_is_stored_in_the_background(qtbot, demo_ctx, monkeypatch):
    tab, _row = _published_october(qtbot, demo_ctx, monkeypatch, "E004")
    panel = tab.events_panel
    shown = panel.table.rowCount()
    assert _add_event(tab, "获客户书面表扬")
    assert tab.ui.tasks.busy("entry") and tab.progress.isVisible()
    assert not panel.add_button.isEnabled()  # one change at a time
    assert panel.table.rowCount() == shown
    with qtbot.waitSignal(panel.changed, timeout=20000):
        pass
    wait_loaded(qtbot, tab)
    assert panel.table.rowCount() == shown + 1 and panel.add_button.isEnabled()
    assert any(r.note == "获客户书面表扬" for r in panel.rows)
    assert panel.message.text() == ""


def test_a_refused_key_event_is_said_in_the_panel(qtbot, demo_ctx, monkeypatch):
    tab, _row = _published_october(qtbot, demo_ctx, monkeypatch, "E004")
    panel = tab.events_panel
    sid, shown = panel.staff_id, panel.table.rowCount()
    workflow.lock(demo_ctx, OCTOBER, TODAY)
    assert _add_event(tab, "获客户书面表扬")
    wait_loaded(qtbot, tab)
    assert panel.message.text().startswith("Not changed: the month is signed and locked")
    assert panel.table.rowCount() == shown and panel.add_button.isEnabled()
    assert all(r.note != "获客户书面表扬" for r in ev.list_events(demo_ctx, sid, OCTOBER))


# ----------------------------------------------------------------------------- appeals


def _pending_appeal(ctx):
    appraisal_id = appeals.appraisal_id_for(ctx, "E005", "2026-09")
    return appeals.submit_appeal(
        ctx, appraisal_id, filed_on=dt.date(2026, 10, 9), reason="订单已签收"
    ).id


def _decide(qtbot, ctx, decided_on, act):
    from salesperf_desktop.ui.reviews.appeal_dialogs import DecideAppealDialog
    from salesperf_desktop.ui.reviews_tab import ReviewsTab
    from tests.ui.reviews.support import click_save, when_dialog_opens

    ctx.clock = lambda: TODAY
    tab = ReviewsTab(ui_for(ctx))
    qtbot.addWidget(tab)
    appeal_id = _pending_appeal(ctx)
    tab.appeals.refresh()

    def decide(dialog):
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("rejected"))
        dialog.decided_on.setDate(dialog.decided_on.date().fromString(decided_on, "yyyy-MM-dd"))
        dialog.reason.setPlainText("证据不足")
        click_save(dialog)
        act(tab, dialog)

    handled = when_dialog_opens(DecideAppealDialog, decide)
    tab.appeals.decide(appeal_id)
    assert handled
    return tab, appeal_id


def test_an_appeal_decision_is_recorded_in_the_background(qtbot, demo_ctx, monkeypatch):
    seen = []

    def while_saving(tab, dialog):
        seen.append((tab.ui.tasks.busy("entry"), dialog.isVisible(), dialog.reason.isEnabled()))

    tab, appeal_id = _decide(qtbot, demo_ctx, "2026-10-14", while_saving)
    assert seen == [(True, True, False)]  # recorded behind the waiting dialog
    assert appeals.get_appeal(demo_ctx, appeal_id).outcome.value == "rejected"
    assert not tab.ui.tasks.busy()


def test_a_refused_appeal_decision_is_said_and_the_dialog_keeps_it(qtbot, demo_ctx, monkeypatch):
    said, kept = [], []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda _p, _t, text, *a, **k: said.append(text) or QMessageBox.StandardButton.Ok,
    )

    def after_refusal(tab, dialog):
        qtbot.waitUntil(lambda: not tab.ui.tasks.busy("entry"), timeout=20000)
        kept.append((dialog.isVisible(), dialog.reason.toPlainText(), dialog.reason.isEnabled()))
        assert dialog.result() != QDialog.DialogCode.Accepted

    _tab, appeal_id = _decide(qtbot, demo_ctx, "2026-10-01", after_refusal)  # before filing
    assert len(said) == 1 and said[0]
    assert kept == [(True, "证据不足", True)]
    assert appeals.get_appeal(demo_ctx, appeal_id).outcome.value == "pending"
