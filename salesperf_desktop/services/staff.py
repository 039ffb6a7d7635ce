"""Staff register use cases (the staff tab, the CLI and the imports share these)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from salesperf_desktop.storage.models import Staff, StaffStatus, Team


@dataclass(frozen=True)
class StaffRow:
    id: int
    employee_no: str
    name: str
    role: str
    team: str
    team_id: int | None
    region: str
    product_line: str
    supervisor: str
    hire_date: dt.date | None
    status: StaffStatus


def list_staff(session: Session, *, include_left: bool = True) -> list[StaffRow]:
    boss = aliased(Staff)
    stmt = (
        select(Staff, Team.name, boss.name)
        .outerjoin(Team, Staff.team_id == Team.id)
        .outerjoin(boss, Staff.supervisor_id == boss.id)
        .order_by(Staff.employee_no)
    )
    if not include_left:
        stmt = stmt.where(Staff.status != StaffStatus.LEFT)
    return [
        StaffRow(
            id=s.id,
            employee_no=s.employee_no,
            name=s.name,
            role=s.role,
            team=team or "",
            team_id=s.team_id,
            region=s.region,
            product_line=s.product_line,
            supervisor=boss_name or "",
            hire_date=s.hire_date,
            status=s.status,
        )
        for s, team, boss_name in session.execute(stmt)
    ]


def list_teams(session: Session) -> list[Team]:
    return list(session.scalars(select(Team).order_by(Team.code)))
