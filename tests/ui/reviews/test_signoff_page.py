"""The Sign-off page: a signed appraisal refuses every other way of editing it, and the
period's sign-off state is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from salesperf_desktop.domain.status import AppraisalStatus
from salesperf_desktop.storage.models import AppraisalRow, MetricEntryRow
from salesperf_desktop.ui.reviews.corrections import CorrectionDialog
from salesperf_desktop.ui.reviews.signoff_page import SignaturesDialog
from tests.ui.reviews.support import choose_period, model_rows, show_page, when_dialog_opens
from tests.ui_support import wait_idle


def test_a_signed_appraisal_cannot_be_edited_any_other_way(qtbot, tab, messages):
    ctx = tab.ctx
    page = tab.signoff
    show_page(tab, page)
    choose_period(qtbot, page, "2026-08")
    assert page.model.rowCount() >= 9  # the innovative three are appraised by quarter
    assert "of" in page.state_label.text() and "signed" in page.state_label.text()
    page.view.selectRow(0)
    key = page.model.key(0)
    with ctx.session() as session:
        before = session.get(AppraisalRow, key)
        assert before.status is AppraisalStatus.SIGNED
        total = before.total

    qtbot.mouseClick(page.correct_button, Qt.MouseButton.LeftButton)
    assert not page.findChildren(CorrectionDialog)  # refused before the dialog opens
    assert messages[-1][0] == "warning" and "locked" in messages[-1][1]

    def sign_again(dialog):
        dialog.names["hr"].setText("别人")
        assert not dialog.save()

    handled = when_dialog_opens(SignaturesDialog, sign_again)
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    assert handled
    assert messages[-1][0] == "warning" and "locked" in messages[-1][1]

    # The correction dialog itself refuses too (if it were reached some other way).
    dialog = CorrectionDialog(tab.ui, key, page)
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


def test_switching_periods_shows_the_chosen_periods_people_and_status(qtbot, tab):
    """The sign-off is read in the background: the period chosen last is the one shown, and
    nothing is signed from the other period's rows while it is read."""
    page = tab.signoff
    show_page(tab, page)
    choose_period(qtbot, page, "2026-08")
    august = model_rows(page.model)
    assert len(august) >= 9 and {r[3] for r in august} == {"已签字"}
    assert f"{len(august)} of {len(august)} signed" in page.state_label.text()
    page.view.selectRow(0)
    assert page.sign_button.isEnabled()

    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(page.model.rowCount()))
    for key in ("2026-09", "2026-08", "2026-09"):  # the officer clicks through quickly
        page.period_combo.setCurrentIndex(page.period_combo.findText(key))
        assert not page.sign_button.isEnabled() and not page.lock_button.isEnabled()
    wait_idle(qtbot, page.ui)
    assert len(resets) == 1  # only the period chosen last reached the table
    september = model_rows(page.model)
    assert {r[3] for r in september} == {"已发布"}
    assert [r[0].split()[0] for r in september] == [r[0].split()[0] for r in august]
    assert page.state_label.text().startswith("已发布")
    assert f"0 of {len(september)} signed" in page.state_label.text()
    page.view.selectRow(0)
    assert page.sign_button.isEnabled() and page.correct_button.isEnabled()
    assert not page.progress.isVisible()
