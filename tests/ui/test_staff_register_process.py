"""The staff register read by ``services.staff_register`` (in the reader process at start-up)
against the rule of stop 20 (Qt's translation of each row's codes, then the search texts and
the sort of ``tests/ui/test_staff_order.py``): the same rows, ids, filter codes, search texts
and order, on a messy register, read here and in the process; a dead process falls back."""

from __future__ import annotations

import logging
import os
import signal
import sys

import pytest
from sqlalchemy import text

from salesperf_desktop.services.staff import staff_overview
from salesperf_desktop.services.staff_register import RegisterLabels, staff_register
from salesperf_desktop.ui.labels import register_labels
from salesperf_desktop.ui.staff_tab import ALL
from tests.ui.staff_rule import haystack, staff_display_row
from tests.ui.test_staff_order import ASC, expected, messy, old_rank, register_tab, shown
from tests.ui_support import hung

EVERY_ORDER = [None] + [(c, d) for c in range(11) for d in (False, True)]


def messier(ctx) -> None:
    """``messy`` plus every status, a role and a product line the labels do not know, the
    compliance officer, blank regions and padded, mixed-case and odd names."""
    messy(ctx)
    with ctx.transaction() as s:
        for no, sql in (
            ("E001", "role = 'compliance', product_line = 'any'"),
            ("E002", "role = 'trainee', status = 'probation'"),  # a code no label knows
            ("E003", "product_line = 'retail', region = ''"),
            ("E004", "status = 'transferred', region = ''"),
            ("E900", "name = '  王伟 (Jr.)  ', region = 'HUADONG'"),
            ("E905", "name = 'ÉLODIE O''Neil', product_line = 'innovative'"),
        ):
            s.execute(text(f"UPDATE staff SET {sql} WHERE employee_no = :no"), {"no": no})


def labels() -> RegisterLabels:
    return RegisterLabels(*register_labels())


def old_register(ctx, order):
    """The lists the staff tab's read made at stop 20, sorted by its rule of stop 19."""
    people = staff_overview(ctx).people
    rows = [staff_display_row(p) for p in people]
    lists = (
        rows,
        [p.id for p in people],
        [(p.team_id, p.role, p.status.value) for p in people],
        [haystack(r) for r in rows],
    )
    if order is not None:
        ranked = old_rank([r[order[0]] for r in rows], order[1])
        lists = tuple([items[i] for i in ranked] for items in lists)
    return lists


def test_the_register_is_read_as_the_old_rule_made_it_in_every_order(demo_ctx, chinese):
    messier(demo_ctx)
    overview = staff_overview(demo_ctx)
    assert {"trainee", "compliance"} <= set(overview.roles)
    for order in EVERY_ORDER:
        register = staff_register(demo_ctx, labels(), order)
        new = (register.rows, register.keys, register.codes, register.haystacks)
        assert new == old_register(demo_ctx, order), order
    assert register.teams == [(t.name, t.id) for t in overview.teams]
    assert register.roles == overview.roles
    labelled = {row[0]: row for row in register.rows}
    assert labelled["E001"][2] == "合规专员" and labelled["E001"][5] == "不限产品线"
    assert labelled["E002"][2] == "trainee" and labelled["E003"][5] == "retail"


@pytest.fixture
def reader_process(monkeypatch):
    """A reader process of the test's own, started as the window's program starts the
    program's, serving the staff tab (one killed here leaves the program's reader as it was
    for the tests after it in this process)."""
    from salesperf_desktop.services.reader_process import ReaderProcess
    from salesperf_desktop.ui import staff_tab

    reader = ReaderProcess()
    monkeypatch.setattr(staff_tab, "reader", reader)
    reader.start()
    yield reader
    reader.close()


def test_read_in_the_reader_process_the_register_is_the_same(
    demo_ctx, chinese, reader_process, caplog
):
    caplog.set_level(logging.WARNING, logger="salesperf_desktop.services.reader_process")
    messier(demo_ctx)
    for order in (None, (0, False), (1, True), (9, False), (10, True)):
        there = reader_process.read(demo_ctx, staff_register, labels(), order)
        assert there == staff_register(demo_ctx, labels(), order), order
    assert reader_process.worker_pid() not in (None, os.getpid()) and not caplog.records


@pytest.mark.skipif(sys.platform != "linux", reason="kills the reader process")
def test_the_tab_shows_the_register_read_in_the_process_and_here_once_it_died(
    qtbot, demo_ctx, chinese, reader_process, caplog
):
    caplog.set_level(logging.WARNING, logger="salesperf_desktop.services.reader_process")
    messier(demo_ctx)
    tab = register_tab(qtbot, demo_ctx)
    assert reader_process.worker_pid() not in (None, os.getpid()) and not caplog.records
    assert shown(tab) == expected(demo_ctx, [(0, ASC)])
    tab.role_filter.setCurrentIndex(tab.role_filter.findData("trainee"))
    assert [row[0] for row in shown(tab)] == ["E002"] and shown(tab)[0][2] == "trainee"
    tab.role_filter.setCurrentIndex(tab.role_filter.findData(ALL))
    tab.search.setText("huadong")
    assert shown(tab) == expected(demo_ctx, [(0, ASC)], lambda _p, r: "huadong" in haystack(r))

    tab.search.clear()
    with demo_ctx.transaction() as s:  # committed here, read there
        s.execute(text("UPDATE staff SET name = '改名' WHERE employee_no = 'E903'"))
    tab.events.changed.emit("staff")
    qtbot.waitUntil(lambda: tab.is_loaded() and "改名" in [row[1] for row in shown(tab)])
    assert shown(tab) == expected(demo_ctx, [(0, ASC)]) and not caplog.records

    os.kill(reader_process.worker_pid(), signal.SIGKILL)
    with demo_ctx.transaction() as s:
        s.execute(text("UPDATE staff SET name = '新名字' WHERE employee_no = 'E904'"))
    tab.events.changed.emit("staff")
    qtbot.waitUntil(lambda: tab.is_loaded() and "新名字" in [row[1] for row in shown(tab)])
    assert shown(tab) == expected(demo_ctx, [(0, ASC)])
    assert caplog.records  # said why it read here


@pytest.mark.skipif(sys.platform != "linux", reason="stops a process with SIGSTOP")
def test_closing_the_window_gives_up_a_register_read_under_way(
    qtbot, demo_copy, qsettings, reader_process
):
    from salesperf_desktop.ui.main_window import MainWindow

    reader_process.read(demo_copy, staff_register, labels(), None)  # started and serving
    with hung(reader_process):
        window = MainWindow(demo_copy, settings=qsettings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.tasks.busy("staff"))
        window.close()  # waits for its jobs: the register's read is given up, not waited for
        assert not window.tasks.busy("staff") and not window.tasks.busy("due")
