"""A quarter's or a year's sums read ahead on a connection of their own (``period_sums``,
issue #19): the results are those of the sums read in turn by the session, chunk after chunk;
a change the session has not committed is read by the session itself; an error of the reading
thread reaches the caller; a caller who gives up stops the thread and gets its connection back.
"""

from __future__ import annotations

import sqlite3
import sys
import types
from concurrent.futures import CancelledError
from unittest import mock

import pytest
from sqlalchemy import text

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import appraisals as ap
from salesperf_desktop.services import period_sums as ps
from salesperf_desktop.storage.database import make_engine

YEAR = Period.of_year(2026)
Q3 = Period.quarter(2026, 3)


class Counted(ps.SumsAhead):
    made = 0

    def __init__(self, *args, **kwargs) -> None:
        type(self).made += 1
        super().__init__(*args, **kwargs)


@pytest.fixture
def counted(monkeypatch):
    Counted.made = 0
    monkeypatch.setattr(ap, "SumsAhead", Counted)
    return Counted


def _in_turn(s, period):
    """The period as the session reads it alone (no second connection)."""
    with mock.patch.object(ap, "reads_alone", lambda _session: None):
        return ap.compute_period(s, period, use_frozen_results=False)


@pytest.mark.parametrize("period", [YEAR, Q3], ids=str)
def test_sums_read_ahead_give_the_results_of_the_sums_read_in_turn(demo_copy, counted, period):
    """Five people a chunk, so the reader runs chunks ahead of the caller."""
    chunks = ap._chunks
    with (
        mock.patch.object(ap, "_chunks", lambda ids: chunks(ids, 5)),
        demo_copy.session() as s,
    ):
        ahead = ap.compute_period(s, period, use_frozen_results=False)
        assert counted.made == 1
        in_turn = _in_turn(s, period)
    assert counted.made == 1
    assert len(ahead.people) > 10
    assert ahead == in_turn


def test_a_change_not_yet_committed_is_read_by_the_session_itself(demo_copy, counted):
    """Inside a write the sums are read through the session's own connection: another one
    would not see the change. Committed, the change is what the sums read ahead give too."""
    with demo_copy.session() as s:
        before = ap.compute_period(s, YEAR, use_frozen_results=False)
    assert counted.made == 1
    person = before.people[0]
    code = next(it.indicator for it in person.template.items if it.measure in ap.SUMMED_MEASURES)
    change = text(
        "UPDATE metric_entries SET actual = actual * 3 + 1000"
        " WHERE staff_id = :s AND indicator_code = :c"
    )
    with demo_copy.session() as s:
        s.execute(change, {"s": person.staff_id, "c": code})
        uncommitted = ap.compute_period(s, YEAR, use_frozen_results=False)
        assert counted.made == 1  # read in turn
        s.commit()
    with demo_copy.session() as s:
        committed = ap.compute_period(s, YEAR, use_frozen_results=False)
    assert counted.made == 2
    changed = uncommitted.by_staff()[person.staff_id].result
    assert changed != person.result
    assert committed.by_staff()[person.staff_id].result == changed
    assert committed == uncommitted


def test_a_sum_beyond_64_bits_read_ahead_is_added_up_in_python(demo_copy, counted):
    """Months of 5 × 10¹² add up to more millionths than SQLite's integers hold: the
    reader tells which people, and they are rolled up from their rows, as in turn."""
    with demo_copy.session() as s:
        person = next(
            p
            for p in ap.compute_period(s, YEAR, use_frozen_results=False).people
            if p.role == "sales_rep"
        )
        code = next(it.indicator for it in person.template.items if it.measure == "achievement")
        s.execute(
            text(
                "UPDATE metric_entries SET actual = 5e12 WHERE staff_id = :s"
                " AND indicator_code = :c AND period_id IN"
                " (SELECT id FROM periods WHERE kind = 'month' AND year = 2026)"
            ),
            {"s": person.staff_id, "c": code},
        )
        s.commit()
    with (
        demo_copy.session() as s,
        mock.patch.object(ap, "_rolled_up_by_rows", wraps=ap._rolled_up_by_rows) as by_rows,
    ):
        ahead = ap.compute_period(s, YEAR, use_frozen_results=False)
        assert counted.made == 2
        assert any(
            facts.id == person.staff_id
            for call in by_rows.call_args_list
            for facts, _ in call.args[1]
        )
        assert ahead == _in_turn(s, YEAR)


def test_an_error_of_the_reader_reaches_the_caller(tmp_path):
    empty = tmp_path / "empty.sqlite"
    sqlite3.connect(empty).close()
    engine = make_engine(empty)
    ahead = ps.SumsAhead(engine, [[ps.SumsRead((1,), ("sales",), (), (1,))]])
    try:
        with pytest.raises(Exception, match="no such table: metric_entries"):
            ahead.result(0)
    finally:
        ahead.close()
    assert engine.pool.checkedout() == 0
    engine.dispose()


def test_a_caller_who_gives_up_stops_the_reader_and_gets_its_connection_back(demo_copy):
    with demo_copy.session() as s:
        ids = [row[0] for row in s.execute(text("SELECT id FROM staff"))]
        codes = tuple(r[0] for r in s.execute(text("SELECT DISTINCT indicator_code FROM ratings")))
        months = tuple(r[0] for r in s.execute(text("SELECT id FROM periods WHERE kind='month'")))
    read = ps.SumsRead(tuple(ids), codes, (), months)
    ahead = ps.SumsAhead(demo_copy.engine, [[read]] * 200)
    ahead.close()  # the caller met an error, or was cancelled, after the first chunk at most
    assert not ahead._thread.is_alive()
    assert demo_copy.engine.pool.checkedout() == 0
    with pytest.raises(CancelledError):
        ahead.result(199)


def test_a_reader_that_cannot_even_begin_leaves_no_caller_waiting():
    """A connection that opens but cannot read (here: no cursor) fails every chunk's result."""

    class NoCursor:
        closed = False

        def cursor(self):
            raise sqlite3.OperationalError("disk I/O error")

        def interrupt(self):
            pass

        def close(self):
            self.closed = True

    connection = NoCursor()
    engine = mock.Mock(raw_connection=lambda: connection)
    ahead = ps.SumsAhead(engine, [[], []])
    try:
        for index in (0, 1):
            with pytest.raises(sqlite3.OperationalError, match="disk I/O error"):
                ahead.result(index)
    finally:
        ahead.close()
    assert connection.closed


def test_an_older_sqlite_with_fewer_parameters_reads_the_same_sums_in_more_statements(
    demo_copy, monkeypatch
):
    """Before SQLite 3.32 a statement took at most 999 parameters: the queries then go in
    runs that fit (here a limit of 40, so about one query a statement)."""
    with demo_copy.session() as s:
        whole = ap.compute_period(s, YEAR, use_frozen_results=False)
    statements = []
    answers = ps._answers
    monkeypatch.setattr(ps, "_parameters_allowed", lambda _cursor: 40)
    monkeypatch.setattr(ps, "_answers", lambda c, q: statements.append(q) or answers(c, q))
    with demo_copy.session() as s:
        assert ap.compute_period(s, YEAR, use_frozen_results=False) == whole
    assert len(statements) > 1
    assert all(sum(len(p) for _, p in q) <= 40 or len(q) == 1 for q in statements)


@pytest.mark.parametrize(
    ("version", "allowed"), [((3, 31, 1), 999), ((3, 32, 0), 32_766), ((3, 53, 4), 32_766)]
)
def test_a_driver_that_does_not_tell_its_limit_is_given_sqlites_default(
    monkeypatch, version, allowed
):
    """sqlcipher3 has no ``getlimit``: its SQLite's version says the default limit."""
    driver = types.ModuleType("old_driver")
    driver.sqlite_version_info = version

    class Connection:
        __module__ = "old_driver"

    monkeypatch.setitem(sys.modules, "old_driver", driver)
    cursor = types.SimpleNamespace(connection=Connection())
    assert ps._parameters_allowed(cursor) == allowed


def test_sqlite3_tells_its_own_limit(tmp_path):
    connection = sqlite3.connect(tmp_path / "x.sqlite")
    try:
        limit = connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        assert ps._parameters_allowed(connection.cursor()) == limit
    finally:
        connection.close()
