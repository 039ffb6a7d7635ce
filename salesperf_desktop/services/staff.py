"""Staff register use cases (the staff tab, the CLI and the imports share these).

The window and the CLI call the functions taking the context (``list_staff(ctx)``,
``save_staff(ctx, data)`` …); each opens its own unit of work and returns records. Functions
taking a session (``query_staff``, ``validate_staff`` …) are building blocks for other services.

Validation returns coded ``StaffProblem``s tied to a field, rendered in the officer's language
by ``message(lang)`` from the catalogue (``domain/messages/staff.py``), so the edit dialog can
mark the field and the import can name the cell.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from salesperf_desktop.domain.i18n import pick
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.status import StaffStatus
from salesperf_desktop.storage.models import StaffRow, TeamRow

if TYPE_CHECKING:
    from salesperf_desktop.app_context import AppContext

# Stored codes (labels come from the UI / the localised maps below).
ROLES = ("sales_rep", "sales_manager", "director")
PRODUCT_LINES = ("mature", "innovative", "distributor")
# A person may also be on no single line (the director, the compliance officer): "any".
STAFF_PRODUCT_LINES = (*PRODUCT_LINES, "any")
STATUSES = tuple(s.value for s in StaffStatus)
CYCLES = ("monthly", "quarterly")
EARLIEST_HIRE = dt.date(1950, 1, 1)
MAX_FUTURE_DAYS = 366  # a hire date may be planned, but not years ahead

# Localised names of codes used outside Qt (workbooks, CLI). The window uses ui/labels.py.
CODE_LABELS: dict[str, dict[str, dict[str, str]]] = {
    "role": {
        "sales_rep": {"zh_CN": "销售代表", "zh_TW": "業務代表", "en": "Sales rep"},
        "sales_manager": {"zh_CN": "销售经理", "zh_TW": "業務經理", "en": "Sales manager"},
        "director": {"zh_CN": "销售总监", "zh_TW": "業務總監", "en": "Sales director"},
        "compliance": {"zh_CN": "合规专员", "zh_TW": "合規專員", "en": "Compliance officer"},
    },
    "product_line": {
        "mature": {"zh_CN": "成熟产品", "zh_TW": "成熟產品", "en": "Mature products"},
        "innovative": {"zh_CN": "创新产品", "zh_TW": "創新產品", "en": "Innovative products"},
        "distributor": {"zh_CN": "经销商渠道", "zh_TW": "經銷商通路", "en": "Distributor channel"},
        "any": {"zh_CN": "不限", "zh_TW": "不限", "en": "Any"},
    },
    "status": {
        "probation": {"zh_CN": "试用期", "zh_TW": "試用期", "en": "Probation"},
        "regular": {"zh_CN": "正式", "zh_TW": "正式", "en": "Regular"},
        "transferred": {"zh_CN": "已调岗", "zh_TW": "已調職", "en": "Transferred"},
        "left": {"zh_CN": "已离职", "zh_TW": "已離職", "en": "Left"},
    },
}


def code_label(kind: str, code: str, lang: str) -> str:
    return pick(CODE_LABELS.get(kind, {}).get(code), lang) or code


def code_from_text(kind: str, text: str) -> str | None:
    """A stored code from a code or a label in any language (case-insensitive)."""
    wanted = text.strip().casefold()
    if not wanted:
        return None
    for code, names in CODE_LABELS.get(kind, {}).items():
        if wanted == code.casefold() or any(wanted == n.casefold() for n in names.values()):
            return code
    return None


@dataclass(frozen=True)
class StaffProblem:
    field: str
    code: str  # a catalogue code, "staff.required" …
    params: Mapping[str, Any] = field(default_factory=dict)

    def message(self, lang: str = "zh_CN") -> str:
        return render(self.code, self.params, lang)


class StaffInvalid(ValueError):
    def __init__(self, problems: list[StaffProblem]):
        self.problems = problems
        super().__init__("; ".join(f"{p.field}: {p.message('en')}" for p in problems))


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class StaffRecord:
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
    supervisor_id: int | None = None
    business_mentor: str = ""
    compliance_mentor: str = ""
    leave_date: dt.date | None = None


@dataclass(frozen=True)
class TeamRecord:
    id: int
    code: str
    name: str
    product_line: str
    cycle: str
    manager_id: int | None = None


@dataclass(frozen=True)
class StaffOverview:
    """What the staff tab shows: the register, and the teams and roles its filters offer."""

    people: list[StaffRecord]
    teams: list[TeamRecord]
    roles: list[str]


def _register() -> Select:
    """The register as columns named and ordered as ``StaffRecord``'s fields (a test checks),
    not ORM objects: the staff tab reads 3,000 people at start-up."""
    boss = aliased(StaffRow)
    biz = aliased(StaffRow)
    comp = aliased(StaffRow)
    return (
        select(
            StaffRow.id,
            StaffRow.employee_no,
            StaffRow.name,
            StaffRow.role,
            func.coalesce(TeamRow.name, "").label("team"),
            StaffRow.team_id,
            StaffRow.region,
            StaffRow.product_line,
            func.coalesce(boss.name, "").label("supervisor"),
            StaffRow.hire_date,
            StaffRow.status,
            StaffRow.supervisor_id,
            func.coalesce(biz.name, "").label("business_mentor"),
            func.coalesce(comp.name, "").label("compliance_mentor"),
            StaffRow.leave_date,
        )
        .outerjoin(TeamRow, StaffRow.team_id == TeamRow.id)
        .outerjoin(boss, StaffRow.supervisor_id == boss.id)
        .outerjoin(biz, StaffRow.business_mentor_id == biz.id)
        .outerjoin(comp, StaffRow.compliance_mentor_id == comp.id)
        .order_by(StaffRow.employee_no)
    )


_REGISTER = _register()  # built once (building the statement cost as much as running it)


def query_staff(session: Session, *, include_left: bool = True) -> list[StaffRecord]:
    """The register, one record a person, by employee ID."""
    stmt = _REGISTER if include_left else _REGISTER.where(StaffRow.status != StaffStatus.LEFT)
    return [StaffRecord(*row) for row in session.execute(stmt)]


# Columns, not ORM objects, named and ordered as ``TeamRecord``'s fields: read at every start
# by the staff tab (in the background) and the entry tab (on the GUI thread).
_TEAMS = select(
    TeamRow.id, TeamRow.code, TeamRow.name, TeamRow.product_line, TeamRow.cycle, TeamRow.manager_id
).order_by(TeamRow.code)


def query_teams(session: Session) -> list[TeamRecord]:
    return [TeamRecord(*row) for row in session.execute(_TEAMS)]


def query_roles(session: Session) -> list[str]:
    """The standard roles plus any other role already in the register (e.g. compliance)."""
    extra = sorted(set(session.scalars(select(StaffRow.role).distinct())) - set(ROLES))
    return list(ROLES) + extra


def list_staff(ctx: AppContext, *, include_left: bool = True) -> list[StaffRecord]:
    with ctx.session() as session:
        return query_staff(session, include_left=include_left)


def list_teams(ctx: AppContext) -> list[TeamRecord]:
    with ctx.session() as session:
        return query_teams(session)


def staff_overview(ctx: AppContext) -> StaffOverview:
    """The register with its teams and roles, read in one go."""
    with ctx.session() as session:
        return StaffOverview(query_staff(session), query_teams(session), query_roles(session))


# --------------------------------------------------------------------------- one person


@dataclass(frozen=True)
class StaffData:
    """What the edit dialog and an import row set on a person (ids, not ORM objects)."""

    employee_no: str
    name: str
    role: str = "sales_rep"
    team_id: int | None = None
    region: str = ""
    product_line: str = "mature"
    supervisor_id: int | None = None
    business_mentor_id: int | None = None
    compliance_mentor_id: int | None = None
    hire_date: dt.date | None = None
    leave_date: dt.date | None = None
    status: str = "regular"
    email: str = ""
    phone: str = ""
    notes: str = ""

    @classmethod
    def of(cls, staff: StaffRow) -> StaffData:
        return cls(
            employee_no=staff.employee_no,
            name=staff.name,
            role=staff.role,
            team_id=staff.team_id,
            region=staff.region or "",
            product_line=staff.product_line,
            supervisor_id=staff.supervisor_id,
            business_mentor_id=staff.business_mentor_id,
            compliance_mentor_id=staff.compliance_mentor_id,
            hire_date=staff.hire_date,
            leave_date=staff.leave_date,
            status=staff.status.value,
            email=staff.email or "",
            phone=staff.phone or "",
            notes=staff.notes or "",
        )

    def normalised(self) -> StaffData:
        return replace(
            self,
            employee_no=self.employee_no.strip(),
            name=self.name.strip(),
            region=self.region.strip(),
            email=self.email.strip(),
            phone=self.phone.strip(),
        )


STAFF_FIELDS = tuple(f.name for f in fields(StaffData))
_MAX_LEN = {"employee_no": 40, "name": 80, "region": 80, "email": 120, "phone": 40}


def supervisor_chain(
    supervisors: Mapping[int, int | None], start: int | None, person: int | None
) -> list[int] | None:
    """The chain start → … → person if following supervisors from *start* reaches *person*
    (so making *start* the supervisor of *person* closes a loop); None if it does not."""
    if start is None:
        return None
    chain = [start]
    seen = {start}
    current = start
    while True:
        if current == person:
            return chain
        nxt = supervisors.get(current)
        if nxt is None or nxt in seen:
            return None
        chain.append(nxt)
        seen.add(nxt)
        current = nxt


def _unknown_code(name: str, value: str, choices: tuple[str, ...]) -> StaffProblem:
    return StaffProblem(name, "staff.unknown_code", {"value": value, "choices": ", ".join(choices)})


def check_basic_fields(data: StaffData, *, today: dt.date) -> list[StaffProblem]:
    """Field checks that need no database (shared by the dialog and the import)."""
    out: list[StaffProblem] = []
    if not data.employee_no:
        out.append(StaffProblem("employee_no", "staff.required"))
    if not data.name:
        out.append(StaffProblem("name", "staff.required"))
    for name, limit in _MAX_LEN.items():
        if len(getattr(data, name)) > limit:
            out.append(StaffProblem(name, "staff.too_long", {"max": limit}))
    if not data.role:
        out.append(StaffProblem("role", "staff.required"))
    if data.product_line not in STAFF_PRODUCT_LINES:
        out.append(_unknown_code("product_line", data.product_line, STAFF_PRODUCT_LINES))
    if data.status not in STATUSES:
        out.append(_unknown_code("status", data.status, STATUSES))
    latest = today + dt.timedelta(days=MAX_FUTURE_DAYS)
    if data.hire_date is None:
        out.append(StaffProblem("hire_date", "staff.required"))
    elif not EARLIEST_HIRE <= data.hire_date <= latest:
        out.append(
            StaffProblem(
                "hire_date",
                "staff.hire_date_range",
                {
                    "value": data.hire_date.isoformat(),
                    "earliest": EARLIEST_HIRE.isoformat(),
                    "latest": latest.isoformat(),
                },
            )
        )
    if (
        data.leave_date is not None
        and data.hire_date is not None
        and data.leave_date < data.hire_date
    ):
        out.append(StaffProblem("leave_date", "staff.leave_before_hire"))
    if data.status == StaffStatus.LEFT.value and data.leave_date is None:
        out.append(StaffProblem("leave_date", "staff.left_needs_date"))
    return out


def validate_staff(
    session: Session, data: StaffData, staff_id: int | None, *, today: dt.date
) -> list[StaffProblem]:
    """Every problem with saving *data* (as person *staff_id*, or a new person)."""
    data = data.normalised()
    out = check_basic_fields(data, today=today)
    if data.employee_no:
        other = session.scalar(select(StaffRow).where(StaffRow.employee_no == data.employee_no))
        if other is not None and other.id != staff_id:
            out.append(
                StaffProblem(
                    "employee_no",
                    "staff.id_taken",
                    {"value": data.employee_no, "other": other.name},
                )
            )
    if data.team_id is not None and session.get(TeamRow, data.team_id) is None:
        out.append(StaffProblem("team_id", "staff.unknown_team", {"value": data.team_id}))
    for name in ("supervisor_id", "business_mentor_id", "compliance_mentor_id"):
        ref = getattr(data, name)
        if ref is None:
            continue
        if staff_id is not None and ref == staff_id:
            out.append(StaffProblem(name, "staff.self_reference"))
        elif session.get(StaffRow, ref) is None:
            out.append(StaffProblem(name, "staff.unknown_person", {"value": ref}))
    if data.supervisor_id is not None and staff_id is not None and data.supervisor_id != staff_id:
        supervisors = {
            i: sup for i, sup in session.execute(select(StaffRow.id, StaffRow.supervisor_id))
        }
        chain = supervisor_chain(supervisors, data.supervisor_id, staff_id)
        if chain is not None:
            names = {i: n for i, n in session.execute(select(StaffRow.id, StaffRow.name))}
            text = " → ".join(names.get(i, str(i)) for i in [staff_id, *chain])
            out.append(StaffProblem("supervisor_id", "staff.supervisor_loop", {"chain": text}))
    return out


def check_staff(
    ctx: AppContext,
    data: StaffData,
    staff_id: int | None = None,
    *,
    today: dt.date | None = None,
) -> list[StaffProblem]:
    """What the edit dialog shows under each field (nothing is written)."""
    with ctx.session() as session:
        return validate_staff(session, data, staff_id, today=today or ctx.today())


def save_staff(ctx: AppContext, data: StaffData, staff_id: int | None = None) -> int:
    """Add or update one person; returns their id. Raises StaffInvalid listing every problem.

    An update that changes nothing writes nothing."""
    data = data.normalised()
    with ctx.transaction() as session:
        stored = session.get(StaffRow, staff_id) if staff_id is not None else None
        if stored is not None and StaffData.of(stored) == data:
            return stored.id
        problems = validate_staff(session, data, staff_id, today=ctx.today())
        if problems:
            raise StaffInvalid(problems)
        staff = session.get(StaffRow, staff_id) if staff_id is not None else StaffRow()
        if staff is None:
            raise StaffInvalid([StaffProblem("id", "staff.unknown_person", {"value": staff_id})])
        apply_data(staff, data)
        if staff_id is None:
            session.add(staff)
        session.flush()
        return staff.id


@dataclass(frozen=True)
class StaffForm:
    """What the edit dialog offers: roles, teams, the people who can be supervisor or mentor
    (``(id, name, employee_no)``, not the person edited) and the person as stored."""

    roles: list[str]
    teams: list[TeamRecord]
    people: list[tuple[int, str, str]]
    current: StaffData | None


def staff_form(ctx: AppContext, staff_id: int | None = None) -> StaffForm:
    with ctx.session() as session:
        people = [
            (p.id, p.name, p.employee_no)
            for p in session.scalars(select(StaffRow).order_by(StaffRow.employee_no))
            if p.id != staff_id
        ]
        stored = session.get(StaffRow, staff_id) if staff_id is not None else None
        return StaffForm(
            roles=query_roles(session),
            teams=query_teams(session),
            people=people,
            current=StaffData.of(stored) if stored is not None else None,
        )


def apply_data(staff: StaffRow, data: StaffData) -> None:
    for name in STAFF_FIELDS:
        value = getattr(data, name)
        if name == "status":
            value = StaffStatus(value)
        setattr(staff, name, value)


# --------------------------------------------------------------------------- teams


@dataclass(frozen=True)
class TeamData:
    code: str
    name: str
    product_line: str = "mature"
    cycle: str = "monthly"
    manager_id: int | None = None


def validate_team(
    session: Session, data: TeamData, team_id: int | None = None
) -> list[StaffProblem]:
    out: list[StaffProblem] = []
    code, name = data.code.strip(), data.name.strip()
    if not code:
        out.append(StaffProblem("code", "staff.required"))
    if not name:
        out.append(StaffProblem("name", "staff.required"))
    for team in session.scalars(select(TeamRow)):
        if team.id == team_id:
            continue
        if code and team.code == code:
            out.append(StaffProblem("code", "staff.code_taken", {"value": code}))
        if name and team.name == name:
            out.append(StaffProblem("name", "staff.name_taken", {"value": name}))
    if data.product_line not in PRODUCT_LINES:
        out.append(_unknown_code("product_line", data.product_line, PRODUCT_LINES))
    if data.cycle not in CYCLES:
        out.append(_unknown_code("cycle", data.cycle, CYCLES))
    return out


def _team_data(team: TeamRow) -> TeamData:
    return TeamData(team.code, team.name, team.product_line, team.cycle, team.manager_id)


def _stripped(data: TeamData) -> TeamData:
    return replace(data, code=data.code.strip(), name=data.name.strip())


def check_team(ctx: AppContext, data: TeamData, team_id: int | None = None) -> list[StaffProblem]:
    with ctx.session() as session:
        return validate_team(session, data, team_id)


def save_team(ctx: AppContext, data: TeamData, team_id: int | None = None) -> int:
    """Add or update a team; returns its id. Raises StaffInvalid listing every problem.

    *data* is the whole team (its manager too); an update that changes nothing writes nothing."""
    with ctx.transaction() as session:
        stored = session.get(TeamRow, team_id) if team_id is not None else None
        if stored is not None and _team_data(stored) == _stripped(data):
            return stored.id
        problems = validate_team(session, data, team_id)
        if problems:
            raise StaffInvalid(problems)
        team = session.get(TeamRow, team_id) if team_id is not None else TeamRow()
        team.code = data.code.strip()
        team.name = data.name.strip()
        team.product_line = data.product_line
        team.cycle = data.cycle
        team.manager_id = data.manager_id
        if team_id is None:
            session.add(team)
        session.flush()
        return team.id
