"""Period results kept while the data they were computed from do not change.

The key is what was asked (period, who is listed, language, shown or re-scored); an entry is
valid for one value of the database's change counter (storage/change_counter.py), which every
write of what scoring reads moves in its own transaction. A result is kept only when the counter
read the same before and after computing it, so a write that committed meanwhile (another
thread, the command line) never leaves a stale entry behind. One cache per open database
(``AppContext.results``); a restore opens a new context, so it starts empty.

Callers get their own copy of the lists: a caller sorting or filtering people does not change
what the next caller gets. The results inside are shared and must not be changed.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING

from salesperf_desktop.storage.change_counter import data_version

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from salesperf_desktop.services.appraisals import PeriodResults

#: People results kept at most (a 300-person company: every month, quarter and year of two
#: years; 3,000 people: the last few periods).
PEOPLE_LIMIT = 12_000


def _copy(results: PeriodResults) -> PeriodResults:
    from salesperf_desktop.services.appraisals import PeriodResults

    return PeriodResults(
        period=results.period,
        people=list(results.people),
        team_scores=dict(results.team_scores),
        distribution=results.distribution,
        without_template=list(results.without_template),
        not_graded=list(results.not_graded),
        moved=list(results.moved),
    )


class ResultsCache:
    """Least recently used period results for one counter value; thread-safe."""

    def __init__(self, people_limit: int = PEOPLE_LIMIT) -> None:
        self._lock = threading.Lock()
        self._version: int | None = None
        self._entries: OrderedDict[Hashable, PeriodResults] = OrderedDict()
        self._people = 0
        self._limit = people_limit
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._entries)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._people = 0
            self._version = None

    def results(
        self, session: Session, key: Hashable, compute: Callable[[], PeriodResults]
    ) -> PeriodResults:
        """The results for *key*: kept ones while the counter has not moved, else *compute*d
        (in *session*, a read) and kept when no write committed while computing."""
        before = data_version(session)
        with self._lock:
            if self._version != before:
                self._entries.clear()
                self._people = 0
                self._version = before
            kept = self._entries.get(key)
            if kept is not None:
                self._entries.move_to_end(key)
                self.hits += 1
                return _copy(kept)
            self.misses += 1
        got = compute()
        if data_version(session) == before:
            self._keep(before, key, got)
        return _copy(got)

    def _keep(self, version: int, key: Hashable, results: PeriodResults) -> None:
        with self._lock:
            if self._version != version or key in self._entries:
                return
            self._entries[key] = results
            self._people += len(results.people)
            while self._people > self._limit and len(self._entries) > 1:
                _, dropped = self._entries.popitem(last=False)
                self._people -= len(dropped.people)
