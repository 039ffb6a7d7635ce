"""What the upgrade tests share: the 0004-era file they upgrade, and reading it back plainly."""

from __future__ import annotations

import sqlite3
from pathlib import Path

OLD_0004 = Path(__file__).parents[1] / "fixtures" / "databases" / "salesperf-0004.sqlite"


def stored(path: Path, sql: str) -> list[tuple]:
    """The rows *sql* gives on the file at *path*, read with plain sqlite3 (not the app)."""
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()
