"""Staff list to and from .xlsx: export, a blank template, and an all-or-nothing import.

The import runs in two steps so the officer sees what will happen before anything is written:
``read_staff_import`` checks every row and returns a ``StaffImportPlan`` (problems located by
sheet, row and column; new / updated with the changes / unchanged); ``apply_staff_import``
backs up the database and writes the plan in one transaction, only if it has no problems.
Both are generators yielding ``Progress`` so the window runs them in the background.

Headers are accepted in zh_CN, zh_TW or English (or as the field codes); roles, product lines
and statuses as codes or labels in any of the three languages; people are referred to by
employee ID, teams by name or code. A column missing from the sheet leaves that field alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesperf_desktop.domain import cell_values
from salesperf_desktop.domain.cell_values import CellRefused
from salesperf_desktop.domain.i18n import pick
from salesperf_desktop.domain.messages import render
from salesperf_desktop.services.progress import Progress
from salesperf_desktop.services.staff import (
    PRODUCT_LINES,
    ROLES,
    STATUSES,
    StaffData,
    TeamRecord,
    apply_data,
    check_basic_fields,
    code_from_text,
    code_label,
    query_roles,
    query_teams,
    supervisor_chain,
)
from salesperf_desktop.services.xlsx_io import (
    ImportProblem,
    WorkbookUnreadable,
    choose_sheet,
    column_letter,
    duplicate_header,
    file_sha256,
    iter_rows,
    open_workbook,
    save_workbook,
)
from salesperf_desktop.storage.models import ImportBatchRow, StaffRow

if TYPE_CHECKING:
    from salesperf_desktop.app_context import AppContext

SHEET_NAMES = {"zh_CN": "人员", "zh_TW": "人員", "en": "Staff"}

# (key, localised header). The order is the column order of exports and the blank template.
COLUMNS: list[tuple[str, dict[str, str]]] = [
    ("employee_no", {"zh_CN": "工号", "zh_TW": "員工編號", "en": "Employee ID"}),
    ("name", {"zh_CN": "姓名", "zh_TW": "姓名", "en": "Name"}),
    ("role", {"zh_CN": "岗位", "zh_TW": "職位", "en": "Role"}),
    ("team", {"zh_CN": "团队", "zh_TW": "團隊", "en": "Team"}),
    ("region", {"zh_CN": "区域", "zh_TW": "區域", "en": "Region"}),
    ("product_line", {"zh_CN": "产品线", "zh_TW": "產品線", "en": "Product line"}),
    (
        "supervisor",
        {"zh_CN": "直属上级工号", "zh_TW": "直屬上級員工編號", "en": "Supervisor ID"},
    ),
    (
        "business_mentor",
        {"zh_CN": "业务导师工号", "zh_TW": "業務導師員工編號", "en": "Business mentor ID"},
    ),
    (
        "compliance_mentor",
        {"zh_CN": "合规导师工号", "zh_TW": "合規導師員工編號", "en": "Compliance mentor ID"},
    ),
    ("hire_date", {"zh_CN": "入职日期", "zh_TW": "到職日期", "en": "Hire date"}),
    ("leave_date", {"zh_CN": "离职日期", "zh_TW": "離職日期", "en": "Leave date"}),
    ("status", {"zh_CN": "状态", "zh_TW": "狀態", "en": "Status"}),
    ("email", {"zh_CN": "邮箱", "zh_TW": "電子郵件", "en": "Email"}),
    ("phone", {"zh_CN": "电话", "zh_TW": "電話", "en": "Phone"}),
    ("notes", {"zh_CN": "备注", "zh_TW": "備註", "en": "Notes"}),
]
REQUIRED_COLUMNS = ("employee_no", "name")
REFERENCE_COLUMNS = {
    "supervisor": "supervisor_id",
    "business_mentor": "business_mentor_id",
    "compliance_mentor": "compliance_mentor_id",
}
# Columns holding a code, given in the sheet as the code or a label in any language.
CODE_COLUMNS = {"role": ROLES, "product_line": PRODUCT_LINES, "status": STATUSES}
HELP_LINES = (
    "staff.sheet_help_1",
    "staff.sheet_help_2",
    "staff.sheet_help_3",
    "staff.sheet_help_4",
)


def header(key: str, lang: str) -> str:
    return pick(dict(COLUMNS)[key], lang)


def _header_lookup() -> dict[str, str]:
    lookup: dict[str, str] = {}
    for key, names in COLUMNS:
        lookup[key.casefold()] = key
        for text in names.values():
            lookup[text.casefold()] = key
    return lookup


# --------------------------------------------------------------------------- export


def _set_widths(ws, widths: list[int]) -> None:
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[column_letter(i)].width = w


def _header_row(ws, lang: str) -> None:
    from openpyxl.styles import Font, PatternFill

    ws.append([header(key, lang) for key, _ in COLUMNS])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    ws.freeze_panes = "A2"
    _set_widths(ws, [12, 12, 14, 16, 12, 14, 14, 14, 14, 12, 12, 10, 22, 16, 24])


def _add_choice_lists(ws, lang: str, rows: int = 2000) -> None:
    """Drop-down lists of the localised labels for role, product line and status."""
    from openpyxl.worksheet.datavalidation import DataValidation

    keys = [key for key, _ in COLUMNS]
    for key, codes in CODE_COLUMNS.items():
        labels = ",".join(code_label(key, c, lang) for c in codes)
        dv = DataValidation(type="list", formula1=f'"{labels}"', allow_blank=True)
        dv.showErrorMessage = False  # codes and other languages are accepted too
        col = column_letter(keys.index(key) + 1)
        dv.add(f"{col}2:{col}{rows}")
        ws.add_data_validation(dv)


def export_rows(register: Register, lang: str) -> list[list[Any]]:
    """The register's rows as the workbook shows them, in employee-number order."""
    teams = {t.id: t.name for t in register.teams}

    def ref(pid: int | None) -> str:
        return register.ref_of(pid) or ""

    return [
        [
            p.employee_no,
            p.name,
            code_label("role", p.role, lang),
            teams.get(p.team_id, "") if p.team_id is not None else "",
            p.region,
            code_label("product_line", p.product_line, lang),
            ref(p.supervisor_id),
            ref(p.business_mentor_id),
            ref(p.compliance_mentor_id),
            p.hire_date,
            p.leave_date,
            code_label("status", p.status, lang),
            p.email,
            p.phone,
            p.notes,
        ]
        for _no, (_id, p) in sorted(register.people.items())
    ]


def export_staff(ctx: AppContext, path: Path | str, lang: str | None = None) -> int:
    """Write the whole register (people who left too); returns the number of people."""
    from openpyxl import Workbook

    lang = lang or ctx.lang
    with ctx.session() as session:
        register = Register.read(session)
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET_NAMES.get(lang, "Staff")
    _header_row(ws, lang)
    rows = export_rows(register, lang)
    for row in rows:
        ws.append(row)
    for row in ws.iter_rows(min_row=2, min_col=10, max_col=11):
        for cell in row:
            cell.number_format = "yyyy-mm-dd"
    _add_choice_lists(ws, lang)
    save_workbook(wb, path)
    return len(rows)


def write_blank_template(path: Path | str, lang: str = "zh_CN") -> None:
    """An empty staff sheet with headers in *lang*, drop-downs, and a sheet explaining them."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET_NAMES.get(lang, "Staff")
    _header_row(ws, lang)
    _add_choice_lists(ws, lang)
    help_ws = wb.create_sheet(render("staff.sheet_help_title", {}, lang))
    for code in HELP_LINES:
        help_ws.append([render(code, {}, lang)])
    help_ws.append([])
    for kind, codes in CODE_COLUMNS.items():
        help_ws.append([header(kind, lang), ", ".join(code_label(kind, c, lang) for c in codes)])
    help_ws.column_dimensions["A"].width = 80
    save_workbook(wb, path)


# --------------------------------------------------------------------------- import: reading


@dataclass
class PlannedPerson:
    row: int
    employee_no: str
    name: str
    data: StaffData  # reference ids are filled when applied
    refs: dict[str, str | None]  # supervisor/business_mentor/compliance_mentor → employee ID
    existing_id: int | None = None
    changes: list[tuple[str, str, str]] = field(default_factory=list)  # (column key, old, new)


@dataclass
class StaffImportPlan:
    path: str
    sheet: str
    problems: list[ImportProblem] = field(default_factory=list)
    new: list[PlannedPerson] = field(default_factory=list)
    updated: list[PlannedPerson] = field(default_factory=list)
    unchanged: list[PlannedPerson] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def rows(self) -> int:
        return len(self.new) + len(self.updated) + len(self.unchanged)


class StaffImportError(Exception):
    """The plan has problems (or the file is unreadable); nothing was written."""


def read_sheet(path: Path | str) -> tuple[str, list[tuple[int, tuple[Any, ...]]]]:
    """The staff sheet's title and its non-blank rows; raises WorkbookUnreadable.

    The sheet is the visible one named 人员/人員/Staff, else the first visible sheet."""
    wb = open_workbook(path)
    try:
        ws = choose_sheet(wb, preferred=SHEET_NAMES.values())
        return ws.title, list(iter_rows(ws))
    finally:
        wb.close()


class ProblemList:
    """The problems of one sheet, each rendered in the officer's language as it is found."""

    def __init__(self, sheet: str, lang: str):
        self.sheet, self.lang = sheet, lang
        self.items: list[ImportProblem] = []

    def add(self, row: int, column: str, code: str, **params: Any) -> None:
        code = f"staff.{code}"
        self.items.append(
            ImportProblem(self.sheet, row, column, render(code, params, self.lang), code, self.lang)
        )

    def refused(self, row: int, column: str, refusal: CellRefused) -> None:
        """A cell the rule book refused (domain/cell_values)."""
        self.items.append(
            ImportProblem(
                self.sheet, row, column, refusal.message(self.lang), refusal.code, self.lang
            )
        )


def _header_text(value: Any) -> str:
    try:
        return cell_values.text(value)
    except CellRefused:  # a header computed by a formula never saved: not a known header
        return ""


def map_columns(
    header_no: int, header_values: tuple[Any, ...], problems: ProblemList
) -> dict[str, int]:
    """Column key → index, from headers in any language; extra columns are ignored."""
    lookup = _header_lookup()
    columns: dict[str, int] = {}
    for i, value in enumerate(header_values):
        key = lookup.get(_header_text(value).casefold())
        if key is None:
            continue
        if key in columns:  # the same column twice (姓名 and Name): name both cells
            twice = duplicate_header([columns[key], i], header_no, header(key, problems.lang))
            problems.refused(header_no, column_letter(i + 1), twice)
            continue
        columns[key] = i
    for key in REQUIRED_COLUMNS:
        if key not in columns:
            problems.add(header_no, "", "missing_column", value=header(key, problems.lang))
    return columns


@dataclass(frozen=True)
class Register:
    """The staff register as an import compares against it (plain values, read once)."""

    people: dict[str, tuple[int, StaffData]]  # employee ID → (id, data as stored)
    employee_no: dict[int, str]  # id → employee ID
    extra_roles: frozenset[str]  # roles in the register beyond the standard ones
    teams: list[TeamRecord]

    @classmethod
    def read(cls, session: Session) -> Register:
        rows = list(session.scalars(select(StaffRow)))
        return cls(
            people={s.employee_no: (s.id, StaffData.of(s)) for s in rows},
            employee_no={s.id: s.employee_no for s in rows},
            extra_roles=frozenset(query_roles(session)) - set(ROLES),
            teams=query_teams(session),
        )

    def team_by_text(self) -> dict[str, TeamRecord]:
        return {t.name.casefold(): t for t in self.teams} | {
            t.code.casefold(): t for t in self.teams
        }

    def ref_of(self, pid: int | None) -> str | None:
        return self.employee_no.get(pid) if pid is not None else None


@dataclass
class RowReader:
    """Turns one sheet row into the person it describes, listing its cells' problems."""

    columns: dict[str, int]
    register: Register
    problems: ProblemList
    today: dt.date
    seen_rows: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.team_by_text = self.register.team_by_text()

    def letter(self, key: str) -> str:
        return column_letter(self.columns[key] + 1)

    def read(self, row_no: int, values: tuple[Any, ...]) -> PlannedPerson:
        def cell(key: str) -> Any:
            i = self.columns.get(key)
            return values[i] if i is not None and i < len(values) else None

        try:
            emp = cell_values.text(cell("employee_no"))
        except CellRefused as refused:
            self.problems.refused(row_no, self.letter("employee_no"), refused)
            emp = ""
        stored = self.register.people.get(emp)
        base = stored[1] if stored is not None else StaffData(employee_no=emp, name="")
        changes: dict[str, Any] = {"employee_no": emp}
        refs: dict[str, str | None] = {}
        bad_keys: set[str] = set()
        for key in self.columns:
            if key == "employee_no":
                continue
            if not self._read_cell(row_no, key, cell(key), stored is None, changes, refs):
                bad_keys.add(key)
        self._check_unique(row_no, emp)
        data = replace(base, **changes).normalised()
        self._check_fields(row_no, data, bad_keys)
        # References of an existing person that the file does not mention stay as stored.
        for key, attr in REFERENCE_COLUMNS.items():
            if key not in refs:
                refs[key] = self.register.ref_of(getattr(base, attr))
        return PlannedPerson(
            row=row_no,
            employee_no=emp,
            name=data.name,
            data=data,
            refs=refs,
            existing_id=stored[0] if stored is not None else None,
        )

    def _read_cell(
        self,
        row_no: int,
        key: str,
        raw: Any,
        is_new: bool,
        changes: dict[str, Any],
        refs: dict[str, str | None],
    ) -> bool:
        """Put the cell's value into *changes* / *refs*; False when the cell has a problem."""
        try:
            text = cell_values.text(raw)
        except CellRefused as refused:
            self.problems.refused(row_no, self.letter(key), refused)
            return False
        if key in ("name", "region", "email", "phone", "notes"):
            changes[key] = text
        elif key in CODE_COLUMNS:
            return self._read_code(row_no, key, text, is_new, changes)
        elif key == "team":
            if not text:
                changes["team_id"] = None
                return True
            team = self.team_by_text.get(text.casefold())
            if team is None:
                self.problems.add(row_no, self.letter(key), "unknown_team", value=text)
                return False
            changes["team_id"] = team.id
        elif key in REFERENCE_COLUMNS:
            refs[key] = text or None
        elif key in ("hire_date", "leave_date"):
            try:
                changes[key] = cell_values.date(raw)
            except CellRefused as refused:
                self.problems.refused(row_no, self.letter(key), refused)
                return False
        return True

    def _read_code(
        self, row_no: int, key: str, text: str, is_new: bool, changes: dict[str, Any]
    ) -> bool:
        """A role, product line or status given as a code or a label in any language."""
        if not text:
            if not is_new or key != "role":
                return True  # blank keeps what is stored, or the default applies to a new person
            self.problems.add(row_no, self.letter(key), "required")
            return False
        code = code_from_text(key, text)
        if code is None and key == "role" and text in self.register.extra_roles:
            code = text  # a role already in the register (compliance …)
        if code is None:
            choices = ", ".join(code_label(key, c, self.problems.lang) for c in CODE_COLUMNS[key])
            self.problems.add(row_no, self.letter(key), "unknown_code", value=text, choices=choices)
            return False
        changes[key] = code
        return True

    def _check_unique(self, row_no: int, emp: str) -> None:
        if emp in self.seen_rows:
            self.problems.add(
                row_no,
                self.letter("employee_no"),
                "id_duplicate_in_file",
                value=emp,
                other=self.seen_rows[emp],
            )
        elif emp:
            self.seen_rows[emp] = row_no

    def _check_fields(self, row_no: int, data: StaffData, bad_keys: set[str]) -> None:
        for p in check_basic_fields(data, today=self.today):
            if p.field in bad_keys:
                continue  # the cell's own problem is already listed
            column = self.letter(p.field) if p.field in self.columns else ""
            self.problems.items.append(
                ImportProblem(
                    self.problems.sheet,
                    row_no,
                    column,
                    p.message(self.problems.lang),
                    p.code,
                    self.problems.lang,
                )
            )


def check_references(
    planned: list[PlannedPerson],
    register: Register,
    columns: dict[str, int],
    problems: ProblemList,
) -> None:
    """Supervisors and mentors exist, and no supervisor chain loops, over the register as it
    would be after the import."""
    known = set(register.people) | {p.employee_no for p in planned}
    supervisor_of = {
        emp: register.ref_of(data.supervisor_id) for emp, (_id, data) in register.people.items()
    }
    supervisor_of = {emp: sup for emp, sup in supervisor_of.items() if sup is not None}
    for p in planned:
        supervisor_of[p.employee_no] = p.refs.get("supervisor")
    names = {emp: data.name for emp, (_id, data) in register.people.items()} | {
        p.employee_no: p.name for p in planned
    }

    def letter(key: str) -> str:
        return column_letter(columns[key] + 1)

    for p in planned:
        for key in REFERENCE_COLUMNS:
            target = p.refs.get(key)
            if target is None or key not in columns:
                continue
            if target == p.employee_no:
                problems.add(p.row, letter(key), "self_reference")
            elif target not in known:
                problems.add(p.row, letter(key), "unknown_person", value=target)
        sup = p.refs.get("supervisor")
        if sup and sup != p.employee_no and "supervisor" in columns and sup in known:
            chain = supervisor_chain(supervisor_of, sup, p.employee_no)
            if chain is not None:
                text = " → ".join(names.get(e, e) for e in [p.employee_no, *chain])
                problems.add(p.row, letter("supervisor"), "supervisor_loop", chain=text)


def sort_into_plan(
    plan: StaffImportPlan, planned: list[PlannedPerson], register: Register, lang: str
) -> None:
    """New, updated (with what changes) or unchanged."""
    team_names = {t.id: t.name for t in register.teams}
    for p in planned:
        stored = register.people.get(p.employee_no)
        if stored is None:
            plan.new.append(p)
            continue
        p.changes = _differences(stored[1], p, register, team_names, lang)
        (plan.updated if p.changes else plan.unchanged).append(p)


def plan_staff_import(
    register: Register,
    path: Path | str,
    lang: str,
    today: dt.date,
) -> Generator[Progress, None, StaffImportPlan]:
    """Check every row of the workbook against *register*; writes nothing."""
    sheet, rows = read_sheet(path)
    plan = StaffImportPlan(path=str(path), sheet=sheet)
    problems = ProblemList(sheet, lang)
    plan.problems = problems.items
    if not rows:
        problems.add(0, "", "no_rows")
        return plan
    header_no, header_values = rows[0]
    columns = map_columns(header_no, header_values, problems)
    if problems.items:
        return plan
    data_rows = rows[1:]
    if not data_rows:
        problems.add(0, "", "no_rows")
        return plan
    reader = RowReader(columns, register, problems, today)
    planned: list[PlannedPerson] = []
    total = len(data_rows)
    for n, (row_no, values) in enumerate(data_rows, start=1):
        if n % 200 == 0:
            yield Progress(n, total, step="progress.checking_rows", unit="row")
        planned.append(reader.read(row_no, values))
    check_references(planned, register, columns, problems)
    sort_into_plan(plan, planned, register, lang)
    problems.items.sort(key=lambda x: (x.row, x.column))
    yield Progress(total, total, step="progress.checking_rows", unit="row")
    return plan


def read_staff_import(
    ctx: AppContext, path: Path | str, lang: str | None = None, *, today: dt.date | None = None
) -> Generator[Progress, None, StaffImportPlan]:
    """Check every row of the workbook against the register; writes nothing.

    The register is read first, in a session of its own (the checking itself needs none)."""
    with ctx.session() as session:
        register = Register.read(session)
    return (yield from plan_staff_import(register, path, lang or ctx.lang, today or ctx.today()))


def _differences(
    old: StaffData, p: PlannedPerson, register: Register, teams: dict[int, str], lang: str
) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []

    def show(key: str, value: Any) -> str:
        if value is None:
            return ""
        if key in CODE_COLUMNS:
            return code_label(key, value, lang)
        if key == "team_id":
            return teams.get(value, "")
        if isinstance(value, dt.date):
            return value.isoformat()
        return str(value)

    for key in (
        "name",
        "role",
        "team_id",
        "region",
        "product_line",
        "hire_date",
        "leave_date",
        "status",
        "email",
        "phone",
        "notes",
    ):
        a, b = getattr(old, key), getattr(p.data, key)
        if a != b:
            out.append(("team" if key == "team_id" else key, show(key, a), show(key, b)))
    for key, attr in REFERENCE_COLUMNS.items():
        before = register.ref_of(getattr(old, attr))
        if before != p.refs.get(key):
            out.append((key, before or "", p.refs.get(key) or ""))
    return out


# --------------------------------------------------------------------------- import: writing


def apply_staff_import(ctx: AppContext, plan: StaffImportPlan) -> Generator[Progress, None, int]:
    """Back up, then write the plan in one transaction; returns the number of people written.

    Closing the generator (cancel) before it finishes rolls everything back. A plan with nobody
    new or changed writes nothing: no backup, no batch.
    """
    from salesperf_desktop.services.backup import before_import

    if not plan.ok:
        raise StaffImportError("; ".join(str(p) for p in plan.problems[:20]))
    todo = plan.new + plan.updated
    if not todo:
        yield Progress(1, 1, step="progress.done")
        return 0
    total = len(todo) + 1
    yield from before_import(ctx, total=total)
    with ctx.transaction() as session:
        people: dict[str, StaffRow] = {s.employee_no: s for s in session.scalars(select(StaffRow))}
        for n, p in enumerate(todo, start=1):
            staff = session.get(StaffRow, p.existing_id) if p.existing_id else StaffRow()
            # references are set in a second pass: a supervisor may be a new row further down
            keep = {a: getattr(staff, a, None) for a in REFERENCE_COLUMNS.values()}
            apply_data(staff, p.data)
            for attr, value in keep.items():
                setattr(staff, attr, value)
            if p.existing_id is None:
                session.add(staff)
            people[p.employee_no] = staff
            if n % 200 == 0:
                yield Progress(n, total, step="progress.writing", unit="person")
        session.flush()
        for p in todo:
            staff = people[p.employee_no]
            for key, attr in REFERENCE_COLUMNS.items():
                target = p.refs.get(key)
                setattr(staff, attr, people[target].id if target else None)
        path = Path(plan.path)
        session.add(
            ImportBatchRow(
                kind="staff",
                file_name=path.name,
                file_sha256=file_sha256(path) if path.exists() else "",
                rows=plan.rows,
            )
        )
    yield Progress(total, total, step="progress.done")
    return len(todo)


def import_staff(
    ctx: AppContext, path: Path | str, lang: str | None = None
) -> Generator[Progress, None, StaffImportPlan]:
    """Read and, when there are no problems, apply (the one-step import)."""
    plan = yield from read_staff_import(ctx, path, lang)
    if plan.ok:
        yield from apply_staff_import(ctx, plan)
    return plan


__all__ = [
    "COLUMNS",
    "PlannedPerson",
    "StaffImportError",
    "StaffImportPlan",
    "WorkbookUnreadable",
    "apply_staff_import",
    "export_staff",
    "import_staff",
    "read_staff_import",
    "write_blank_template",
]
