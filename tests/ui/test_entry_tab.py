"""The monthly entry tab: the period list, the workflow buttons, the computed quarters."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import func, select

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import workflow
from salesperf_desktop.storage.models import AuditEntryRow
from tests.ui_support import entry_tab, grid_row, wait_loaded


def test_publish_then_edit_asks_reason_then_lock_refuses(qtbot, demo_ctx, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab = entry_tab(qtbot, demo_ctx)
    tab.publish_button.trigger()
    wait_loaded(qtbot, tab)
    assert tab.sheet.status.value == "published"
    model = tab.model
    row = grid_row(model, "E005")
    col = model.column_of("sales_achievement", "actual")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("ERP correction", True))
    assert model.setData(model.index(row, col), "312345")
    wait_loaded(qtbot, tab)  # saved in the background: the published results are re-scored
    with demo_ctx.session() as s:
        audit = s.scalars(select(AuditEntryRow).where(AuditEntryRow.entity == "metric_entry")).all()
    assert [(a.new_value, a.reason) for a in audit] == [("312345.0", "ERP correction")]

    tab.lock_button.trigger()
    wait_loaded(qtbot, tab)
    assert tab.sheet.status.value == "locked"
    assert not (model.flags(model.index(row, col)) & Qt.ItemFlag.ItemIsEditable)
    assert not model.setData(model.index(row, col), "1")
    assert model.index(row, col).data() == "312345"
    with demo_ctx.session() as s:
        assert (
            s.scalar(
                select(func.count())
                .select_from(AuditEntryRow)
                .where(AuditEntryRow.entity == "metric_entry")
            )
            == 1
        )


def test_quarter_view_is_read_only(qtbot, demo_ctx):
    tab = entry_tab(qtbot, demo_ctx, "2026-Q3")
    model = tab.model
    assert model.rowCount() > 0 and tab.sheet.computed
    col = model.column_of("sales_achievement", "actual")
    assert not (model.flags(model.index(0, col)) & Qt.ItemFlag.ItemIsEditable)
    # its cells are the months' (read-only), but the quarter is published as a whole: it is the
    # appraisal of the people appraised by quarter (issue #18)
    assert tab.publish_button.isEnabled() and not tab.entered_button.isEnabled()


def test_the_current_month_of_the_clock_is_offered_and_publication_is_dated_by_it(
    qtbot, demo_ctx, monkeypatch
):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab = entry_tab(qtbot, demo_ctx, today=dt.date(2027, 3, 2))
    keys = [tab.period_box.itemData(i) for i in range(tab.period_box.count())]
    assert keys[0] == "2027-03" and "2027-Q1" in keys and "2027" in keys
    tab.period_box.setCurrentIndex(tab.period_box.findData("2026-10"))
    tab.publish_button.trigger()
    assert workflow.status_of(demo_ctx, Period.month(2026, 10)).published_on == dt.date(2027, 3, 2)
    assert "2026" in tab.message.text()


def test_teams_narrow_the_grid(qtbot, demo_ctx):
    tab = entry_tab(qtbot, demo_ctx)
    everyone = tab.model.rowCount()
    assert tab.team_box.count() > 2
    tab.team_box.setCurrentIndex(1)
    assert 0 < tab.model.rowCount() < everyone
