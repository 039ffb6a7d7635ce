"""Start-up: only the tab last used loads while the window opens; the tabs that load in the
background (Monthly entry, Charts) start loading at once, so the officer's first visit to them
waits less, and what they show is the same as when they load on that visit."""

from __future__ import annotations

from salesperf_desktop.ui.charts_tab import ChartsTab
from salesperf_desktop.ui.entry_tab import EntryTab
from salesperf_desktop.ui.main_window import MainWindow
from salesperf_desktop.ui.reviews_tab import ReviewsTab
from salesperf_desktop.ui.staff_tab import StaffTab


def _tab(window, kind):
    return next(
        window.tabs.widget(i)
        for i in range(window.tabs.count())
        if isinstance(window.tabs.widget(i), kind)
    )


def test_opening_loads_the_last_tab_then_prefetches_entry_and_charts(qtbot, demo_ctx, qsettings):
    qsettings.setValue("window/last_tab", 3)  # Reviews
    # As at start-up: the window is shown from the first look, the tabs come after the paint.
    window = MainWindow(None, settings=qsettings, company_name="E", staff_count=12)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.attach(demo_ctx)

    assert isinstance(window.tabs.currentWidget(), ReviewsTab)
    assert window.tabs.currentWidget().is_loaded()
    assert not _tab(window, StaffTab).is_loaded()  # not loaded on the way to the last tab

    window.prefetch_hidden_tabs()
    entry, charts = _tab(window, EntryTab), _tab(window, ChartsTab)
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=60000)
    assert entry.model.rowCount() > 0  # the month read while the officer is elsewhere
    assert charts._drawer is None  # computed, not drawn: no figure drawn for a hidden tab
    assert not _tab(window, StaffTab).is_loaded()  # it loads on the GUI thread: when shown

    window.tabs.setCurrentWidget(charts)
    assert not window.tasks.busy("charts")  # nothing computed again: it only draws
    qtbot.waitUntil(charts.is_loaded, timeout=30000)
    title = charts._drawer.figure.axes[0].get_title()
    person = charts.subject_combo.currentText()
    assert charts.chart_combo.currentData() == "trend" and person and person in title


def test_a_change_while_hidden_drops_the_prefetched_chart(qtbot, demo_ctx, qsettings):
    qsettings.setValue("window/last_tab", 0)
    window = MainWindow(demo_ctx, settings=qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.prefetch_hidden_tabs()
    charts = _tab(window, ChartsTab)
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=60000)

    window.events.changed.emit("entries")  # an edit elsewhere: the chart computed is stale
    window.tabs.setCurrentWidget(charts)
    assert window.tasks.busy("charts")  # computed again for the data as they are now
    qtbot.waitUntil(charts.is_loaded, timeout=30000)
    assert charts._drawer.figure.axes


def _start_page(qtbot, qsettings, last_tab: int) -> MainWindow:
    """The window as start-up shows it from the first look, before the full open."""
    qsettings.setValue("window/last_tab", last_tab)
    window = MainWindow(None, settings=qsettings, company_name="E", staff_count=12)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _attach_while_busy(qtbot, window, ctx) -> None:
    """The tabs built and their first reads asked for while the window's threads are busy, as
    at start-up (matplotlib loading); then everything read."""
    import threading

    busy = threading.Event()
    window.tasks.run(
        "busy",
        lambda _cancel: busy.wait(60),
        lambda _o: None,
        window,
        show_dialog=False,
        lane="matplotlib",
    )
    window.attach(ctx)
    window.prefetch_hidden_tabs()
    busy.set()
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=60000)


def test_the_reads_sent_ahead_are_the_reads_the_tabs_ask_for(
    qtbot, demo_ctx, qsettings, monkeypatch
):
    """What start-up sends to the reader process ahead of the tabs (``services.start_reads``)
    is exactly what each tab then asks for, so each is read once: a tab choosing otherwise
    would wait for a second read of its own."""
    import datetime as dt
    from concurrent.futures import Future

    from salesperf_desktop.services import reader_worker
    from salesperf_desktop.services.reader_process import Sent, reader
    from salesperf_desktop.services.start_reads import reads_of

    asked = []

    def send(_call, where, read, args):  # a reader process that reads here, at once
        asked.append((read, args))
        future = Future()
        future.set_result(reader_worker.run(where, read, args))
        return Sent(future, 0)

    monkeypatch.setattr(reader, "_send", send)
    day = dt.date(2026, 10, 20)  # October: a month stored (one not stored is read here)
    demo_ctx.clock = lambda: day
    window = _start_page(qtbot, qsettings, 0)  # the staff tab: its register is read at start
    expected = reads_of(demo_ctx, window.start_reads(demo_ctx.today(), demo_ctx.lang))
    assert len(expected) == 4

    _attach_while_busy(qtbot, window, demo_ctx)
    for read, args in expected:
        assert (read, args) in asked, read.__name__


def test_a_month_not_stored_yet_is_read_by_the_window_itself(
    qtbot, demo_ctx, qsettings, monkeypatch
):
    """November holds nothing yet: even with the window busy, the Monthly entry tab scores it
    here (from nothing: cheap) rather than waiting for the reader process and its pickling."""
    import datetime as dt

    from salesperf_desktop.services.entry import read_sheet
    from salesperf_desktop.services.reader_process import reader

    asked = []
    monkeypatch.setattr(reader, "_send", lambda _call, _where, read, args: asked.append(read))
    day = dt.date(2026, 11, 20)
    demo_ctx.clock = lambda: day
    window = _start_page(qtbot, qsettings, 2)  # Monthly entry

    _attach_while_busy(qtbot, window, demo_ctx)
    entry = _tab(window, EntryTab)
    assert entry.period().format() == "2026-11" and entry.model.rowCount() > 0
    assert read_sheet not in asked
