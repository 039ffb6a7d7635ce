"""After the window's work the garbage collector tidies up on the GUI thread without a pause.

A full collection walks the whole heap with the GIL held: at 3,000 staff × 36 months 200 ms, at
300 staff about 100 ms, during which the window cannot move. After each job only the youngest
generation is collected and what lives is frozen; the whole heap is collected (a thaw) only
when the memory Python holds has grown by half (once the officer has turned to another
program, or at once when it has doubled), or after a window was replaced. Every collection
here runs on the GUI thread: on a worker a collection that freed a Qt receiver deadlocked
(``ui/tasks.py``)."""

from __future__ import annotations

import gc
import sys
import threading
import weakref

import pytest
from PySide6.QtCore import Qt

from salesperf_desktop.ui import tasks
from tests.ui_support import ui_for


class _Node:
    """An object in a reference cycle (only the cycle collector frees it)."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def collections():
    """(generation, on the GUI thread) of every collection from now on."""
    seen: list[tuple[int, bool]] = []

    def record(phase, info):
        if phase == "start":
            seen.append((info["generation"], threading.current_thread() is threading.main_thread()))

    gc.callbacks.append(record)
    yield seen
    gc.callbacks.remove(record)


@pytest.fixture
def tidies(monkeypatch):
    """How many tidy-ups ran (the task runner's ``_tidy``, 300 ms after the last job)."""
    done = []
    real = tasks._tidy

    def counted():
        real()
        done.append(1)

    monkeypatch.setattr(tasks, "_tidy", counted)
    return done


def _work_done(qtbot, ui, tidies, result=None):
    """A job run and shown, then the tidy-up after it; the job's result is returned."""
    done, before = [], len(tidies)

    def job(_cancel):
        yield from ()
        return result if result is not None else [{"made": i} for i in range(1000)]

    ui.tasks.run("job", job, done.append, show_dialog=False)
    qtbot.waitUntil(lambda: bool(done))
    qtbot.waitUntil(lambda: len(tidies) > before, timeout=5000)
    return done[0].result


def _frozen_cycle() -> weakref.ref:
    """A reference cycle frozen while still in use (as the window's objects are) and then let
    go: only a thaw frees it."""
    node = _Node()
    gc.freeze()
    return weakref.ref(node)


def test_after_the_work_what_lives_is_frozen_without_a_full_collection(
    qtbot, ctx, monkeypatch, collections, tidies
):
    monkeypatch.setattr(tasks, "_held_after_thaw", sys.getallocatedblocks() * 10)  # (no thaw due)
    monkeypatch.setattr(tasks, "_thaw_asked", False)
    ui = ui_for(ctx)
    kept = _work_done(qtbot, ui, tidies)
    assert [generation for generation, _ in collections if generation == 2] == []
    unfrozen = {id(o) for o in gc.get_objects()}  # (frozen objects are in no generation)
    assert not any(id(o) in unfrozen for o in kept)


def test_the_first_tidy_up_only_takes_the_measure_to_grow_from(
    qtbot, ctx, monkeypatch, collections, tidies
):
    monkeypatch.setattr(tasks, "_held_after_thaw", 0)  # (as after the start)
    monkeypatch.setattr(tasks, "_thaw_asked", False)
    _work_done(qtbot, ui_for(ctx), tidies)
    assert tasks._held_after_thaw > 0
    assert [generation for generation, _ in collections if generation == 2] == []


def test_a_replaced_window_is_collected_whole_in_the_next_tidy_up(
    qtbot, ctx, monkeypatch, collections, tidies
):
    monkeypatch.setattr(tasks, "_held_after_thaw", sys.getallocatedblocks() * 10)
    monkeypatch.setattr(tasks, "_thaw_asked", False)
    ui = ui_for(ctx)
    witness = _frozen_cycle()
    _work_done(qtbot, ui, tidies)
    assert witness() is not None  # frozen: no tidy-up frees it without a thaw

    tasks.thaw_soon()  # (Startup, closing a window to replace it)
    _work_done(qtbot, ui, tidies)
    assert witness() is None
    assert (2, True) in collections
    assert all(on_gui for generation, on_gui in collections if generation == 2)
    assert not tasks._thaw_asked  # once


def _grown_by(monkeypatch, factor: float, blocks: int = 100_000) -> None:
    """As if the last thaw had left so much that *factor* times it is *blocks* from now."""
    monkeypatch.setattr(tasks, "_held_after_thaw", (sys.getallocatedblocks() + blocks) / factor)


def test_memory_grown_by_half_is_collected_whole_once_the_officer_is_away(
    qtbot, ctx, monkeypatch, collections, tidies
):
    ui = ui_for(ctx)
    monkeypatch.setattr(tasks, "_thaw_asked", False)
    monkeypatch.setattr(tasks, "_thaw_due", False)
    monkeypatch.setattr(tasks, "_officer_away", lambda: False)  # working in the window
    _grown_by(monkeypatch, tasks._THAW_GROWTH)
    witness = _frozen_cycle()
    _work_done(qtbot, ui, tidies, result=[[] for _ in range(300_000)])  # (held till tidied)
    assert witness() is not None and tasks._thaw_due  # due, not run under her hands

    monkeypatch.setattr(tasks, "_officer_away", lambda: True)  # she turned to another program
    tasks._state_changed(Qt.ApplicationState.ApplicationInactive)  # (the application's signal)
    assert witness() is None and not tasks._thaw_due
    assert all(on_gui for generation, on_gui in collections if generation == 2)
    assert tasks._watching  # the signal is connected (a task runner was made)


def test_memory_doubled_is_collected_whole_even_in_use(
    qtbot, ctx, monkeypatch, collections, tidies
):
    ui = ui_for(ctx)
    monkeypatch.setattr(tasks, "_thaw_asked", False)
    monkeypatch.setattr(tasks, "_officer_away", lambda: False)
    _grown_by(monkeypatch, tasks._THAW_ANYWAY)
    witness = _frozen_cycle()
    _work_done(qtbot, ui, tidies, result=[[] for _ in range(300_000)])  # (held till tidied)
    assert witness() is None
    assert all(on_gui for generation, on_gui in collections if generation == 2)


def test_memory_grown_by_half_is_collected_whole(qtbot, ctx, monkeypatch, collections, tidies):
    """…at once when the officer is away already."""
    ui = ui_for(ctx)
    monkeypatch.setattr(tasks, "_thaw_asked", False)
    monkeypatch.setattr(tasks, "_officer_away", lambda: True)
    _grown_by(monkeypatch, tasks._THAW_GROWTH)
    witness = _frozen_cycle()
    _work_done(qtbot, ui, tidies)
    assert witness() is not None  # grown by a little: no thaw

    grown = [[] for _ in range(300_000)]  # kept, as a cache keeps what it read
    _work_done(qtbot, ui, tidies, result=grown)
    assert witness() is None
    assert all(on_gui for generation, on_gui in collections if generation == 2)
    assert tasks._held_after_thaw >= sys.getallocatedblocks() - 10_000  # measured again
