"""The appeals screen says, year by year, whether deadlines are counted on an official calendar or
estimated; the officer enters the State Council's notice by hand or from a workbook."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QPushButton,
)

from salesperf_desktop.services.workdays import YearSource, package_has_notice, year_notice
from salesperf_desktop.ui.reviews.workday_calendar import CalendarDialog
from salesperf_desktop.ui.reviews_tab import ReviewsTab
from tests.ui.reviews.support import click_save, show_page, when_dialog_opens
from tests.ui_support import ui_for

D = dt.date


@pytest.fixture(autouse=True)
def _2027_not_yet_in_the_package():
    if package_has_notice(2027):
        pytest.skip("the installed holidays package already ships the 2027 notice")


@pytest.fixture
def messages(monkeypatch):
    seen: list[tuple[str, str, str]] = []

    def record(kind):
        def box(_parent, title, text, *args, **kwargs):
            seen.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return box

    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "information", record("information"))
    return seen


def _enter_day(qtbot, dialog, day: dt.date, working: bool, note: str) -> None:
    qtbot.mouseClick(
        dialog.findChild(QPushButton, "calendarAdd"),
        Qt.MouseButton.LeftButton,
    )
    row = dialog.table.rowCount() - 1
    dialog.table.cellWidget(row, 0).setDate(QDate(day.year, day.month, day.day))
    kind = dialog.table.cellWidget(row, 1)
    kind.setCurrentIndex(kind.findData(working))
    dialog.table.item(row, 2).setText(note)  # Chinese is set, not typed (see ENVIRONMENT.md)


def test_the_appeals_screen_labels_2027_estimated_until_her_notice_is_entered(
    qtbot, demo_ctx, messages
):
    demo_ctx.clock = lambda: D(2027, 1, 5)
    tab = ReviewsTab(ui_for(demo_ctx))
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    qtbot.waitExposed(tab)
    show_page(tab, tab.appeals)
    page = tab.appeals
    notice = page.notice.text()
    assert "2026: official Chinese calendar (the State Council's notice" in notice
    assert "2027: estimated. Statutory holidays by rule; the make-up working days are not" in notice

    def enter_notice(dialog):
        assert dialog.year.value() == 2028  # next year by default
        dialog.year.setValue(2027)
        assert dialog.state.text().startswith("2027 is estimated")
        for day in range(1, 8):
            _enter_day(qtbot, dialog, D(2027, 10, day), False, "国庆节")
        _enter_day(qtbot, dialog, D(2027, 10, 9), True, "调休上班")
        click_save(dialog)

    handled = when_dialog_opens(CalendarDialog, enter_notice)
    qtbot.mouseClick(page.calendar_button, Qt.MouseButton.LeftButton)
    assert handled
    notice = page.notice.text()
    assert (
        "2027: official Chinese calendar, the State Council's notice as you entered it." in notice
    )
    assert "estimated" not in notice
    entered = year_notice(demo_ctx, 2027)
    assert entered.source is YearSource.ENTERED and len(entered.entered) == 8
    assert entered.entered[-1].note == "调休上班" and entered.entered[-1].is_workday


def _click_and_wait(qtbot, dialog, button: str) -> None:
    """Click; the workbook is read or written in the background (the dialog keeps running)."""
    qtbot.mouseClick(dialog.findChild(QPushButton, button), Qt.MouseButton.LeftButton)
    assert dialog.ui.tasks.busy()
    qtbot.waitUntil(lambda: not dialog.ui.tasks.busy(), timeout=20000)


def _notice_workbook(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "通知"
    ws.append(["日期", "上班/休息", "备注"])
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return str(path)


def test_her_notice_workbook_is_refused_cell_by_cell_then_imported(
    qtbot, ctx, messages, monkeypatch, tmp_path
):
    bad = _notice_workbook(
        tmp_path / "bad.xlsx", [("2027-10-01", "休息", ""), ("10月2日", "休", "")]
    )
    good = _notice_workbook(
        tmp_path / "good.xlsx", [("2027-10-01", "休息", "国庆节"), ("2027-10-09", "上班", "")]
    )
    chosen = iter([bad, good])
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (next(chosen), "Excel workbook (*.xlsx)")
    )
    dialog = CalendarDialog(ui_for(ctx, today=D(2026, 11, 26)))
    qtbot.addWidget(dialog)
    assert dialog.year.value() == 2027

    _click_and_wait(qtbot, dialog, "calendarImport")
    assert messages == [
        ("warning", "Nothing was imported", "通知!A3：“10月2日”不是日期（请写 2026-09-30）")
    ]
    assert dialog.table.rowCount() == 0 and year_notice(ctx, 2027).entered == ()

    messages.clear()
    _click_and_wait(qtbot, dialog, "calendarImport")
    assert messages[0][0] == "information" and "已导入 2 天（2027 年）" in messages[0][2]
    assert dialog.table.rowCount() == 2
    assert dialog.state.text().startswith("2027 is counted on the notice you entered")
    assert year_notice(ctx, 2027).source is YearSource.ENTERED


def test_starting_from_the_built_in_dates_and_the_blank_workbook(qtbot, ctx, monkeypatch, tmp_path):
    target = tmp_path / "空白.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = CalendarDialog(ui_for(ctx, today=D(2026, 11, 26)), year=2026)
    qtbot.addWidget(dialog)
    assert dialog.state.text().startswith("2026 is official")
    qtbot.mouseClick(
        dialog.findChild(QPushButton, "calendarFromPackage"),
        Qt.MouseButton.LeftButton,
    )
    rows = {r.day: r for r in dialog.rows()}
    assert rows[D(2026, 10, 10)].is_workday and not rows[D(2026, 10, 1)].is_workday
    _click_and_wait(qtbot, dialog, "calendarTemplate")
    assert target.exists()
