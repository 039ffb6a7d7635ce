"""Opening a database file, for the window and the command line, without SQLAlchemy up front.

``first_look`` reads what the first paint needs with plain sqlite3 (storage.quick_read);
``DatabaseError`` and its kinds are what an open refuses with, the message meant for the
officer. The full open is ``app_context.build_context``.
"""

from __future__ import annotations

from salesperf_desktop.storage.database import DatabaseError, NotADatabaseError
from salesperf_desktop.storage.quick_read import FirstLook, first_look

__all__ = ["DatabaseError", "FirstLook", "NotADatabaseError", "first_look"]
