"""Python's cyclic garbage collector paused while a period is read and scored.

Scoring a year of 300 people makes some 200,000 tuples, lists and inputs that all live until
the results are made; each 700 of them start a collection, and as they pile up Python walks
every object in the program (the ORM, Qt's wrappers, the modules) again and again: a third of
the year's time (issue #19). Reference counting still frees everything at once as before; only
the search for reference cycles waits until the work is done, then runs as usual. Calls may
nest and come from several threads: the collector runs again when the last one ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_paused = 0  # how many callers are inside
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    global _paused, _was_enabled
    with _lock:
        if _paused == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _lock:
            _paused -= 1
            if _paused == 0 and _was_enabled:
                gc.enable()


@contextmanager
def loading_modules() -> Iterator[None]:
    """While modules load (start-up: the open's, matplotlib's). What an import makes lives as
    long as the program: the collector is paused, and what was made is then frozen
    (``gc.freeze``), so that neither the collections during the imports nor the first ones
    after walk it (paused alone, it all waited in the youngest generation for one long
    collection, wherever that fell). A reference cycle another thread made meanwhile stays
    until the task runner's next thaw, as after ``ui.tasks.settle_heap``."""
    with collector_paused():
        yield
        gc.freeze()
