"""The Monthly entry sheet read in the reader process (issue #19) is the sheet read here.

Old rule: ``load_sheet`` in the window's process. New path: ``read_sheet`` in the reader
process, pickled (templates without their scoring plans, the move hooks as data, the month
before left behind) and unpickled and wired here by ``sheet_from``. On the messy demo of
``test_entry_sheet_read`` (transfers within October, 事假, a leaver, a quarterly rep, missing
targets and ratings, derived "reps who met target", signed and published months) both give
the same rows, results, flags and lists, and the same results after the same edits and saves.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import signal
import sys

import pytest

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.rules import ScaleRule
from salesperf_desktop.services import movements as mvs
from salesperf_desktop.services.entry import (
    CellWrite,
    EntrySheet,
    fields_for,
    load_sheet,
    read_sheet,
    save_values,
    sheet_from,
)
from salesperf_desktop.services.reader_process import ReaderProcess
from tests.services.support import opened_copy, staff_id
from tests.services.test_entry_sheet_read import CHANNEL, _make_messy, _sql

SEPTEMBER, OCTOBER, NOVEMBER = (Period.month(2026, n) for n in (9, 10, 11))
PERIODS = (SEPTEMBER, OCTOBER, NOVEMBER, *map(Period.parse, ("2026-Q3", "2026-Q4", "2026")))


def make_messier(ctx) -> None:
    """``_make_messy``, and a second move within October: out of a team whose current sheet's
    team share follows the colleagues' mean (the earlier part is scored with that team's score
    as last scored together: an edit moves it)."""
    _make_messy(ctx)
    move = mvs.MoveDraft(dt.date(2026, 10, 12), "transfer", CHANNEL, "sales_rep", "支援渠道")
    mvs.record_move(ctx, staff_id(ctx, "E008"), move)
    _sql(
        ctx,
        "UPDATE template_versions SET definition = json_set(definition, '$.team_basis',"
        " 'colleagues') WHERE template_id = (SELECT id FROM templates WHERE code = :c)",
        c="rep_innovative",
    )


@pytest.fixture(scope="module")
def messy_file(demo_file, tmp_path_factory):
    ctx = opened_copy(demo_file, tmp_path_factory.mktemp("messy"))
    make_messier(ctx)
    ctx.close()
    return ctx.db_path


@pytest.fixture
def messy(messy_file, tmp_path):
    ctx = opened_copy(messy_file, tmp_path, "messy.sqlite")
    yield ctx
    ctx.close()


@pytest.fixture(scope="module")
def reader():
    process = ReaderProcess()
    process.start()
    yield process
    process.close()


def _from_process(reader: ReaderProcess, ctx, period: Period, lang: str = "zh_CN") -> EntrySheet:
    return sheet_from(ctx, reader.read(ctx, read_sheet, period, lang))


def _served_there(reader: ReaderProcess, caplog) -> bool:
    gave_up = [r for r in caplog.records if r.name.endswith("reader_process")]
    return reader.worker_pid() not in (None, os.getpid()) and not gave_up


def facts(sheet: EntrySheet) -> str:
    """Everything the grid, its totals and the messages show of *sheet*, as text (a NaN team
    score compares equal to itself as text)."""
    month = sheet.month
    people = [
        (
            (p.staff_id, p.employee_no, p.name, p.role, p.team_id, p.team_name),
            (p.template, p.template_label, p.locked, p.appraisal_id, p.signed, p.live),
            (p.values, p.events, p.pooled, p.cycle, p.to_input(month)),
            (p.result, p.kept, p.combined, p.shown),
            (p.adjust_input is None, p.prorate is None),
        )
        for p in sheet.people
    ]
    head = (month, sheet.status, sheet.period_id, sheet.lang, sheet.computed, sheet.covered)
    lists = (sheet.left_out, sheet.not_graded, sheet.moved, tuple(sheet.catalogue), sheet.notes)
    return repr((head, sheet.read_only, sheet.audited, lists, sheet.team_goals, people))


def _edits(sheet: EntrySheet) -> list[tuple[int, str, str, object]]:
    """Edits of the messy people (the leave, the move, the quarterly rep, a manager whose
    "reps who met target" follows, team-share colleagues): a value, a rating in its scale,
    several peers, a cleared cell."""
    by_no = {p.employee_no: p for p in sheet.people}
    chosen = [by_no[n] for n in ("E003", "E005", "E007", "E008", "E009") if n in by_no]
    chosen += [p for p in sheet.people if p.role == "sales_manager"][:2]
    chosen += [p for p in sheet.people if p.template.team_share > 0][:3]
    out = []
    for k, p in enumerate(chosen):
        for item in p.template.items[k % 3 : k % 3 + 3]:
            field_name = fields_for(item, p.template.rater_weights)[-1]
            if field_name == "passed":
                value: object = k % 2 == 0
            elif field_name.startswith("rating:"):
                rule = item.rule
                value = rule.hi - 1 if isinstance(rule, ScaleRule) else 77.0
                if field_name == "rating:peer":
                    value = (value, value - 0.5)
            else:
                value = None if k == 2 else 1234.5 + 17 * k
            out.append((p.staff_id, item.indicator, field_name, value))
    return out


@pytest.mark.parametrize("period", PERIODS, ids=str)
def test_the_process_reads_the_sheet_this_process_reads(messy, reader, caplog, period):
    caplog.set_level(logging.WARNING)
    here = load_sheet(messy, period)
    there = _from_process(reader, messy, period)
    assert facts(there) == facts(here)
    assert _served_there(reader, caplog)
    if period == OCTOBER:
        assert there.moved and there.left_out == here.left_out
        assert any(p.prorate is not None for p in there.people)
        assert any(p.adjust_input is not None for p in there.people)
        # the month before is read from this process's file when a question needs it
        for p in there.people[:20]:
            for item, _template in there.indicators([p]):
                for field_name in ("target", "actual", "rating:supervisor"):
                    was = here.last_month(p.staff_id, item.indicator, field_name)
                    assert there.last_month(p.staff_id, item.indicator, field_name) == was


@pytest.mark.parametrize("month", [SEPTEMBER, OCTOBER], ids=str)
def test_after_the_same_edits_and_saves_both_sheets_show_the_same(messy, reader, month):
    here, there = load_sheet(messy, month), _from_process(reader, messy, month)
    edits = _edits(here)
    assert len(edits) > 20
    for sid, indicator, field_name, value in edits:
        touched = here.set_local(sid, indicator, field_name, value)
        assert there.set_local(sid, indicator, field_name, value) == touched
        assert facts(there) == facts(here)
    if month == OCTOBER:  # the move within the month, re-scored with its earlier part
        assert any(p.live and p.combined is not None for p in there.people)

    writes = [CellWrite(*e) for e in edits]
    reason = "更正录入" if here.audited else ""
    save_values(messy, month, writes, reason=reason)  # (published: re-scores the kept results)
    here, there = load_sheet(messy, month), _from_process(reader, messy, month)
    assert facts(there) == facts(here)
    edited = {(s, i, f): v for s, i, f, v in edits}
    for (sid, indicator, field_name), value in edited.items():
        assert there.person(sid).get(indicator, field_name) == value


@pytest.mark.skipif(sys.platform != "linux", reason="kills a process")
def test_a_process_that_died_leaves_the_sheet_read_here(messy, caplog):
    process = ReaderProcess()
    process.start()
    try:
        expected = facts(load_sheet(messy, OCTOBER))
        assert facts(_from_process(process, messy, OCTOBER)) == expected
        os.kill(process.worker_pid(), signal.SIGKILL)
        caplog.set_level(logging.WARNING)
        assert facts(_from_process(process, messy, OCTOBER)) == expected
        assert any("reader process" in r.getMessage() for r in caplog.records)
    finally:
        process.close()
