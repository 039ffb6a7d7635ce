"""The staff register as the staff tab shows it: rows, ids, filter codes, search texts, sorted.

Read in the reader process at start-up (``services.reader_process``): the window's process
only unpickles plain lists. The labels of the codes (role, product line, status) are Qt's
translations: the window makes them once per read and sends them along (``RegisterLabels``),
so every row takes its labels from three small dicts instead of three translations a row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from salesperf_desktop.services.staff import staff_overview

if TYPE_CHECKING:
    from salesperf_desktop.app_context import AppContext

# ID, name, role, team, region, product line, hire date, status (not supervisor/mentors)
SEARCH_COLUMNS = (0, 1, 2, 3, 4, 5, 9, 10)


@dataclass(frozen=True)
class RegisterLabels:
    """code → label for the register's coded columns; a code not here shows as itself."""

    roles: dict[str, str]
    product_lines: dict[str, str]
    statuses: dict[str, str]


@dataclass(frozen=True)
class StaffRegister:
    """The lists ``StaffTableModel.set_people`` takes, and what the filters offer."""

    rows: list[tuple]  # what each row shows
    keys: list[int]  # the person's id
    codes: list[tuple[int | None, str, str]]  # (team_id, role, status) for the filters
    haystacks: list[str]  # the person's own columns, case-folded, for the search
    teams: list[tuple[str, int]]  # (name, id), by team code
    roles: list[str]  # role codes


def staff_register(
    ctx: AppContext, labels: RegisterLabels, order: tuple[int, bool] | None = None
) -> StaffRegister:
    """The register read, shown with *labels*, sorted by *order* ``(column, descending)``."""
    overview = staff_overview(ctx)
    people = overview.people
    role, line, status_of = labels.roles, labels.product_lines, labels.statuses
    # Equal values as one object: pickle sends each once and the window unpickles it once
    # (team names, regions, supervisors and dates repeat across 3,000 people).
    same: dict[Any, Any] = {}
    one = same.setdefault
    rows, codes = [], []
    for r in people:
        status = getattr(r.status, "value", r.status)  # an enum, or its stored code
        status, code_role = one(status, status), one(r.role, r.role)
        rows.append(
            (
                r.employee_no,
                r.name,
                role.get(code_role, code_role),
                one(r.team, r.team),
                one(r.region, r.region),
                line.get(r.product_line, r.product_line),
                one(r.supervisor, r.supervisor),
                one(r.business_mentor, r.business_mentor),
                one(r.compliance_mentor, r.compliance_mentor),
                one(r.hire_date, r.hire_date),
                status_of.get(status, status),
            )
        )
        codes.append((r.team_id, code_role, status))
    lists = (rows, [r.id for r in people], codes, [haystack(row) for row in rows])
    if order is not None:  # sorted as shown, not on the window's thread
        lists = arranged(*lists, *order)
    return StaffRegister(
        *lists, teams=[(t.name, t.id) for t in overview.teams], roles=list(overview.roles)
    )


def _text(value: Any) -> str:
    """A search column's value as its cell shows it (``ui.table_model.display_text``: the
    register's columns hold text, dates and blanks only)."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def haystack(row) -> str:
    """What the search looks in: the person's own columns, case-folded."""
    return "\x1f".join(_text(row[c]) for c in SEARCH_COLUMNS).casefold()


def sort_rank(rows, column: int, descending: bool) -> list[int]:
    """The rows' positions sorted by *column*: blanks first (never compare None with a date),
    the others by value (mixed kinds as text), each kind keeping the order it came in; all
    of it reversed going down."""
    values = [row[column] for row in rows]
    blanks = [i for i, v in enumerate(values) if v is None]
    filled = [i for i, v in enumerate(values) if v is not None] if blanks else range(len(values))
    try:
        ranked = blanks + sorted(filled, key=values.__getitem__)
    except TypeError:
        ranked = blanks + sorted(filled, key=lambda i: str(values[i]))
    if descending:
        ranked.reverse()
    return ranked


def arranged(rows, keys, codes, haystacks, column: int, descending: bool) -> tuple[list, ...]:
    """The register's lists sorted together as ``StaffTableModel`` shows them."""
    ranked = sort_rank(rows, column, descending)
    return tuple([items[i] for i in ranked] for items in (rows, keys, codes, haystacks))
