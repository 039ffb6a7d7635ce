"""The single background task runner.

Long work is written in services/ as a generator that yields ``Progress`` and returns a result
(TagStudio's habit). ``TaskRunner.run`` executes it on the thread pool, shows a cancellable
progress dialog and hands the result back on the GUI thread. A worker never receives ORM objects:
it opens its own session from the context's session factory.

Two things keep the window's results right while work runs behind it (git-cola's habit):

- a *lane*: jobs given the same lane run one after another, in the order they were started (a
  grid's save before the reload that must see it; a second edit's save after the first's);
- a *latest* key: a job started with the key of an earlier one that has not finished makes
  the earlier one stale: it is cancelled, never started if still queued, and its result is
  dropped (the officer chose another period while the last one was being computed).

Progress is shown in a modal ``QProgressDialog`` (long jobs the officer waits for: printing,
importing) or in a ``ProgressView`` inside a tab (a period being computed: the window stays
usable, and choosing another period simply supersedes the job).
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import sys
import threading
import traceback
from collections import deque
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, Qt, QThread, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from salesperf_desktop.services.progress import Cancelled, Progress, TimeLeft, describe

log = logging.getLogger(__name__)


@dataclass
class TaskOutcome:
    result: Any = None
    error: BaseException | None = None
    details: str = ""
    cancelled: bool = False
    # Set by the runner for an error: ``message`` is its plain text in the window's language;
    # ``reported``: a fault of the machine (disk full, locked …) already told in the fault
    # dialog, so the caller only tidies up.
    message: str = ""
    reported: bool = False


class _Signals(QObject):
    progress = Signal(object)  # a Progress
    finished = Signal(object)


class _Job(QRunnable):
    def __init__(self, factory: Callable[[threading.Event], Generator[Progress, None, Any]]):
        super().__init__()
        self.signals = _Signals()
        self.cancel_event = threading.Event()
        self.stale = False  # superseded by a newer job of the same key: its result is dropped
        self.close_progress: Callable[[], None] = lambda: None
        self.pool: QThreadPool | None = None  # where it runs (TaskRunner.run)
        self.below_the_window = False  # file work: yields a busy core (``_below_the_window``)
        self.elsewhere = False  # waits for the reader process: holds none of the pool's threads
        self._factory = factory
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self.cancel_event.set()

    def run(self) -> None:  # worker thread
        if self.below_the_window:
            _below_the_window()
        if self.elsewhere and self.pool is not None:
            # Qt's idiom for a thread that goes to sleep waiting: another of the pool's jobs
            # may start meanwhile (given back below; balanced, the pool's count is unchanged).
            self.pool.releaseThread()
        try:
            self._run()
        finally:
            if self.elsewhere and self.pool is not None:
                self.pool.reserveThread()

    def _run(self) -> None:
        outcome = TaskOutcome()
        try:
            gen = self._factory(self.cancel_event)
            while True:
                try:
                    step = next(gen)
                except StopIteration as stop:
                    outcome.result = stop.value
                    break
                if self.cancel_event.is_set():
                    gen.close()
                    raise Cancelled()
                self.signals.progress.emit(step)
        except Cancelled:
            outcome.cancelled = True
        except BaseException as exc:
            outcome.error = exc
            outcome.details = traceback.format_exc()
        self.signals.finished.emit(outcome)


_IDLE_POLL_MS = 100  # how often ``TaskRunner.when_idle`` looks whether the runner is idle

# How far below the window's threads file work runs on Linux (a thread's nice value: 0 to 19).
_FILE_WORK_NICE = 10


def _below_the_window() -> None:  # the file work's own thread
    """File work yields a core to the window's threads when both want one: on a 2-core laptop
    the whole-file check of a 3,000 × 36 file keeps a core busy for 9 s, all through the
    start, while the tabs' reads want that core for SQLite's part of their work. A core
    nobody else wants it still uses in full. Qt's thread priority counts on Windows and
    macOS; Linux ignores it for ordinary threads and goes by the thread's nice value."""
    QThread.currentThread().setPriority(QThread.Priority.LowPriority)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):  # (never fatal: the work runs as before)
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), _FILE_WORK_NICE)


def _tell(outcome: TaskOutcome, title: str, parent: QWidget | None) -> None:
    """Every error's traceback goes to the log; a fault of the machine is told in the fault
    dialog here, once for every task; a refusal is left to the caller, in plain words."""
    from salesperf_desktop.i18n_qt import current_language
    from salesperf_desktop.services.faults import classify
    from salesperf_desktop.ui.fault_dialog import report_fault
    from salesperf_desktop.ui.labels import refusal_text

    lang = current_language()
    error = outcome.error
    fault = classify(error)
    if fault.of_the_machine:
        report_fault(parent, error, lang=lang, context=title, tb=outcome.details)
        outcome.reported = True
        outcome.message = fault.message(lang)
        return
    # (log.log: the translation test reads .warning(...) calls as message boxes)
    log.log(logging.WARNING, "%s: %s\n%s", title, error, outcome.details, extra={"file_only": True})
    outcome.message = refusal_text(error, lang)


def _window_language() -> str:
    from salesperf_desktop.i18n_qt import current_language

    return current_language()


class ProgressView(Protocol):
    """Where a job's progress is shown when not in a dialog (``ui.progress_strip``).

    ``step``'s *message* is the job's ``Progress`` told in the window's language by
    ``services.progress.describe``: the step, 第 x 份/共 y 份, and the time left once known."""

    def begin(self, job: object, title: str, cancel: Callable[[], None] | None) -> None: ...
    def step(self, job: object, done: int, total: int, message: str) -> None: ...
    def end(self, job: object) -> None: ...


# Python's full (generation 2) garbage collection holds the GIL for as long as it takes: over
# what a period's computation keeps alive (the results shown, cached) 200-300 ms on a busy
# 2-core machine, during which the GUI thread cannot run. So while jobs run only the young
# generations are collected (cheap, bounded).
#
# Once the last job is done and the window is idle (``_tidy``), the youngest generation is
# collected and what is alive is frozen (``gc.freeze``, which only moves a list): it is what the
# window shows and keeps, and later collections need not walk it again. Not the middle
# generation: while a read or a score pauses the collector (services/collector.py) what it makes
# piles up there, 200,000 objects after a few months at 3,000 staff, and walking them took
# 120-180 ms. Measured over 18 period switches at 3,000 × 36, neither that nor the full
# collection that ran here before freed a single object: a job's garbage goes by reference
# counting.
#
# An object frozen alive is still freed when its last reference goes; only a reference cycle
# among frozen objects stays, until a thaw: everything unfrozen and the whole heap collected (at
# 3,000 staff × 36 months 200 ms, at 300 staff about 100 ms, mostly the program itself). At that
# cost a thaw is rare, not a rhythm. It is due when the memory Python holds has grown by half
# since the last one (what waits for it is at most that much), read as its count of allocated
# blocks (well under a millisecond; counting the frozen objects walks them, 40 ms at 3,000 ×
# 36), and it then waits for the officer to turn to another program (the window inactive: the
# pause falls where nobody looks), unless the memory doubles first. After a window was
# replaced it runs in the next tidy-up (``thaw_soon``: the old window and its data go at once).
#
# Every collection here runs on the GUI thread: it may free Qt objects and the Python callables
# connected to Qt signals, which must go on the thread that owns them. On a worker it
# deadlocked: PySide, disconnecting a freed receiver there, waited for the GIL while holding
# Qt's lock of signals, which the GUI thread, holding the GIL, waited for to connect another.
_FULL_GC_DEFERRED = 1_000_000
_THAW_GROWTH = 1.5  # the memory grown by this since the last thaw: thaw once the officer is away
_THAW_ANYWAY = 2.0  # grown by this: thaw in the next tidy-up, away or not
_TIDY_AFTER_MS = 300  # the result painted and the officer's next click not yet come
_gc_lock = threading.Lock()
_gc_jobs = 0
_gc_threshold: tuple[int, int, int] | None = None
_held_after_thaw = 0  # Python's allocated blocks after the last thaw (0: none yet)
_thaw_asked = False
_thaw_due = False  # grown by half: the thaw waits for the window to be inactive
_watching = False  # the application's state is watched (``_watch_the_officer``)


def _job_started() -> None:
    global _gc_jobs, _gc_threshold
    with _gc_lock:
        if _gc_jobs == 0 and _gc_threshold is None:
            _gc_threshold = gc.get_threshold()
            gc.set_threshold(_gc_threshold[0], _gc_threshold[1], _FULL_GC_DEFERRED)
        _gc_jobs += 1


def _job_ended() -> bool:
    """True when it was the last job: the tidy-up is due (``_tidy``)."""
    global _gc_jobs
    with _gc_lock:
        _gc_jobs = max(0, _gc_jobs - 1)
        return _gc_jobs == 0


def _tidy() -> None:  # GUI thread
    """After the work: the youngest generation collected and what lives frozen; a thaw when
    due."""
    global _gc_threshold, _held_after_thaw, _thaw_due
    gc.collect(0)
    gc.freeze()
    held = sys.getallocatedblocks()
    if not _held_after_thaw:  # the first tidy-up (after the start): the measure to grow from
        _held_after_thaw = held
    elif _thaw_asked or held > _held_after_thaw * _THAW_ANYWAY:
        _thaw()
    elif held > _held_after_thaw * _THAW_GROWTH:
        if _officer_away():
            _thaw()
        else:
            _thaw_due = True
    with _gc_lock:
        if _gc_jobs == 0 and _gc_threshold is not None:
            gc.set_threshold(*_gc_threshold)
            _gc_threshold = None


def _thaw() -> None:  # GUI thread
    global _held_after_thaw, _thaw_asked, _thaw_due
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    _held_after_thaw = sys.getallocatedblocks()
    _thaw_asked = _thaw_due = False


def _officer_away() -> bool:
    """No window of the program is active (she works in another program)."""
    return QGuiApplication.applicationState() != Qt.ApplicationState.ApplicationActive


def _state_changed(_state) -> None:  # GUI thread (the application's signal)
    if _thaw_due and _officer_away():
        _thaw()


def _watch_the_officer() -> None:
    """Once per program: a thaw that is due runs when the window turns inactive."""
    global _watching
    app = QGuiApplication.instance()
    if not _watching and app is not None:
        app.applicationStateChanged.connect(_state_changed)
        _watching = True


def thaw_soon() -> None:
    """A window was closed or replaced: its objects were frozen with it, and those in reference
    cycles go only in a thaw, which the next tidy-up runs."""
    global _thaw_asked
    _thaw_asked = True


def _tidy_if_idle() -> None:  # GUI thread (a timer)
    with _gc_lock:
        idle = _gc_jobs == 0
    if idle:  # (a job started meanwhile: its own end tidies up)
        _tidy()


# What ``release_later`` holds until the event loop's next turn.
_released: list[object] = []


def release_later(*objects: object) -> None:  # GUI thread
    """Let go of *objects* in a later turn of the event loop, not in the step that replaced
    them: freeing a large result is work of its own (a month of 3,000 people, 30 ms), and
    apart from the step that shows the new one neither holds the window that long."""
    if not _released:
        QTimer.singleShot(0, _released.clear)
    _released.extend(objects)


def settle_heap() -> None:
    """Once the window is built: what exists now (modules, the window) lives as long as the
    program, so the collector stops walking it (``gc.freeze``, no collection: that would be
    the very pause avoided)."""
    gc.freeze()


class TaskRunner(QObject):
    """Runs generator tasks in the background; one instance per main window."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        # Work that waits on the disk or in SQLite's C code (the whole-file check and the
        # start-up backup: 7–14 s on a 1 GB file) gets a thread of its own, so it never holds
        # one of the window's workers (two on a 2-core laptop) while the tabs load.
        if pool is None:
            self._file_pool = QThreadPool(self)
            self._file_pool.setMaxThreadCount(1)
        else:
            self._file_pool = pool
        self._jobs: set[_Job] = set()
        self._lanes: dict[str, deque[_Job]] = {}
        self._latest: dict[str, _Job] = {}
        self._idle_waiters: list[Callable[..., None]] = []  # ``when_idle``'s, not called yet
        _watch_the_officer()

    def busy(self, lane: str | None = None) -> bool:
        """Whether any job (or any job of *lane*) is queued or running."""
        if lane is None:
            return bool(self._jobs)
        return bool(self._lanes.get(lane))

    def run(
        self,
        title: str,
        factory: Callable[[threading.Event], Generator[Progress, None, Any]],
        on_done: Callable[[TaskOutcome], None],
        parent: QWidget | None = None,
        *,
        show_dialog: bool = True,
        view: ProgressView | None = None,
        lane: str | None = None,
        latest: str | None = None,
        cancellable: bool = True,
        file_work: bool = False,
        elsewhere: bool = False,
    ) -> _Job:
        """Run *factory(cancel_event)* in the background; *on_done(outcome)* on the GUI thread.

        *view*: show progress there instead of a dialog; *lane*: run after the lane's earlier
        jobs; *latest*: supersede the unfinished job of that key (its *on_done* is never
        called); *cancellable* False: no Cancel (in the view or the dialog); *file_work*: run
        on the thread kept for work that mostly waits on the file (see ``__init__``); *elsewhere*:
        the job mostly waits for a read done in the reader process (``services.reader_process``),
        so it does not count against the pool's threads (two on a 2-core laptop): jobs that only
        wait never keep the matplotlib import or a tab's read from starting."""
        job = _Job(factory)
        job.elsewhere = elsewhere
        job.pool = self._file_pool if file_work else self._pool
        job.below_the_window = file_work and self._file_pool is not self._pool  # its own thread
        if latest is not None:
            older = self._latest.get(latest)
            if older is not None:
                self._supersede(older)
            self._latest[latest] = job
        dialog = None
        if view is not None:
            view.begin(
                job, title, (lambda: self._cancel_now(job, on_done)) if cancellable else None
            )
        elif show_dialog:
            dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
            dialog.setWindowTitle(title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if cancellable:
                dialog.canceled.connect(job.cancel_event.set)
            else:  # work that must finish once started (each step leaves a whole file)
                dialog.setCancelButton(None)

        time_left = TimeLeft()

        @Slot(object)
        def on_progress(step: Progress) -> None:
            if job.stale:
                return
            done, total = step.done, step.total
            message = describe(step, _window_language(), time_left.update(step))
            if view is not None and isValid(view):  # a tab closed with its window: nothing to show
                view.step(job, done, total, message)
            if dialog is not None and isValid(dialog):  # (gone with its parent)
                dialog.setMaximum(max(total, 0))
                dialog.setValue(min(done, total) if total else 0)
                if message:
                    dialog.setLabelText(message)

        def close_progress() -> None:
            if view is not None and isValid(view):
                view.end(job)
            if dialog is not None and isValid(dialog):
                dialog.close()
                dialog.deleteLater()

        job.close_progress = close_progress

        @Slot(object)
        def on_finished(outcome: TaskOutcome) -> None:
            self._forget(job)
            self._next_in_lane(lane, job)
            if latest is not None and self._latest.get(latest) is job:
                del self._latest[latest]
            if job.stale:
                return  # superseded: its progress is closed, its result dropped
            close_progress()
            gone = parent is not None and not isValid(parent)  # its tab or dialog was closed
            if outcome.error is not None:
                _tell(outcome, title, None if gone else parent)
            if not gone:  # (a result for a deleted widget has nowhere to go)
                on_done(outcome)

        job.signals.progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)
        job.signals.finished.connect(on_finished, Qt.ConnectionType.QueuedConnection)
        self._jobs.add(job)
        _job_started()
        if lane is None:
            job.pool.start(job)
        else:
            queue = self._lanes.setdefault(lane, deque())
            queue.append(job)
            if len(queue) == 1:
                job.pool.start(job)
        return job

    def _cancel_now(self, job: _Job, on_done: Callable[[TaskOutcome], None]) -> None:
        """Cancel from a progress view: the caller hears it at once; the worker stops at its
        next step and what it still returns is dropped."""
        if job.stale or job not in self._jobs:
            return
        self._supersede(job)
        on_done(TaskOutcome(cancelled=True))

    def _supersede(self, job: _Job) -> None:
        """*job*'s result will not be wanted: cancel it; a queued one never starts."""
        job.stale = True
        job.cancel()
        job.close_progress()
        for key in [k for k, j in self._latest.items() if j is job]:
            del self._latest[key]
        for queue in self._lanes.values():
            if job in queue and queue[0] is not job:  # queued, not running: drop it now
                queue.remove(job)
                self._forget(job)

    def _forget(self, job: _Job) -> None:
        if job in self._jobs:
            self._jobs.discard(job)
            if _job_ended():  # once the result is shown: the collection holds the GIL
                QTimer.singleShot(_TIDY_AFTER_MS, _tidy_if_idle)

    def _next_in_lane(self, lane: str | None, job: _Job) -> None:
        if lane is None:
            return
        queue = self._lanes.get(lane)
        if not queue or queue[0] is not job:
            return
        queue.popleft()
        if queue:
            queue[0].pool.start(queue[0])
        else:
            del self._lanes[lane]

    def when_idle(self, call: Callable[[], None], at_most_ms: int) -> None:
        """*call* once no job of this runner is queued or running (looked at every
        ``_IDLE_POLL_MS``), or after *at_most_ms* whatever runs: for background upkeep that
        should not share the two cores with what the officer is waiting for."""
        import time

        deadline = time.monotonic() + at_most_ms / 1000
        timer = QTimer(self)
        timer.setInterval(_IDLE_POLL_MS)

        def look(now: bool = False) -> None:
            if self._jobs and time.monotonic() < deadline and not now:
                return
            timer.stop()
            timer.deleteLater()
            self._idle_waiters.remove(look)
            call()

        self._idle_waiters.append(look)
        timer.timeout.connect(look)
        timer.start()

    def stop_waiting_for_idle(self) -> None:
        """What ``when_idle`` holds back is called now (the window is closing: a start-up
        backup put off until the tabs had loaded is still made)."""
        for look in list(self._idle_waiters):
            look(now=True)

    def give_up_waiting(self) -> None:
        """Cancel every job that waits for the reader process (``elsewhere``): a window closing
        waits for its jobs, and a read queued there or in a hung process would hold it up.
        Each is told ``cancelled`` (the reader's wait stops at once)."""
        for job in list(self._jobs):
            if job.elsewhere:
                job.cancel()

    def wait_all(self, msecs: int = 30000) -> bool:
        """Wait for every job, the queued ones of a lane too (a save waiting behind another)."""
        import time

        from PySide6.QtCore import QCoreApplication

        deadline = time.monotonic() + msecs / 1000
        while True:
            left = int((deadline - time.monotonic()) * 1000)
            if left <= 0 or not all(
                pool.waitForDone(left) for pool in {self._pool, self._file_pool}
            ):
                return False
            QCoreApplication.sendPostedEvents()  # the finished signals: start what queues behind
            if not self._jobs:
                return True


def wait_for(text: str, call: Callable[[], Any], parent: QWidget | None = None) -> Any:
    """*call*'s result, worked out in a thread while a progress dialog saying *text* keeps the
    program painting; what it raises is raised here. For work the officer must wait for before
    anything else can happen and that cannot be stopped half-way (a database being migrated,
    before the window opens); everything else goes through the ``TaskRunner``."""
    from PySide6.QtCore import QEventLoop

    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    finished = _Signals()  # its finished signal reaches the GUI thread queued
    finished.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def work() -> None:
        try:
            outcome["result"] = call()
        except BaseException as exc:  # raised again on the GUI thread
            outcome["error"] = exc
        finished.finished.emit(None)

    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setObjectName("waitDialog")
    dialog.setCancelButton(None)  # half a migration is no state to leave a file in
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setWindowTitle("SalesPerf Desktop")
    dialog.show()
    worker = threading.Thread(target=work, name="wait_for", daemon=True)
    worker.start()
    loop.exec()
    worker.join()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


def one_step(
    call: Callable[..., Any], *args: Any, **kwargs: Any
) -> Callable[[threading.Event], Generator[Progress, None, Any]]:
    """A task for ``TaskRunner.run`` around one plain service call that has no steps of its own
    (an export, a template file): too long for the GUI thread on a big database, too short
    to report progress. Its result is the call's."""

    def factory(_cancel: threading.Event) -> Generator[Progress, None, Any]:
        yield Progress(0, 0, "")
        return call(*args, **kwargs)

    return factory
