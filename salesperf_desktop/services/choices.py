"""What the pickers offer: teams and people by name, and looking them up as the officer types them.

The print and export dialogs, the charts tab and the command line choose a team or people the
same way; each call is its own short read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from salesperf_desktop.domain.messages import CodedError
from salesperf_desktop.services.staff import TeamRecord, list_teams
from salesperf_desktop.storage.models import StaffRow, TeamRow


@dataclass(frozen=True)
class PersonChoice:
    id: int
    employee_no: str
    name: str


class NotFound(CodedError, LookupError):
    """A team or employee ID the officer named does not exist; the message says which."""


def teams(ctx) -> list[TeamRecord]:
    """Every team, in code order (the staff register's own list)."""
    return list_teams(ctx)


def people(ctx) -> list[PersonChoice]:
    """Everyone in the register, in employee-number order (three columns, not the register's
    rows: at 3,000 people a quarter less CPU, on the GUI thread of the Reviews tab's first show)."""
    columns = select(StaffRow.id, StaffRow.employee_no, StaffRow.name)
    with ctx.session() as s:
        return [PersonChoice(*row) for row in s.execute(columns.order_by(StaffRow.employee_no))]


def team_id(ctx, code_or_name: str | None) -> int | None:
    """The team with this code or name; None for no team given. Raises NotFound."""
    if not code_or_name:
        return None
    with ctx.session() as s:
        found = s.scalar(
            select(TeamRow.id).where(
                (TeamRow.code == code_or_name) | (TeamRow.name == code_or_name)
            )
        )
    if found is None:
        raise NotFound("choices.no_team", team=code_or_name)
    return found


def staff_ids(ctx, employee_nos: Sequence[str] | None) -> tuple[int, ...] | None:
    """The people with these employee IDs, in the order given; None for none given."""
    if not employee_nos:
        return None
    with ctx.session() as s:
        found = dict(
            s.execute(
                select(StaffRow.employee_no, StaffRow.id).where(
                    StaffRow.employee_no.in_(employee_nos)
                )
            ).all()
        )
    missing = [n for n in employee_nos if n not in found]
    if missing:
        raise NotFound("choices.no_staff", ids=", ".join(missing))
    return tuple(found[n] for n in employee_nos)
