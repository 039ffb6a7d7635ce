"""The officer's rater-sheet round: write the month's sheets to a folder, import two filled
ones, see the list of sheets not back shrink; a bad sheet is refused with its cell named.
Then key events from a workbook."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from salesperf_desktop.app_context import build_context
from salesperf_desktop.services import events_import as ei
from salesperf_desktop.ui.entry.events_import_dialog import EventsImportDialog
from salesperf_desktop.ui.entry.rater_sheets_dialog import RaterSheetsDialog
from tests.rater_fill import fill
from tests.ui.modal import modal_dialog
from tests.ui_support import entry_tab, shot

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def office(demo_file, tmp_path):
    path = tmp_path / "office.sqlite"
    shutil.copy(demo_file, path)
    ctx = build_context(path, lang="zh_CN")
    yield ctx
    ctx.close()


@pytest.fixture
def chinese(qapp):
    """The window in Simplified Chinese, as the officer runs it."""
    from salesperf_desktop.i18n_qt import install_translators, remove_translators

    install_translators(qapp, "zh_CN")
    yield
    remove_translators(qapp)


def _column(model, column):
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_write_import_two_sheets_and_the_status_list_shrinks(
    qtbot, office, tmp_path, monkeypatch, chinese
):
    tab = entry_tab(qtbot, office, "2026-11", today=TODAY)
    tab.rater_sheets_button.trigger()
    dialog = modal_dialog(qtbot, RaterSheetsDialog)
    assert dialog.windowTitle() == "评分表：2026年11月"
    qtbot.waitUntil(lambda: dialog.status_model.rowCount() == 12)  # read in the background
    assert dialog.status_count.text() == "12 位评分人中有 12 位尚未交回完整的评分表。"

    folder = tmp_path / "sheets"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    dialog.write_button.click()
    qtbot.waitUntil(lambda: bool(dialog.written), timeout=20000)
    assert "已写出 12 份评分表" in dialog.summary.text()
    manager = folder / "评分表_2026年11月_李明.xlsx"
    rep = folder / "评分表_2026年11月_张伟.xlsx"
    assert manager.exists() and rep.exists()

    fill(manager, lambda *_: 4)
    fill(rep, lambda role, sid, ind: 5 if role == "self" else 3)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(manager), str(rep)], "")
    )
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
    assert dialog.plan.ok and dialog.apply_button.isEnabled()
    assert "2 份评分表已检查：26 个分数将变化" in dialog.summary.text()
    assert "团队协作与信息共享" in _column(dialog.preview_model, 2)
    shot(dialog, "rater_sheets_checked")
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.batch_id is not None, timeout=20000)
    qtbot.waitUntil(lambda: not dialog.ui.tasks.busy())  # whose sheets are back, read again
    assert dialog.status_model.rowCount() == 10
    assert "李明" not in _column(dialog.status_model, 1)
    assert "张伟" not in _column(dialog.status_model, 1)
    dialog.show_all.setChecked(True)
    assert dialog.status_model.rowCount() == 12
    statuses = dict(
        zip(_column(dialog.status_model, 1), _column(dialog.status_model, 4), strict=True)
    )
    assert statuses["李明"] == "已交回" and statuses["陈静"] == "未交回"
    shot(dialog, "rater_sheets_status")

    # a sheet scored out of range is refused, cell named, nothing written
    bad = folder / "评分表_2026年11月_陈静.xlsx"
    fill(bad, lambda *_: 8)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(bad)], ""))
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
    assert not dialog.apply_button.isEnabled()
    where = dialog.preview_model.index(0, 0).data()
    assert where.startswith("[评分表_2026年11月_陈静.xlsx]自评!E")
    assert dialog.preview_model.index(0, 1).data() == "评分 8 不在 1–5 之间"
    assert "什么也没有导入" in dialog.summary.text()
    dialog.reject()


def test_key_events_imported_from_a_workbook(qtbot, office, tmp_path, monkeypatch, chinese):
    tab = entry_tab(qtbot, office, "2026-11", today=TODAY)
    tab.events_import_button.trigger()
    dialog = modal_dialog(qtbot, EventsImportDialog)
    template = tmp_path / "events.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(template), ""))
    dialog.template_button.click()
    assert template.exists()
    wb = load_workbook(template)
    wb.worksheets[0].append(["2026-11-03", "E003", "张伟", "迟到/早退", 2, None, ""])
    wb.worksheets[0].append(["2026-11-05", "E004", "陈静", "合规一票否决", None, None, ""])
    wb.save(template)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(template), ""))
    dialog.findChild(type(dialog.template_button), "eventsBrowse").click()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
    assert dialog.preview_model.index(0, 0).data() == "关键事件!G3"
    assert not dialog.apply_button.isEnabled()
    wb.worksheets[0].cell(3, 7, "收受回扣，经合规部门查实")
    wb.save(template)
    dialog.check()
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.ok, timeout=20000)
    assert dialog.preview_model.rowCount() == 2
    shot(dialog, "events_import_checked")
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.batch_id is not None, timeout=20000)
    listed = ei.month_events(office, tab.period())
    assert [(r.employee_no, r.event.code) for r in listed] == [
        ("E003", "late_or_early_leave"),
        ("E004", "compliance_veto"),
    ]
