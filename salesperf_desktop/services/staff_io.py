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
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesperf_desktop.domain.i18n import pick
from salesperf_desktop.services.progress import Progress
from salesperf_desktop.services.staff import (
    PRODUCT_LINES,
    ROLES,
    STATUSES,
    StaffData,
    StaffProblem,
    apply_data,
    check_basic_fields,
    code_from_text,
    code_label,
    supervisor_chain,
)
from salesperf_desktop.services.xlsx_io import (
    ImportProblem,
    WorkbookUnreadable,
    clean_text,
    column_letter,
    file_sha256,
    iter_rows,
    open_workbook,
)
from salesperf_desktop.storage.models import ImportBatchRow, StaffRow, TeamRow

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
_TEXT_MESSAGES = {
    "missing_column": {
        "zh_CN": "缺少“{value}”列",
        "zh_TW": "缺少「{value}」欄",
        "en": "the column “{value}” is missing",
    },
    "no_rows": {
        "zh_CN": "工作表中没有人员数据",
        "zh_TW": "工作表中沒有人員資料",
        "en": "the sheet has no staff rows",
    },
    "duplicate_column": {
        "zh_CN": "“{value}”列出现了两次",
        "zh_TW": "「{value}」欄出現了兩次",
        "en": "the column “{value}” appears twice",
    },
}


def header(key: str, lang: str) -> str:
    return pick(dict(COLUMNS)[key], lang)


def _header_lookup() -> dict[str, str]:
    lookup: dict[str, str] = {}
    for key, names in COLUMNS:
        lookup[key.casefold()] = key
        for text in names.values():
            lookup[text.casefold()] = key
    return lookup


def _message(code: str, lang: str, **params: Any) -> str:
    if code in _TEXT_MESSAGES:
        return pick(_TEXT_MESSAGES[code], lang).format(**params)
    return StaffProblem("", code, params).message(lang)


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
    for key, kind, codes in (
        ("role", "role", ROLES),
        ("product_line", "product_line", PRODUCT_LINES),
        ("status", "status", STATUSES),
    ):
        labels = ",".join(code_label(kind, c, lang) for c in codes)
        dv = DataValidation(type="list", formula1=f'"{labels}"', allow_blank=True)
        dv.showErrorMessage = False  # codes and other languages are accepted too
        col = column_letter(keys.index(key) + 1)
        dv.add(f"{col}2:{col}{rows}")
        ws.add_data_validation(dv)


def export_staff(session: Session, path: Path | str, lang: str = "zh_CN") -> int:
    """Write the whole register (people who left too); returns the number of people."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET_NAMES.get(lang, "Staff")
    _header_row(ws, lang)
    people = list(session.scalars(select(StaffRow).order_by(StaffRow.employee_no)))
    by_id = {p.id: p for p in people}
    teams = {t.id: t for t in session.scalars(select(TeamRow))}

    def ref(pid: int | None) -> str:
        return by_id[pid].employee_no if pid in by_id else ""

    for p in people:
        ws.append(
            [
                p.employee_no,
                p.name,
                code_label("role", p.role, lang),
                teams[p.team_id].name if p.team_id in teams else "",
                p.region,
                code_label("product_line", p.product_line, lang),
                ref(p.supervisor_id),
                ref(p.business_mentor_id),
                ref(p.compliance_mentor_id),
                p.hire_date,
                p.leave_date,
                code_label("status", p.status.value, lang),
                p.email,
                p.phone,
                p.notes,
            ]
        )
    for row in ws.iter_rows(min_row=2, min_col=10, max_col=11):
        for cell in row:
            cell.number_format = "yyyy-mm-dd"
    _add_choice_lists(ws, lang)
    wb.save(path)
    return len(people)


def write_blank_template(path: Path | str, lang: str = "zh_CN") -> None:
    """An empty staff sheet with headers in *lang*, drop-downs, and a sheet explaining them."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET_NAMES.get(lang, "Staff")
    _header_row(ws, lang)
    _add_choice_lists(ws, lang)
    help_ws = wb.create_sheet({"zh_CN": "说明", "zh_TW": "說明"}.get(lang, "Help"))
    lines = {
        "zh_CN": [
            "每行一名人员；工号必须唯一。必填：工号、姓名、入职日期。",
            "上级和导师填写其工号（可以是本文件中的新人员）。",
            "日期格式：2026-09-30。状态为“已离职”时需填写离职日期。",
            "导入时如有任何错误，将不会写入任何数据，并列出所有错误的单元格。",
        ],
        "zh_TW": [
            "每列一名人員；員工編號必須唯一。必填：員工編號、姓名、到職日期。",
            "上級和導師填寫其員工編號（可以是本檔案中的新人員）。",
            "日期格式：2026-09-30。狀態為「已離職」時需填寫離職日期。",
            "匯入時如有任何錯誤，將不會寫入任何資料，並列出所有錯誤的儲存格。",
        ],
        "en": [
            "One person per row; employee IDs are unique. Required: employee ID, name, hire date.",
            "Supervisor and mentors are given by employee ID (new people in this file count).",
            "Dates as 2026-09-30. A person who left needs a leave date.",
            "If any row has a problem nothing is imported, and every problem cell is listed.",
        ],
    }[lang if lang in ("zh_CN", "zh_TW") else "en"]
    for line in lines:
        help_ws.append([line])
    help_ws.append([])
    for kind, codes in (
        ("role", ROLES),
        ("product_line", PRODUCT_LINES),
        ("status", STATUSES),
    ):
        help_ws.append([header(kind, lang), ", ".join(code_label(kind, c, lang) for c in codes)])
    help_ws.column_dimensions["A"].width = 80
    wb.save(path)


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


def _find_sheet(wb):
    names = {n.casefold() for n in SHEET_NAMES.values()}
    for ws in wb.worksheets:
        if ws.title.casefold() in names:
            return ws
    return wb.worksheets[0]


def read_staff_import(
    session: Session, path: Path | str, lang: str = "zh_CN", *, today: dt.date | None = None
) -> Generator[Progress, None, StaffImportPlan]:
    """Check every row of the workbook against the register; writes nothing."""
    wb = open_workbook(path)  # raises WorkbookUnreadable
    try:
        ws = _find_sheet(wb)
        plan = StaffImportPlan(path=str(path), sheet=ws.title)
        rows = list(iter_rows(ws))
    finally:
        wb.close()
    problems = plan.problems
    sheet = ws.title

    def problem(row: int, col: str, code: str, **params: Any) -> None:
        problems.append(ImportProblem(sheet, row, col, _message(code, lang, **params), code))

    if not rows:
        problem(0, "", "no_rows")
        return plan
    header_no, header_values = rows[0]
    lookup = _header_lookup()
    columns: dict[str, int] = {}
    for i, value in enumerate(header_values):
        key = lookup.get(clean_text(value).casefold())
        if key is None:
            continue  # extra columns are ignored
        if key in columns:
            problem(header_no, column_letter(i + 1), "duplicate_column", value=clean_text(value))
        columns[key] = i
    for key in REQUIRED_COLUMNS:
        if key not in columns:
            problem(header_no, "", "missing_column", value=header(key, lang))
    if problems:
        return plan
    data_rows = rows[1:]
    if not data_rows:
        problem(0, "", "no_rows")
        return plan

    existing = {s.employee_no: s for s in session.scalars(select(StaffRow))}
    by_id = {s.id: s for s in existing.values()}
    extra_roles = set(session.scalars(select(StaffRow.role).distinct())) - set(ROLES)
    teams = list(session.scalars(select(TeamRow)))
    team_by_text = {t.name.casefold(): t for t in teams} | {t.code.casefold(): t for t in teams}
    seen_rows: dict[str, int] = {}
    planned: list[PlannedPerson] = []
    total = len(data_rows)

    def letter(key: str) -> str:
        return column_letter(columns[key] + 1)

    for n, (row_no, values) in enumerate(data_rows, start=1):
        if n % 200 == 0:
            yield Progress(n, total, "")

        def cell(key: str, values: tuple = values) -> Any:
            i = columns.get(key)
            return values[i] if i is not None and i < len(values) else None

        bad_keys: set[str] = set()
        emp = clean_text(cell("employee_no"))
        current = existing.get(emp)
        base = StaffData.of(current) if current is not None else StaffData(employee_no=emp, name="")
        changes: dict[str, Any] = {"employee_no": emp}
        refs: dict[str, str | None] = {}
        for key in columns:
            raw = cell(key)
            text = clean_text(raw)
            if key in ("employee_no",):
                continue
            if key in ("name", "region", "email", "phone", "notes"):
                changes[key] = text
            elif key in ("role", "product_line", "status"):
                if not text:
                    if current is None and key != "role":
                        continue  # the default (mature / regular) applies to a new person
                    if current is not None:
                        continue  # blank keeps what is stored
                    problem(row_no, letter(key), "required")
                    bad_keys.add(key)
                    continue
                code = code_from_text(key, text)
                if code is None and key == "role" and text in extra_roles:
                    code = text  # a role already in the register (compliance …)
                if code is None:
                    bad_keys.add(key)
                    choices = {"role": ROLES, "product_line": PRODUCT_LINES, "status": STATUSES}
                    problem(
                        row_no,
                        letter(key),
                        "unknown_code",
                        value=text,
                        choices=", ".join(code_label(key, c, lang) for c in choices[key]),
                    )
                    continue
                changes[key] = code
            elif key == "team":
                if not text:
                    changes["team_id"] = None
                    continue
                team = team_by_text.get(text.casefold())
                if team is None:
                    bad_keys.add(key)
                    problem(row_no, letter(key), "unknown_team", value=text)
                    continue
                changes["team_id"] = team.id
            elif key in REFERENCE_COLUMNS:
                refs[key] = text or None
            elif key in ("hire_date", "leave_date"):
                date, reason = _parse_date(raw)
                if reason:
                    bad_keys.add(key)
                    problem(row_no, letter(key), "bad_date", value=text)
                    continue
                changes[key] = date
        if emp in seen_rows:
            problem(
                row_no,
                letter("employee_no"),
                "id_duplicate_in_file",
                value=emp,
                other=seen_rows[emp],
            )
        elif emp:
            seen_rows[emp] = row_no
        data = replace(base, **changes).normalised()
        for p in check_basic_fields(data, today=today):
            if p.field in bad_keys:
                continue  # the cell's own problem is already listed
            col_key = p.field if p.field in columns else None
            problem(row_no, letter(col_key) if col_key else "", p.code, **p.params)
        # References of an existing person that the file does not mention stay as stored.
        for key, attr in REFERENCE_COLUMNS.items():
            if key not in refs:
                pid = getattr(base, attr)
                refs[key] = by_id[pid].employee_no if pid in by_id else None
        planned.append(
            PlannedPerson(
                row=row_no,
                employee_no=emp,
                name=data.name,
                data=data,
                refs=refs,
                existing_id=current.id if current is not None else None,
            )
        )

    # References and the supervisor chain, over the register as it would be after the import.
    in_file = {p.employee_no for p in planned}
    known = set(existing) | in_file
    supervisor_of = {
        s.employee_no: by_id[s.supervisor_id].employee_no
        for s in existing.values()
        if s.supervisor_id in by_id
    }
    for p in planned:
        supervisor_of[p.employee_no] = p.refs.get("supervisor")
    names = {s.employee_no: s.name for s in existing.values()} | {
        p.employee_no: p.name for p in planned
    }
    for p in planned:
        for key in REFERENCE_COLUMNS:
            target = p.refs.get(key)
            if target is None or key not in columns:
                continue
            if target == p.employee_no:
                problem(p.row, letter(key), "self_reference")
            elif target not in known:
                problem(p.row, letter(key), "unknown_person", value=target)
        sup = p.refs.get("supervisor")
        if sup and sup != p.employee_no and "supervisor" in columns and sup in known:
            chain = supervisor_chain(supervisor_of, sup, p.employee_no)
            if chain is not None:
                text = " → ".join(names.get(e, e) for e in [p.employee_no, *chain])
                problem(p.row, letter("supervisor"), "supervisor_loop", chain=text)

    for p in planned:
        current = existing.get(p.employee_no)
        if current is None:
            plan.new.append(p)
            continue
        p.changes = _differences(current, p, by_id, session, lang)
        (plan.updated if p.changes else plan.unchanged).append(p)
    problems.sort(key=lambda x: (x.row, x.column))
    yield Progress(total, total, "")
    return plan


def _parse_date(value: Any) -> tuple[dt.date | None, str | None]:
    from salesperf_desktop.services.xlsx_io import parse_date

    return parse_date(value)


def _differences(
    current: StaffRow, p: PlannedPerson, by_id: dict[int, StaffRow], session: Session, lang: str
) -> list[tuple[str, str, str]]:
    old = StaffData.of(current)
    out: list[tuple[str, str, str]] = []
    teams = {t.id: t.name for t in session.scalars(select(TeamRow))}

    def show(key: str, value: Any) -> str:
        if value is None:
            return ""
        if key in ("role", "product_line", "status"):
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
        pid = getattr(old, attr)
        before = by_id[pid].employee_no if pid in by_id else None
        if before != p.refs.get(key):
            out.append((key, before or "", p.refs.get(key) or ""))
    return out


# --------------------------------------------------------------------------- import: writing


def apply_staff_import(ctx, plan: StaffImportPlan) -> Generator[Progress, None, int]:
    """Back up, then write the plan in one transaction; returns the number of people written.

    Closing the generator (cancel) before it finishes rolls everything back.
    """
    from salesperf_desktop.services.backup import make_backup

    if not plan.ok:
        raise StaffImportError("; ".join(str(p) for p in plan.problems[:20]))
    todo = plan.new + plan.updated
    total = len(todo) + 1
    yield Progress(0, total, "backup")
    make_backup(ctx.db_path, ctx.backup_dir, "before-import")
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
                yield Progress(n, total, "")
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
    yield Progress(total, total, "")
    return len(todo)


def import_staff(
    ctx, path: Path | str, lang: str = "zh_CN"
) -> Generator[Progress, None, StaffImportPlan]:
    """Read and, when there are no problems, apply (the CLI's one-step import)."""
    with ctx.session() as session:
        plan = yield from read_staff_import(session, path, lang)
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
