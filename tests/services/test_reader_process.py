"""本月待办 read in the reader process: the same list as read here, committed edits seen, and a
process that dies, hangs or is stopped never costs the officer the list (nor a hang)."""

from __future__ import annotations

import datetime as dt
import logging
import os
import signal
import sys
import threading

import pytest

from salesperf_desktop.domain.due import DueKind
from salesperf_desktop.services.appeals import appraisal_id_for, submit_appeal
from salesperf_desktop.services.due import due_this_month
from salesperf_desktop.services.progress import Cancelled
from salesperf_desktop.services.reader_process import ReaderProcess
from salesperf_desktop.services.reviews import InterviewDraft, store_interview

D = dt.date
# Days across the demo's history: publication day, inside appeal windows, after deadlines.
DAYS = (D(2026, 9, 30), D(2026, 10, 12), D(2026, 11, 20))
STILL_THERE = 60  # seconds a test waits for a thread that should end at once (a hang's guard)
linux_only = pytest.mark.skipif(sys.platform != "linux", reason="kills and stops processes")


@pytest.fixture
def demo(demo_copy):
    return demo_copy


def _served_there(reader: ReaderProcess, caplog) -> bool:
    """The process read it: it is still there and nothing was read here instead."""
    gave_up = [r for r in caplog.records if r.name.endswith("reader_process")]
    return reader.worker_pid() not in (None, os.getpid()) and not gave_up


def test_the_process_reads_the_list_this_process_would(demo, reader, caplog):
    caplog.set_level(logging.WARNING)
    for lang in ("zh_CN", "en"):
        for day in DAYS:
            assert reader.read(demo, due_this_month, day, lang) == due_this_month(demo, day, lang)
    assert _served_there(reader, caplog)


def test_a_read_handed_over_is_read_while_nobody_waits_for_it(demo, reader, caplog):
    """At start-up the window's threads are busy: the read is handed to the process first and
    is under way (then done) before any thread comes to wait for it."""
    caplog.set_level(logging.WARNING)
    today = D(2026, 10, 12)
    sent = reader.send(demo, due_this_month, today, "zh_CN")
    assert sent is not None
    sent.future.result(timeout=STILL_THERE)  # read with nobody waiting
    read = reader.result(sent, demo, due_this_month, today, "zh_CN")
    assert read == due_this_month(demo, today, "zh_CN")
    assert _served_there(reader, caplog)


def test_without_a_process_nothing_is_handed_over_and_the_list_is_read_here(demo):
    idle = ReaderProcess()  # never started (the command line, tests)
    assert idle.send(demo, due_this_month, D(2026, 10, 12), "zh_CN") is None
    read = idle.result(None, demo, due_this_month, D(2026, 10, 12), "zh_CN")
    assert read == due_this_month(demo, D(2026, 10, 12), "zh_CN")


def test_the_process_sees_what_this_process_committed(demo, reader, caplog):
    caplog.set_level(logging.WARNING)
    today = D(2026, 10, 12)
    before = reader.read(demo, due_this_month, today, "zh_CN")
    # Committed here, still in the -wal (not checkpointed into the file): the process reads it.
    appraisal = appraisal_id_for(demo, "E006", "2026-09")
    appeal = submit_appeal(demo, appraisal, filed_on=D(2026, 10, 9), reason="到账时间")
    staff_id = next(
        i.place.staff_id
        for i in before.group(DueKind.INTERVIEWS).items
        if i.text.startswith("E001 ")
    )
    draft = InterviewDraft(staff_id=staff_id, period="2026-09", held_on=today, goal="复盘")
    store_interview(demo, draft)

    after = reader.read(demo, due_this_month, today, "zh_CN")
    assert after == due_this_month(demo, today, "zh_CN")
    assert after != before
    assert any(appeal.number in i.text for i in after.group(DueKind.APPEALS).items)
    assert after.group(DueKind.INTERVIEWS).count == before.group(DueKind.INTERVIEWS).count - 1
    assert _served_there(reader, caplog)


def test_an_encrypted_file_is_read_there_with_the_key_it_is_given(demo, reader, caplog):
    from salesperf_desktop.services.security import set_password

    set_password(demo, "秘密-2026")
    assert demo.encrypted
    caplog.set_level(logging.WARNING)
    today = D(2026, 11, 20)
    assert reader.read(demo, due_this_month, today, "zh_CN") == due_this_month(demo, today, "zh_CN")
    assert _served_there(reader, caplog)


@linux_only
def test_a_process_that_died_is_replaced_by_a_read_here(demo, reader, caplog):
    today = D(2026, 11, 20)
    expected = due_this_month(demo, today, "zh_CN")
    assert reader.read(demo, due_this_month, today, "zh_CN") == expected
    os.kill(reader.worker_pid(), signal.SIGKILL)

    caplog.set_level(logging.WARNING)
    assert reader.read(demo, due_this_month, today, "zh_CN") == expected
    assert any("reader process" in r.getMessage() for r in caplog.records)
    assert reader.worker_pid() is None  # given up for the rest of the run: read here
    assert reader.read(demo, due_this_month, today, "zh_CN") == expected


def test_a_program_without_the_process_reads_here(demo):
    idle = ReaderProcess()  # never started (the command line, a test's window)
    today = D(2026, 11, 20)
    assert idle.read(demo, due_this_month, today, "zh_CN") == due_this_month(demo, today, "zh_CN")
    assert idle.worker_pid() is None


def _read_in_thread(reader, demo, cancel=None) -> tuple[threading.Thread, dict]:
    outcome: dict = {}

    def read() -> None:
        try:
            outcome["due"] = reader.read(
                demo, due_this_month, D(2026, 11, 20), "zh_CN", cancel=cancel
            )
        except BaseException as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread, outcome


def _hung(reader: ReaderProcess, demo) -> int:
    """The process started and then stopped dead (SIGSTOP): a read sent to it never ends."""
    reader.read(demo, due_this_month, D(2026, 11, 20), "zh_CN")  # started and serving
    pid = reader.worker_pid()
    os.kill(pid, signal.SIGSTOP)
    return pid


@linux_only
def test_a_read_under_way_is_given_up_when_cancelled(demo, reader):
    pid = _hung(reader, demo)
    try:
        cancel = threading.Event()
        thread, outcome = _read_in_thread(reader, demo, cancel)
        thread.join(0.5)
        assert thread.is_alive()  # waiting for the stopped process
        cancel.set()
        thread.join(STILL_THERE)
        assert not thread.is_alive() and isinstance(outcome.get("error"), Cancelled)
    finally:
        os.kill(pid, signal.SIGCONT)


@linux_only
def test_the_program_ending_does_not_wait_for_a_read_under_way(demo, reader):
    pid = _hung(reader, demo)
    thread, outcome = _read_in_thread(reader, demo)
    thread.join(0.5)
    assert thread.is_alive()  # waiting for the stopped process
    reader.interrupt()  # (a window closing; close() at the program's end does the same)
    thread.join(STILL_THERE)
    assert not thread.is_alive() and isinstance(outcome.get("error"), Cancelled)
    assert _gone(pid)  # killed, stopped as it was
    # Not a failure: the next read starts a new process.
    assert reader.read(demo, due_this_month, D(2026, 11, 20), "zh_CN") is not None
    assert reader.worker_pid() not in (None, pid)


def _gone(pid: int) -> bool:
    """*pid* has ended (a zombie until the pool's own thread reaps it, then gone)."""
    import time

    deadline = time.monotonic() + STILL_THERE
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                if stat.read().rsplit(")", 1)[1].split()[0] == "Z":
                    return True
        except (FileNotFoundError, ProcessLookupError):  # (gone, or going while read)
            return True
        time.sleep(0.05)
    return False


def test_an_idle_process_exits_and_the_next_read_starts_another(demo, caplog):
    import time

    reader = ReaderProcess(idle_seconds=0.2)
    reader.start()
    try:
        today = D(2026, 11, 20)
        assert reader.read(demo, due_this_month, today, "zh_CN") == due_this_month(
            demo, today, "zh_CN"
        )
        first = reader.worker_pid()
        deadline = time.monotonic() + STILL_THERE
        while reader.worker_pid() is not None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert reader.worker_pid() is None  # its memory given back
        caplog.set_level(logging.WARNING)
        assert reader.read(demo, due_this_month, today, "zh_CN") == due_this_month(
            demo, today, "zh_CN"
        )
        assert not caplog.records  # read by a new process (a read here is always logged)
        assert first is not None
    finally:
        reader.close()
