"""A person chart read in the reader process is the chart read here: the same people, subject
and data for every person chart, period kind and language, on a company with leave, a move and
a corrected published figure; a read no longer wanted is skipped; a dead process is replaced by
a read here."""

from __future__ import annotations

import datetime as dt
import logging
import os
import signal
import sys

import pytest

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import charts_data as cd
from salesperf_desktop.services import movements as mvs
from salesperf_desktop.services.chart_work import (
    COMPANY,
    PERSON_CHARTS,
    ChartRequest,
    chart_work,
    person_chart,
)
from salesperf_desktop.services.entry import CellWrite, save_values
from salesperf_desktop.services.progress import Cancelled, run_to_end
from salesperf_desktop.services.reader_process import ReaderProcess
from tests.services.support import staff_id as staff_of

PERIODS = (Period.month(2026, 10), Period.month(2026, 9), Period.quarter(2026, 3))
PERIODS += (Period.of_year(2026),)
STILL_THERE = 60  # seconds a read may take before the test gives up on it (a hang's guard)


@pytest.fixture
def messy(demo_copy):
    """The demo company (drafts in October, published and signed months before it) with a
    maternity leave, a move in mid-month and a published figure corrected afterwards."""
    ctx = demo_copy
    on_leave, moved = staff_of(ctx, "E003"), staff_of(ctx, "E005")
    leave = mvs.LeaveDraft("maternity", dt.date(2026, 9, 1), dt.date(2026, 10, 31))
    mvs.record_leave(ctx, on_leave, leave, reason="补录产假")
    move = mvs.MoveDraft(dt.date(2026, 10, 15), "transfer", 3, "sales_rep", "区域调整")
    mvs.record_move(ctx, moved, move)
    fix = CellWrite(staff_of(ctx, "E006"), "sales_achievement", "actual", 400_000)
    save_values(ctx, Period.month(2026, 9), [fix], reason="ERP补录")
    return ctx


def _here(ctx, request: ChartRequest):
    """The chart as the tab computed it before (in its own process, nothing known)."""
    return run_to_end(chart_work(ctx, request, {}))


def _served_there(reader: ReaderProcess, caplog) -> bool:
    gave_up = [r for r in caplog.records if r.name.endswith("reader_process")]
    return reader.worker_pid() not in (None, os.getpid()) and not gave_up


def test_every_person_chart_read_there_is_the_one_read_here(messy, reader, caplog):
    caplog.set_level(logging.WARNING)
    people = [p.staff_id for p in cd.people_in(messy, Period.month(2026, 10))]
    subjects = [None, COMPANY, *people]  # None: the first person; COMPANY: nobody listed
    seen = set()
    for period in PERIODS:
        for chart in PERSON_CHARTS:
            for lang in ("zh_CN", "en"):  # (the window's language is zh_CN)
                for subject in subjects if lang == "zh_CN" else subjects[:3]:
                    request = ChartRequest(chart, period, "person", subject, lang)
                    there = reader.read(messy, person_chart, request)
                    assert there == _here(messy, request), request
                    assert not there.computed  # no period results come back over the pipe
                    seen.add((chart, there.data is None, type(there.data).__name__))
    # Every chart drew something somewhere, and the not-graded cases came through too.
    assert {c for c, empty, _ in seen if not empty} == set(PERSON_CHARTS)
    assert _served_there(reader, caplog)


def test_a_person_chart_there_sees_what_was_committed_here(messy, reader, caplog):
    caplog.set_level(logging.WARNING)
    person = staff_of(messy, "E004")
    request = ChartRequest("trend", Period.month(2026, 10), "person", person, "zh_CN")
    before = reader.read(messy, person_chart, request)
    october = Period.month(2026, 10)
    save_values(messy, october, [CellWrite(person, "sales_achievement", "actual", 1)])
    after = reader.read(messy, person_chart, request)
    assert after != before and after == _here(messy, request)
    assert _served_there(reader, caplog)


def test_a_read_dropped_before_the_process_takes_it_is_never_read(messy, reader):
    """Choices made in a row: the process is busy, the reads queued behind it are dropped."""
    request = ChartRequest("trend", Period.of_year(2026), "person", None, "zh_CN")
    sent = [reader.send(messy, person_chart, request) for _ in range(6)]
    for older in sent[:-1]:
        reader.drop(older)
    skipped = [s for s in sent[:-1] if s.future.cancelled()]
    assert skipped  # (the process takes at most a couple ahead of the one it reads)
    with pytest.raises(Cancelled):
        reader.result(skipped[0], messy, person_chart, request)
    assert reader.result(sent[-1], messy, person_chart, request) == _here(messy, request)
    assert reader.worker_pid() is not None  # a dropped read is no failure of the process


@pytest.mark.skipif(sys.platform != "linux", reason="kills a process")
def test_a_dead_process_is_replaced_by_a_read_here(messy, reader, caplog):
    request = ChartRequest("radar", Period.quarter(2026, 3), "person", None, "zh_CN")
    expected = _here(messy, request)
    assert reader.read(messy, person_chart, request) == expected
    os.kill(reader.worker_pid(), signal.SIGKILL)

    caplog.set_level(logging.WARNING)
    assert reader.read(messy, person_chart, request) == expected
    assert any("reader process" in r.getMessage() for r in caplog.records)
    assert reader.worker_pid() is None  # read here for the rest of the run
    assert reader.read(messy, person_chart, request) == expected
