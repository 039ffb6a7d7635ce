"""Quarters, years, charts and the saves of a published month run in the background: the
result appears when ready, a choice made meanwhile drops the older computation, Cancel goes
back to what was shown, a fault is told in the fault dialog, and two quick edits are saved in
the order they were made."""

from __future__ import annotations

import datetime as dt
import errno
import threading

from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox
from sqlalchemy import select

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import workflow
from salesperf_desktop.services.progress import Progress
from salesperf_desktop.storage.models import AuditEntryRow
from tests.ui_support import entry_tab, grid_row, ui_for, wait_loaded, when_modal

TODAY = dt.date(2026, 11, 20)


def _choose(combo, key) -> None:
    combo.setCurrentIndex(combo.findData(key))


# ----------------------------------------------------------------------------- the task runner


def test_a_lane_runs_its_jobs_in_order_and_a_newer_job_drops_the_older(qtbot, ctx):
    ui = ui_for(ctx)
    gate = threading.Event()
    order, delivered = [], []

    def job(name, wait=False):
        def factory(_cancel):
            if wait:
                gate.wait(10)
            order.append(name)
            yield Progress(1, 1)
            return name

        return factory

    ui.tasks.run("a", job("a", wait=True), lambda o: delivered.append(o.result), lane="l")
    ui.tasks.run("b", job("b"), lambda o: delivered.append(o.result), lane="l", latest="k")
    ui.tasks.run("c", job("c"), lambda o: delivered.append(o.result), lane="l", latest="k")
    gate.set()
    qtbot.waitUntil(lambda: not ui.tasks.busy())
    assert order == ["a", "c"]  # b was still queued behind a when c replaced it: never run
    assert delivered == ["a", "c"]


def test_jobs_waiting_for_the_reader_process_do_not_hold_the_threads_of_other_work(qtbot):
    """At start-up several reads wait for the reader process while the matplotlib import wants
    a thread: jobs that only wait (``elsewhere``) leave the pool's threads to it, and the
    pool counts as before once they are done."""
    from PySide6.QtCore import QThreadPool

    from salesperf_desktop.ui.tasks import TaskRunner

    pool = QThreadPool()
    pool.setMaxThreadCount(1)  # (a laptop's two threads, both taken)
    runner = TaskRunner(pool=pool)
    gate = threading.Event()
    done = []

    def waiting(_cancel):
        gate.wait(10)  # the read under way in the other process
        yield from ()
        return "read there"

    def work(_cancel):
        yield from ()
        return "imported"

    runner.run("due", waiting, done.append, show_dialog=False, elsewhere=True)
    runner.run("due 2", waiting, done.append, show_dialog=False, elsewhere=True)
    runner.run("matplotlib", work, done.append, show_dialog=False)
    qtbot.waitUntil(lambda: [o.result for o in done] == ["imported"])  # not behind the reads
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy())
    assert sorted(o.result for o in done) == ["imported", "read there", "read there"]
    # Balanced: the pool counts as it was set.
    assert pool.waitForDone(10000)
    assert pool.maxThreadCount() == 1 and pool.activeThreadCount() == 0


def test_a_result_for_a_tab_closed_meanwhile_is_dropped(qtbot, ctx):
    """The officer closed the window (or it was rebuilt) while a period was read: the result
    reaches no deleted widget, and nothing is raised."""
    from PySide6.QtWidgets import QWidget
    from shiboken6 import isValid

    ui = ui_for(ctx)
    gate = threading.Event()
    owner, delivered = QWidget(), []

    def factory(_cancel):
        gate.wait(10)
        yield Progress(1, 1)
        return "read"

    ui.tasks.run("reading", factory, delivered.append, owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not isValid(owner))
    gate.set()
    qtbot.waitUntil(lambda: not ui.tasks.busy())
    qtbot.wait(20)  # the finished signal delivered
    assert delivered == []


# ----------------------------------------------------------------------------- monthly entry


def test_a_quarter_is_computed_in_the_background_then_shown(qtbot, demo_ctx):
    tab = entry_tab(qtbot, demo_ctx)
    _choose(tab.period_box, "2026-Q3")
    assert tab.progress.isVisible() and "2026" in tab.progress.label.text()
    assert not tab.table.isEnabled()  # the month shown before is not the period chosen:
    assert tab.model.rowCount() == 0  # its rows are taken away while the quarter is computed
    wait_loaded(qtbot, tab)
    assert tab.sheet.computed and tab.sheet.month == Period.parse("2026-Q3")
    assert tab.model.rowCount() > 0 and tab.table.isEnabled()
    assert not tab.progress.isVisible()


def test_the_month_replaced_is_freed_apart_from_showing_the_next(qtbot, demo_ctx):
    """Freeing a month is work of its own (3,000 people: 30 ms): it is not added to the step
    that shows the next one, but done in a later turn of the event loop."""
    import weakref

    tab = entry_tab(qtbot, demo_ctx)
    old = weakref.ref(tab.sheet)
    alive_while_shown = []
    show = tab._show_team
    tab._show_team = lambda: (show(), alive_while_shown.append(old() is not None))
    _choose(tab.period_box, "2026-09")
    wait_loaded(qtbot, tab)
    assert tab.sheet.month == Period.month(2026, 9) and alive_while_shown == [True]
    qtbot.waitUntil(lambda: old() is None, timeout=2000)


def test_choosing_again_drops_the_period_being_computed(qtbot, demo_ctx):
    tab = entry_tab(qtbot, demo_ctx)
    shown = []
    tab.model.modelReset.connect(
        lambda: tab.model.sheet and shown.append(tab.model.sheet.month.format())
    )
    _choose(tab.period_box, "2026-Q3")
    _choose(tab.period_box, "2026")
    _choose(tab.period_box, "2026-Q2")
    wait_loaded(qtbot, tab)
    assert tab.sheet.month == Period.parse("2026-Q2")
    assert shown == ["2026-Q2"]  # the stale results never reached the grid


def test_cancel_goes_back_to_the_period_shown(qtbot, demo_ctx):
    tab = entry_tab(qtbot, demo_ctx)
    _choose(tab.period_box, "2026")
    assert tab.progress.cancel_button.isVisible()
    tab.progress.cancel_button.click()
    assert tab.period_box.currentData() == "2026-10" and tab.sheet.month == Period.month(2026, 10)
    assert tab.table.isEnabled() and not tab.progress.isVisible()
    assert tab.message.text() == "Cancelled."
    wait_loaded(qtbot, tab)  # what the worker still returned is dropped
    assert tab.sheet.month == Period.month(2026, 10)


def test_a_fault_while_computing_is_told_in_the_fault_dialog(qtbot, demo_ctx, monkeypatch):
    import salesperf_desktop.ui.entry_tab as entry_module

    def failing(*_a, **_k):
        raise OSError(errno.EIO, "Input/output error", str(demo_ctx.db_path))

    tab = entry_tab(qtbot, demo_ctx)
    monkeypatch.setattr(entry_module, "load_sheet", failing)
    told = []
    when_modal(lambda d: (told.append(d.findChild(QLabel, "faultMessage").text()), d.reject()))
    _choose(tab.period_box, "2026-Q3")
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    wait_loaded(qtbot, tab)
    assert str(demo_ctx.db_path) in told[0]
    assert tab.model.rowCount() == 0 and tab.table.isEnabled()


def test_two_quick_edits_of_a_published_month_are_saved_in_order(qtbot, demo_ctx, monkeypatch):
    demo_ctx.clock = lambda: TODAY
    workflow.publish(demo_ctx, Period.month(2026, 10), dt.date(2026, 11, 5))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("ERP补录", True))
    tab = entry_tab(qtbot, demo_ctx, today=TODAY)
    assert tab.sheet.audited
    model = tab.model
    index = model.index(grid_row(model, "E005"), model.column_of("sales_achievement", "actual"))
    assert model.setData(index, "300000")
    assert model.setData(index, "310000")  # before the first save (re-scoring) is done
    assert index.data() == "310000" and model.saving()
    wait_loaded(qtbot, tab)
    with demo_ctx.session() as s:
        trail = s.scalars(
            select(AuditEntryRow)
            .where(AuditEntryRow.entity == "metric_entry")
            .order_by(AuditEntryRow.id)
        ).all()
    assert [(a.old_value, a.new_value) for a in trail][-2:] == [
        (trail[-2].old_value, "300000.0"),
        ("300000.0", "310000.0"),
    ]
    tab.reload()
    wait_loaded(qtbot, tab)
    assert tab.model.index(index.row(), index.column()).data() == "310000"


def test_a_refused_save_puts_back_that_edit_and_the_ones_after_it(qtbot, demo_ctx, monkeypatch):
    demo_ctx.clock = lambda: TODAY
    workflow.publish(demo_ctx, Period.month(2026, 10), dt.date(2026, 11, 5))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("ERP补录", True))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    tab = entry_tab(qtbot, demo_ctx, today=TODAY)
    model = tab.model
    row = grid_row(model, "E005")
    first = model.index(row, model.column_of("sales_achievement", "actual"))
    second = model.index(row, model.column_of("sales_achievement", "target"))
    before = first.data(), second.data()
    workflow.lock(demo_ctx, Period.month(2026, 10), TODAY)  # signed and locked meanwhile
    assert model.setData(first, "300000")
    assert model.setData(second, "330000")
    wait_loaded(qtbot, tab)
    assert (first.data(), second.data()) == before
    assert "锁定" in tab.message.text()


# ----------------------------------------------------------------------------- charts


def _charts(qtbot, ctx):
    from salesperf_desktop.ui.charts_tab import ChartsTab

    tab = ChartsTab(ui_for(ctx))
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    # drawn on the canvas: matplotlib loads in the background, after the chart's data
    qtbot.waitUntil(lambda: tab._drawn_period is not None and tab.is_loaded())
    return tab


def test_a_chart_is_computed_in_the_background_and_a_newer_choice_wins(qtbot, demo_ctx):
    tab = _charts(qtbot, demo_ctx)
    tab.chart_combo.setCurrentIndex(tab.chart_combo.findData("breakdown"))  # titled by period
    qtbot.waitUntil(lambda: not tab.ui.tasks.busy("charts"))
    _choose(tab.period_combo, "2026-Q3")
    assert tab.progress.isVisible()
    _choose(tab.period_combo, "2026")
    qtbot.waitUntil(tab.is_loaded)
    assert tab._drawn_period == "2026"
    assert tab._drawer.figure.axes[0].get_title().endswith(Period.parse("2026").label("zh_CN"))


def test_cancelling_a_chart_keeps_the_one_shown(qtbot, demo_ctx):
    tab = _charts(qtbot, demo_ctx)
    drawn = tab._drawn_period
    _choose(tab.period_combo, "2026")
    tab.progress.cancel_button.click()
    assert tab.period_combo.currentData() == drawn and not tab.progress.isVisible()
    qtbot.waitUntil(lambda: not tab.ui.tasks.busy("charts"))
    assert tab._drawn_period == drawn


def test_last_month_s_targets_are_copied_in_the_background(qtbot, demo_ctx, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab = entry_tab(qtbot, demo_ctx)
    tab.copy_targets_button.trigger()
    wait_loaded(qtbot, tab)
    assert tab.message.text().endswith("targets copied.") and tab.sheet.month.format() == "2026-10"
