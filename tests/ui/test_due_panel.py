"""本月待办 beside the tabs: shown at start, read in the background, each row opens its place."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from salesperf_desktop.services.appeals import appraisal_id_for, submit_appeal
from salesperf_desktop.services.due import due_this_month
from salesperf_desktop.ui.entry_tab import EntryTab
from salesperf_desktop.ui.main_window import MainWindow
from salesperf_desktop.ui.reviews.appeal_dialogs import DecideAppealDialog
from salesperf_desktop.ui.reviews.interview_dialog import InterviewDialog
from salesperf_desktop.ui.reviews_tab import ReviewsTab
from tests.ui.modal import answer_in_turn
from tests.ui_support import hung


@pytest.fixture
def office(demo_copy):
    return demo_copy


def _window(qtbot, ctx, qsettings) -> MainWindow:
    window = MainWindow(ctx, settings=qsettings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.due_panel.due is not None and window.due_panel.is_loaded())
    return window


def _row(panel, group_title: str, text_part: str):
    """The index of the first row under *group_title* whose text holds *text_part*."""
    model = panel.model
    for g in range(model.rowCount()):
        head = model.item(g, 0)
        if not head.text().startswith(group_title):
            continue
        for r in range(head.rowCount()):
            if text_part in head.child(r, 0).text():
                return head.child(r, 0).index()
    raise AssertionError(f"no row {text_part!r} under {group_title!r}")


def _double_click(qtbot, panel, index) -> None:
    view = panel.view
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_panel_is_shown_at_start_with_counts_and_deadlines(qtbot, office, qsettings):
    window = _window(qtbot, office, qsettings)
    panel = window.due_panel
    assert panel.isVisible() and window.findChild(type(panel), "duePanel") is panel
    heads = [panel.model.item(g, 0).text() for g in range(panel.model.rowCount())]
    assert heads == [
        "逾期的行动项 (2)",
        "待进行的绩效面谈 (7)",  # the innovative three are appraised by quarter (issue #18)
        "待签字的考核表 (9)",
        "未审核的工作任务书 (2)",
        "可以发布的考核期 (2)",  # October, and the innovative team's third quarter
    ]
    action = _row(panel, "逾期的行动项", "完成两家重点医院科室会")
    assert action.siblingAtColumn(1).data() == "10-15"
    assert action.siblingAtColumn(2).data() == "逾期 26"
    assert "2026-11-20" in panel.summary.text()


def test_rows_open_the_entry_month_the_sign_off_and_the_interviews(qtbot, office, qsettings):
    window = _window(qtbot, office, qsettings)
    panel = window.due_panel

    _double_click(qtbot, panel, _row(panel, "可以发布的考核期", "2026年10月"))
    entry = window.tabs.currentWidget()
    assert isinstance(entry, EntryTab)
    assert entry.period_box.currentData() == "2026-10"
    assert entry.team_box.currentData() is None  # all teams: the whole month is to publish

    _double_click(qtbot, panel, _row(panel, "待签字的考核表", "2026年9月"))
    reviews = window.tabs.currentWidget()
    assert isinstance(reviews, ReviewsTab)
    assert reviews.pages.currentWidget() is reviews.signoff
    assert reviews.signoff.period_combo.currentText() == "2026-09"

    seen: dict[str, object] = {}

    def look(dialog: InterviewDialog) -> None:
        seen["interview"] = dialog.interview_id
        seen["staff"] = dialog.staff_combo.currentText()
        seen["period"] = dialog.period_combo.currentText()
        dialog.reject()

    handled = answer_in_turn((InterviewDialog, look))
    _double_click(qtbot, panel, _row(panel, "逾期的行动项", "完成两家重点医院科室会"))
    qtbot.waitUntil(lambda: len(handled) == 1)
    assert reviews.pages.currentWidget() is reviews.interviews
    assert seen["interview"] is not None and seen["staff"] == "E005 刘洋"

    handled = answer_in_turn((InterviewDialog, look))
    _double_click(qtbot, panel, _row(panel, "待进行的绩效面谈", "E003 张伟"))
    qtbot.waitUntil(lambda: len(handled) == 1)
    assert seen == {"interview": None, "staff": "E003 张伟", "period": "2026-09"}


def test_a_pending_appeal_opens_its_decision_and_the_list_follows_the_data(
    qtbot, office, qsettings
):
    office.clock = lambda: dt.date(2026, 10, 12)
    appraisal = appraisal_id_for(office, "E006", "2026-09")
    appeal = submit_appeal(office, appraisal, filed_on=dt.date(2026, 10, 9), reason="到账时间")
    window = _window(qtbot, office, qsettings)
    panel = window.due_panel
    row = _row(panel, "申诉期限", appeal.number)
    assert (row.siblingAtColumn(1).data(), row.siblingAtColumn(2).data()) == ("10-15", "3")

    opened: list[int] = []

    def decide(dialog: DecideAppealDialog) -> None:
        opened.append(dialog.appeal_id)
        dialog.done(QDialog.DialogCode.Rejected)

    handled = answer_in_turn((DecideAppealDialog, decide))
    _double_click(qtbot, panel, row)
    qtbot.waitUntil(lambda: len(handled) == 1)
    assert opened == [appeal.id]

    # Another tab records the interview: the panel reads again and the person leaves the list.
    from salesperf_desktop.services.reviews import InterviewDraft, store_interview

    staff_id = _row(panel, "待进行的绩效面谈", "E001 王建国").data(Qt.ItemDataRole.UserRole + 1)
    draft = InterviewDraft(
        staff_id=staff_id.staff_id, period="2026-09", held_on=dt.date(2026, 10, 12), goal="复盘"
    )
    store_interview(office, draft)
    window.events.changed.emit("reviews")
    qtbot.waitUntil(lambda: panel.is_loaded() and "(6)" in panel.model.item(1, 0).text())


def test_a_long_row_wraps_instead_of_ending_in_an_ellipsis(qtbot, qsettings, office):
    """A row longer than the panel is wide (a long action item, an English window, a narrow
    panel) wraps onto a second line, so the officer reads it without hovering; a group's title
    spans the row and stays on one line."""
    window = _window(qtbot, office, qsettings)
    panel = window.due_panel
    window.resizeDocks([panel], [300], Qt.Orientation.Horizontal)
    view = panel.view
    row = _row(panel, "逾期的行动项", "E005")
    line = view.fontMetrics().height()
    qtbot.waitUntil(lambda: view.visualRect(row).height() >= 2 * line)  # two lines, not "…"
    assert view.fontMetrics().horizontalAdvance(row.data()) > view.visualRect(row).width()
    head = row.parent()
    assert view.isFirstColumnSpanned(head.row(), head.parent())
    assert view.visualRect(head).height() < 2 * line


def test_a_long_group_lists_its_first_rows_and_one_row_for_the_rest(qtbot, office, qsettings):
    """At 3,000 staff every interview is due at once: the group's title keeps the whole count,
    the panel lists the first rows and one row for the rest, which opens the first of them
    (thousands of rows would hold the window for seconds)."""
    from salesperf_desktop.domain.due import DueKind
    from salesperf_desktop.services.due import DueGroup, DueItem, DueList, DuePlace
    from salesperf_desktop.ui.due_panel import SHOWN_PER_GROUP

    window = _window(qtbot, office, qsettings)
    panel = window.due_panel
    items = tuple(
        DueItem(
            DueKind.INTERVIEWS,
            f"B{n:05d} 员工{n}，2026年10月",
            DuePlace("new_interview", "2026-10", staff_id=n),
        )
        for n in range(1, 3001)
    )
    due = DueList(dt.date(2026, 11, 20), (DueGroup(DueKind.INTERVIEWS, "待进行的绩效面谈", items),))
    panel.show_list(due)
    head = panel.model.item(0, 0)
    assert head.text() == "待进行的绩效面谈 (3000)"
    assert head.rowCount() == SHOWN_PER_GROUP + 1
    more = head.child(SHOWN_PER_GROUP, 0)
    assert more.text() == f"… and {3000 - SHOWN_PER_GROUP} more (opens the first of them)"
    # (activating it opens that place, as any row: test_rows_open_the_entry_month_…)
    assert panel.place_at(more.index()) == DuePlace(
        "new_interview", "2026-10", staff_id=SHOWN_PER_GROUP + 1
    )


def test_read_in_the_reader_process_the_panel_is_the_same_and_follows_the_data(
    qtbot, office, qsettings, reader_process, caplog
):
    caplog.set_level(logging.WARNING, logger="salesperf_desktop.services.reader_process")
    window = _window(qtbot, office, qsettings)
    panel = window.due_panel
    heads = [panel.model.item(g, 0).text() for g in range(panel.model.rowCount())]
    assert heads == [
        "逾期的行动项 (2)",
        "待进行的绩效面谈 (7)",
        "待签字的考核表 (9)",
        "未审核的工作任务书 (2)",
        "可以发布的考核期 (2)",
    ]
    assert "2026-11-20" in panel.summary.text()  # the window's day, not the process's
    assert reader_process.worker_pid() not in (None, os.getpid()) and not caplog.records

    _double_click(qtbot, panel, _row(panel, "可以发布的考核期", "2026年10月"))
    entry = window.tabs.currentWidget()
    assert isinstance(entry, EntryTab) and entry.period_box.currentData() == "2026-10"

    # Committed here, read there: the person leaves the list.
    from salesperf_desktop.services.reviews import InterviewDraft, store_interview

    place = _row(panel, "待进行的绩效面谈", "E003 张伟").data(Qt.ItemDataRole.UserRole + 1)
    draft = InterviewDraft(
        staff_id=place.staff_id, period="2026-09", held_on=dt.date(2026, 11, 20), goal="复盘"
    )
    store_interview(office, draft)
    window.events.changed.emit("reviews")
    qtbot.waitUntil(lambda: panel.is_loaded() and "(6)" in panel.model.item(1, 0).text())
    assert not caplog.records


@pytest.mark.skipif(sys.platform != "linux", reason="stops a process with SIGSTOP")
def test_closing_the_window_does_not_wait_for_a_read_under_way(
    qtbot, office, qsettings, reader_process
):
    reader_process.read(office, due_this_month, office.today(), "zh_CN")  # started and serving
    with hung(reader_process):
        window = MainWindow(office, settings=qsettings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.tasks.busy("due"))
        window.close()  # waits for its jobs: the due read is given up, not waited for
        assert not window.tasks.busy("due")
        assert window.due_panel.due is None
