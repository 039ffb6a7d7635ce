"""Importing monthly targets/actuals from an ERP or sales-ledger workbook (all or nothing).

Two steps, both generators that yield ``Progress`` (the window runs them in the background):

- ``plan_import`` reads the workbook (openpyxl read-only), checks every row and returns an
  ``ImportPlan``: every problem located by sheet/row/column, and every value that would change
  (old → new), so the officer sees a preview before anything is written.
- ``apply_import`` refuses a plan with problems, backs the database up, and writes the changes
  in ONE transaction with an ``ImportBatch`` row; a cancel or any error rolls everything back.

Layouts (``ColumnMapping.layout``):
- ``long``: one row per person × indicator × month with target / actual / base columns (the
  downloadable template, ``write_template``);
- ``wide``: one row per person, one column per indicator (header = indicator code or its name in
  any language) holding one kind of value (``wide_field``: target, actual or base).
A column is named by its letter ("C") or by its header text; the standard headers are
recognised in Chinese (simplified and traditional) and English whatever the mapping says.
"""

from __future__ import annotations

import itertools
import re
import threading
import zipfile
from collections.abc import Generator, Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from salesperf_desktop.domain import cell_values
from salesperf_desktop.domain.cell_values import CellRefused
from salesperf_desktop.domain.i18n import pick
from salesperf_desktop.domain.ledger import total_kind
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.status import AppraisalStatus, PeriodKind, PeriodStatus
from salesperf_desktop.services import xlsx_io
from salesperf_desktop.services.periods import stored_period, to_domain
from salesperf_desktop.services.progress import Cancelled, Progress
from salesperf_desktop.services.xlsx_io import (
    ImportProblem,
    WorkbookUnreadable,
    column_letter,
    save_workbook,
)
from salesperf_desktop.storage.models import (
    AppraisalRow,
    IndicatorRow,
    MetricEntryRow,
    PeriodRow,
    StaffRow,
)

FIELDS = ("target", "actual", "base")
LAYOUTS = ("long", "wide")
PROGRESS_EVERY = 1000
SETTING_KEY = "import_mapping"

# Standard headers, recognised in every language (normalised with _norm).
HEADERS: dict[str, dict[str, str]] = {
    "employee_id": {"zh_CN": "工号", "zh_TW": "工號", "en": "Employee ID"},
    "name": {"zh_CN": "姓名", "zh_TW": "姓名", "en": "Name"},
    "month": {"zh_CN": "月份", "zh_TW": "月份", "en": "Month"},
    "indicator": {"zh_CN": "指标", "zh_TW": "指標", "en": "Indicator"},
    "target": {"zh_CN": "目标值", "zh_TW": "目標值", "en": "Target"},
    "actual": {"zh_CN": "实际值", "zh_TW": "實際值", "en": "Actual"},
    "base": {"zh_CN": "对比基数", "zh_TW": "對比基數", "en": "Base"},
}
_EXTRA_ALIASES: dict[str, tuple[str, ...]] = {
    "employee_id": (
        "员工编号",
        "員工編號",
        "员工工号",
        "employee no",
        "employee_no",
        "emp id",
        "id",
    ),
    "name": ("员工姓名", "員工姓名", "employee name"),
    "month": ("期间", "期間", "考核月份", "period"),
    "indicator": ("指标代码", "指標代碼", "指标名称", "指標名稱", "indicator code", "kpi"),
    "target": ("目标", "目標", "计划", "計畫", "plan"),
    "actual": ("实际", "實際", "完成", "完成值", "actual value"),
    "base": ("基数", "基數", "同期", "上年同期", "base value"),
}

# Problem texts (Qt-free services localise with maps; the UI shows them as they are).


def message(code: str, lang: str, **params: Any) -> str:
    """The problem *code* worded in *lang*: a short code is the catalogue's ``import.<code>``,
    a full one ("cell.not_number", from the cell rule book) is taken as it is."""
    return render(code if "." in code else f"import.{code}", params, lang)


def field_label(field_name: str, lang: str) -> str:
    """The name of a value kind or mapped column ("target", "employee_id" …) in *lang*."""
    return render(f"import.field.{field_name}", {}, lang)


# ----------------------------------------------------------------------------- mapping


@dataclass
class ColumnMapping:
    """Which column holds what. A column is a letter ("C") or header text ("工号")."""

    employee_id: str = HEADERS["employee_id"]["en"]
    indicator: str | None = HEADERS["indicator"]["en"]
    month: str | None = HEADERS["month"]["en"]
    target: str | None = HEADERS["target"]["en"]
    actual: str | None = HEADERS["actual"]["en"]
    base: str | None = HEADERS["base"]["en"]
    sheet: str | None = None  # None: the first sheet
    header_row: int = 1
    layout: str = "long"  # "long" | "wide"
    wide_field: str = "actual"  # wide layout: the kind of value in the indicator columns
    fixed_month: str | None = None  # "2026-09" when the file has no month column

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> ColumnMapping:
        mapping = cls()
        for key, value in (data or {}).items():
            if hasattr(mapping, key):
                setattr(mapping, key, value)
        if mapping.layout not in LAYOUTS:
            mapping.layout = "long"
        if mapping.wide_field not in FIELDS:
            mapping.wide_field = "actual"
        try:
            mapping.header_row = max(1, int(mapping.header_row))
        except (TypeError, ValueError):
            mapping.header_row = 1
        return mapping


def default_mapping() -> ColumnMapping:
    """The mapping of the downloadable template (its headers in any language are recognised)."""
    return ColumnMapping()


def load_mapping(ctx) -> ColumnMapping:
    """The mapping used last time (DB setting ``import_mapping``), else the default."""
    stored = ctx.settings.get(SETTING_KEY)
    return ColumnMapping.from_dict(stored) if stored else default_mapping()


def save_mapping(ctx, mapping: ColumnMapping) -> None:
    ctx.settings.set(SETTING_KEY, mapping.to_dict())


def sheet_headers(path: Path | str, sheet: str | None, header_row: int) -> list[tuple[str, str]]:
    """(letter, header text) of the sheet's header row, for choosing the columns; [] when the
    workbook cannot be read."""
    try:
        wb = xlsx_io.open_workbook(Path(path))
    except WorkbookUnreadable:
        return []
    try:
        ws = xlsx_io.choose_sheet(wb, sheet if sheet and sheet in wb.sheetnames else None)
        for number, values in xlsx_io.sheet_rows(ws, min_row=header_row):
            if number != header_row:
                return []
            return [
                (column_letter(i + 1), cell_values.shown(v) if v is not None else "")
                for i, v in enumerate(values)
            ]
        return []
    except WorkbookUnreadable:
        return []
    finally:
        wb.close()


# ----------------------------------------------------------------------------- plan


@dataclass(frozen=True)
class PlannedChange:
    employee_no: str
    name: str
    month: str  # "2026-09"
    indicator: str  # code
    field: str  # target | actual | base
    old: float | None
    new: float | None


@dataclass
class ImportPlan:
    problems: list[ImportProblem] = field(default_factory=list)
    changes: list[PlannedChange] = field(default_factory=list)
    file_sha256: str = ""
    rows: int = 0
    path: str = ""
    unchanged: int = 0  # values in the file equal to what is stored

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def file_name(self) -> str:
        return Path(self.path).name


_LETTERS = re.compile(r"^[A-Za-z]{1,3}$")


def _norm(text: Any) -> str:
    return re.sub(r"[\s\u3000_\-（）()]+", "", str(text or "")).casefold()


def _aliases(field_name: str) -> set[str]:
    names = set(HEADERS.get(field_name, {}).values()) | set(_EXTRA_ALIASES.get(field_name, ()))
    return {_norm(n) for n in names}


def _resolve_column(spec: str | None, field_name: str, headers: dict[str, int]) -> int | None:
    """0-based column index of *spec* (letter or header text), or None if not found."""
    if spec is None or not str(spec).strip():
        return None
    spec = str(spec).strip()
    if _LETTERS.match(spec) and _norm(spec) not in headers:
        index = 0
        for ch in spec.upper():
            index = index * 26 + (ord(ch) - 64)
        return index - 1
    wanted = _norm(spec)
    if wanted in headers:
        return headers[wanted]
    if wanted in _aliases(field_name):
        for alias in _aliases(field_name):
            if alias in headers:
                return headers[alias]
    return None


def indicator_lookup(session: Session) -> dict[str, str]:
    """Normalised code or name (any language) → indicator code."""
    lookup: dict[str, str] = {}
    for ind in session.scalars(select(IndicatorRow)):
        for name in (ind.name or {}).values():
            if name:
                lookup.setdefault(_norm(name), ind.code)
    # Items of templates may name indicators the library lacks (or name them differently).
    from salesperf_desktop.storage.models import TemplateVersionRow

    for definition in session.scalars(select(TemplateVersionRow.definition)):
        for item in (definition or {}).get("items", []):
            code = item.get("indicator")
            if not code:
                continue
            for name in (item.get("name") or {}).values():
                if name:
                    lookup.setdefault(_norm(name), code)
    for ind in session.scalars(select(IndicatorRow.code)):
        lookup[_norm(ind)] = ind
    for definition in session.scalars(select(TemplateVersionRow.definition)):
        for item in (definition or {}).get("items", []):
            if item.get("indicator"):
                lookup[_norm(item["indicator"])] = item["indicator"]
    return lookup


def parse_month(value: Any) -> Period | None:
    """The month of a Month cell (the rule book's ``month``); None when blank."""
    return cell_values.month(value)


def _fmt_cell(value: Any) -> str:
    return cell_values.shown(value)


@dataclass(frozen=True)
class LockIndex:
    """Which (person, month) values are read-only: locked months, signed appraisals covering them.

    The bulk form of ``locking.ensure_editable`` for thousands of rows.
    """

    locked_months: frozenset[tuple[int, int]]  # (year, month)
    signed: frozenset[tuple[int, str, int, int]]  # (staff_id, kind, year, number)
    audited_months: frozenset[tuple[int, int]]  # published or locked
    #: the months whose signed appraisals were read (None: every month)
    months: frozenset[tuple[int, int]] | None = None

    def is_locked(self, staff_id: int, month: Period) -> bool:
        y, m = month.year, month.number
        if self.months is not None and (y, m) not in self.months:
            raise ValueError(f"the lock index was read for other months than {month}")
        if (y, m) in self.locked_months:
            return True
        s = self.signed
        return (
            (staff_id, "month", y, m) in s
            or (staff_id, "quarter", y, (m - 1) // 3 + 1) in s
            or (staff_id, "year", y, 1) in s
        )

    def needs_audit(self, month: Period) -> bool:
        return (month.year, month.number) in self.audited_months


def lock_index(session: Session, months: Iterable[Period] | None = None) -> LockIndex:
    """The lock index of every month, or only of *months*: then only the signed appraisals of
    the periods covering them are read (a whole history is 100,000 appraisals at 3,000 staff,
    a tenth of a second that the month's grid does not need)."""
    wanted = None if months is None else frozenset((m.year, m.number) for m in months)
    locked, audited = set(), set()
    covering: dict[int, tuple[str, int, int]] = {}  # period id → (kind, year, number)
    for p in session.scalars(select(PeriodRow)):
        covered = {(m.year, m.number) for m in to_domain(p).months()}
        if p.kind is PeriodKind.MONTH and p.status is PeriodStatus.LOCKED:
            locked.add((p.year, p.number))
        if p.status in (PeriodStatus.PUBLISHED, PeriodStatus.LOCKED):
            # a month of a published quarter or year feeds a published result too
            audited.update(covered)
        if wanted is None or covered & wanted:
            covering[p.id] = (p.kind.value, p.year, p.number)
    signed = set()
    if covering:  # (a month not stored yet has no appraisal to ask about)
        query = select(AppraisalRow.staff_id, AppraisalRow.period_id).where(
            AppraisalRow.status == AppraisalStatus.SIGNED
        )
        if wanted is not None:
            query = query.where(AppraisalRow.period_id.in_(covering))
        signed = {(staff_id, *covering[pid]) for staff_id, pid in session.execute(query)}
    return LockIndex(frozenset(locked), frozenset(signed), frozenset(audited), wanted)


def _merged_ranges_fast(path: Path, sheet_index: int) -> list[str]:
    """Merged ranges of the n-th sheet read straight from the XML (read-only mode cannot)."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            workbook = zf.read("xl/workbook.xml").decode("utf-8", "replace")
            rels = zf.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
            rids = re.findall(r"<(?:\w+:)?sheet\b[^>]*?\br:id=\"([^\"]+)\"", workbook)
            if sheet_index >= len(rids):
                return []
            rid = rids[sheet_index]
            target = None
            for rel in re.findall(r"<Relationship\b[^>]*>", rels):
                if f'Id="{rid}"' in rel:
                    m = re.search(r'Target="([^"]+)"', rel)
                    target = m.group(1) if m else None
            if not target:
                return []
            target = target.lstrip("/")
            if not target.startswith("xl/"):
                target = "xl/" + target
            if target not in names:
                return []
            return _merge_refs(zf, target)
    except (KeyError, zipfile.BadZipFile, OSError):
        return []


_MERGE_CELL = re.compile(rb"<(?:\w+:)?mergeCell\s+ref=\"([^\"]+)\"")


def _merge_refs(zf: zipfile.ZipFile, part: str) -> list[str]:
    """The mergeCell refs of a sheet part, read in blocks (a sheet may be hundreds of MB)."""
    found: list[str] = []
    tail = b""
    with zf.open(part) as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            data = tail + block
            cut = max(data.rfind(b"<"), len(data) - 256, 0)
            if b"mergeCell" in data:  # (a plain search: most blocks are rows)
                found += [r.decode() for r in _MERGE_CELL.findall(data, 0, cut)]
            tail = data[cut:]
    found += [r.decode() for r in _MERGE_CELL.findall(tail)]
    return found


def _check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled()


def stored_entries(
    session: Session, period_ids: list[int], indicators: Iterable[str]
) -> dict[tuple[int, int, str], dict[str, Any]]:
    """Stored entries of these months and *indicators* by (staff, period, indicator): id,
    target, actual, base. (A ledger maps a few of a month's dozen indicators: only those.)"""
    indicators = sorted(set(indicators))
    if not period_ids or not indicators:
        return {}
    return {
        (sid, pid, ind): {"id": eid, "target": t, "actual": a, "base": b}
        for eid, sid, pid, ind, t, a, b in session.execute(
            select(
                MetricEntryRow.id,
                MetricEntryRow.staff_id,
                MetricEntryRow.period_id,
                MetricEntryRow.indicator_code,
                MetricEntryRow.target,
                MetricEntryRow.actual,
                MetricEntryRow.base,
            ).where(
                MetricEntryRow.period_id.in_(period_ids),
                MetricEntryRow.indicator_code.in_(indicators),
            )
        )
    }


def plan_import(
    ctx, path: Path | str, mapping: ColumnMapping, *, cancel: threading.Event | None = None
) -> Generator[Progress, None, ImportPlan]:
    """Read and check the whole workbook; write nothing. Returns the plan with every problem."""
    path = Path(path)
    lang = ctx.lang
    plan = ImportPlan(path=str(path))
    yield Progress(0, 0, step="progress.reading_file", item=path.name)
    try:
        workbook = xlsx_io.open_workbook(path)
    except WorkbookUnreadable as exc:
        _unreadable(plan, path, exc, lang)
        return plan
    try:
        plan.file_sha256 = xlsx_io.file_sha256(path)
        if mapping.sheet and mapping.sheet not in workbook.sheetnames:
            _Report(plan.problems, mapping.sheet, lang).add(
                0, None, "no_sheet", sheet=mapping.sheet
            )
            return plan
        # a hidden sheet only when chosen by name
        sheet = xlsx_io.choose_sheet(workbook, mapping.sheet)
        sheet_index = workbook.sheetnames.index(sheet.title)
        with ctx.session() as session:
            yield from _plan_sheet(session, ctx, path, sheet, sheet_index, mapping, plan, cancel)
    except WorkbookUnreadable as exc:  # no visible sheet, or damage met while streaming
        plan.problems.clear()
        plan.changes.clear()
        _unreadable(plan, path, exc, lang)
    finally:
        workbook.close()
    plan.problems.sort(key=lambda p: (p.sheet, p.row, len(p.column), p.column))
    return plan


def _unreadable(plan: ImportPlan, path: Path, exc: WorkbookUnreadable, lang: str) -> None:
    plan.problems.append(ImportProblem(path.name, 0, "", exc.reason(lang), exc.code))


class _Report:
    """Collects the problems of one sheet, each located and worded in the reader's language."""

    def __init__(self, problems: list[ImportProblem], sheet_name: str, lang: str):
        self.problems, self.sheet_name, self.lang = problems, sheet_name, lang

    def add(self, row: int, col: int | None, code: str, **params: Any) -> None:
        letter = column_letter(col + 1) if col is not None else ""
        self.problems.append(
            ImportProblem(
                self.sheet_name, row, letter, message(code, self.lang, **params), code, self.lang
            )
        )

    def refused(self, row: int, col: int | None, refusal: CellRefused) -> None:
        """A cell the rule book refused (its code and params)."""
        self.add(row, col, refusal.code, **refusal.params)

    def has(self, *codes: str) -> bool:
        return any(p.code in codes for p in self.problems)

    def has_at(self, row: int, col: int) -> bool:
        letter = column_letter(col + 1)
        return any(p.row == row and p.column == letter for p in self.problems)


@dataclass
class _Columns:
    """Where the mapped columns are (0-based), found from the header row."""

    employee: int | None = None
    month: int | None = None
    fixed_month: Period | None = None
    indicator: int | None = None
    values: list[tuple[int, str, str | None]] = field(default_factory=list)  # col, field, code

    def width(self) -> int:
        used = [c for c in (self.employee, self.month, self.indicator) if c is not None]
        return max(used + [c for c, _, _ in self.values]) + 1


def _report_merged(report: _Report, path: Path, sheet_index: int, header_row: int = 1) -> None:
    """Merged cells in the header or the rows; title rows above the header are never read."""
    for rng in _merged_ranges_fast(path, sheet_index):
        last = re.search(r"(\d+)$", rng)
        if last and int(last.group(1)) < header_row:
            continue
        first = re.match(r"([A-Z]+)(\d+)", rng)
        report.problems.append(
            ImportProblem(
                report.sheet_name,
                int(first.group(2)) if first else 0,
                first.group(1) if first else "",
                message("merged", report.lang, range=rng),
                "merged",
                report.lang,
            )
        )


def _header_index(header_values: tuple) -> tuple[dict[str, int], dict[str, list[int]]]:
    """Normalised header text → its first column, and → all its columns."""
    positions = xlsx_io.header_positions(header_values, _norm)
    return {key: cols[0] for key, cols in positions.items()}, positions


def _locate_columns(
    report: _Report,
    mapping: ColumnMapping,
    header_values: tuple,
    lookup: dict[str, str],
) -> _Columns:
    """The mapped columns in the header row; what cannot be found is reported."""
    headers, positions = _header_index(header_values)
    hr = mapping.header_row

    def need(field_name: str, spec: str | None, required: bool) -> int | None:
        col = _resolve_column(spec, field_name, headers)
        if col is not None and spec:
            _refuse_twice(report, hr, header_values, positions, field_name, str(spec))
        # An optional column named by its standard header may simply be absent (no base
        # column in a file without growth indicators); a letter or a custom header must exist.
        standard = spec is not None and _norm(spec) in _aliases(field_name)
        if col is None and (required or (spec and str(spec).strip() and not standard)):
            label = field_label(field_name, report.lang)
            report.add(hr, None, "no_column", field=label, spec=spec or "—")
        return col

    cols = _Columns(employee=need("employee_id", mapping.employee_id, True))
    cols.month = need("month", mapping.month, False) if mapping.month else None
    if cols.month is None:
        if mapping.fixed_month:
            try:
                cols.fixed_month = parse_month(mapping.fixed_month)
            except CellRefused:
                cols.fixed_month = None
        if cols.fixed_month is None and not report.has("no_column"):
            report.add(hr, None, "no_month")
    if mapping.layout == "wide":
        skip = {c for c in (cols.employee, cols.month) if c is not None}
        skip |= {headers[a] for a in _aliases("name") if a in headers}
        wide_seen: dict[str, int] = {}
        for i, v in enumerate(header_values):
            if i in skip or v is None or not str(v).strip():
                continue
            code = lookup.get(_norm(v))
            if code is None:
                report.add(hr, i, "unknown_header", value=_fmt_cell(v))
            elif code in wide_seen:  # two columns for one indicator ("销售额" and its code)
                twice = xlsx_io.duplicate_header([wide_seen[code], i], hr, v)
                report.refused(hr, i, twice)
            else:
                wide_seen[code] = i
                cols.values.append((i, mapping.wide_field, code))
    else:
        cols.indicator = need("indicator", mapping.indicator, True)
        for f in FIELDS:
            spec = getattr(mapping, f)
            col = need(f, spec, False) if spec else None
            if col is not None:
                cols.values.append((col, f, None))
        if not cols.values and not report.has("no_column"):
            report.add(hr, None, "no_value_column")
    return cols


def _refuse_twice(
    report: _Report,
    row: int,
    header_values: tuple,
    positions: dict[str, list[int]],
    field_name: str,
    spec: str,
) -> None:
    """A mapped column whose header stands in two columns (two "Actual", or "实际值" and
    "Actual") is an error naming both cells: the second would otherwise be ignored. A column
    chosen by its letter is not ambiguous."""
    wanted = _norm(spec)
    if _LETTERS.match(spec.strip()) and wanted not in positions:
        return
    names = {wanted} | (_aliases(field_name) if wanted in _aliases(field_name) else set())
    columns = sorted({c for name in names for c in positions.get(name, [])})
    if len(columns) > 1 and not report.has_at(row, columns[1]):
        twice = xlsx_io.duplicate_header(columns, row, field_label(field_name, report.lang))
        report.refused(row, columns[1], twice)


@dataclass
class _Register:
    """What the rows are checked against: staff by employee ID, indicators, locks."""

    staff: dict[str, tuple[int, str]]  # employee no → (staff id, name)
    staff_norm: dict[str, str]  # normalised employee no → employee no
    indicators: dict[str, str]  # normalised code or name → code
    locks: LockIndex

    @classmethod
    def read(cls, session: Session, indicators: dict[str, str]) -> _Register:
        staff = {
            no: (sid, name)
            for sid, no, name in session.execute(
                select(StaffRow.id, StaffRow.employee_no, StaffRow.name)
            )
        }
        return cls(staff, {_norm(no): no for no in staff}, indicators, lock_index(session))

    def employee(self, text: str) -> str | None:
        emp = text if text in self.staff else self.staff_norm.get(_norm(text), text)
        return emp if emp in self.staff else None


@dataclass(frozen=True)
class _RowValue:
    employee_no: str
    month: Period
    indicator: str
    field: str
    value: float


def _check_row(
    report: _Report,
    number: int,
    values: tuple,
    cols: _Columns,
    register: _Register,
) -> tuple[str, Period, str | None, list[tuple[str, str, float]]] | None:
    """One data row: (employee no, month, indicator of the row, [(indicator, field, value)]),
    or None when a cell of it is reported."""
    lang = report.lang

    def cell(col: int | None) -> Any:
        return values[col] if col is not None else None

    ok = True
    try:
        emp = cell_values.text(cell(cols.employee))
    except CellRefused as refused:
        report.refused(number, cols.employee, refused)
        emp, ok = "", False
    if not emp:
        if ok:
            report.add(number, cols.employee, "no_employee")
        ok = False
    elif register.employee(emp) is None:
        report.add(number, cols.employee, "unknown_employee", value=emp)
        ok = False
    else:
        emp = register.employee(emp)
    month = cols.fixed_month
    if cols.month is not None:
        try:
            month = parse_month(cell(cols.month))
        except CellRefused as refused:
            report.refused(number, cols.month, refused)
            ok = False
        else:
            if month is None:
                report.add(number, cols.month, "no_month_value")
                ok = False
    row_ind = None
    if cols.indicator is not None:
        try:
            raw_ind = cell_values.text(cell(cols.indicator))
        except CellRefused as refused:
            report.refused(number, cols.indicator, refused)
            raw_ind, ok = None, False
        if raw_ind == "":
            report.add(number, cols.indicator, "no_indicator")
            ok = False
        elif raw_ind is not None:
            row_ind = register.indicators.get(_norm(raw_ind))
            if row_ind is None:
                report.add(number, cols.indicator, "unknown_indicator", value=raw_ind)
                ok = False
    parsed: list[tuple[str, str, float]] = []
    for col, fld, ind in cols.values:
        raw = cell(col)
        try:
            val = cell_values.number(raw)
        except CellRefused as refused:
            report.refused(number, col, refused)
            ok = False
            continue
        if val is not None and val < 0 and fld in ("target", "base"):
            report.add(number, col, "negative", field=field_label(fld, lang), value=_fmt_cell(raw))
            ok = False
        elif val is not None:
            parsed.append((ind or row_ind or "", fld, val))
    if not ok or month is None:
        return None
    return emp, month, row_ind, parsed


def _is_totals_row(values: tuple, cols: _Columns) -> bool:
    """A row whose staff ID cell says 合计, 小计, 总计 (or Total): the sheet's own sums."""
    if cols.employee is None or cols.employee >= len(values):
        return False
    return total_kind([values[cols.employee]]) is not None


def _read_rows(
    report: _Report,
    rows,
    total: int,
    cols: _Columns,
    register: _Register,
    wide: bool,
    cancel: threading.Event | None,
):
    """Check every data row (Progress every PROGRESS_EVERY rows); returns the values to plan
    and the number of data rows.

    Stops after 1000 blank rows in a row (formatted but empty sheets); a locked value or a
    repeated person × indicator × month is reported."""
    need_width = cols.width()
    seen: dict[tuple[str, str, str], int] = {}
    out: list[_RowValue] = []
    blank_run = data_rows = 0
    for number, values in rows:
        if not values or xlsx_io.is_blank_row(values):
            blank_run += 1
            if blank_run >= 1000:
                break
            continue
        blank_run = 0
        if _is_totals_row(values, cols):
            continue  # 合计/小计 under the rows (a sheet kept in WPS or Excel): not a person
        data_rows += 1
        if data_rows % PROGRESS_EVERY == 0:
            _check_cancel(cancel)
            yield Progress(
                number, total, step="progress.checking_rows", unit="row", item=report.sheet_name
            )
        if len(values) < need_width:
            values = tuple(values) + (None,) * (need_width - len(values))
        checked = _check_row(report, number, values, cols, register)
        if checked is None:
            continue
        emp, month, row_ind, parsed = checked
        sid, name = register.staff[emp]
        if register.locks.is_locked(sid, month):
            report.add(number, None, "locked", name=name, month=month.format())
            continue
        indicators_here = {ind for ind, _, _ in parsed} if wide else {row_ind}
        dup = False
        for ind in filter(None, indicators_here):
            k = (emp, ind, month.format())
            if k in seen:
                report.add(number, cols.indicator, "duplicate", first=seen[k])
                dup = True
            else:
                seen[k] = number
        if not dup:
            out.extend(_RowValue(emp, month, ind, fld, val) for ind, fld, val in parsed)
    return out, data_rows


def _plan_changes(
    session: Session, plan: ImportPlan, values: list[_RowValue], register: _Register
) -> None:
    """Compare with what is stored (one query over the months touched): changes and unchanged."""
    months = {(v.month.year, v.month.number) for v in values}
    period_ids = {
        (p.year, p.number): p.id
        for p in session.scalars(select(PeriodRow).where(PeriodRow.kind == PeriodKind.MONTH))
        if (p.year, p.number) in months
    }
    existing = stored_entries(session, list(period_ids.values()), {v.indicator for v in values})
    for v in values:
        sid, name = register.staff[v.employee_no]
        pid = period_ids.get((v.month.year, v.month.number))
        stored = existing.get((sid, pid, v.indicator)) if pid is not None else None
        old = stored[v.field] if stored else None
        if old is not None and abs(old - v.value) < 1e-9:
            plan.unchanged += 1
            continue
        plan.changes.append(
            PlannedChange(v.employee_no, name, v.month.format(), v.indicator, v.field, old, v.value)
        )


# How far down a title (公司名, 2026年11月销售数据, 制表人…) may push the header row.
HEADER_SEARCH_ROWS = 20


def _with_header_found(sheet, mapping: ColumnMapping) -> ColumnMapping:
    """*mapping*, with its header row moved down to where the headers are when the officer
    typed a title above them (a sheet saved from WPS or an ERP often starts with one).

    Only for columns named by their headers (a letter says nothing about the header row), and
    only when the given row lacks the staff ID column and a later row among the first
    ``HEADER_SEARCH_ROWS`` has it (and, in the long layout, the indicator column)."""
    specs = [mapping.employee_id] + ([] if mapping.layout == "wide" else [mapping.indicator])
    fields_ = ["employee_id"] + ([] if mapping.layout == "wide" else ["indicator"])
    if any(not spec or _LETTERS.match(str(spec).strip()) for spec in specs):
        return mapping

    def has_headers(values: tuple) -> bool:
        headers, _ = _header_index(values)
        return all(
            _resolve_column(spec, f, headers) is not None
            for spec, f in zip(specs, fields_, strict=True)
        )

    last = mapping.header_row + HEADER_SEARCH_ROWS
    for number, values in xlsx_io.sheet_rows(sheet, min_row=mapping.header_row):
        if number > last:
            break
        if has_headers(values):
            return mapping if number == mapping.header_row else replace(mapping, header_row=number)
    return mapping


def _plan_sheet(session, ctx, path, sheet, sheet_index, mapping, plan, cancel):
    """Check one sheet into *plan*: merged cells, the header, every row, then the changes."""
    report = _Report(plan.problems, sheet.title, ctx.lang)
    mapping = _with_header_found(sheet, mapping)
    _report_merged(report, path, sheet_index, mapping.header_row)
    rows = xlsx_io.sheet_rows(sheet, min_row=mapping.header_row)
    first = next(rows, None)
    header_values: tuple = ()
    if first is not None and first[0] == mapping.header_row:
        header_values = first[1]
    elif first is not None:  # no header row: the first row read is data
        rows = itertools.chain([first], rows)
    lookup = indicator_lookup(session)
    cols = _locate_columns(report, mapping, header_values, lookup)
    if report.has("no_column", "no_month", "no_value_column", "cell.duplicate_header"):
        return
    register = _Register.read(session, lookup)
    total = max(getattr(sheet, "max_row", 0) or 0, 0)
    values, plan.rows = yield from _read_rows(
        report,
        rows,
        total,
        cols,
        register,
        mapping.layout == "wide",
        cancel,
    )
    if plan.rows == 0:
        report.add(mapping.header_row, None, "no_rows")
    if not plan.problems:
        _plan_changes(session, plan, values, register)


# ----------------------------------------------------------------------------- apply


class ImportRefused(Exception):
    """The plan has problems (or the database changed so that a value is now locked)."""


def apply_import(
    ctx,
    plan: ImportPlan,
    *,
    cancel: threading.Event | None = None,
    reason: str = "",
    backup: bool = True,
) -> Generator[Progress, None, int | None]:
    """Write the plan in one transaction; returns the ImportBatch id. Never a partial import.

    A plan that changes nothing (the same workbook imported again) writes nothing: no backup,
    no batch; returns None.
    """
    from salesperf_desktop.services.backup import begin_import, import_batch

    total = len(plan.changes) + 2
    head = begin_import(
        ctx,
        plan.problems,
        len(plan.changes),
        ImportRefused,
        total=total,
        backup=backup,
        cancel=cancel,
    )
    if not (yield from head):
        return None
    with ctx.transaction() as session:
        batch = import_batch(session, "metrics", plan.file_name, plan.file_sha256, plan.rows)
        why = reason or plan.file_name
        yield from _write_changes(session, ctx, plan.changes, batch.id, cancel, why)
        _check_cancel(cancel)
        _amend_after_import(session, ctx, plan.changes, why)
        batch_id = batch.id
    yield Progress(total, total, step="progress.done")
    return batch_id


def _write_changes(session, ctx, changes: Iterable[PlannedChange], batch_id, cancel, reason):
    from salesperf_desktop.services.audit import change_entry, record_changes

    changes = list(changes)
    staff = {no: sid for sid, no in session.execute(select(StaffRow.id, StaffRow.employee_no))}
    locks = lock_index(session)
    months = {c.month for c in changes}
    periods: dict[str, PeriodRow] = {}
    for key in sorted(months):
        periods[key] = stored_period(session, Period.parse(key), create=True)
    ids = [p.id for p in periods.values()]
    existing = stored_entries(session, ids, {c.indicator for c in changes})
    appraisals = _appraisal_ids(session, ids)
    new_rows: dict[tuple[int, int, str], dict[str, Any]] = {}
    updated: dict[int, dict[str, Any]] = {}
    now = ctx.now()
    actor: str | None = None  # who the audit trail names: read once (a settings query)
    trail: list[dict[str, Any] | None] = []  # audit rows, added together at the end
    for n, c in enumerate(changes, start=1):
        if n % PROGRESS_EVERY == 0:
            _check_cancel(cancel)
            yield Progress(n, len(changes) + 2, step="progress.writing")
        sid = staff.get(c.employee_no)
        if sid is None:
            raise ImportRefused(f"employee {c.employee_no} no longer exists")
        period = periods[c.month]
        dp = Period.parse(c.month)
        if locks.is_locked(sid, dp):
            raise ImportRefused(f"{c.month} of {c.employee_no} was locked meanwhile")
        key = (sid, period.id, c.indicator)
        row = existing.get(key)
        if row is None:
            fresh = new_rows.setdefault(
                key,
                {
                    "staff_id": sid,
                    "period_id": period.id,
                    "indicator_code": c.indicator,
                    "target": None,
                    "actual": None,
                    "base": None,
                    "passed": None,
                    "updated_at": now,
                    "import_batch_id": batch_id,
                },
            )
            old = fresh[c.field]
            fresh[c.field] = c.new
        else:
            old = row[c.field]
            up = updated.setdefault(
                row["id"], {"id": row["id"], "import_batch_id": batch_id, "updated_at": now}
            )
            up[c.field] = c.new
        if locks.needs_audit(dp):
            if actor is None:
                actor = getattr(ctx, "actor", "")
            trail.append(
                change_entry(
                    entity="metric_entry",
                    entity_id=row["id"] if row else None,
                    field=f"{c.indicator}.{c.field}",
                    old=old,
                    new=c.new,
                    reason=reason,
                    actor=actor,
                    appraisal_id=appraisals.get((sid, period.id)),
                )
            )
    _store_entries(session, list(new_rows.values()), list(updated.values()))
    record_changes(session, trail)


def _amend_after_import(session: Session, ctx, changes: Sequence[PlannedChange], why: str) -> None:
    """After publication: the published, unsigned appraisals the imported months feed are
    re-scored and stored (``amendments``), in the import's transaction."""
    from salesperf_desktop.services.amendments import amend_after_import

    months = list(dict.fromkeys(Period.parse(c.month) for c in changes))
    numbers = {c.employee_no for c in changes}
    staff_ids = None  # a big import: anyone may be affected
    if len(numbers) <= 500:
        staff_ids = list(
            session.scalars(select(StaffRow.id).where(StaffRow.employee_no.in_(numbers)))
        )
    amend_after_import(session, ctx, months, staff_ids=staff_ids, reason=why)


def _appraisal_ids(session: Session, period_ids: list[int]) -> dict[tuple[int, int], int]:
    """(staff id, period id) → appraisal id, for the audit trail."""
    if not period_ids:
        return {}
    return {
        (sid, pid): aid
        for aid, sid, pid in session.execute(
            select(AppraisalRow.id, AppraisalRow.staff_id, AppraisalRow.period_id).where(
                AppraisalRow.period_id.in_(period_ids)
            )
        )
    }


def _store_entries(session: Session, new_rows: list[dict], updates: list[dict]) -> None:
    """Insert and update entries in bulk (executemany of the table's statements: thousands
    of rows without the ORM's bulk step)."""
    table = MetricEntryRow.__table__
    if new_rows:
        session.execute(insert(table), new_rows)
    # Group by the set of columns so each executemany has uniform parameters.
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for params in updates:
        groups.setdefault(tuple(sorted(params)), []).append(params)
    for columns, rows in groups.items():
        values = {c: bindparam(f"new_{c}") for c in columns if c != "id"}
        statement = update(table).where(table.c.id == bindparam("entry_id")).values(values)
        session.execute(
            statement,
            [{"entry_id": r["id"], **{f"new_{c}": r[c] for c in values}} for r in rows],
        )


# ----------------------------------------------------------------------------- template


def write_template(ctx, path: Path | str, lang: str | None = None) -> Path:
    """A blank workbook for offices without an ERP export: headers in *lang* (default the
    context's), plus a sheet listing the indicator codes and names."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    lang = lang or ctx.lang
    with ctx.session() as session:
        indicators = [
            (ind.code, pick(ind.name, lang))
            for ind in session.scalars(
                select(IndicatorRow)
                .where(IndicatorRow.archived.is_(False))
                .order_by(IndicatorRow.code)
            )
        ]

    def text(key: str) -> str:
        return render(f"import.template.{key}", {}, lang)

    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = text("sheet_data")
    order = ("employee_id", "name", "month", "indicator", "target", "actual", "base")
    ws.append([pick(HEADERS[k], lang) for k in order])
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for i, _ in enumerate(order, start=1):
        c = ws.cell(row=1, column=i)
        c.font = bold
        c.fill = fill
        ws.column_dimensions[column_letter(i)].width = 16 if i != 4 else 28
    ws.freeze_panes = "A2"
    help_ws = wb.create_sheet(text("sheet_indicators"))
    help_ws.append([text("code"), text("name"), text("notes")])
    for i in range(1, 4):
        help_ws.cell(row=1, column=i).font = bold
    help_ws.column_dimensions["A"].width = 28
    help_ws.column_dimensions["B"].width = 30
    help_ws.column_dimensions["C"].width = 60
    help_ws.append(["", "", text("how_to")])
    for code, name in indicators:
        help_ws.append([code, name, ""])
    save_workbook(wb, path)
    return path


__all__ = [
    "ColumnMapping",
    "ImportPlan",
    "ImportProblem",
    "ImportRefused",
    "PlannedChange",
    "apply_import",
    "default_mapping",
    "load_mapping",
    "plan_import",
    "save_mapping",
    "write_template",
]
