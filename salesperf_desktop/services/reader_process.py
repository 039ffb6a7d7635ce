"""The window's start-up reads in a second process, so that they do not hold this process's GIL.

Everything Python in the window's process runs one thing at a time (the GIL): at 3,000 staff
× 36 months the reads of 本月待办, the Monthly entry month, the Charts period and the staff
register (well over a second of CPU together) would wait for, and hold up, the matplotlib
import and the painting. In a process of their own they run on the other core (every laptop the
program runs on has two) and their results come back pickled.

One rule, one code path: the process runs the same service function (``read(ctx, *args)``) on
the same file (``services.reader_worker``, read-only). Whenever the process cannot serve a read
(not started, failed to start, crashed, the read raised) the read runs here as before, and the
log says why: the officer sees no difference but the speed.

The program has one reader (``reader``). Start-up starts it just before the first paint (its
interpreter and imports run on the other core, idle until then, while the window paints and
opens the file), and as soon as the file is open sends it the tabs' first reads
(``send_ahead``, ``services.start_reads``) while the window loads and builds its tabs; each tab
is then given the read sent ahead for it. Idle for ``IDLE_SECONDS`` it exits (its memory given
back) and the next read starts it again. ``interrupt`` kills a read under way before the main
process closes or replaces the file (it only reads: nothing to finish).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from salesperf_desktop.services import reader_worker
from salesperf_desktop.services.progress import Cancelled

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from salesperf_desktop.app_context import AppContext

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class Sent:
    """A read handed to the process (``ReaderProcess.send``)."""

    future: Future
    stops: int  # the interrupts so far then: a read failing across one was interrupted


@dataclass(frozen=True)
class _Ahead:
    """A read sent before the window asked for it (``ReaderProcess.send_ahead``)."""

    engine: Any  # the window's engine on the file (a file opened again is another)
    where: tuple
    read: Callable[..., Any]
    args: tuple
    written: int  # the engine's commits when it was sent (``storage.commit_count``)
    sent: Sent


# Idle this long, the process exits; the next read starts it again (about a second of the other
# core). Long enough to serve a session of edits, each followed by a read of what is due.
IDLE_SECONDS = 60.0
_POLL_SECONDS = 0.1  # how often a thread waiting for a read looks whether it was cancelled


class ReaderProcess:
    """A pool of one spawned process for reads, started and stopped as described above."""

    def __init__(self, idle_seconds: float = IDLE_SECONDS) -> None:
        self.idle_seconds = idle_seconds
        # (re-entrant: a future's done-callbacks take it, and may run in the thread adding them)
        self._lock = threading.RLock()
        self._pool: ProcessPoolExecutor | None = None
        self._warm_up: Future | None = None
        self._pid: int | None = None
        self._enabled = False  # start() was called (the window's program; not the CLI, tests)
        self._failed = False  # it failed once: every read of this run stays in this process
        self._running: set[Future] = set()  # sent and not finished (the warm-up too)
        self._stops = 0  # interrupts so far: a read failing across one was interrupted
        self._idle: threading.Timer | None = None
        self._ahead: list[_Ahead] = []  # sent ahead and not yet asked for (start-up)

    # ------------------------------------------------------------------ the process

    def start(self) -> None:
        """Start the process now (reads from now on go to it); nothing if it runs or failed."""
        with self._lock:
            self._enabled = True
            if not self._failed:
                self._ensure_pool()
                self._arm_idle_timer()

    def worker_pid(self) -> int | None:
        """The process's id once it has started (its memory, for the benchmarks); None without."""
        with self._lock:
            return self._pid if self._pool is not None else None

    def interrupt(self) -> None:
        """Kill the process if a read is under way (the file is about to be closed or replaced,
        or the program ends); an idle process stays. The next read starts a new one."""
        with self._lock:
            if not any(not f.done() for f in self._running):
                return
            pool = self._take_pool()
        _kill(pool)

    def close(self) -> None:
        """The program's end: no more reads here; the process is killed, not waited for. A
        later ``start`` begins afresh (a failure of this run is not carried into the next)."""
        with self._lock:
            self._enabled = False
            self._failed = False
            pool = self._take_pool()
        _kill(pool)

    def _ensure_pool(self) -> ProcessPoolExecutor:  # (under the lock)
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # spawn, not fork: this process runs Qt's threads (services/printing.py too).
            self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
            # (a process is started for its first task: the imports start now)
            self._warm_up = self._pool.submit(reader_worker.ready)
            self._track(self._warm_up)
            self._warm_up.add_done_callback(self._started)
        return self._pool

    def _started(self, warm_up: Future) -> None:
        with self._lock:
            if warm_up is self._warm_up and not warm_up.cancelled() and not warm_up.exception():
                self._pid = warm_up.result()

    def _take_pool(self) -> ProcessPoolExecutor | None:  # (under the lock)
        pool, self._pool, self._pid, self._warm_up = self._pool, None, None, None
        self._stops += 1
        self._running.clear()
        self._ahead = []  # (their reads go with the process)
        if self._idle is not None:
            self._idle.cancel()
            self._idle = None
        return pool

    def _track(self, future: Future) -> None:  # (under the lock)
        self._running.add(future)
        future.add_done_callback(self._finished)

    def _finished(self, future: Future) -> None:
        with self._lock:
            self._running.discard(future)
            if not self._running and self._pool is not None:
                self._arm_idle_timer()

    def _arm_idle_timer(self) -> None:  # (under the lock)
        if self._idle is not None:
            self._idle.cancel()
        self._idle = threading.Timer(self.idle_seconds, self._stop_if_idle)
        self._idle.daemon = True  # never keeps the program from ending
        self._idle.start()

    def _stop_if_idle(self) -> None:
        with self._lock:
            if self._running or self._pool is None:
                return
            pool = self._take_pool()
        pool.shutdown(wait=False)  # idle: it exits at once

    # ------------------------------------------------------------------ reads

    def send(self, ctx: AppContext, read: Callable[..., T], *args: Any) -> Sent | None:
        """Start ``read(ctx, *args)`` in the process now (the caller's thread only hands it
        over: no wait for a free thread of its own first); None: to be read here.

        *read* is a module-level function of ``services`` that only reads (it goes over the
        pipe by name), and its arguments and result pickle."""
        ahead = self._take_ahead(ctx, read, args)
        if ahead is not None:
            return ahead
        return self._send(reader_worker.run, _where(ctx), read, args)

    def send_ahead(self, ctx: AppContext, reads: list[tuple[Callable[..., Any], tuple]]) -> None:
        """Start-up: hand *reads* (``services.start_reads``) to the process now, before the
        window asks for them. A ``send`` of the same read is given the one sent ahead (its
        result, when ready), unless this process has written to the file since; every other
        read sent ahead of the same function is then dropped. Nothing if not started."""
        from salesperf_desktop.storage.commit_count import commits

        where, written = _where(ctx), commits(ctx.engine)
        for read, args in reads:
            sent = self._send(reader_worker.run, where, read, args)
            if sent is not None:
                with self._lock:
                    self._ahead.append(_Ahead(ctx.engine, where, read, args, written, sent))

    def forget_ahead(self) -> None:
        """Start-up is over: the reads sent ahead and not asked for are dropped."""
        with self._lock:
            ahead, self._ahead = self._ahead, []
        for item in ahead:
            item.sent.future.cancel()  # (skipped there if not started; else its result unread)

    def _take_ahead(self, ctx: AppContext, read: Callable[..., Any], args: tuple) -> Sent | None:
        """The read sent ahead for exactly this, if nothing was written since it was sent."""
        from salesperf_desktop.storage.commit_count import commits

        with self._lock:
            same = [a for a in self._ahead if a.read is read]
            if not same:
                return None
            self._ahead = [a for a in self._ahead if a.read is not read]
        where, written = _where(ctx), commits(ctx.engine)
        found = None
        for item in same:
            fits = item.engine is ctx.engine and item.where == where and item.args == args
            if found is None and fits and item.written == written:
                found = item.sent
            else:
                item.sent.future.cancel()
        return found

    def result(
        self,
        sent: Sent | None,
        ctx: AppContext,
        read: Callable[..., T],
        *args: Any,
        cancel: threading.Event | None = None,
    ) -> T:
        """What ``read(ctx, *args)`` gives, read by the process when *sent* (what ``send``
        gave for the same read; this thread only waits, holding no GIL), else here. *cancel*
        set: ``Cancelled`` at once. A read the process failed is read here."""
        if cancel is not None and cancel.is_set():  # (given up before it started)
            raise Cancelled()
        if sent is None:
            return read(ctx, *args)
        try:
            return _wait(sent.future, cancel)
        except Cancelled:
            raise
        except Exception as exc:
            if sent.future.cancelled():  # dropped (``drop``): not a failure of the process
                raise Cancelled() from exc
            if not self._fail(exc, sent.stops):
                raise Cancelled() from exc  # interrupted: the window that asked is closing
        return read(ctx, *args)

    def job(self, ctx: AppContext, read: Callable[..., T], *args: Any):
        """``read(ctx, *args)`` handed to the process now (``send``: at start-up the window's
        threads are all busy, and a job may wait a second for one), and the task-runner job
        that waits for it (``result``; a generator with no steps to show). Returns (what was
        sent, None if it is read here; the job)."""
        sent = self.send(ctx, read, *args)

        def job(cancel: threading.Event):
            yield from ()
            return self.result(sent, ctx, read, *args, cancel=cancel)

        return sent, job

    def drop(self, sent: Sent | None) -> None:
        """*sent* is no longer wanted (a newer read replaces it): the process skips it if it
        has not taken it yet, so that choices made in a row do not queue up stale reads."""
        if sent is not None:
            sent.future.cancel()

    def read(
        self,
        ctx: AppContext,
        read: Callable[..., T],
        *args: Any,
        cancel: threading.Event | None = None,
    ) -> T:
        """``read(ctx, *args)`` by the process when it can: ``send`` then ``result``."""
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        return self.result(self.send(ctx, read, *args), ctx, read, *args, cancel=cancel)

    def _send(self, call, *args: Any) -> Sent | None:
        """The read's future and the interrupts so far; None: read it in this process."""
        with self._lock:
            if not self._enabled or self._failed:
                return None
            try:
                future = self._ensure_pool().submit(call, *args)
            except Exception as exc:  # (BrokenProcessPool: it died idle)
                pool = self._take_pool()
                self._failed = True
                log.warning("the reader process cannot take a read (%s): read here", exc)
            else:
                self._track(future)
                if self._idle is not None:
                    self._idle.cancel()
                    self._idle = None
                return Sent(future, self._stops)
        _kill(pool)
        return None

    def _fail(self, exc: Exception, stops: int) -> bool:
        """After a read failed there: False when it was interrupted (a window closing); else
        the process is given up for this run (logged) and True: read here instead."""
        with self._lock:
            if self._stops != stops:
                return False
            self._failed = True
            pool = self._take_pool()
        log.warning("the reader process failed (%r): reads here from now on", exc)
        _kill(pool)
        return True


def _where(ctx: AppContext) -> tuple:
    """The file and the context a read runs on there (``reader_worker.run``)."""
    from salesperf_desktop.storage import cipher

    # The key of an encrypted file goes over the pipe, to the process's memory only.
    return (str(ctx.db_path), cipher.key_for(ctx.db_path), ctx.today(), ctx.lang)


def _wait(future: Future, cancel: threading.Event | None) -> Any:
    from concurrent.futures import wait

    while cancel is not None and not future.done():
        if cancel.is_set():
            raise Cancelled()
        wait([future], timeout=_POLL_SECONDS)
    return future.result()


def _kill(pool: ProcessPoolExecutor | None) -> None:
    """Shut *pool* down without waiting: its process only reads, so a read under way is
    dropped (SQLite's read lock goes with the process; nothing is half-written)."""
    if pool is None:
        return
    processes = list((getattr(pool, "_processes", None) or {}).values())  # 3.14: kill_workers()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.kill()


# The program's reader (one process for the whole program, as the thread pool is one).
reader = ReaderProcess()
