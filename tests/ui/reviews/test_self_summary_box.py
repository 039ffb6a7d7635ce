"""The 自我总结 typed in Chinese on the sign-off page and in the interview dialog; read-only once
signed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import self_summary as summaries
from tests.ui.reviews.support import model_rows, show_page, staff_id
from tests.ui.reviews.test_signoff_comment import printed, select_person, type_text

SUMMARY = "九月完成三家医院科室会，新客户两家。"


def test_type_the_self_summary_on_the_signoff_page_and_it_is_printed(qtbot, tab):
    page = tab.signoff
    show_page(tab, page)
    select_person(qtbot, page, "2026-09", "E003")
    page.texts.tabBar().setCurrentIndex(1)  # the 自我总结 tab beside 上级评语
    box = page.summary
    assert box.isVisible()
    assert not box.editor.isReadOnly() and not box.save_button.isEnabled()
    type_text(qtbot, box.editor, SUMMARY)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert not box.save_button.isEnabled()
    e003 = staff_id(tab.ctx, "E003")
    assert summaries.self_summary(tab.ctx, e003, Period.parse("2026-09")) == SUMMARY
    assert printed(tab.ctx, "E003", "2026-09").self_summary == SUMMARY
    assert any(row[3] == SUMMARY for row in model_rows(page.audit_model))  # the trail shows it


def test_a_signed_persons_summary_cannot_be_typed_into(qtbot, tab):
    page = tab.signoff
    show_page(tab, page)
    select_person(qtbot, page, "2026-08", "E012")
    page.texts.tabBar().setCurrentIndex(1)
    box = page.summary
    assert box.editor.isReadOnly() and not box.save_button.isEnabled()
    assert "appeal" in box.hint.text()
    before = box.editor.toPlainText()
    # no input method (Chinese) is offered, and keys are ignored
    assert not box.editor.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    qtbot.mouseClick(box.editor.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(box.editor, "abc")
    assert box.editor.toPlainText() == before and not box.save_button.isEnabled()
