"""Rater sheets: offline 360° ratings passed around as one workbook per rater.

Who rates whom in a month (``assignments``):
- supervisor: each person's supervisor (``staff.supervisor_id``) rates them;
- self: each person rates themself;
- peer: the other members of the person's team with the same role (reps rate reps). There is
  no separate peer register: this is the smallest honest rule, and a person without such
  colleagues simply has no peer rating (the engine redistributes the missing rater's share).
A rater only gets an item when the person's template gives that rater kind a weight (the same
rule as the entry grid, ``entry.fields_for``).

Every workbook carries hidden keys: a very hidden sheet with the period and the rater, and a
hidden column with role, person and indicator on every row, each signed with a key kept in the
database (``rater_sheet_secret``), so a row comes back to its place after sorting, and a key
typed over, a sheet from another database or another rater's rows moved in are refused.

Reading back is all-or-nothing like every import (``read_sheets`` checks, ``apply_sheets``
backs up and writes in one transaction, audited and amended after publication).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
import threading
from collections.abc import Generator, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesperf_desktop.domain import cell_values
from salesperf_desktop.domain.cell_values import CellRefused
from salesperf_desktop.domain.i18n import fmt_number, pick
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.rules import ScaleRule
from salesperf_desktop.domain.status import RaterRole
from salesperf_desktop.services import appraisals as ap
from salesperf_desktop.services import xlsx_io
from salesperf_desktop.services.entry import fields_for
from salesperf_desktop.services.locking import LockedError, ensure_editable
from salesperf_desktop.services.progress import Cancelled, Progress
from salesperf_desktop.services.xlsx_io import ImportProblem, save_workbook
from salesperf_desktop.storage.models import IndicatorRow, RatingRow, StaffRow

SECRET_KEY = "rater_sheet_secret"
KEY_SHEET = "_salesperf"
MAGIC = "salesperf-rater-sheet"
VERSION = "1"
ROW_KEY = "SP1"
ROLES = ("supervisor", "self", "peer")
HEADER_ROW = 4
COLUMNS = ("employee_no", "name", "indicator", "range", "score", "comment", "anchors")
SCORE_COL = 5  # E
COMMENT_COL = 6  # F
KEY_COL = 8  # H, hidden
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


# ----------------------------------------------------------------------------- who rates whom


@dataclass(frozen=True)
class RatingTask:
    """One score a rater owes: person × indicator, in one role."""

    role: str
    staff_id: int
    employee_no: str
    name: str
    indicator: str
    label: dict
    lo: float
    hi: float
    anchors: tuple[tuple[float, dict], ...] = ()


@dataclass
class RaterAssignment:
    rater_id: int
    employee_no: str
    name: str
    tasks: list[RatingTask] = field(default_factory=list)

    def roles(self) -> list[str]:
        return [r for r in ROLES if any(t.role == r for t in self.tasks)]


def _scale(item) -> tuple[float, float, tuple]:
    rule = item.rule
    if isinstance(rule, ScaleRule):
        anchors = tuple(sorted((float(k), v) for k, v in rule.anchors.items()))
        return rule.lo, rule.hi, anchors
    return 0.0, 100.0, ()


def _assignments(session: Session, month: Period) -> dict[int, RaterAssignment]:
    """Rater id → what they rate in *month* (people in employee-ID order)."""
    stored = ap.stored_period(session, month)
    staff = ap.eligible_staff(session, month)
    appraisals = ap.appraisals_by_staff(session, stored)
    resolver = ap.TemplateResolver(
        ap.load_templates(session), appraisals, ap.policy_for_period(session, stored).policy
    )
    register = {s.id: s for s in session.scalars(select(StaffRow))}
    teams: dict[tuple[int, str], list[StaffRow]] = {}
    for s in staff:
        if s.team_id is not None:
            teams.setdefault((s.team_id, s.role), []).append(s)
    out: dict[int, RaterAssignment] = {}

    def give(rater: StaffRow, task: RatingTask) -> None:
        slot = out.setdefault(rater.id, RaterAssignment(rater.id, rater.employee_no, rater.name))
        slot.tasks.append(task)

    for s in staff:
        resolved = resolver.resolve(s)
        if resolved is None:
            continue
        template = resolved[0]
        for item in template.items:
            if item.measure != "rating":
                continue
            lo, hi, anchors = _scale(item)
            roles = [f.split(":", 1)[1] for f in fields_for(item, dict(template.rater_weights))]
            for role in roles:
                task = RatingTask(
                    role,
                    s.id,
                    s.employee_no,
                    s.name,
                    item.indicator,
                    dict(item.name),
                    lo,
                    hi,
                    anchors,
                )
                if role == "supervisor" and s.supervisor_id in register:
                    give(register[s.supervisor_id], task)
                elif role == "self":
                    give(s, task)
                elif role == "peer" and s.team_id is not None:
                    for peer in teams.get((s.team_id, s.role), []):
                        if peer.id != s.id:
                            give(peer, task)
    order = {r: i for i, r in enumerate(ROLES)}
    for a in out.values():
        a.tasks.sort(key=lambda t: (order[t.role], t.employee_no))
    return dict(sorted(out.items(), key=lambda kv: kv[1].employee_no))


def assignments(ctx, month: Period) -> list[RaterAssignment]:
    """Every rater of *month* with what they rate."""
    with ctx.session() as session:
        return list(_assignments(session, month).values())


# ----------------------------------------------------------------------------- reading cells

# The only places the rater sheets and the key-event import read a number or a date: both go
# through the one rule book (domain/cell_values.py) and report its own refusal (its code and
# params: ``refused.message(lang)`` says why, in the reader's language).


def cell_number(raw: Any) -> tuple[float | None, CellRefused | None]:
    """(number, None), (None, None) for a blank cell, or (None, the rule book's refusal)."""
    try:
        return cell_values.number(raw), None
    except CellRefused as refused:
        return None, refused


def unreadable(exc: Exception, path: Path, lang: str) -> str:
    """Why a file could not be opened, in *lang* when the refusal is coded."""
    own = getattr(exc, "reason", None) or getattr(exc, "message", None)
    if callable(own):
        return own(lang)
    return str(exc).removeprefix(f"{path.name}: ")


def cell_date(raw: Any) -> tuple[dt.date | None, CellRefused | None]:
    """(day, None) for a date cell or year-first text, (None, None) for a blank cell, or
    (None, the rule book's refusal)."""
    try:
        return cell_values.date(raw), None
    except CellRefused as refused:
        return None, refused


# ----------------------------------------------------------------------------- signing keys


def _secret(ctx) -> bytes:
    secret = ctx.settings.get(SECRET_KEY)
    if not secret:
        secret = secrets.token_hex(32)
        ctx.settings.set(SECRET_KEY, secret)
    return str(secret).encode()


def _mac(secret: bytes, *parts: Any) -> str:
    text = "|".join(str(p) for p in parts).encode()
    return hmac.new(secret, text, hashlib.sha256).hexdigest()[:20]


def row_key(secret: bytes, month: Period, rater_id: int, task: RatingTask) -> str:
    sig = _mac(secret, month.format(), rater_id, task.role, task.staff_id, task.indicator)
    return f"{ROW_KEY}|{task.role}|{task.staff_id}|{task.indicator}|{sig}"


# ----------------------------------------------------------------------------- writing


@dataclass(frozen=True)
class WrittenSheet:
    rater_id: int
    employee_no: str
    name: str
    path: Path
    rows: int


def sheet_file_name(month: Period, name: str, lang: str, employee_no: str = "") -> str:
    """评分表_2026年10月_王建国.xlsx (the employee ID is added for a name used twice)."""
    who = f"{name}_{employee_no}" if employee_no else name
    stem = render("rater.file_name", {"period": month.label(lang), "name": who}, lang)
    return _UNSAFE.sub("_", stem).strip(" .") + ".xlsx"


def write_sheets(
    ctx,
    month: Period,
    folder: Path | str,
    *,
    lang: str | None = None,
    cancel: threading.Event | None = None,
) -> Generator[Progress, None, list[WrittenSheet]]:
    """One workbook per rater of *month* in *folder*; returns what was written."""
    lang = lang or ctx.lang
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    raters = assignments(ctx, month)
    secret = _secret(ctx)
    names = [a.name for a in raters]
    written = []
    for n, a in enumerate(raters, start=1):
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        yield Progress(
            n - 1, len(raters), step="progress.writing_rater_sheets", unit="file", item=a.name
        )
        twice = names.count(a.name) > 1
        path = folder / sheet_file_name(month, a.name, lang, a.employee_no if twice else "")
        _write_one(path, month, a, secret, lang)
        written.append(WrittenSheet(a.rater_id, a.employee_no, a.name, path, len(a.tasks)))
    yield Progress(len(raters), len(raters), step="progress.writing_rater_sheets", unit="file")
    return written


def _anchor_text(task: RatingTask, lang: str) -> str:
    return "\n".join(f"{fmt_number(k)}  {pick(v, lang)}" for k, v in task.anchors)


def _lines(text: str, width: float) -> int:
    """Lines *text* takes in a column *width* characters wide (a CJK character is two)."""
    total = 0
    for line in text.split("\n"):
        units = sum(2 if ord(ch) > 0x2E80 else 1 for ch in line)
        total += max(1, -(-units // int(width)))
    return max(1, total)


def _write_one(path: Path, month: Period, a: RaterAssignment, secret: bytes, lang: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    def text(code: str, **params: Any) -> str:
        return render(code, params, lang)

    wb = Workbook()
    wb.remove(wb.active)
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    head_fill = PatternFill("solid", fgColor="DDEBF7")
    score_fill = PatternFill("solid", fgColor="FFF2CC")
    widths = (10, 10, 22, 9, 8, 24, 60)
    for role in a.roles():
        ws = wb.create_sheet(text(f"rater.sheet.{role}"))
        ws["A1"] = text(
            "rater.title", period=month.label(lang), name=a.name, employee_no=a.employee_no
        )
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = text(f"rater.intro.{role}") + " " + text("rater.how_to")
        ws["A2"].alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells("A2:G2")  # above the table: sorting the rows never meets it
        ws.row_dimensions[2].height = 48
        for i, col in enumerate(COLUMNS, start=1):
            c = ws.cell(HEADER_ROW, i, text(f"rater.col.{col}"))
            c.font, c.fill = bold, head_fill
            ws.column_dimensions[xlsx_io.column_letter(i)].width = widths[i - 1]
        ws.column_dimensions[xlsx_io.column_letter(KEY_COL)].hidden = True
        validations: dict[tuple[float, float], DataValidation] = {}
        tasks = [t for t in a.tasks if t.role == role]
        for r, t in enumerate(tasks, start=HEADER_ROW + 1):
            lo, hi = fmt_number(t.lo), fmt_number(t.hi)
            values = (
                t.employee_no,
                t.name,
                pick(t.label, lang) or t.indicator,
                text("rater.range", lo=lo, hi=hi),
                None,
                None,
                _anchor_text(t, lang),
            )
            for i, v in enumerate(values, start=1):
                c = ws.cell(r, i, v)
                c.alignment = wrap
            for col in (SCORE_COL, COMMENT_COL):
                c = ws.cell(r, col)
                c.protection = Protection(locked=False)
                c.fill = score_fill
            ws.cell(r, KEY_COL, row_key(secret, month, a.rater_id, t))
            # spreadsheet programs do not grow a row for wrapped text they did not lay out
            ws.row_dimensions[r].height = 13 * _lines(values[6], widths[6])
            dv = validations.get((t.lo, t.hi))
            if dv is None:
                dv = validations[(t.lo, t.hi)] = DataValidation(
                    type="decimal",
                    operator="between",
                    formula1=repr(float(t.lo)),
                    formula2=repr(float(t.hi)),
                    allow_blank=True,
                    showErrorMessage=True,
                    errorTitle=text("rater.validation.title"),
                    error=text("rater.validation.text", lo=lo, hi=hi),
                    promptTitle=text("rater.col.score"),
                    prompt=text("rater.validation.text", lo=lo, hi=hi),
                    showInputMessage=True,
                )
                ws.add_data_validation(dv)
            dv.add(ws.cell(r, SCORE_COL))
        ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
        # Only the score and comment cells can be typed in; sorting and filtering stay allowed.
        ws.protection.sheet = True
        ws.protection.sort = False
        ws.protection.autoFilter = False
        ws.protection.formatColumns = False
        ws.protection.formatRows = False
        ws.print_options.gridLines = True
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    keys = wb.create_sheet(KEY_SHEET)
    for row in (
        (MAGIC, VERSION),
        ("period", month.format()),
        ("rater", a.rater_id),
        ("rater_no", a.employee_no),
        ("mac", _mac(secret, MAGIC, month.format(), a.rater_id)),
    ):
        keys.append(row)
    keys.sheet_state = "veryHidden"
    keys.protection.sheet = True
    wb.security.lockStructure = True  # no sheet renamed, added or unhidden
    wb.active = 0
    save_workbook(wb, path)


# ----------------------------------------------------------------------------- reading back


@dataclass(frozen=True)
class RatingChange:
    staff_id: int
    employee_no: str
    name: str
    indicator: str
    role: str
    rater_id: int
    rater_name: str
    old: float | None
    new: float
    comment: str = ""
    label: str = ""  # the indicator's name in the reader's language


@dataclass
class RaterSheetPlan:
    period: Period | None = None
    problems: list[ImportProblem] = field(default_factory=list)
    changes: list[RatingChange] = field(default_factory=list)
    unchanged: int = 0
    files: list[str] = field(default_factory=list)
    raters: list[str] = field(default_factory=list)  # names of the raters whose sheets came
    sha256: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class _Key:
    period: Period
    rater_id: int


class _Problems:
    """The problems of one file, located as [file]sheet!cell in the reader's language."""

    def __init__(self, plan: RaterSheetPlan, path: Path, lang: str):
        self.plan, self.file, self.lang = plan, path.name, lang
        self.count = 0

    def add(self, sheet: str, row: int, col: int | None, code: str, **params: Any) -> None:
        letter = xlsx_io.column_letter(col) if col else ""
        where = f"[{self.file}]{sheet}" if sheet else f"[{self.file}]"
        message = render(code, params, self.lang)
        self.plan.problems.append(ImportProblem(where, row, letter, message, code, self.lang))
        self.count += 1


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _file_key(wb, secret: bytes, report: _Problems) -> _Key | None:
    if KEY_SHEET not in wb.sheetnames:
        report.add("", 0, None, "rater.not_a_sheet")
        return None
    cells: dict[str, str] = {}
    for number, values in xlsx_io.sheet_rows(wb[KEY_SHEET]):
        if number > 10:
            break
        if values and values[0] is not None:
            cells[str(values[0])] = _cell_text(values[1] if len(values) > 1 else None)
    if cells.get(MAGIC) != VERSION:
        report.add("", 0, None, "rater.not_a_sheet")
        return None
    try:
        month = Period.parse(cells.get("period", ""))
        rater_id = int(cells.get("rater", ""))
    except (ValueError, TypeError):
        report.add("", 0, None, "rater.file_tampered")
        return None
    expected = _mac(secret, MAGIC, month.format(), rater_id)
    if month.kind != "month" or not hmac.compare_digest(expected, cells.get("mac", "")):
        report.add("", 0, None, "rater.file_tampered")
        return None
    return _Key(month, rater_id)


def _parse_row_key(text: Any) -> tuple[str, int, str, str] | None:
    parts = str(text or "").split("|")
    if len(parts) != 5 or parts[0] != ROW_KEY or parts[1] not in ROLES:
        return None
    try:
        return parts[1], int(parts[2]), parts[3], parts[4]
    except ValueError:
        return None


def read_sheets(
    ctx,
    paths: Sequence[Path | str],
    *,
    period: Period | None = None,
    cancel: threading.Event | None = None,
) -> Generator[Progress, None, RaterSheetPlan]:
    """Check returned sheets (all of one month; *period* when the caller expects one) and plan
    what they change. Writes nothing."""
    plan = RaterSheetPlan(period=period)
    secret = _secret(ctx)
    lang = ctx.lang
    seen_raters: dict[int, str] = {}
    rows: list[tuple[_Problems, _Key, str, int, tuple]] = []
    digest = hashlib.sha256()
    for n, path in enumerate(map(Path, paths)):
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        yield Progress(
            n, len(paths), step="progress.reading_rater_sheets", unit="file", item=path.name
        )
        plan.files.append(str(path))
        report = _Problems(plan, path, lang)
        try:
            wb = xlsx_io.open_workbook(path)
        except xlsx_io.WorkbookUnreadable as exc:
            report.add("", 0, None, "import.unreadable", reason=unreadable(exc, path, lang))
            continue
        try:
            digest.update(xlsx_io.file_sha256(path).encode())
            rows.extend(_file_rows(wb, secret, report, plan, seen_raters, path, lang))
        except xlsx_io.WorkbookUnreadable as exc:  # damage met while reading: one problem line
            report.add("", 0, None, "import.unreadable", reason=unreadable(exc, path, lang))
        finally:
            wb.close()
    plan.sha256 = digest.hexdigest()
    if plan.period is not None and rows:
        with ctx.session() as session:
            _check_rows(session, plan, rows, secret)
    yield Progress(len(paths), len(paths), step="progress.reading_rater_sheets", unit="file")
    return plan


def _file_rows(wb, secret: bytes, report: _Problems, plan, seen_raters, path: Path, lang: str):
    """The keyed rows of one returned file (all read before any is kept: a file damaged
    half-way gives none), or [] when the file is refused as a whole."""
    key = _file_key(wb, secret, report)
    if key is None:
        return []
    if plan.period is not None and key.period != plan.period:
        report.add(
            "",
            0,
            None,
            "rater.wrong_period",
            found=key.period.label(lang),
            wanted=plan.period.label(lang),
        )
        return []
    if key.rater_id in seen_raters:
        report.add("", 0, None, "rater.same_file_twice", other=seen_raters[key.rater_id])
        return []
    rows = [
        (report, key, ws.title, number, tuple(values))
        for ws in wb.worksheets
        if ws.title != KEY_SHEET
        for number, values in xlsx_io.iter_rows(ws)
    ]
    if plan.period is None:
        plan.period = key.period
    seen_raters[key.rater_id] = path.name
    return rows


def _check_rows(session: Session, plan: RaterSheetPlan, rows: list, secret: bytes) -> None:
    """Match every keyed row to the month's assignments, check its score, plan the change."""
    month = plan.period
    lang = rows[0][0].lang
    current = _assignments(session, month)
    stored = ap.stored_period(session, month)
    names = dict(session.execute(select(StaffRow.id, StaffRow.name)).all())
    labels = dict(session.execute(select(IndicatorRow.code, IndicatorRow.name)).all())
    old = _stored_ratings(session, stored.id) if stored is not None else {}
    locked: dict[int, str | None] = {}
    seen: dict[tuple, int] = {}
    filled: dict[int, int] = {}
    for report, key, sheet, number, values in rows:
        cell = values[KEY_COL - 1] if len(values) >= KEY_COL else None
        raw = values[SCORE_COL - 1] if len(values) >= SCORE_COL else None
        parsed = _parse_row_key(cell)
        if parsed is None:
            if cell is not None or (number > HEADER_ROW and raw is not None):
                report.add(sheet, number, SCORE_COL, "rater.key_tampered")
            continue
        role, staff_id, indicator, sig = parsed
        expected = _mac(secret, month.format(), key.rater_id, role, staff_id, indicator)
        if not hmac.compare_digest(expected, sig):
            report.add(sheet, number, SCORE_COL, "rater.key_tampered")
            continue
        rater_name = names.get(key.rater_id, str(key.rater_id))
        person = names.get(staff_id, str(staff_id))
        mine = current.get(key.rater_id)
        task = next(
            (
                t
                for t in (mine.tasks if mine else ())
                if (t.role, t.staff_id, t.indicator) == (role, staff_id, indicator)
            ),
            None,
        )
        if task is None:
            allowed = mine is not None and any(
                t.role == role and t.staff_id == staff_id for t in mine.tasks
            )
            if allowed:
                report.add(
                    sheet,
                    number,
                    SCORE_COL,
                    "rater.not_rated_now",
                    name=person,
                    indicator=pick(labels.get(indicator), lang) or indicator,
                )
            else:
                report.add(
                    sheet,
                    number,
                    SCORE_COL,
                    "rater.not_allowed",
                    rater=role,
                    rater_person=rater_name,
                    name=person,
                )
            continue
        dup = (key.rater_id, role, staff_id, indicator)
        if dup in seen:
            report.add(sheet, number, SCORE_COL, "rater.duplicate_row", first=seen[dup])
            continue
        seen[dup] = number
        value, refused = cell_number(raw)
        if refused is not None:  # the rule book's own reason ("85分" has a unit, "#N/A" …)
            report.add(sheet, number, SCORE_COL, refused.code, **refused.params)
            continue
        if value is None:
            continue
        filled[key.rater_id] = filled.get(key.rater_id, 0) + 1
        if not task.lo <= value <= task.hi:
            report.add(
                sheet,
                number,
                SCORE_COL,
                "rater.out_of_range",
                value=fmt_number(value),
                lo=fmt_number(task.lo),
                hi=fmt_number(task.hi),
            )
            continue
        if stored is not None:
            if staff_id not in locked:
                locked[staff_id] = _lock_reason(session, staff_id, stored, lang)
            if locked[staff_id]:
                report.add(
                    sheet, number, SCORE_COL, "rater.locked", name=person, reason=locked[staff_id]
                )
                continue
        try:
            comment = cell_values.text(
                values[COMMENT_COL - 1] if len(values) >= COMMENT_COL else None
            )
        except CellRefused as refused:  # a formula without its result, an error value
            report.add(sheet, number, COMMENT_COL, refused.code, **refused.params)
            continue
        before = old.get((staff_id, indicator, role, key.rater_id))
        if before is not None and abs(before[0] - value) < 1e-9 and before[1] == comment:
            plan.unchanged += 1
            continue
        plan.changes.append(
            RatingChange(
                staff_id,
                task.employee_no,
                person,
                indicator,
                role,
                key.rater_id,
                rater_name,
                before[0] if before else None,
                value,
                comment,
                pick(task.label, lang) or indicator,
            )
        )
    reports = {id(r): (r, k) for r, k, *_ in rows}
    for report, key in reports.values():
        if not filled.get(key.rater_id) and report.count == 0:
            report.add("", 0, None, "rater.empty")
    plan.raters = [names.get(k.rater_id, "") for _r, k in reports.values()]


def _lock_reason(session: Session, staff_id: int, period, lang: str) -> str | None:
    try:
        ensure_editable(session, staff_id, period)
    except LockedError as exc:
        return exc.message(lang)
    return None


def _stored_ratings(session: Session, period_id: int) -> dict[tuple, tuple[float, str]]:
    """(staff, indicator, role, rater) → (value, comment) of the month's ratings."""
    return {
        (sid, ind, role.value, rater): (value, comment or "")
        for sid, ind, role, rater, value, comment in session.execute(
            select(
                RatingRow.staff_id,
                RatingRow.indicator_code,
                RatingRow.rater_role,
                RatingRow.rater_id,
                RatingRow.value,
                RatingRow.comment,
            ).where(RatingRow.period_id == period_id)
        )
    }


class SheetsRefused(Exception):
    """The plan has problems: nothing was imported."""


def apply_sheets(
    ctx,
    plan: RaterSheetPlan,
    *,
    reason: str = "",
    backup: bool = True,
    cancel: threading.Event | None = None,
) -> Generator[Progress, None, int | None]:
    """Write the planned ratings in one transaction (backup first); the import batch id, or
    None when nothing changes. After publication every change is audited with *reason* (the
    file names when empty) and the published, unsigned results are amended."""
    from salesperf_desktop.services.backup import begin_import, import_batch

    head = begin_import(
        ctx, plan.problems, len(plan.changes), SheetsRefused, backup=backup, cancel=cancel
    )
    if not (yield from head):
        return None
    files = ", ".join(Path(f).name for f in plan.files)
    why = reason.strip() or files
    with ctx.transaction() as session:
        batch = import_batch(session, "ratings", files, plan.sha256, len(plan.changes))
        write_ratings(session, plan.period, plan.changes, reason=why, actor=ctx.actor)
        from salesperf_desktop.services.amendments import amend_after_import

        staff_ids = {c.staff_id for c in plan.changes}
        amend_after_import(session, ctx, [plan.period], staff_ids=staff_ids, reason=why)
        batch_id = batch.id
    yield Progress(2, 2, step="progress.done")
    return batch_id


def write_ratings(
    session: Session, month: Period, changes: Iterable[RatingChange], *, reason: str, actor: str
) -> None:
    """Building block: store each rater's score (a supervisor or self score replaces the one
    stored; a peer's replaces only that peer's), audited after publication. Checks the locks
    again: the database may have changed since the plan."""
    from salesperf_desktop.services.amendments import after_publication
    from salesperf_desktop.services.audit import record_change

    period = ap.stored_period(session, month, create=True)
    session.flush()
    audited = after_publication(session, month)
    appraisals = ap.appraisals_by_staff(session, period)
    checked: set[int] = set()
    for c in changes:
        if c.staff_id not in checked:
            ensure_editable(session, c.staff_id, period)
            checked.add(c.staff_id)
        role = RaterRole(c.role)
        query = select(RatingRow).where(
            RatingRow.staff_id == c.staff_id,
            RatingRow.period_id == period.id,
            RatingRow.indicator_code == c.indicator,
            RatingRow.rater_role == role,
        )
        if role is RaterRole.PEER:
            query = query.where(RatingRow.rater_id == c.rater_id)
        existing = list(session.scalars(query))
        old = existing[-1].value if existing else None
        for row in existing:
            session.delete(row)
        session.flush()
        session.add(
            RatingRow(
                staff_id=c.staff_id,
                period_id=period.id,
                indicator_code=c.indicator,
                rater_role=role,
                rater_id=c.rater_id,
                value=float(c.new),
                comment=c.comment,
            )
        )
        if audited:
            a = appraisals.get(c.staff_id)
            record_change(
                session,
                entity="rating",
                entity_id=None,
                field=f"{c.indicator}.rating:{c.role}",
                old=old,
                new=c.new,
                reason=reason,
                actor=actor,
                appraisal_id=a.id if a is not None else None,
            )
    session.flush()


# ----------------------------------------------------------------------------- status


@dataclass(frozen=True)
class RaterStatusRecord:
    rater_id: int
    employee_no: str
    name: str
    roles: tuple[str, ...]
    expected: int
    received: int

    @property
    def state(self) -> str:
        if self.received == 0:
            return "missing"
        return "complete" if self.received >= self.expected else "partial"


def rater_status(ctx, month: Period) -> list[RaterStatusRecord]:
    """Per rater of *month*: scores owed and scores received (from a sheet or typed in the
    grid under the rater's name), those with nothing back first."""
    with ctx.session() as session:
        current = _assignments(session, month)
        stored = ap.stored_period(session, month)
        have = set(_stored_ratings(session, stored.id)) if stored is not None else set()
    out = []
    for a in current.values():
        got = sum((t.staff_id, t.indicator, t.role, a.rater_id) in have for t in a.tasks)
        out.append(
            RaterStatusRecord(
                a.rater_id, a.employee_no, a.name, tuple(a.roles()), len(a.tasks), got
            )
        )
    order = {"missing": 0, "partial": 1, "complete": 2}
    out.sort(key=lambda r: (order[r.state], r.employee_no))
    return out


def status_word(state: str, lang: str) -> str:
    return render(f"rater.status.{state}", {}, lang)
