"""How many transactions this process has committed through an engine: whether anything was
written between two moments (``services.reader_process``: a read made ahead is given to the
tab that asks for it only when nothing was written since it was sent).

Every write of the program goes through a SQLAlchemy transaction (``AppContext.transaction``),
and SQLAlchemy's ``commit`` event sees each one; a read session ends without a commit. The
instance lock keeps every other writer out while the window holds the file.
"""

from __future__ import annotations

import threading
import weakref
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

_lock = threading.Lock()
_counts: weakref.WeakKeyDictionary[Engine, list[int]] = weakref.WeakKeyDictionary()


def commits(engine: Engine) -> int:
    """The transactions committed through *engine* since this was first asked of it."""
    with _lock:
        count = _counts.get(engine)
        if count is None:
            from sqlalchemy import event

            count = _counts[engine] = [0]

            def committed(_connection) -> None:
                with _lock:
                    count[0] += 1

            event.listen(engine, "commit", committed)
        return count[0]
