"""Dialogs write only what the officer changed (issue #14, point 3).

Every edit dialog is opened on the demo company the way the officer opens it, and OK (Save,
Apply) is pressed without touching anything: the database file must hold exactly what it held
before (every table compared, not one field) and the audit trail must have no new row. Combo
boxes must offer every value the register can hold, so a value that is stored but not in the
usual list (何静's and the director's 不限产品线) is shown and kept. A dialog that was closed is
gone from its parent (dialogs never deleted made the window grow over a long session).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QMessageBox,
)
from sqlalchemy import select

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.storage.models import (
    AppraisalRow,
    EventRow,
    GrowInterviewRow,
    PeriodRow,
    StaffRow,
)
from tests.ui.modal import modal_dialog
from tests.ui_support import entry_tab, select_person, ui_for, wait_idle, wait_loaded, when_modal

TODAY = dt.date(2026, 11, 20)
OK_BUTTONS = (
    QDialogButtonBox.StandardButton.Ok,
    QDialogButtonBox.StandardButton.Save,
    QDialogButtonBox.StandardButton.Apply,
)


# --------------------------------------------------------------------------- helpers


def database_dump(ctx) -> list[str]:
    """Every table's every row, as SQL text, read from the file by a separate connection."""
    with sqlite3.connect(ctx.db_path) as conn:
        return list(conn.iterdump())


def audit_rows(ctx) -> list[tuple]:
    with sqlite3.connect(ctx.db_path) as conn:
        return conn.execute("SELECT * FROM audit_log ORDER BY id").fetchall()


def press_ok(dialog: QDialog) -> None:
    """Press the dialog's OK (or Save / Apply) button as the officer would; a disabled button
    does nothing, as on screen."""
    for box in dialog.findChildren(QDialogButtonBox):
        for kind in OK_BUTTONS:
            button = box.button(kind)
            if button is not None:
                button.click()
                return
    raise AssertionError(f"{dialog.objectName()} has no OK button")


def close_if_open(dialog: QDialog) -> None:
    if dialog.isVisible():
        dialog.reject()


def ok_untouched(dialog: QDialog) -> None:
    press_ok(dialog)
    close_if_open(dialog)  # a refused OK (a warning) leaves it open: the officer cancels


def one_id(ctx, stmt):
    with ctx.session() as session:
        return session.scalar(stmt)


def staff_id(ctx, employee_no: str) -> int:
    return one_id(ctx, select(StaffRow.id).where(StaffRow.employee_no == employee_no))


def appraisal_id(ctx, employee_no: str, period: str) -> int:
    p = Period.parse(period)
    return one_id(
        ctx,
        select(AppraisalRow.id)
        .join(PeriodRow, PeriodRow.id == AppraisalRow.period_id)
        .where(
            AppraisalRow.staff_id == staff_id(ctx, employee_no),
            PeriodRow.year == p.year,
            PeriodRow.number == p.number,
            PeriodRow.kind == "month",
        ),
    )


@pytest.fixture
def answers(monkeypatch):
    """Message boxes and the reason prompt answered and recorded instead of shown."""
    seen: list[tuple[str, str]] = []

    def box(kind, answer):
        def show(_parent, _title, text, *args, **kwargs):
            seen.append((kind, text))
            return answer

        return show

    monkeypatch.setattr(QMessageBox, "warning", box("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(
        QMessageBox, "information", box("information", QMessageBox.StandardButton.Ok)
    )
    monkeypatch.setattr(QMessageBox, "question", box("question", QMessageBox.StandardButton.No))

    def reason(*_args, **_kwargs):
        seen.append(("reason", ""))
        return "核对", True

    monkeypatch.setattr(QInputDialog, "getText", reason)
    return seen


# --------------------------------------------------------------------------- the dialogs
# Each case opens its dialog(s) as the officer does and presses OK untouched. A case may
# prepare data first (``prepare``), before the database is read for the comparison.

Case = tuple[Callable | None, Callable]
CASES: dict[str, Case] = {}


def case(name: str, prepare: Callable | None = None):
    def register(act):
        CASES[name] = (prepare, act)
        return act

    return register


def _staff_tab(qtbot, ctx):
    from salesperf_desktop.ui.staff_tab import StaffTab

    tab = StaffTab(ui_for(ctx, today=TODAY))
    qtbot.addWidget(tab)
    tab.refresh()
    qtbot.waitUntil(tab.is_loaded)  # the register is read in the background
    return tab


@case("staff: every person")
def _staff(qtbot, ctx):
    from salesperf_desktop.ui.staff.edit_dialog import StaffDialog

    tab = _staff_tab(qtbot, ctx)
    assert tab.proxy.rowCount() >= 13
    for row in range(tab.proxy.rowCount()):
        tab.table.selectRow(row)
        tab.edit_button.click()
        dialog = modal_dialog(qtbot, StaffDialog)
        ok_untouched(dialog)
        qtbot.waitUntil(lambda d=dialog: QApplication.activeModalWidget() is not d)


@case("teams: every team")
def _teams(qtbot, ctx):
    from salesperf_desktop.ui.staff.teams_dialog import TeamsDialog

    tab = _staff_tab(qtbot, ctx)
    tab.teams_button.click()
    dialog = modal_dialog(qtbot, TeamsDialog)
    assert dialog.list.count() == 3
    for row in range(dialog.list.count()):
        dialog.list.setCurrentRow(row)
        dialog.save_button.click()
    dialog.reject()


@case("template editor: every template")
def _templates(qtbot, ctx):
    from salesperf_desktop.services.templates import list_templates
    from salesperf_desktop.ui.templates.editor import TemplateEditor
    from salesperf_desktop.ui.templates_tab import TemplatesTab

    tab = TemplatesTab(ui_for(ctx, today=TODAY))
    qtbot.addWidget(tab)
    tab.refresh()
    templates = list_templates(ctx)
    assert len(templates) >= 4
    for t in templates:
        tab.select_template(t.id)
        tab.edit_selected()
        dialog = modal_dialog(qtbot, TemplateEditor)
        ok_untouched(dialog)
        qtbot.waitUntil(lambda d=dialog: QApplication.activeModalWidget() is not d)


@case("own indicator (add)")
def _indicator(qtbot, ctx):
    from salesperf_desktop.ui.templates.library import IndicatorDialog
    from salesperf_desktop.ui.templates_tab import TemplatesTab

    tab = TemplatesTab(ui_for(ctx, today=TODAY))
    qtbot.addWidget(tab)
    tab.refresh()
    tab.add_own_indicator()
    ok_untouched(modal_dialog(qtbot, IndicatorDialog))


@case("targets: October and September")
def _targets(qtbot, ctx):
    from salesperf_desktop.ui.entry.targets_dialog import TargetsDialog

    for period in ("2026-10", "2026-09"):
        tab = entry_tab(qtbot, ctx, period, today=TODAY)
        select_person(tab, "E005")
        tab.targets()
        ok_untouched(modal_dialog(qtbot, TargetsDialog))


def _task_sheets(ctx):
    """E012's task sheets of October (open) and September (published)."""
    from salesperf_desktop.services import task_sheets as ts

    tasks = [
        ts.TaskDraft(f"任务{i}", "步骤", "标准", dt.date(2026, 9, 20), 20.0, 15.5 + i)
        for i in range(5)
    ]
    for month, reason in (("2026-10", ""), ("2026-09", "补录任务书")):
        ts.save(
            ctx,
            staff_id(ctx, "E012"),
            Period.parse(month),
            [
                ts.TaskDraft(t.title, t.steps, t.measure, None, t.points, t.score) if i == 0 else t
                for i, t in enumerate(tasks)
            ],
            issued_on=None,
            note="  ",
            reason=reason,
        )


@case("task sheet: October and September", prepare=_task_sheets)
def _task_sheet(qtbot, ctx):
    from salesperf_desktop.ui.entry.task_sheet_dialog import TaskSheetDialog

    for period in ("2026-10", "2026-09"):
        tab = entry_tab(qtbot, ctx, period, today=TODAY)
        select_person(tab, "E012")
        tab.task_sheet()
        dialog = modal_dialog(qtbot, TaskSheetDialog)
        assert dialog.table.rowCount() == 5
        ok_untouched(dialog)


@case("key events: every event of October and September")
def _events(qtbot, ctx):
    from salesperf_desktop.ui.entry.events_panel import EventDialog

    with ctx.session() as session:
        people = sorted(
            {
                (p.key, no)
                for no, p in session.execute(
                    select(StaffRow.employee_no, PeriodRow)
                    .join(EventRow, EventRow.staff_id == StaffRow.id)
                    .join(PeriodRow, PeriodRow.id == EventRow.period_id)
                )
                if p.key in ("2026-09", "2026-10")
            }
        )
    assert {p for p, _ in people} == {"2026-09", "2026-10"}
    for period, employee_no in people:
        tab = entry_tab(qtbot, ctx, period, today=TODAY)
        select_person(tab, employee_no)
        panel = tab.events_panel
        for row in range(panel.table.rowCount()):
            panel.table.selectRow(row)
            when_modal(lambda d: ok_untouched(d) if isinstance(d, EventDialog) else d.reject())
            panel.edit_selected()


@case("review interview: every interview")
def _interviews(qtbot, ctx):
    from salesperf_desktop.ui.reviews_tab import ReviewsTab

    tab = ReviewsTab(ui_for(ctx, today=TODAY))
    qtbot.addWidget(tab)
    with ctx.session() as session:
        ids = list(session.scalars(select(GrowInterviewRow.id)))
    assert len(ids) == 3
    for interview_id in ids:
        when_modal(ok_untouched)
        tab.interviews.open_interview(interview_id)


@case("appeal: file one")
def _file_appeal(qtbot, ctx):
    from salesperf_desktop.ui.reviews_tab import ReviewsTab

    tab = ReviewsTab(ui_for(ctx, today=TODAY))
    qtbot.addWidget(tab)
    when_modal(ok_untouched)
    tab.appeals.file_appeal(appraisal_id(ctx, "E005", "2026-09"))


def _pending_appeal(ctx):
    from salesperf_desktop.services.appeals import submit_appeal

    submit_appeal(
        ctx,
        appraisal_id(ctx, "E005", "2026-09"),
        filed_on=dt.date(2026, 10, 9),
        reason="拜访记录漏计两次",
    )


@case("appeal: the committee's decision", prepare=_pending_appeal)
def _decide_appeal(qtbot, ctx):
    from salesperf_desktop.services.appeals import list_appeals
    from salesperf_desktop.ui.reviews_tab import ReviewsTab

    tab = ReviewsTab(ui_for(ctx, today=TODAY))
    qtbot.addWidget(tab)
    tab.appeals.refresh()
    pending = [a.id for a in list_appeals(ctx) if a.outcome.value == "pending"]
    assert pending
    when_modal(ok_untouched)
    tab.appeals.decide(pending[0])


@case("sign-off: correction and signatures")
def _signoff(qtbot, ctx):
    from salesperf_desktop.ui.reviews_tab import ReviewsTab

    tab = ReviewsTab(ui_for(ctx, today=TODAY))
    qtbot.addWidget(tab)
    page = tab.signoff
    page.refresh()
    wait_idle(qtbot, tab.ui)
    when_modal(ok_untouched)
    page.correct(appraisal_id(ctx, "E005", "2026-09"))
    page.period_combo.setCurrentIndex(page.period_combo.findText("2026-08"))
    wait_idle(qtbot, tab.ui)
    when_modal(ok_untouched)
    page.record_signatures(appraisal_id(ctx, "E005", "2026-08"))


def _notice_2027(ctx):
    """The officer entered part of the 2027 notice, and one appeal waits for its decision."""
    from salesperf_desktop.services import workdays

    workdays.save_year_notice(
        ctx,
        2027,
        [
            workdays.CalendarDayRecord(dt.date(2027, 2, 8), False, "春节"),
            workdays.CalendarDayRecord(dt.date(2027, 2, 20), True, "春节调休"),
        ],
    )
    _pending_appeal(ctx)


@case("working-day calendar: this year and next", prepare=_notice_2027)
def _calendar(qtbot, ctx):
    from salesperf_desktop.ui.reviews.workday_calendar import CalendarDialog

    for year in (2026, 2027):
        dialog = CalendarDialog(ui_for(ctx, today=TODAY), year=year)
        qtbot.addWidget(dialog)
        when_modal(ok_untouched)
        dialog.exec()


@case("password settings")
def _password(qtbot, ctx):
    from salesperf_desktop.ui.password_dialog import PasswordSettingsDialog

    dialog = PasswordSettingsDialog(ui_for(ctx))
    qtbot.addWidget(dialog)
    when_modal(ok_untouched)
    dialog.exec()


def _no_company_settings(ctx):
    """A company that never set its name or the officer's."""
    with sqlite3.connect(ctx.db_path) as conn:
        conn.execute("DELETE FROM settings WHERE key IN ('company_name', 'officer_name')")


@case("preferences", prepare=_no_company_settings)
def _preferences(qtbot, ctx):
    from PySide6.QtCore import QSettings

    from salesperf_desktop.ui.preferences import PreferencesDialog

    dialog = PreferencesDialog(ctx, QSettings(str(ctx.db_path) + ".ini", QSettings.IniFormat))
    qtbot.addWidget(dialog)
    when_modal(ok_untouched)
    dialog.exec()


@pytest.mark.parametrize("name", sorted(CASES))
def test_ok_on_an_untouched_dialog_writes_nothing(qtbot, demo_ctx, answers, name):
    prepare, act = CASES[name]
    demo_ctx.clock = lambda: TODAY
    if prepare is not None:
        prepare(demo_ctx)
    before, trail = database_dump(demo_ctx), audit_rows(demo_ctx)
    act(qtbot, demo_ctx)
    assert audit_rows(demo_ctx) == trail, "an audit row was written"
    after = database_dump(demo_ctx)
    changed = sorted(set(before) ^ set(after))
    assert after == before, "\n".join(changed[:20])
    assert ("reason", "") not in answers, "a reason was asked for a change never made"


# --------------------------------------------------------------------------- combo boxes


def _edit_person(qtbot, tab, employee_no):
    from salesperf_desktop.ui.staff.edit_dialog import StaffDialog

    row = next(
        r for r in range(tab.proxy.rowCount()) if tab.proxy.index(r, 0).data() == employee_no
    )
    tab.table.selectRow(row)
    tab.edit_button.click()
    return modal_dialog(qtbot, StaffDialog)


def _stored_person(ctx, employee_no):
    with ctx.session() as session:
        person = session.scalar(select(StaffRow).where(StaffRow.employee_no == employee_no))
        return person.product_line, person.region


@pytest.mark.parametrize("employee_no", ["C001", "E001"])  # 何静, the director 王建国
def test_any_product_line_is_offered_shown_and_kept(qtbot, demo_ctx, employee_no):
    from salesperf_desktop.ui.labels import product_line_label

    tab = _staff_tab(qtbot, demo_ctx)
    dialog = _edit_person(qtbot, tab, employee_no)
    combo = dialog.product_line
    assert [combo.itemData(i) for i in range(combo.count())] == [
        "mature",
        "innovative",
        "distributor",
        "any",
    ]
    assert combo.currentData() == "any"
    assert combo.currentText() == product_line_label("any")
    press_ok(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert _stored_person(demo_ctx, employee_no)[0] == "any"

    dialog = _edit_person(qtbot, tab, employee_no)  # a change elsewhere keeps the line too
    dialog.region.setText("杭州")
    qtbot.waitUntil(lambda: dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled())
    press_ok(dialog)
    qtbot.waitUntil(lambda: _stored_person(demo_ctx, employee_no) == ("any", "杭州"))


def test_renaming_a_team_keeps_its_manager(qtbot, demo_ctx):
    from salesperf_desktop.services.staff import list_teams
    from salesperf_desktop.ui.staff.teams_dialog import TeamsDialog

    managers = {t.id: t.manager_id for t in list_teams(demo_ctx)}
    assert all(managers.values())
    tab = _staff_tab(qtbot, demo_ctx)
    tab.teams_button.click()
    dialog = modal_dialog(qtbot, TeamsDialog)
    dialog.list.setCurrentRow(0)
    dialog.name.setText("华东成熟产品一组")
    dialog.save_button.click()
    dialog.reject()
    teams = {t.id: t for t in list_teams(demo_ctx)}
    assert "华东成熟产品一组" in {t.name for t in teams.values()}
    assert {tid: t.manager_id for tid, t in teams.items()} == managers


def test_an_appeal_adjustment_event_keeps_its_kind(qtbot, demo_ctx, answers):
    """The officer cannot pick the kind an appeal records, but editing its note keeps it."""
    from salesperf_desktop.services import events as ev
    from salesperf_desktop.ui.entry.events_panel import EventDialog

    october = Period.parse("2026-10")
    ev.add_event(
        demo_ctx,
        staff_id(demo_ctx, "E006"),
        october,
        ev.EventDraft("adjustment", dt.date(2026, 10, 12), "appeal_adjustment", 1, 2.5, "复核"),
    )
    tab = entry_tab(qtbot, demo_ctx, "2026-10", today=TODAY)
    select_person(tab, "E006")
    panel = tab.events_panel
    row = next(r for r, e in enumerate(panel.rows) if e.code == "appeal_adjustment")
    panel.table.selectRow(row)
    seen = []

    def edit_note(dialog):
        seen.append(dialog.kind_box.currentData())
        dialog.note_edit.setText("复核后更正")
        dialog.accept()

    when_modal(lambda d: edit_note(d) if isinstance(d, EventDialog) else d.reject())
    assert panel.edit_selected()
    wait_loaded(qtbot, tab)  # stored in the background
    assert seen == ["adjustment:appeal_adjustment"]
    stored = next(
        e for e in ev.list_events(demo_ctx, staff_id(demo_ctx, "E006"), october) if e.note
    )
    assert (stored.code, stored.points, stored.note) == ("appeal_adjustment", 2.5, "复核后更正")


def test_an_interview_keeps_its_person_and_undated_actions(qtbot, demo_ctx):
    """An interview of someone no longer appraised (the compliance officer) keeps its person,
    and an action without a due date keeps none when another field changes."""
    from salesperf_desktop.services import reviews
    from salesperf_desktop.ui.reviews.interview_dialog import InterviewDialog
    from salesperf_desktop.ui.reviews_tab import ReviewsTab

    interview_id = reviews.store_interview(
        demo_ctx,
        reviews.InterviewDraft(
            staff_id=staff_id(demo_ctx, "C001"),
            period="2026-10",
            held_on=dt.date(2026, 11, 3),
            goal="合规培训覆盖全员",
            actions=[reviews.ActionDraft("整理培训记录", "何静", None)],
        ),
    )
    tab = ReviewsTab(ui_for(demo_ctx, today=TODAY))
    qtbot.addWidget(tab)
    seen = []

    def change_goal(dialog: InterviewDialog):
        seen.append(dialog.staff_combo.currentData())
        dialog.parts["goal"].setPlainText("合规培训覆盖全员，11月底前完成")
        dialog.save()

    when_modal(change_goal)
    tab.interviews.open_interview(interview_id)
    assert seen == [staff_id(demo_ctx, "C001")]
    stored = reviews.interview_draft(demo_ctx, interview_id)
    assert stored.staff_id == staff_id(demo_ctx, "C001")
    assert stored.goal.endswith("11月底前完成")
    assert [(a.what, a.due_on) for a in stored.actions] == [("整理培训记录", None)]


def test_a_task_sheet_keeps_what_was_not_changed(qtbot, demo_ctx, answers):
    """Changing the note keeps the empty due date and the scores' decimals."""
    from salesperf_desktop.services import task_sheets as ts
    from salesperf_desktop.ui.entry.task_sheet_dialog import TaskSheetDialog

    _task_sheets(demo_ctx)
    october = Period.parse("2026-10")
    before = ts.load(demo_ctx, staff_id(demo_ctx, "E012"), october)
    tab = entry_tab(qtbot, demo_ctx, "2026-10", today=TODAY)
    select_person(tab, "E012")
    tab.task_sheet()
    dialog = modal_dialog(qtbot, TaskSheetDialog)
    dialog.note_edit.setText("月底复核")
    press_ok(dialog)
    wait_loaded(qtbot, tab)  # saved in the background
    after = ts.load(demo_ctx, staff_id(demo_ctx, "E012"), october)
    assert after.note == "月底复核"
    assert after.tasks == before.tasks and after.tasks[0].due_on is None
    assert after.issued_on is None


# --------------------------------------------------------------------------- deleted after use


def _reviews_tab(qtbot, ctx):
    from salesperf_desktop.ui.reviews_tab import ReviewsTab

    tab = ReviewsTab(ui_for(ctx, today=TODAY))
    qtbot.addWidget(tab)
    return tab


def _cancel_next():
    when_modal(lambda d: d.reject())


def _open_interview(qtbot, ctx):
    tab = _reviews_tab(qtbot, ctx)
    _cancel_next()
    tab.interviews.open_interview(None)
    return tab.interviews


def _open_appeal(qtbot, ctx):
    tab = _reviews_tab(qtbot, ctx)
    _cancel_next()
    tab.appeals.file_appeal(None)
    _cancel_next()
    tab.appeals.edit_calendar()
    return tab.appeals


def _open_signoff(qtbot, ctx):
    tab = _reviews_tab(qtbot, ctx)
    page = tab.signoff
    page.refresh()
    wait_idle(qtbot, tab.ui)
    _cancel_next()
    page.correct(appraisal_id(ctx, "E005", "2026-09"))
    page.period_combo.setCurrentIndex(page.period_combo.findText("2026-09"))
    wait_idle(qtbot, tab.ui)
    _cancel_next()
    page.record_signatures(appraisal_id(ctx, "E005", "2026-09"))
    return page


def _open_entry_dialogs(qtbot, ctx):
    tab = entry_tab(qtbot, ctx, "2026-10", today=TODAY)
    select_person(tab, "E012")
    tab.task_sheet()
    modal_dialog(qtbot).reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    tab.targets()
    modal_dialog(qtbot).reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    _cancel_next()
    tab.events_panel.add()
    return tab


def _open_window_dialogs(qtbot, ctx):
    from PySide6.QtCore import QSettings

    from salesperf_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx, settings=QSettings(str(ctx.db_path) + ".ini", QSettings.IniFormat))
    qtbot.addWidget(window)
    _cancel_next()
    window.edit_preferences()
    _cancel_next()
    window.edit_password()
    return window


@pytest.mark.parametrize(
    "opener",
    [_open_interview, _open_appeal, _open_signoff, _open_entry_dialogs, _open_window_dialogs],
    ids=["interview", "appeal and calendar", "correction and signatures", "entry", "window"],
)
def test_a_closed_dialog_is_gone_from_its_parent(qtbot, demo_ctx, answers, opener):
    demo_ctx.clock = lambda: TODAY
    parent = opener(qtbot, demo_ctx)
    qtbot.waitUntil(lambda: not parent.findChildren(QDialog))


def test_a_template_keeps_what_the_spin_boxes_round(qtbot, demo_ctx):
    """Rater weights with decimals (the boxes show whole numbers) survive a change of name."""
    from salesperf_desktop.services.templates import get_template, list_templates, save_template
    from salesperf_desktop.ui.templates.editor import TemplateEditor
    from salesperf_desktop.ui.templates_tab import TemplatesTab

    template = next(t for t in list_templates(demo_ctx) if t.code == "rep_mature")
    doc = {**template.definition, "rater_weights": {"supervisor": 72.5, "self": 7.5, "peer": 20}}
    save_template(demo_ctx, doc, template.id, team_id=template.team_id)
    tab = TemplatesTab(ui_for(demo_ctx, today=TODAY))
    qtbot.addWidget(tab)
    tab.refresh()
    tab.select_template(template.id)
    tab.edit_selected()
    editor = modal_dialog(qtbot, TemplateEditor)
    editor.name_edits["zh_CN"].setText("成熟产品销售代表考核表（2027）")
    press_ok(editor)
    stored = get_template(demo_ctx, template.id).definition
    assert stored["name"]["zh_CN"] == "成熟产品销售代表考核表（2027）"
    assert stored["rater_weights"] == {"supervisor": 72.5, "self": 7.5, "peer": 20}


def test_a_correction_offers_every_input_it_can_change(qtbot, demo_ctx, answers):
    """Pass/fail and the peers' rating are corrected like the others (the service takes them)."""
    from salesperf_desktop.storage.models import MetricEntryRow
    from salesperf_desktop.ui.reviews.corrections import CorrectionDialog

    tab = _reviews_tab(qtbot, demo_ctx)
    page = tab.signoff
    page.refresh()
    wait_idle(qtbot, tab.ui)

    def correct_veto(dialog: CorrectionDialog):
        row = dialog.editor.add_row(indicator="compliance_veto", field="passed", month="2026-09")
        field = dialog.editor.table.cellWidget(row, 2)
        offered.extend(field.itemData(i) for i in range(field.count()))
        assert field.currentData() == "passed"
        dialog.editor.table.item(row, 4).setText("0")
        dialog.note.setPlainText("核实违规推广")
        dialog.save()

    offered: list[str] = []
    when_modal(correct_veto)
    page.correct(appraisal_id(demo_ctx, "E005", "2026-09"))
    assert offered == ["actual", "target", "base", "passed", "supervisor", "self", "peer"]
    with demo_ctx.session() as session:
        passed = session.scalar(
            select(MetricEntryRow.passed)
            .join(PeriodRow, PeriodRow.id == MetricEntryRow.period_id)
            .where(
                MetricEntryRow.staff_id == staff_id(demo_ctx, "E005"),
                MetricEntryRow.indicator_code == "compliance_veto",
                PeriodRow.year == 2026,
                PeriodRow.number == 9,
                PeriodRow.kind == "month",
            )
        )
    assert passed is False
