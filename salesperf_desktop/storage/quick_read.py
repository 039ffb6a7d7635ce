"""What the first paint needs, read with plain ``sqlite3`` before SQLAlchemy is loaded.

Start-up speed: importing SQLAlchemy's ORM and the models costs several times as much as
starting Qt. The window is therefore shown first, with the staff register read here, and the
ORM, the full schema check and the other tabs load right after the first paint.

Everything here is read-only (``mode=ro``) and used only when the file is already at the
schema this program expects (``first_look`` returns None otherwise, and the caller opens the
database the full way: migrations, refusal of a newer schema, with their dialogs). No Qt.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from salesperf_desktop.storage.database import (
    _quick_head,
    _ro_uri,
    check_sqlite_file,
    check_writable,
)


@dataclass(frozen=True)
class QuickStaffRow:
    """One line of the staff register, as ``services.staff.list_staff`` gives it (plain values)."""

    id: int
    employee_no: str
    name: str
    role: str
    team: str
    team_id: int | None
    region: str
    product_line: str
    supervisor: str
    business_mentor: str
    compliance_mentor: str
    hire_date: dt.date | None
    status: str  # stored code: probation | regular | ...


@dataclass(frozen=True)
class FirstLook:
    """A database found ready to open: at the current schema, not damaged, writable."""

    path: Path
    revision: str
    password_hash: str | None
    company_name: str | None
    staff: list[QuickStaffRow]


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    con = sqlite3.connect(_ro_uri(path), uri=True)
    try:
        yield con
    finally:
        con.close()


def stamped_revision(con: sqlite3.Connection) -> str | None:
    """The schema revision Alembic stamped into the file; None when there is none."""
    exists = con.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if not exists:
        return None
    row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def read_setting(con: sqlite3.Connection, key: str) -> Any:
    """A database-scoped setting (stored as JSON by the ORM); None when absent.

    Raises ValueError for a value that cannot be read (the caller then opens the full way).
    """
    row = con.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    if row is None or row[0] is None:
        return None
    return json.loads(row[0])


def _date(text: Any) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


def staff_rows(con: sqlite3.Connection) -> list[QuickStaffRow]:
    """The staff register in employee-number order (the same rows as ``list_staff``)."""
    cursor = con.execute(
        "SELECT s.id, s.employee_no, s.name, s.role, t.name, s.team_id, s.region,"
        " s.product_line, b.name, bm.name, cm.name, s.hire_date, s.status"
        " FROM staff s"
        " LEFT JOIN teams t ON t.id = s.team_id"
        " LEFT JOIN staff b ON b.id = s.supervisor_id"
        " LEFT JOIN staff bm ON bm.id = s.business_mentor_id"
        " LEFT JOIN staff cm ON cm.id = s.compliance_mentor_id"
        " ORDER BY s.employee_no"
    )
    return [
        QuickStaffRow(
            id=sid,
            employee_no=no,
            name=name,
            role=role,
            team=team or "",
            team_id=team_id,
            region=region or "",
            product_line=line,
            supervisor=boss or "",
            business_mentor=mentor or "",
            compliance_mentor=compliance or "",
            hire_date=_date(hired),
            status=status,
        )
        for (
            sid,
            no,
            name,
            role,
            team,
            team_id,
            region,
            line,
            boss,
            mentor,
            compliance,
            hired,
            status,
        ) in cursor
    ]


def first_look(path: Path | str) -> FirstLook | None:
    """Read what the first paint needs, or None when the file must be opened the full way.

    Raises the same ``DatabaseError`` subclasses as ``open_database`` for a file that is not a
    database, is damaged or is read-only, so the start-up recovery dialogs apply unchanged.
    None: no file yet, an empty file, or a schema other than this program's head (older:
    to be migrated; newer: to be refused; either way before anything is shown).
    """
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return None
    check_sqlite_file(path)
    check_writable(path)
    head = _quick_head()
    if head is None:
        return None
    try:
        with _read_only(path) as con:
            revision = stamped_revision(con)
            if revision != head:
                return None
            password_hash = read_setting(con, "password_hash")
            company = read_setting(con, "company_name")
            staff = staff_rows(con)
    except (sqlite3.Error, ValueError):
        return None  # let the full open decide (and explain)
    if password_hash is not None and not isinstance(password_hash, str):
        return None  # never guess whether a password is set
    return FirstLook(
        path=path,
        revision=revision,
        password_hash=password_hash if isinstance(password_hash, str) else None,
        company_name=company if isinstance(company, str) else None,
        staff=staff,
    )
