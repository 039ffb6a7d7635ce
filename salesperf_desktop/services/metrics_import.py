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

import datetime as dt
import re
import threading
import zipfile
from collections.abc import Generator, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from salesperf_desktop.domain.i18n import pick
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.status import AppraisalStatus, PeriodKind, PeriodStatus
from salesperf_desktop.services import xlsx_io
from salesperf_desktop.services.progress import Cancelled, Progress
from salesperf_desktop.services.xlsx_io import ImportProblem, column_letter
from salesperf_desktop.storage.models import (
    AppraisalRow,
    ImportBatchRow,
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
MESSAGES: dict[str, dict[str, str]] = {
    "unreadable": {"zh_CN": "{reason}", "zh_TW": "{reason}", "en": "{reason}"},
    "no_sheet": {
        "zh_CN": "工作簿中没有名为“{sheet}”的工作表",
        "zh_TW": "活頁簿中沒有名為「{sheet}」的工作表",
        "en": "the workbook has no sheet named “{sheet}”",
    },
    "no_column": {
        "zh_CN": "找不到“{field}”列（{spec}）",
        "zh_TW": "找不到「{field}」欄（{spec}）",
        "en": "no “{field}” column ({spec})",
    },
    "no_value_column": {
        "zh_CN": "没有目标值、实际值或基数列",
        "zh_TW": "沒有目標值、實際值或基數欄",
        "en": "no target, actual or base column",
    },
    "no_month": {
        "zh_CN": "没有月份列，也没有指定导入月份",
        "zh_TW": "沒有月份欄，也沒有指定匯入月份",
        "en": "no month column and no month chosen for the import",
    },
    "no_rows": {
        "zh_CN": "表头下面没有数据行",
        "zh_TW": "表頭下方沒有資料列",
        "en": "no data rows below the header",
    },
    "merged": {
        "zh_CN": "合并单元格 {range}：请取消合并，每个单元格填一个值",
        "zh_TW": "合併儲存格 {range}：請取消合併，每個儲存格填一個值",
        "en": "merged cells {range}: unmerge them and fill every cell",
    },
    "unknown_employee": {
        "zh_CN": "未知工号“{value}”",
        "zh_TW": "未知工號「{value}」",
        "en": "unknown employee ID “{value}”",
    },
    "no_employee": {
        "zh_CN": "缺少工号",
        "zh_TW": "缺少工號",
        "en": "the employee ID is missing",
    },
    "unknown_indicator": {
        "zh_CN": "未知指标“{value}”（请用指标代码或名称）",
        "zh_TW": "未知指標「{value}」（請用指標代碼或名稱）",
        "en": "unknown indicator “{value}” (use its code or name)",
    },
    "no_indicator": {
        "zh_CN": "缺少指标",
        "zh_TW": "缺少指標",
        "en": "the indicator is missing",
    },
    "bad_month": {
        "zh_CN": "“{value}”不是月份（请写 2026-09）",
        "zh_TW": "「{value}」不是月份（請寫 2026-09）",
        "en": "“{value}” is not a month (write 2026-09)",
    },
    "date_as_month": {
        "zh_CN": "“{value}”是以文字写的日期，此处需要月份（请写 2026-09）",
        "zh_TW": "「{value}」是以文字寫的日期，此處需要月份（請寫 2026-09）",
        "en": "“{value}” is a date written as text where a month is expected (write 2026-09)",
    },
    "no_month_value": {
        "zh_CN": "缺少月份",
        "zh_TW": "缺少月份",
        "en": "the month is missing",
    },
    "not_number": {
        "zh_CN": "“{value}”不是数字",
        "zh_TW": "「{value}」不是數字",
        "en": "“{value}” is not a number",
    },
    "excel_error": {
        "zh_CN": "Excel 错误值 {value}（请先修正公式）",
        "zh_TW": "Excel 錯誤值 {value}（請先修正公式）",
        "en": "Excel error value {value} (fix the formula first)",
    },
    "date_as_number": {
        "zh_CN": "此处需要数字，却是日期 {value}",
        "zh_TW": "此處需要數字，卻是日期 {value}",
        "en": "a date ({value}) where a number is expected",
    },
    "bool_as_number": {
        "zh_CN": "此处需要数字，却是是/否值",
        "zh_TW": "此處需要數字，卻是是/否值",
        "en": "a yes/no value where a number is expected",
    },
    "huge": {
        "zh_CN": "{value} 大得不合理，可能输错了",
        "zh_TW": "{value} 大得不合理，可能輸錯了",
        "en": "{value} is implausibly large (a typing error?)",
    },
    "not_finite": {
        "zh_CN": "不是有限的数字",
        "zh_TW": "不是有限的數字",
        "en": "not a finite number",
    },
    "negative": {
        "zh_CN": "{field}不能为负数（{value}）",
        "zh_TW": "{field}不能為負數（{value}）",
        "en": "the {field} cannot be negative ({value})",
    },
    "duplicate": {
        "zh_CN": "与第 {first} 行重复（同一人、同一指标、同一月份）",
        "zh_TW": "與第 {first} 列重複（同一人、同一指標、同一月份）",
        "en": "duplicates row {first} (same person, indicator and month)",
    },
    "locked": {
        "zh_CN": "{name} 的 {month} 已签字锁定，只能通过申诉修改",
        "zh_TW": "{name} 的 {month} 已簽字鎖定，只能透過申訴修改",
        "en": "{month} of {name} is signed and locked; only an upheld appeal can change it",
    },
    "unknown_header": {
        "zh_CN": "表头“{value}”不是已知指标",
        "zh_TW": "表頭「{value}」不是已知指標",
        "en": "header “{value}” is not a known indicator",
    },
}
FIELD_NAMES = {
    "target": {"zh_CN": "目标值", "zh_TW": "目標值", "en": "target"},
    "actual": {"zh_CN": "实际值", "zh_TW": "實際值", "en": "actual"},
    "base": {"zh_CN": "对比基数", "zh_TW": "對比基數", "en": "base"},
    "employee_id": {"zh_CN": "工号", "zh_TW": "工號", "en": "employee ID"},
    "indicator": {"zh_CN": "指标", "zh_TW": "指標", "en": "indicator"},
    "month": {"zh_CN": "月份", "zh_TW": "月份", "en": "month"},
}


def message(code: str, lang: str, **params: Any) -> str:
    return pick(MESSAGES[code], lang).format(**params)


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
_MONTH_RES = (
    re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$"),
    re.compile(r"^(\d{4})(\d{2})$"),
)
_DATE_RES = (
    re.compile(r"^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$"),
    re.compile(r"^\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}$"),
)


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


def parse_month(value: Any) -> tuple[Period | None, str | None]:
    """(month, None) or (None, problem code). Real dates give their month; text must be a month."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, "no_month_value"
    if isinstance(value, (dt.datetime, dt.date)):
        return Period.month(value.year, value.month), None
    if isinstance(value, bool):
        return None, "bad_month"
    if isinstance(value, (int, float)):
        if float(value).is_integer() and 190001 <= int(value) <= 299912:
            year, month = divmod(int(value), 100)
            if 1 <= month <= 12:
                return Period.month(year, month), None
        return None, "bad_month"
    text = str(value).strip()
    for pattern in _MONTH_RES:
        m = pattern.match(text)
        if m:
            year, month = int(m.group(1)), int(m.group(2))
            if 1900 <= year <= 2999 and 1 <= month <= 12:
                return Period.month(year, month), None
            return None, "bad_month"
    for pattern in _DATE_RES:
        if pattern.match(text):
            return None, "date_as_month"
    return None, "bad_month"


def parse_value(value: Any) -> tuple[float | None, str | None]:
    """(number, None), (None, None) for blank, or (None, problem code)."""
    if value is None:
        return None, None
    if type(value) is int or type(value) is float:  # the common case, fast
        number = float(value)
        if number != number or number in (float("inf"), float("-inf")):
            return None, "not_finite"
        if abs(number) > xlsx_io.MAX_ABS_VALUE:
            return None, "huge"
        return number, None
    if isinstance(value, bool):
        return None, "bool_as_number"
    if isinstance(value, (dt.date, dt.datetime)):
        return None, "date_as_number"
    text = str(value).strip()
    if not text:
        return None, None
    if text in xlsx_io.EXCEL_ERRORS or text.startswith("#"):
        return None, "excel_error"
    number, reason = xlsx_io.parse_number(text)
    if reason is None:
        return number, None
    if "implausibly" in reason:
        return None, "huge"
    if "finite" in reason:
        return None, "not_finite"
    return None, "not_number"


def _fmt_cell(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


@dataclass(frozen=True)
class LockIndex:
    """Which (person, month) values are read-only: locked months, signed appraisals covering them.

    The bulk form of ``locking.ensure_editable`` for thousands of rows.
    """

    locked_months: frozenset[tuple[int, int]]  # (year, month)
    signed: frozenset[tuple[int, str, int, int]]  # (staff_id, kind, year, number)
    audited_months: frozenset[tuple[int, int]]  # published or locked

    def is_locked(self, staff_id: int, month: Period) -> bool:
        y, m = month.year, month.number
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


def lock_index(session: Session) -> LockIndex:
    locked, audited = set(), set()
    for p in session.scalars(select(PeriodRow).where(PeriodRow.kind == PeriodKind.MONTH)):
        if p.status is PeriodStatus.LOCKED:
            locked.add((p.year, p.number))
        if p.status in (PeriodStatus.PUBLISHED, PeriodStatus.LOCKED):
            audited.add((p.year, p.number))
    signed = set()
    for staff_id, kind, year, number in session.execute(
        select(AppraisalRow.staff_id, PeriodRow.kind, PeriodRow.year, PeriodRow.number)
        .join(PeriodRow, PeriodRow.id == AppraisalRow.period_id)
        .where(AppraisalRow.status == AppraisalStatus.SIGNED)
    ):
        signed.add((staff_id, kind.value, year, number))
    return LockIndex(frozenset(locked), frozenset(signed), frozenset(audited))


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
            with zf.open(target) as fh:
                data = fh.read()
            return [
                r.decode() for r in re.findall(rb"<(?:\w+:)?mergeCell\s+ref=\"([^\"]+)\"", data)
            ]
    except (KeyError, zipfile.BadZipFile, OSError):
        return []


def _check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled()


def stored_entries(
    session: Session, period_ids: list[int]
) -> dict[tuple[int, int, str], dict[str, Any]]:
    """Stored entries of these months by (staff, period, indicator): id, target, actual, base."""
    if not period_ids:
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
            ).where(MetricEntryRow.period_id.in_(period_ids))
        )
    }


def plan_import(
    ctx, path: Path | str, mapping: ColumnMapping, *, cancel: threading.Event | None = None
) -> Generator[Progress, None, ImportPlan]:
    """Read and check the whole workbook; write nothing. Returns the plan with every problem."""
    path = Path(path)
    lang = ctx.lang
    plan = ImportPlan(path=str(path))
    yield Progress(0, 0, path.name)
    try:
        workbook = xlsx_io.open_workbook(path, read_only=True)
    except xlsx_io.WorkbookUnreadable as exc:
        plan.problems.append(
            ImportProblem(
                path.name,
                0,
                "",
                message("unreadable", lang, reason=str(exc).removeprefix(f"{path.name}: ")),
                "unreadable",
            )
        )
        return plan
    try:
        plan.file_sha256 = xlsx_io.file_sha256(path)
        if mapping.sheet:
            if mapping.sheet not in workbook.sheetnames:
                plan.problems.append(
                    ImportProblem(
                        mapping.sheet,
                        0,
                        "",
                        message("no_sheet", lang, sheet=mapping.sheet),
                        "no_sheet",
                    )
                )
                return plan
            sheet_index = workbook.sheetnames.index(mapping.sheet)
        else:
            sheet_index = 0
        sheet = workbook.worksheets[sheet_index]
        sheet_name = sheet.title
        with ctx.session() as session:
            yield from _plan_sheet(
                session, ctx, path, sheet, sheet_name, sheet_index, mapping, plan, cancel
            )
    finally:
        workbook.close()
    plan.problems.sort(key=lambda p: (p.sheet, p.row, len(p.column), p.column))
    return plan


def _plan_sheet(session, ctx, path, sheet, sheet_name, sheet_index, mapping, plan, cancel):
    lang = ctx.lang
    problems = plan.problems

    def problem(row: int, col: int | None, code: str, **params: Any) -> None:
        letter = column_letter(col + 1) if col is not None else ""
        problems.append(ImportProblem(sheet_name, row, letter, message(code, lang, **params), code))

    for rng in _merged_ranges_fast(path, sheet_index):
        first = re.match(r"([A-Z]+)(\d+)", rng)
        problems.append(
            ImportProblem(
                sheet_name,
                int(first.group(2)) if first else 0,
                first.group(1) if first else "",
                message("merged", lang, range=rng),
                "merged",
            )
        )

    rows = sheet.iter_rows(min_row=mapping.header_row, values_only=True)
    header_values: tuple = ()
    for values in rows:
        header_values = values or ()
        break
    headers: dict[str, int] = {}
    for i, v in enumerate(header_values):
        key = _norm(v)
        if key and key not in headers:
            headers[key] = i
    hr = mapping.header_row

    def need(field_name: str, spec: str | None, required: bool) -> int | None:
        col = _resolve_column(spec, field_name, headers)
        # An optional column named by its standard header may simply be absent (no base
        # column in a file without growth indicators); a letter or a custom header must exist.
        standard = spec is not None and _norm(spec) in _aliases(field_name)
        if col is None and (required or (spec and str(spec).strip() and not standard)):
            label = pick(FIELD_NAMES.get(field_name, {"en": field_name}), lang)
            problem(hr, None, "no_column", field=label, spec=spec or "—")
        return col

    emp_col = need("employee_id", mapping.employee_id, True)
    month_col = need("month", mapping.month, False) if mapping.month else None
    fixed_month = None
    if month_col is None:
        if mapping.fixed_month:
            fixed_month, _ = parse_month(mapping.fixed_month)
        if fixed_month is None and not any(p.code == "no_column" for p in problems):
            problem(hr, None, "no_month")
    lookup = indicator_lookup(session)

    # value columns: [(col index, field, indicator code or None)]
    value_cols: list[tuple[int, str, str | None]] = []
    ind_col = None
    if mapping.layout == "wide":
        skip = {c for c in (emp_col, month_col) if c is not None}
        skip |= {headers[a] for a in _aliases("name") if a in headers}
        for i, v in enumerate(header_values):
            if i in skip or v is None or not str(v).strip():
                continue
            code = lookup.get(_norm(v))
            if code is None:
                problem(hr, i, "unknown_header", value=_fmt_cell(v))
            else:
                value_cols.append((i, mapping.wide_field, code))
    else:
        ind_col = need("indicator", mapping.indicator, True)
        for f in FIELDS:
            spec = getattr(mapping, f)
            if spec:
                col = need(f, spec, False)
                if col is not None:
                    value_cols.append((col, f, None))
        if not value_cols and not any(p.code == "no_column" for p in problems):
            problem(hr, None, "no_value_column")
    if any(p.code in ("no_column", "no_month", "no_value_column") for p in problems):
        return

    staff = {
        no: (sid, name)
        for sid, no, name in session.execute(
            select(StaffRow.id, StaffRow.employee_no, StaffRow.name)
        )
    }
    staff_norm = {_norm(no): no for no in staff}
    locks = lock_index(session)
    period_ids = {
        (p.year, p.number): p.id
        for p in session.scalars(select(PeriodRow).where(PeriodRow.kind == PeriodKind.MONTH))
    }
    existing: dict[tuple[int, int, str], tuple[float | None, float | None, float | None]] | None = (
        None
    )

    used = [c for c in (emp_col, month_col, ind_col) if c is not None]
    used += [c for c, _, _ in value_cols]
    need_width = max(used) + 1
    seen: dict[tuple[str, str, str], int] = {}
    raw_values: list[
        tuple[int, str, Period, str, str, float]
    ] = []  # row, emp, month, ind, field, value
    months_touched: set[tuple[int, int]] = set()
    data_rows = 0
    total = max(getattr(sheet, "max_row", 0) or 0, 0)
    blank_run = 0
    number = hr
    for values in rows:
        number += 1
        if not values or all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            blank_run += 1
            if blank_run >= 1000:
                break
            continue
        blank_run = 0
        data_rows += 1
        if data_rows % PROGRESS_EVERY == 0:
            _check_cancel(cancel)
            yield Progress(number, total, f"{sheet_name}: {number}")
        if len(values) < need_width:
            values = tuple(values) + (None,) * (need_width - len(values))

        def cell(col: int | None, values: tuple = values) -> Any:
            return values[col] if col is not None else None

        ok = True
        raw_emp = cell(emp_col)
        emp = _fmt_cell(raw_emp) if raw_emp is not None else ""
        if not emp:
            problem(number, emp_col, "no_employee")
            ok = False
        else:
            emp = emp if emp in staff else staff_norm.get(_norm(emp), emp)
            if emp not in staff:
                problem(number, emp_col, "unknown_employee", value=emp)
                ok = False
        if month_col is not None:
            month, code = parse_month(cell(month_col))
            if code:
                problem(number, month_col, code, value=_fmt_cell(cell(month_col)))
                ok = False
        else:
            month = fixed_month
        if ind_col is not None:
            raw_ind = cell(ind_col)
            if raw_ind is None or not str(raw_ind).strip():
                problem(number, ind_col, "no_indicator")
                ok = False
                row_ind = None
            else:
                row_ind = lookup.get(_norm(raw_ind))
                if row_ind is None:
                    problem(number, ind_col, "unknown_indicator", value=_fmt_cell(raw_ind))
                    ok = False
        else:
            row_ind = None
        parsed: list[tuple[str, str, float]] = []
        for col, fld, ind in value_cols:
            raw = cell(col)
            val, code = parse_value(raw)
            if code:
                problem(number, col, code, value=_fmt_cell(raw))
                ok = False
                continue
            if val is None:
                continue
            if val < 0 and fld in ("target", "base"):
                problem(
                    number,
                    col,
                    "negative",
                    field=pick(FIELD_NAMES[fld], lang),
                    value=_fmt_cell(raw),
                )
                ok = False
                continue
            parsed.append((ind or row_ind or "", fld, val))
        if not ok or month is None:
            continue
        key_month = month.format()
        sid, name = staff[emp]
        if locks.is_locked(sid, month):
            problem(number, None, "locked", name=name, month=key_month)
            continue
        indicators_here = {ind for ind, _, _ in parsed} if mapping.layout == "wide" else {row_ind}
        dup = False
        for ind in indicators_here:
            if not ind:
                continue
            k = (emp, ind, key_month)
            if k in seen:
                problem(number, ind_col, "duplicate", first=seen[k])
                dup = True
            else:
                seen[k] = number
        if dup:
            continue
        months_touched.add((month.year, month.number))
        for ind, fld, val in parsed:
            raw_values.append((number, emp, month, ind, fld, val))

    plan.rows = data_rows
    if data_rows == 0:
        problem(hr, None, "no_rows")
    if problems:
        return
    # Old values, in one query over the months touched.
    ids = [period_ids[m] for m in months_touched if m in period_ids]
    existing = {
        key: (v["target"], v["actual"], v["base"])
        for key, v in stored_entries(session, ids).items()
    }
    field_index = {"target": 0, "actual": 1, "base": 2}
    for _row, emp, month, ind, fld, val in raw_values:
        sid, name = staff[emp]
        pid = period_ids.get((month.year, month.number))
        old_tuple = existing.get((sid, pid, ind)) if pid is not None else None
        old = old_tuple[field_index[fld]] if old_tuple else None
        if old is not None and abs(old - val) < 1e-9:
            plan.unchanged += 1
            continue
        plan.changes.append(PlannedChange(emp, name, month.format(), ind, fld, old, val))


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
) -> Generator[Progress, None, int]:
    """Write the plan in one transaction; returns the ImportBatch id. Never a partial import."""
    if plan.problems:
        raise ImportRefused(f"{len(plan.problems)} problem(s); nothing was imported")
    total = len(plan.changes) + 2
    yield Progress(0, total, "backup")
    if backup:
        from salesperf_desktop.services.backup import make_backup

        make_backup(ctx.db_path, ctx.backup_dir, "before-import")
    _check_cancel(cancel)
    with ctx.transaction() as session:
        batch = ImportBatchRow(
            kind="metrics",
            file_name=plan.file_name[:260],
            file_sha256=plan.file_sha256,
            rows=plan.rows,
        )
        session.add(batch)
        session.flush()
        yield from _write_changes(
            session, ctx, plan.changes, batch.id, cancel, reason or plan.file_name
        )
        _check_cancel(cancel)
        batch_id = batch.id
    yield Progress(total, total, "done")
    return batch_id


def _write_changes(session, ctx, changes: Iterable[PlannedChange], batch_id, cancel, reason):
    from salesperf_desktop.services.audit import record_change

    changes = list(changes)
    staff = {no: sid for sid, no in session.execute(select(StaffRow.id, StaffRow.employee_no))}
    locks = lock_index(session)
    months = {c.month for c in changes}
    periods: dict[str, PeriodRow] = {}
    for key in sorted(months):
        dp = Period.parse(key)
        row = session.scalar(
            select(PeriodRow).where(
                PeriodRow.kind == PeriodKind.MONTH,
                PeriodRow.year == dp.year,
                PeriodRow.number == dp.number,
            )
        )
        if row is None:
            row = PeriodRow(kind=PeriodKind.MONTH, year=dp.year, number=dp.number)
            session.add(row)
            session.flush()
        periods[key] = row
    ids = [p.id for p in periods.values()]
    existing = stored_entries(session, ids)
    appraisals = {}
    if ids:
        for aid, sid, pid in session.execute(
            select(AppraisalRow.id, AppraisalRow.staff_id, AppraisalRow.period_id).where(
                AppraisalRow.period_id.in_(ids)
            )
        ):
            appraisals[(sid, pid)] = aid

    new_rows: dict[tuple[int, int, str], dict[str, Any]] = {}
    updated: dict[int, dict[str, Any]] = {}
    now = dt.datetime.now().replace(microsecond=0)
    for n, c in enumerate(changes, start=1):
        if n % PROGRESS_EVERY == 0:
            _check_cancel(cancel)
            yield Progress(n, len(changes) + 2, "")
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
            record_change(
                session,
                entity="metric_entry",
                entity_id=row["id"] if row else None,
                field=f"{c.indicator}.{c.field}",
                old=old,
                new=c.new,
                reason=reason,
                actor=getattr(ctx, "actor", ""),
                appraisal_id=appraisals.get((sid, period.id)),
            )
    if new_rows:
        session.execute(insert(MetricEntryRow), list(new_rows.values()))
    if updated:
        # Group by the set of columns so each executemany has uniform parameters.
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for params in updated.values():
            groups.setdefault(tuple(sorted(params)), []).append(params)
        for rows in groups.values():
            session.execute(update(MetricEntryRow), rows)


# ----------------------------------------------------------------------------- template


def write_template(
    path: Path | str, lang: str = "zh_CN", *, session: Session | None = None
) -> Path:
    """A blank workbook for offices without an ERP export: headers in *lang*, plus a sheet
    listing the indicator codes and names (when a session is given)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = pick({"zh_CN": "数据", "zh_TW": "資料", "en": "Data"}, lang)
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
    help_ws = wb.create_sheet(
        pick({"zh_CN": "指标列表", "zh_TW": "指標列表", "en": "Indicators"}, lang)
    )
    help_ws.append(
        [
            pick({"zh_CN": "指标代码", "zh_TW": "指標代碼", "en": "Code"}, lang),
            pick({"zh_CN": "指标名称", "zh_TW": "指標名稱", "en": "Name"}, lang),
            pick({"zh_CN": "说明", "zh_TW": "說明", "en": "Notes"}, lang),
        ]
    )
    for i in range(1, 4):
        help_ws.cell(row=1, column=i).font = bold
    help_ws.column_dimensions["A"].width = 28
    help_ws.column_dimensions["B"].width = 30
    help_ws.column_dimensions["C"].width = 60
    notes = pick(
        {
            "zh_CN": "月份写 2026-09；指标写代码或名称；金额写数字（可带千分位）；空白单元格不修改原值。",
            "zh_TW": "月份寫 2026-09；指標寫代碼或名稱；金額寫數字（可帶千分位）；空白儲存格不修改原值。",
            "en": "Month as 2026-09; indicator by code or name; amounts as numbers; a blank cell "
            "leaves the stored value unchanged.",
        },
        lang,
    )
    help_ws.append(["", "", notes])
    if session is not None:
        for ind in session.scalars(
            select(IndicatorRow).where(IndicatorRow.archived.is_(False)).order_by(IndicatorRow.code)
        ):
            help_ws.append([ind.code, pick(ind.name, lang), ""])
    wb.save(path)
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
