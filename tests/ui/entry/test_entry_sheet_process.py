"""The Monthly entry grid over a sheet read in the reader process (issue #19) is the grid over
one read here: the same cells, totals, team shares and flags, the same ones after the same
edits typed into the grid, and the same writes saved. On the messy demo of
``tests/services/test_entry_sheet_pickled`` (transfers within October, one out of a team-share
team, 事假, a leaver, a quarterly rep, missing targets and ratings, derived "reps who met
target")."""

from __future__ import annotations

import logging
import os
import shutil
import sys

import pytest
from PySide6.QtCore import Qt

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services.entry import load_sheet, read_sheet, sheet_from
from salesperf_desktop.ui.entry.grid_model import EntryGridModel
from tests.services.test_entry_sheet_pickled import make_messier
from tests.ui_support import entry_tab, grid_row, hung, wait_loaded

SEPTEMBER, OCTOBER = Period.month(2026, 9), Period.month(2026, 10)
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole)


@pytest.fixture
def messy(demo_file, tmp_path):
    path = tmp_path / "messy.sqlite"
    shutil.copy(demo_file, path)
    ctx = build_context(path, lang="zh_CN")
    make_messier(ctx)
    yield ctx
    ctx.close()


@pytest.fixture
def owner(qapp):
    """The grid models a test makes belong to this, deleted on the GUI thread at its end: a
    model left to Python's collector may be freed on a worker thread (the task runner's
    tidy-up), which Qt does not allow."""
    from PySide6.QtCore import QObject
    from shiboken6 import delete

    parent = QObject()
    yield parent
    delete(parent)


def cells(model: EntryGridModel) -> list:
    return [
        [model.index(r, c).data(role) for c in range(model.columnCount()) for role in ROLES]
        for r in range(model.rowCount())
    ]


def _typed(model: EntryGridModel, k: int) -> list[tuple[int, int, str]]:
    """What the officer types into the grid's rows: a figure, a rating, several peers, a
    cleared cell, one cell of each value column in turn."""
    out = []
    value_cols = [c for c, col in enumerate(model.columns) if col.kind == "value"]
    for r, step in ((r, step) for r in range(model.rowCount()) for step in (0, 3)):
        col = value_cols[(r + k + step) % len(value_cols)]
        field_name = model.columns[col].field
        if field_name == "passed":
            text = "通过" if r % 4 else "否"
        elif field_name == "rating:peer":
            text = "4；3.5"
        elif field_name.startswith("rating:"):
            text = "4"
        else:
            text = "" if r % 6 == 0 else f"{1000 + 37 * r + k}"
        out.append((r, col, text))
    return out


@pytest.mark.parametrize("month", [SEPTEMBER, OCTOBER], ids=str)
def test_edits_typed_into_the_grid_give_the_same_cells_and_writes(messy, month, owner):
    from salesperf_desktop.services.reader_process import ReaderProcess

    process = ReaderProcess()
    process.start()
    try:
        there = sheet_from(messy, process.read(messy, read_sheet, month, "zh_CN"))
    finally:
        process.close()
    here = load_sheet(messy, month)
    saved: dict[str, list] = {"here": [], "there": []}
    models = {}
    for name, sheet in (("here", here), ("there", there)):
        models[name] = EntryGridModel(
            lambda w, r, name=name: saved[name].append((w, r)), lambda: "更正录入", owner
        )
        models[name].set_sheet(sheet, None, "zh_CN")
    codes = [code for code, _t, _n in EntryGridModel.templates(here, None)]
    assert len(codes) > 1
    edited = 0
    for k, code in enumerate(codes):  # every template's grid (all teams)
        for model, sheet in ((models["here"], here), (models["there"], there)):
            model.set_sheet(sheet, None, "zh_CN", code)
        assert cells(models["there"]) == cells(models["here"])
        for row, col, text in _typed(models["here"], k):
            ok = models["here"].setData(models["here"].index(row, col), text)
            assert models["there"].setData(models["there"].index(row, col), text) == ok
            edited += ok
            assert cells(models["there"]) == cells(models["here"])  # totals, team shares
        assert models["here"].flush() == models["there"].flush()
    assert edited > 20
    assert saved["there"] == saved["here"] and saved["here"]


def test_the_tab_reads_its_month_in_the_reader_process(qtbot, messy, reader_process, caplog, owner):
    caplog.set_level(logging.WARNING, logger="salesperf_desktop.services.reader_process")
    tab = entry_tab(qtbot, messy, "2026-10")
    assert reader_process.worker_pid() not in (None, os.getpid()) and not caplog.records
    here = EntryGridModel(lambda w, r: None, parent=owner)

    def same_as_read_here() -> None:
        here.set_sheet(load_sheet(messy, OCTOBER), None, "zh_CN", tab.model.template_code)
        assert cells(tab.model) == cells(here)

    same_as_read_here()
    assert tab.sheet.moved and "E005" in tab.message.text()  # the move is told, as before

    # Typed, saved, read again (there): what a read here gives.
    row = grid_row(tab.model, tab.model.rows[1].employee_no)
    col = next(c for c, col in enumerate(tab.model.columns) if col.field == "actual")
    old = tab.model.index(row, col).data()
    typed = f"{float(old.replace(',', '')) + 1:g}" if old else "100"
    assert tab.model.setData(tab.model.index(row, col), typed)
    wait_loaded(qtbot, tab)
    tab.reload()
    wait_loaded(qtbot, tab)
    same_as_read_here()
    assert not caplog.records


def test_a_month_is_read_there_while_the_window_is_busy_and_here_when_it_is_not(
    qtbot, messy, reader_process, monkeypatch, owner
):
    """The process pays off when this process's GIL is wanted by other work (start-up); alone,
    a month is read faster here (no pickling). Either way the grid is the one read here."""
    import threading

    from salesperf_desktop.services.progress import Progress

    sent = []
    send = reader_process.send
    monkeypatch.setattr(
        reader_process, "send", lambda ctx, read, *a: sent.append(read) or send(ctx, read, *a)
    )
    tab = entry_tab(qtbot, messy, "2026-10")
    qtbot.waitUntil(lambda: not tab.ui.tasks.busy())
    here = EntryGridModel(lambda w, r: None, parent=owner)
    here.set_sheet(load_sheet(messy, OCTOBER), None, "zh_CN", tab.model.template_code)

    gate = threading.Event()

    def other_work(_cancel):  # (the matplotlib import, another tab's read …)
        gate.wait(30)
        yield Progress(1, 1)

    tab.ui.tasks.run("other", other_work, lambda _o: None, show_dialog=False)
    sent.clear()
    tab.reload()
    wait_loaded(qtbot, tab)
    assert sent == [read_sheet] and cells(tab.model) == cells(here)

    gate.set()
    qtbot.waitUntil(lambda: not tab.ui.tasks.busy())
    sent.clear()
    tab.reload()
    wait_loaded(qtbot, tab)
    assert sent == [] and cells(tab.model) == cells(here)


@pytest.mark.skipif(sys.platform != "linux", reason="stops a process with SIGSTOP")
def test_closing_the_window_does_not_wait_for_a_month_read_there(
    qtbot, messy, qsettings, reader_process
):
    """The month read at start-up, queued in a process that hung: the window closes at once."""
    from salesperf_desktop.ui.entry import LANE
    from salesperf_desktop.ui.main_window import MainWindow

    sheet_from(messy, reader_process.read(messy, read_sheet, OCTOBER, "zh_CN"))  # serving
    with hung(reader_process):
        window = MainWindow(messy, settings=qsettings)
        qtbot.addWidget(window)
        window.show()
        window.prefetch_hidden_tabs()  # (as start-up does: Monthly entry reads its month)
        qtbot.waitUntil(lambda: window.tasks.busy(LANE))
        window.close()  # waits for its jobs: the month's read is given up, not waited for
        assert not window.tasks.busy(LANE)
