"""A quarter's or a year's sums, added up by SQLite, per person and indicator (issue #19).

What ``domain.rollup`` needs of a summed item, over the months asked for: the months with an
actual, Σ actual, Σ target and Σ base over them (exact sums of whole millionths: SQLite adds
integers exactly in any order, and raises "integer overflow" beyond 64 bits), how many of them
have a base (growth uses only those), Σ target over the months without an actual (all the months
when none has one: what ``summed_input`` then keeps), those months; of a pass/fail item any fail
(``domain.rollup._pass_item``), and of an averaged one whether it has entries. One row shape
(NULL where a kind needs nothing), two queries: each row's work is only what its kind needs.

Each query's rows come back as one JSON text (``json_group_array``): the whole read is one step
of SQLite's, which runs without Python's lock from the first entry to the last. So a year's
sums can be read on a thread of their own (``SumsAhead``) while the caller reads the ratings and
rolls up the people before: SQLite adds up on the second core. Read row by row, that thread
would need the lock back after every row and wait up to the interpreter's switch interval
(5 ms) for it while the caller computes: slower than reading in turn.
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from salesperf_desktop.domain.rollup import PASS_FROM
from salesperf_desktop.storage.models import millionths_sql

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

#: (person, indicator) → (months with an actual, Σ actual, Σ target, Σ base, months with a
#: base, Σ target of the months without an actual, those months' ids "3,7", any fail)
Sums = dict[tuple[int, str], tuple[Any, ...]]

_COLUMNS = ("person", "code", "used", "actual", "target", "base", "with_base", "gaps_target")
_COLUMNS += ("gaps", "passed")


def _when_actual(expression: str) -> str:
    return f"CASE WHEN actual IS NULL THEN NULL ELSE {expression} END"


# The index ix_metric_entries_sums is in (person, indicator, month) order: naming the indicators
# and the months' id range lets each (person, indicator) seek straight to the period's months
# instead of reading every month the file holds (a year of a 3-year file read a third of it).
# Months whose ids fill their range (the usual) are the range; otherwise ``+period_id IN`` also
# filters (the ``+``: as a seek, one per month, the list was slower than the range).
_SUMS_FROM = (
    " FROM metric_entries WHERE staff_id IN ({staff}) AND indicator_code IN ({codes})"
    " AND period_id BETWEEN ? AND ?{only_these} GROUP BY staff_id, indicator_code"
)
SUMS_SQL = (
    "SELECT staff_id AS person, indicator_code AS code, COUNT(actual) AS used,"
    f" SUM({millionths_sql('actual')}) AS actual,"
    f" SUM({_when_actual(millionths_sql('target'))}) AS target,"
    f" SUM({_when_actual(millionths_sql('base'))}) AS base,"
    f" COUNT({_when_actual(millionths_sql('base'))}) AS with_base,"  # (NULL exactly when base is)
    f" SUM(CASE WHEN actual IS NULL THEN {millionths_sql('target')} END) AS gaps_target,"
    " group_concat(CASE WHEN actual IS NULL THEN period_id END) AS gaps, NULL AS passed"
    + _SUMS_FROM
)
PASSED_SQL = (
    "SELECT staff_id AS person, indicator_code AS code, COUNT(actual) AS used, NULL AS actual,"
    " NULL AS target, NULL AS base, NULL AS with_base, NULL AS gaps_target, NULL AS gaps,"
    f" MIN(CASE WHEN passed IS NULL THEN actual >= {PASS_FROM!r} ELSE passed <> 0 END) AS passed"
    + _SUMS_FROM
)
_AS_JSON = f"SELECT json_group_array(json_array({', '.join(_COLUMNS)})) FROM ({{}})"


def marks(values: Sequence[Any]) -> str:
    """One ``?`` per value, for an ``IN (…)`` list."""
    return ",".join("?" * len(values))


def sums_query(
    staff_ids: Sequence[int], codes: Sequence[str], period_ids: Sequence[int], sql: str = SUMS_SQL
) -> tuple[str, tuple[Any, ...]]:
    """*sql* (``SUMS_SQL`` or ``PASSED_SQL``) and its parameters for these people, indicators
    and stored months."""
    first, last = min(period_ids), max(period_ids)
    params = (*staff_ids, *codes, first, last)
    if last - first + 1 == len(set(period_ids)):  # every id in the range is one of them
        return sql.format(staff=marks(staff_ids), codes=marks(codes), only_these=""), params
    only_these = f" AND +period_id IN ({marks(period_ids)})"
    sql = sql.format(staff=marks(staff_ids), codes=marks(codes), only_these=only_these)
    return sql, (*params, *period_ids)


@dataclass(frozen=True)
class SumsRead:
    """People who share their months employed and their sheet's indicators: one query for the
    summed indicators, one for the others (pass/fail and averaged)."""

    staff_ids: tuple[int, ...]
    summed: tuple[str, ...]
    others: tuple[str, ...]
    period_ids: tuple[int, ...]


def read_sums(cursor, reads: Sequence[SumsRead]) -> tuple[Sums, set[int]]:
    """The sums of *reads* through the driver's *cursor*, and the people whose sum of a summed
    indicator goes beyond 64 bits (none of their sums given: they are added up in Python)."""
    return sums_from(reads, read_texts(cursor, reads))


def read_texts(cursor, reads: Sequence[SumsRead]) -> list[str | None]:
    """Each query of *reads* (its summed indicators', then its others', when it has them)
    answered as a JSON text, as few statements as SQLite's limit of parameters allows (one, for
    500 people, from SQLite 3.32 on); None for a summed query whose sum goes beyond 64 bits."""
    queries = [
        sums_query(read.staff_ids, codes, read.period_ids, sql)
        for read in reads
        for codes, sql in ((read.summed, SUMS_SQL), (read.others, PASSED_SQL))
        if codes
    ]
    texts: list[str | None] = []
    for batch in _batches(queries, _parameters_allowed(cursor)):
        texts += _answers(cursor, batch)
    return texts


def _answers(cursor, queries: Sequence[tuple[str, tuple[Any, ...]]]) -> list[str | None]:
    selects = ", ".join(f"({_AS_JSON.format(sql)})" for sql, _ in queries)
    params = tuple(param for _, query_params in queries for param in query_params)
    try:
        return list(cursor.execute(f"SELECT {selects}", params).fetchone())
    except Exception as exc:  # the driver's OperationalError (sqlite3 or sqlcipher3)
        if not _overflowed(exc):
            raise
    texts: list[str | None] = []
    for sql, query_params in queries:  # which of them: one at a time
        try:
            texts.append(cursor.execute(_AS_JSON.format(sql), query_params).fetchone()[0])
        except Exception as exc:
            if not _overflowed(exc):
                raise
            texts.append(None)  # (only a summed query: counts and verdicts never overflow)
    return texts


#: ``sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER`` (Python 3.11's ``Connection.getlimit``)
_LIMIT_VARIABLE_NUMBER = 9


def _parameters_allowed(cursor) -> int:
    """How many ``?`` one statement may have: the connection's limit where the driver tells it
    (sqlite3); else SQLite's default, 32,766 from 3.32 on and 999 before (sqlcipher3)."""
    connection = cursor.connection
    if hasattr(connection, "getlimit"):
        return connection.getlimit(_LIMIT_VARIABLE_NUMBER)
    module = sys.modules.get(type(connection).__module__)
    version = getattr(module, "sqlite_version_info", (0, 0, 0))
    return 32_766 if version >= (3, 32, 0) else 999


def _batches(
    queries: Sequence[tuple[str, tuple[Any, ...]]], allowed: int
) -> Iterator[list[tuple[str, tuple[Any, ...]]]]:
    """*queries* in order, in runs whose parameters together stay within *allowed* (a query
    alone over it runs alone, as it did before the runs)."""
    batch: list[tuple[str, tuple[Any, ...]]] = []
    count = 0
    for query in queries:
        if batch and count + len(query[1]) > allowed:
            yield batch
            batch, count = [], 0
        batch.append(query)
        count += len(query[1])
    if batch:
        yield batch


def sums_from(reads: Sequence[SumsRead], texts: Sequence[str | None]) -> tuple[Sums, set[int]]:
    """``read_sums`` from ``read_texts``'s answers."""
    sums: Sums = {}
    beyond: set[int] = set()
    answers = iter(texts)
    for read in reads:
        for codes in (read.summed, read.others):
            if not codes:
                continue
            text = next(answers)
            if text is None:
                beyond.update(read.staff_ids)
            else:
                sums.update({(row[0], row[1]): tuple(row[2:]) for row in json.loads(text)})
    return sums, beyond


def _overflowed(exc: Exception) -> bool:
    return "integer overflow" in str(exc)


def reads_alone(session: Session) -> Engine | None:
    """The engine a second connection can read the session's data through, or None: the
    session's own writes are not yet committed (only its connection sees them), or the
    database is in memory (another connection is another database)."""
    from sqlalchemy import Engine

    bind = session.get_bind()
    if not isinstance(bind, Engine) or bind.url.database in (None, "", ":memory:"):
        return None
    if session.connection().connection.in_transaction:  # the driver began a write
        return None
    return bind


class SumsAhead:
    """Each chunk's sums (``read_sums``) read in turn on a thread and a connection of their
    own, ahead of the caller, who takes them in the same order (``result``) and must ``close``.
    """

    def __init__(self, engine: Engine, chunks: Sequence[Sequence[SumsRead]]) -> None:
        self._engine = engine
        self._chunks = chunks
        self._futures: list[Future[list[str | None]]] = [Future() for _ in chunks]
        self._stopped = threading.Event()
        self._lock = threading.Lock()
        self._connection: Any = None
        self._thread = threading.Thread(target=self._run, name="period-sums", daemon=True)
        self._thread.start()

    def result(self, index: int) -> tuple[Sums, set[int]]:
        """Chunk *index*'s sums (waiting for them); the reader's error, if it met one. The
        answers are made sums here: the thread only waits for SQLite."""
        return sums_from(self._chunks[index], self._futures[index].result())

    def close(self) -> None:
        """Stop reading (a query under way is interrupted) and give the connection back."""
        self._stopped.set()
        with self._lock:
            if self._connection is not None:
                self._connection.interrupt()
        self._thread.join()

    def _run(self) -> None:
        try:
            connection = self._engine.raw_connection()
        except BaseException as exc:
            self._fail(exc)
            return
        with self._lock:
            self._connection = connection
        try:
            cursor = connection.cursor()
            try:
                for reads, future in zip(self._chunks, self._futures, strict=True):
                    if self._stopped.is_set():
                        future.cancel()
                    else:
                        try:
                            future.set_result(read_texts(cursor, reads))
                        except BaseException as exc:  # told to whoever waits for it
                            future.set_exception(exc)
            finally:
                cursor.close()
        except BaseException as exc:  # no caller is ever left waiting
            self._fail(exc)
        finally:
            with self._lock:
                self._connection = None
            connection.close()

    def _fail(self, exc: BaseException) -> None:
        for future in self._futures:
            if not future.done():
                future.set_exception(exc)
