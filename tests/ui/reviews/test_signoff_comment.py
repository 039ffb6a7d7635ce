"""The 上级评语 written on the sign-off page like a user, read-only once signed; and the window
says every status with the word the printed form uses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import signoff
from salesperf_desktop.services.pdf_forms import form_data_for
from tests.ui.reviews.support import choose_period, model_rows, show_page, staff_id

COMMENT = "本月回款与拜访均达成目标；下月重点跟进两家重点医院科室会。"


def type_text(qtbot, editor, text: str) -> None:
    """Click into the editor and type *text* as an input method commits it (Chinese)."""
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton)
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(editor, event)


def select_person(qtbot, page, period: str, employee_no: str) -> int:
    choose_period(qtbot, page, period)
    rows = model_rows(page.model)
    row = next(i for i, r in enumerate(rows) if r[0].startswith(employee_no + " "))
    page.view.selectRow(row)
    return page.model.key(row)


def printed(ctx, employee_no: str, period: str, lang: str = "zh_CN"):
    with ctx.session() as session:
        return form_data_for(session, staff_id(ctx, employee_no), Period.parse(period), lang)


def test_write_the_comment_on_the_signoff_page_and_it_is_printed(qtbot, tab):
    page = tab.signoff
    show_page(tab, page)
    appraisal_id = select_person(qtbot, page, "2026-09", "E003")
    box = page.comment
    assert not box.editor.isReadOnly() and not box.save_button.isEnabled()
    type_text(qtbot, box.editor, COMMENT)
    assert box.save_button.isEnabled()
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert not box.save_button.isEnabled()
    assert signoff.supervisor_comment(tab.ctx, appraisal_id).text == COMMENT
    assert printed(tab.ctx, "E003", "2026-09").supervisor_comment == COMMENT
    # Published: the audit trail beside the box shows it at once.
    assert any(row[3] == COMMENT for row in model_rows(page.audit_model))


def test_switching_to_another_person_keeps_what_was_typed(qtbot, tab):
    page = tab.signoff
    show_page(tab, page)
    select_person(qtbot, page, "2026-09", "E005")
    type_text(qtbot, page.comment.editor, "回款率需提升。")
    select_person(qtbot, page, "2026-09", "E006")
    assert page.comment.editor.toPlainText() == ""
    assert printed(tab.ctx, "E005", "2026-09").supervisor_comment == "回款率需提升。"
    select_person(qtbot, page, "2026-09", "E005")
    assert page.comment.editor.toPlainText() == "回款率需提升。"


def test_a_signed_appraisals_comment_is_read_only(qtbot, tab):
    page = tab.signoff
    show_page(tab, page)
    appraisal_id = select_person(qtbot, page, "2026-08", "E012")
    box = page.comment
    before = box.editor.toPlainText()
    assert box.editor.isReadOnly() and not box.save_button.isEnabled()
    assert "appeal" in box.hint.text()
    # Typing does nothing: keys are ignored and no input method (Chinese) is offered.
    assert not box.editor.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    qtbot.mouseClick(box.editor.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(box.editor, "abc")
    assert box.editor.toPlainText() == before
    assert not box.save_button.isEnabled()
    assert signoff.supervisor_comment(tab.ctx, appraisal_id).text == before


def test_the_window_and_the_form_use_the_same_status_words(qtbot, tab):
    ctx = tab.ctx
    page = tab.signoff
    show_page(tab, page)
    select_person(qtbot, page, "2026-09", "E003")
    form = printed(ctx, "E003", "2026-09")
    row = next(r for r in model_rows(page.model) if r[0].startswith("E003 "))
    assert row[3] == form.status == "已发布"
    assert page.state_label.text().startswith("已发布")  # the period is published too

    # An appeal's outcome: the appeals page and the form of E004 (AP-2026-001, rejected).
    show_page(tab, tab.appeals)
    tab.appeals.refresh()
    [appeal_row] = [r for r in model_rows(tab.appeals.model) if r[0] == "AP-2026-001"]
    [form_appeal] = printed(ctx, "E004", "2026-09").appeals
    assert appeal_row[7] == form_appeal.outcome == "驳回"

    # Action items: the interviews page and E005's form (its September interview).
    interviews = tab.interviews
    show_page(tab, interviews)
    interviews.refresh()
    rows = model_rows(interviews.model)
    interviews.view.selectRow(
        next(i for i, r in enumerate(rows) if r[1].startswith("E005 ") and r[2] == "2026-09")
    )
    window = [(r[0], r[3]) for r in model_rows(interviews.actions_model)]
    on_form = [(a.what.split("\n")[0], a.status) for a in printed(ctx, "E005", "2026-09").actions]
    assert window == on_form
    assert {"未完成", "已完成"} <= {status for _what, status in window}


def test_an_upheld_appeal_decision_rewrites_a_signed_comment(qtbot, tab, messages):
    import datetime as dt

    from salesperf_desktop.services import appeals
    from salesperf_desktop.ui.reviews.appeal_dialogs import DecideAppealDialog

    ctx = tab.ctx
    page = tab.signoff
    show_page(tab, page)
    appraisal_id = select_person(qtbot, page, "2026-08", "E012")
    appeal = appeals.submit_appeal(
        ctx, appraisal_id, filed_on=dt.date(2026, 9, 8), reason="评语与事实不符"
    )
    dialog = DecideAppealDialog(tab.ui, appeal.id, page)
    qtbot.addWidget(dialog)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("rejected"))
    assert not dialog.comment.isEnabled()  # only an upheld appeal may rewrite it
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("upheld"))
    dialog.reason.setPlainText("评语更正")
    dialog.comment.clear()
    type_text(qtbot, dialog.comment, "经申诉更正的评语")
    with qtbot.waitSignal(dialog.accepted, timeout=20000):  # recorded in the background
        assert dialog.save()
    assert signoff.supervisor_comment(ctx, appraisal_id).text == "经申诉更正的评语"
    assert printed(ctx, "E012", "2026-08").supervisor_comment == "经申诉更正的评语"
    page.refresh()
    select_person(qtbot, page, "2026-08", "E012")
    assert page.comment.editor.toPlainText() == "经申诉更正的评语"
    assert page.comment.editor.isReadOnly()  # still signed: reprint and sign again
