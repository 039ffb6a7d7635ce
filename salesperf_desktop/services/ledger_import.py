"""Importing an ERP sales ledger (one row per sale) as monthly sums per person (all or nothing).

The ledger layout sits beside the long and wide layouts of ``metrics_import``: the officer says
which row is the header (detected: the title rows above it are ignored, merged or not), which
column holds the date and which the salesperson (employee ID, name or a remembered alias), and
maps columns to the target, actual or base of indicators with an aggregation (sum, count, count
distinct) and optional filters (产品类别 = 新产品; 区域 in a list).

``plan_ledger_import`` adds the rows up per person × month and returns a ``LedgerPlan``: an
``ImportPlan`` (the same changes, applied by ``metrics_import.apply_import`` with its backup,
batch, audit and ``amend_published``) plus the sums, the skipped rows (totals rows, months outside
the chosen period) and the reconciliation with the ledger's 合计/小计 rows.

Cells are read by the rule book (``domain/cell_values``): amounts with ``number``, dates with
``month(allow_day=True)``; a refused cell is reported with the rule book's own reason at its
sheet!cell. The workbook is opened with ``xlsx_io.open_workbook`` and streamed with
``sheet_rows`` (a formula whose result was never saved is refused at its cell; a hidden sheet is
read only when named; a mapped header standing in two columns is an error).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import threading
from collections.abc import Generator, Iterator
from dataclasses import asdict, dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from salesperf_desktop.domain import cell_values
from salesperf_desktop.domain.cell_values import CellRefused
from salesperf_desktop.domain.i18n import pick
from salesperf_desktop.domain.ledger import (
    AGGREGATIONS,
    detect_header_row,
    norm_text,
    total_kind,
)
from salesperf_desktop.domain.messages import CodedError, render
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import xlsx_io
from salesperf_desktop.services.metrics_import import (
    _LETTERS,
    FIELDS,
    PROGRESS_EVERY,
    ImportPlan,
    _check_cancel,
    _fmt_cell,
    _header_index,
    _merged_ranges_fast,
    _norm,
    _plan_changes,
    _Register,
    _Report,
    _resolve_column,
    _RowValue,
    _unreadable,
    field_label,
    indicator_lookup,
    parse_month,
    sheet_headers,
)
from salesperf_desktop.services.progress import Progress
from salesperf_desktop.services.xlsx_io import ImportProblem, column_letter
from salesperf_desktop.storage.models import (
    ImportProfileRow,
    IndicatorRow,
    StaffAliasRow,
    StaffRow,
)

HEADER_SCAN_ROWS = 30  # the header is looked for among the first rows of the sheet
TOLERANCE = 0.005  # half a fen: a totals row rounded to cents still reconciles

# ----------------------------------------------------------------------------- mapping


@dataclass
class RowFilter:
    """Only rows whose *column* holds one of *values* (one value: "产品类别 = 新产品")."""

    column: str
    values: list[str] = field(default_factory=list)


@dataclass
class ValueMap:
    """One column → the target, actual or base of one indicator, aggregated per person-month."""

    column: str
    indicator: str  # code (a name in any language is accepted and turned into the code)
    field: str = "actual"  # target | actual | base
    aggregation: str = "sum"  # sum | count | count_distinct
    filters: list[RowFilter] = dataclasses.field(default_factory=list)


@dataclass
class LedgerMapping:
    """The whole ledger mapping; a profile stores it without the period (next month differs)."""

    date_column: str = "日期"
    person_column: str = "业务员"
    values: list[ValueMap] = field(default_factory=list)
    sheet: str | None = None  # None: the first sheet
    header_row: int | None = None  # None: detected
    first_month: str | None = None  # "2026-01"; None: every month of the ledger
    last_month: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def profile_dict(self) -> dict[str, Any]:
        data = self.to_dict()
        data.pop("first_month")
        data.pop("last_month")
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> LedgerMapping:
        data = dict(data or {})
        values = []
        for v in data.pop("values", None) or []:
            filters = [
                RowFilter(str(f.get("column", "")), [str(x) for x in f.get("values") or []])
                for f in v.get("filters") or []
            ]
            values.append(
                ValueMap(
                    column=str(v.get("column", "")),
                    indicator=str(v.get("indicator", "")),
                    field=v.get("field") if v.get("field") in FIELDS else "actual",
                    aggregation=(
                        v.get("aggregation") if v.get("aggregation") in AGGREGATIONS else "sum"
                    ),
                    filters=filters,
                )
            )
        mapping = cls(values=values)
        for key, value in data.items():
            if hasattr(mapping, key):
                setattr(mapping, key, value)
        if mapping.header_row is not None:
            try:
                mapping.header_row = max(1, int(mapping.header_row))
            except (TypeError, ValueError):
                mapping.header_row = None
        return mapping


# ----------------------------------------------------------------------------- plan records


@dataclass(frozen=True)
class LedgerSum:
    """One value that the import writes: the sum (count …) of a person's rows in a month."""

    employee_no: str
    name: str
    month: str  # "2026-01"
    indicator: str  # code
    field: str
    value: float
    rows: int  # ledger rows that went into it (after filters)


@dataclass(frozen=True)
class Reconciliation:
    """A mapped column's rows added up and compared with a 合计/小计 row of the ledger."""

    column: str  # the header text
    cell: str  # "明细!F203"
    kind: str  # grand | sub
    found: float
    stated: float

    @property
    def ok(self) -> bool:
        return abs(self.found - self.stated) <= TOLERANCE + 1e-9 * abs(self.stated)


@dataclass
class LedgerPlan(ImportPlan):
    sums: list[LedgerSum] = field(default_factory=list)
    skipped: list[ImportProblem] = field(default_factory=list)  # notes, not errors
    reconciliations: list[Reconciliation] = field(default_factory=list)
    unknown_people: list[str] = field(default_factory=list)  # as written, for the alias editor
    header_row: int = 0


# ----------------------------------------------------------------------------- reading helpers


def sheet_preview(
    path: Path | str, sheet: str | None = None
) -> tuple[int, list[tuple[str, str]]] | None:
    """(detected header row, [(letter, header text)]) of a ledger, for the mapping step; None
    when the workbook cannot be read."""
    try:
        wb = xlsx_io.open_workbook(Path(path))
    except xlsx_io.WorkbookUnreadable:
        return None
    try:
        ws = xlsx_io.choose_sheet(wb, sheet if sheet and sheet in wb.sheetnames else None)
        head, _ = _head_rows(xlsx_io.sheet_rows(ws), HEADER_SCAN_ROWS)
    except xlsx_io.WorkbookUnreadable:
        return None
    finally:
        wb.close()
    number = detect_header_row(head)
    values = head[number - 1] if len(head) >= number else ()
    return number, [
        (column_letter(i + 1), "" if v is None else cell_values.shown(v))
        for i, v in enumerate(values)
    ]


def _head_rows(
    rows: Iterator[tuple[int, tuple]], last: int
) -> tuple[list[tuple], tuple[int, tuple] | None]:
    """The values of rows 1..*last* (a row absent from the file is empty), and the first row
    read beyond them (None at the end of the sheet)."""
    head: list[tuple] = []
    for number, values in rows:
        if number > last:
            return head, (number, values)
        head.extend([()] * (number - 1 - len(head)))
        head.append(values)
    return head, None


def header_columns(path: Path | str, sheet: str | None, header_row: int) -> list[tuple[str, str]]:
    """(letter, header text) of the given header row."""
    return sheet_headers(path, sheet, header_row)


class _People:
    """Who a salesperson cell names: employee ID, remembered alias, or a unique name."""

    def __init__(self, session: Session):
        self.staff: dict[str, tuple[int, str]] = {}
        self.by_norm_no: dict[str, str] = {}
        self.by_name: dict[str, list[str]] = {}
        for sid, no, name in session.execute(
            select(StaffRow.id, StaffRow.employee_no, StaffRow.name)
        ):
            self.staff[no] = (sid, name)
            self.by_norm_no[norm_text(no)] = no
            self.by_name.setdefault(norm_text(name), []).append(no)
        self.aliases = {
            alias: no
            for alias, no in session.execute(
                select(StaffAliasRow.alias, StaffRow.employee_no).join(
                    StaffRow, StaffRow.id == StaffAliasRow.staff_id
                )
            )
        }
        self._cache: dict[Any, tuple[str | None, str | None]] = {}

    def resolve(self, raw: Any) -> tuple[str | None, str | None]:
        """(employee no, None) or (None, "unknown_person" | "ambiguous_person")."""
        hit = self._cache.get(raw)
        if hit is None:
            key = norm_text(raw)
            no = self.by_norm_no.get(key) or self.aliases.get(key)
            if no is not None:
                hit = (no, None)
            else:
                named = self.by_name.get(key, [])
                if len(named) == 1:
                    hit = (named[0], None)
                else:
                    hit = (None, "ambiguous_person" if named else "unknown_person")
            self._cache[raw] = hit
        return hit

    def candidates(self, raw: Any) -> str:
        return "、".join(self.by_name.get(norm_text(raw), []))


@dataclass
class _Mapped:
    """A value mapping with its columns found (0-based)."""

    col: int
    indicator: str
    field: str
    aggregation: str
    filters: list[tuple[int, frozenset[str]]]

    def passes(self, values: tuple, norm) -> bool:
        return all(norm(values[c]) in wanted for c, wanted in self.filters)


@dataclass
class _Layout:
    date: int
    person: int
    mapped: list[_Mapped]
    sum_cols: list[int]  # columns summed by some mapping: reconciled with totals rows
    headers: tuple
    text_cols: list[int] = field(default_factory=list)  # counted or filtered, not summed

    def __post_init__(self) -> None:
        used = [m.col for m in self.mapped if m.aggregation != "sum"]
        used += [c for m in self.mapped for c, _ in m.filters]
        self.text_cols = [c for c in dict.fromkeys(used) if c not in self.sum_cols]

    def width(self) -> int:
        cols = [self.date, self.person] + [m.col for m in self.mapped]
        cols += [c for m in self.mapped for c, _ in m.filters]
        return max(cols) + 1


def _locate(
    report: _Report,
    mapping: LedgerMapping,
    header_row: int,
    header_values: tuple,
    lookup: dict[str, str],
) -> _Layout | None:
    """The mapped columns in the header row; what cannot be found is reported (None then)."""
    headers, positions = _header_index(header_values)
    lang = report.lang
    ok = True

    def need(spec: str | None, label: str) -> int:
        nonlocal ok
        col = _resolve_column(spec, "", headers)
        if col is None:
            report.add(header_row, None, "no_column", field=label, spec=spec or "—")
            ok = False
            return 0
        columns = positions.get(_norm(spec), [])
        if len(columns) > 1 and not (_LETTERS.match(str(spec).strip()) and col not in columns):
            # the header stands in two columns: which one is meant cannot be told
            if not report.has_at(header_row, columns[1]):
                twice = xlsx_io.duplicate_header(columns, header_row, header_values[columns[0]])
                report.refused(header_row, columns[1], twice)
            ok = False
        return col

    date = need(mapping.date_column, render("ledger.field.date", {}, lang))
    person = need(mapping.person_column, render("ledger.field.person", {}, lang))
    if not mapping.values:
        report.problems.append(
            ImportProblem(
                report.sheet_name,
                header_row,
                "",
                render("ledger.no_mappings", {}, lang),
                "no_mappings",
                lang,
            )
        )
        return None
    mapped: list[_Mapped] = []
    seen: dict[tuple[str, str], int] = {}
    for v in mapping.values:
        col = need(v.column, v.column)
        code = lookup.get(_norm(v.indicator))
        if code is None:
            report.problems.append(
                ImportProblem(
                    report.sheet_name,
                    header_row,
                    column_letter(col + 1),
                    render("ledger.unknown_indicator", {"indicator": v.indicator}, lang),
                    "unknown_indicator",
                    lang,
                )
            )
            ok = False
            continue
        first = seen.get((code, v.field))
        seen.setdefault((code, v.field), col)
        if first is not None:
            report.problems.append(
                ImportProblem(
                    report.sheet_name,
                    header_row,
                    column_letter(col + 1),
                    render(
                        "ledger.mapped_twice",
                        {
                            "indicator": v.indicator,
                            "field": field_label(v.field, lang),
                            "first": column_letter(first + 1),
                            "second": column_letter(col + 1),
                        },
                        lang,
                    ),
                    "mapped_twice",
                )
            )
            ok = False
            continue
        filters = [
            (need(f.column, f.column), frozenset(norm_text(x) for x in f.values))
            for f in v.filters
            if str(f.column).strip() and f.values
        ]
        mapped.append(_Mapped(col, code, v.field, v.aggregation, filters))
    if not ok:
        return None
    sum_cols = list(dict.fromkeys(m.col for m in mapped if m.aggregation == "sum"))
    return _Layout(date, person, mapped, sum_cols, tuple(header_values))


def _month_range(report: _Report, mapping: LedgerMapping) -> tuple[Period | None, Period | None]:
    bounds = []
    for text in (mapping.first_month, mapping.last_month):
        if not text:
            bounds.append(None)
            continue
        try:
            month = parse_month(text)
        except CellRefused:
            month = None
        if month is None:
            report.problems.append(
                ImportProblem(
                    report.sheet_name,
                    0,
                    "",
                    render("ledger.bad_period", {"value": text}, report.lang),
                    "bad_period",
                    report.lang,
                )
            )
        bounds.append(month)
    return bounds[0], bounds[1]


# ----------------------------------------------------------------------------- the row pass


@dataclass
class _Totals:
    """Running sums of the summed columns: since the start, and since the last subtotal."""

    cols: list[int]
    grand: dict[int, float] = field(default_factory=dict)
    sub: dict[int, float] = field(default_factory=dict)

    def add(self, col: int, value: float) -> None:
        self.grand[col] = self.grand.get(col, 0.0) + value
        self.sub[col] = self.sub.get(col, 0.0) + value


class _Pass:
    """One pass over the data rows: checks, skips, reconciles and adds up."""

    def __init__(self, report, plan, layout, people, first, last):
        self.report, self.plan, self.layout, self.people = report, plan, layout, people
        self.first, self.last = first, last
        self.totals = _Totals(layout.sum_cols)
        self.person_problems: dict[Any, list] = {}  # raw → [code, row, count]
        # (employee no, month number) → first row; (emp, month number, mapping index) → value
        # state. A month is keyed by its number (year × 12 + month − 1, ``month_of`` gives it
        # back): a plain int hashes and compares in C, a Period in Python, 80,000 times.
        self.seen: dict[tuple[str, int], int] = {}
        self.sums: dict[tuple[str, int, int], Any] = {}
        self.counts: dict[tuple[str, int, int], int] = {}
        self.month_of: dict[int, Period] = {}
        # caches: cells repeat (a date cell → its month, its number, outside the period?)
        self._months: dict[Any, tuple[Period | CellRefused | None, int, bool]] = {}
        self._texts: dict[Any, str] = {}
        self._kinds: dict[str, str | None] = {}

    def row(self, number: int, values: tuple) -> None:
        lay, report = self.layout, self.report
        first_filled = next((i for i, v in enumerate(values) if v), lay.date)
        for col in (lay.date, lay.person, first_filled):
            kind = self._total_kind(values[col])
            if kind:
                self._totals_row(number, col, values, kind)
                return
        self.plan.rows += 1
        ok = True
        numbers: dict[int, float] = {}
        for col in lay.sum_cols:
            try:
                value = cell_values.number(values[col])
            except CellRefused as refused:
                report.refused(number, col, refused)
                ok = False
                continue
            if value is not None:
                numbers[col] = value
                self.totals.add(col, value)
        for col in lay.text_cols:  # counted or filtered: a formula or error has no value
            if _marker(values[col]):
                report.refused(number, col, _refusal(values[col]))
                ok = False
        month, index, outside = self._month(values[lay.date])
        if isinstance(month, CellRefused):
            report.refused(number, lay.date, month)
            ok = False
        elif month is None:
            self._problem(number, lay.date, "ledger.no_date", "no_date")
            ok = False
        raw_person = values[lay.person]
        emp = None
        if _marker(raw_person):
            report.refused(number, lay.person, _refusal(raw_person))
            ok = False
        elif raw_person is None or not str(raw_person).strip():
            self._problem(number, lay.person, "ledger.no_person", "no_person")
            ok = False
        else:
            emp, code = self.people.resolve(raw_person)
            if code:
                entry = self.person_problems.setdefault(raw_person, [code, number, 0])
                entry[2] += 1
                ok = False
        if not ok:
            return
        if outside:
            self._skip(
                number,
                lay.date,
                "ledger.skipped_outside",
                "outside_period",
                month=month.format(),
                first=(self.first or month).format(),
                last=(self.last or month).format(),
            )
            return
        self.seen.setdefault((emp, index), number)
        for i, m in enumerate(lay.mapped):
            if m.filters and not m.passes(values, self._norm):
                continue
            key = (emp, index, i)
            self.counts[key] = self.counts.get(key, 0) + 1
            if m.aggregation == "sum":
                self.sums[key] = self.sums.get(key, 0.0) + numbers.get(m.col, 0.0)
            elif m.aggregation == "count":
                if values[m.col] is not None and str(values[m.col]).strip():
                    self.sums[key] = self.sums.get(key, 0) + 1
            else:
                text = self._norm(values[m.col])
                if text:
                    self.sums.setdefault(key, set()).add(text)

    def _month(self, raw: Any) -> tuple[Period | CellRefused | None, int, bool]:
        """The month of a date cell (the rule book's) or its refusal, the month's number and
        whether it lies outside the chosen period; cached."""
        known = self._months.get(raw)
        if known is None:
            index, outside = 0, False
            try:
                month = cell_values.month(raw, allow_day=True)
            except CellRefused as refused:
                month = refused
            if isinstance(month, Period):
                index = month.year * 12 + month.number - 1
                self.month_of[index] = month
                outside = bool(
                    (self.first and month < self.first) or (self.last and self.last < month)
                )
            known = self._months[raw] = (month, index, outside)
        return known

    def _norm(self, value: Any) -> str:
        text = self._texts.get(value)
        if text is None:
            text = self._texts[value] = norm_text(value)
        return text

    def _total_kind(self, value: Any) -> str | None:
        """total_kind of one cell, cached: a ledger repeats its dates and names."""
        if not isinstance(value, str):
            return None
        kind = self._kinds.get(value, False)
        if kind is False:
            kind = self._kinds[value] = total_kind((value,))
        return kind

    def _totals_row(self, number: int, word_col: int, values: tuple, kind: str) -> None:
        lang, sheet = self.report.lang, self.report.sheet_name
        kind_label = render(f"ledger.kind.{kind}", {}, lang)
        self._skip(number, word_col, "ledger.skipped_total", "total_row", kind=kind_label)
        running = self.totals.grand if kind == "grand" else self.totals.sub
        for col in self.layout.sum_cols:
            if _marker(values[col]):  # a total the file holds no value for: cannot reconcile
                self.report.refused(number, col, _refusal(values[col]))
                continue
            try:
                stated = cell_values.number(values[col])
            except CellRefused:
                stated = None
            if stated is None:
                continue  # a totals row without this column's total is not reconciled
            found = round(running.get(col, 0.0), 6)
            rec = Reconciliation(
                column=_fmt_cell(self.layout.headers[col]),
                cell=f"{sheet}!{column_letter(col + 1)}{number}",
                kind=kind,
                found=found,
                stated=stated,
            )
            self.plan.reconciliations.append(rec)
            if not rec.ok:
                self._problem(
                    number,
                    col,
                    "ledger.total_mismatch",
                    "total_mismatch",
                    kind=kind_label,
                    column=rec.column,
                    found=f"{found:,.2f}",
                    stated=f"{stated:,.2f}",
                    diff=f"{found - stated:,.2f}",
                )
        if kind == "sub":
            self.totals.sub = {}

    def _problem(self, row: int, col: int | None, key: str, code: str, **params) -> None:
        self.report.problems.append(self._located(row, col, key, code, params))

    def _skip(self, row: int, col: int | None, key: str, code: str, **params) -> None:
        self.plan.skipped.append(self._located(row, col, key, code, params))

    def _located(self, row: int, col: int | None, key: str, code: str, params) -> ImportProblem:
        letter = column_letter(col + 1) if col is not None else ""
        lang = self.report.lang
        return ImportProblem(
            self.report.sheet_name, row, letter, render(key, params, lang), code, lang
        )

    def finish(self) -> None:
        """Unknown and ambiguous people: one problem per name as written, at its first cell."""
        col = self.layout.person
        for raw, (code, row, count) in self.person_problems.items():
            params = {"value": _fmt_cell(raw), "count": count}
            if code == "ambiguous_person":
                params["candidates"] = self.people.candidates(raw)
            self._problem(row, col, f"ledger.{code}", code, **params)
            self.plan.unknown_people.append(_fmt_cell(raw))


def _marker(value: Any) -> bool:
    """A formula without a saved result, or an Excel error value."""
    return value is cell_values.FORMULA_WITHOUT_VALUE or isinstance(value, cell_values.ExcelError)


def _refusal(value: Any) -> CellRefused:
    """The rule book's refusal of a marked cell."""
    try:
        cell_values.text(value)
    except CellRefused as refused:
        return refused
    raise ValueError(value)  # pragma: no cover - only called for markers


def _data_rows(rows: Iterator[tuple[int, tuple]], cancel, total: int):
    """(row number, values) below the header; stops after 1000 blank rows."""
    blank_run = 0
    for number, values in rows:
        if not values or all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            blank_run += 1
            if blank_run >= 1000:
                return
            continue
        blank_run = 0
        if number % PROGRESS_EVERY == 0:
            _check_cancel(cancel)
            yield Progress(number, total, step="progress.checking_rows", unit="row")
        yield number, values


def plan_ledger_import(
    ctx, path: Path | str, mapping: LedgerMapping, *, cancel: threading.Event | None = None
) -> Generator[Progress, None, LedgerPlan]:
    """Read, check and add up the whole ledger; write nothing. Returns the plan."""
    path = Path(path)
    plan = LedgerPlan(path=str(path))
    yield Progress(0, 0, step="progress.reading_file", item=path.name)
    try:
        workbook = xlsx_io.open_workbook(path)
    except xlsx_io.WorkbookUnreadable as exc:
        _unreadable(plan, path, exc, ctx.lang)
        return plan
    try:
        plan.file_sha256 = xlsx_io.file_sha256(path)
        if mapping.sheet and mapping.sheet not in workbook.sheetnames:
            _Report(plan.problems, mapping.sheet, ctx.lang).add(
                0, None, "no_sheet", sheet=mapping.sheet
            )
            return plan
        # a hidden sheet only when chosen by name
        sheet = xlsx_io.choose_sheet(workbook, mapping.sheet)
        index = workbook.sheetnames.index(sheet.title)
        with ctx.session() as session:
            yield from _plan_sheet(session, ctx, path, sheet, index, mapping, plan, cancel)
    except xlsx_io.WorkbookUnreadable as exc:  # no visible sheet, or damage met while streaming
        plan.problems.clear()
        plan.changes.clear()
        plan.sums.clear()
        _unreadable(plan, path, exc, ctx.lang)
    finally:
        workbook.close()
    plan.problems.sort(key=lambda p: (p.sheet, p.row, len(p.column), p.column))
    plan.skipped.sort(key=lambda p: (p.row, p.column))
    return plan


def _plan_sheet(session, ctx, path, sheet, index, mapping, plan: LedgerPlan, cancel):
    report = _Report(plan.problems, sheet.title, ctx.lang)
    rows = xlsx_io.sheet_rows(sheet)
    head, beyond = _head_rows(rows, max(HEADER_SCAN_ROWS, mapping.header_row or 0))
    header_row = mapping.header_row or detect_header_row(head)
    plan.header_row = header_row
    header_values = head[header_row - 1] if len(head) >= header_row else ()
    below = [(n, v) for n, v in enumerate(head, start=1) if n > header_row]
    rest = chain(below, [beyond] if beyond else [], rows)
    for rng in _merged_ranges_fast(path, index):
        first = re.match(r"([A-Z]+)(\d+)", rng)
        if first and int(first.group(2)) > header_row:  # title rows above are never read
            report.add(int(first.group(2)), None, "merged", range=rng)
    lookup = indicator_lookup(session)
    layout = _locate(report, mapping, header_row, header_values, lookup)
    first, last = _month_range(report, mapping)
    if layout is None or plan.problems:
        return
    people = _People(session)
    step = _Pass(report, plan, layout, people, first, last)
    width = layout.width()
    total = getattr(sheet, "max_row", 0) or 0
    for item in _data_rows(rest, cancel, total):
        if isinstance(item, Progress):
            yield item
            continue
        number, values = item
        if len(values) < width:
            values = tuple(values) + (None,) * (width - len(values))
        step.row(number, values)
    step.finish()
    if plan.rows == 0:
        report.add(header_row, None, "no_rows")
    register = _Register.read(session, lookup)
    _check_locks(report, step, register)
    if plan.problems:
        return
    values = _collect(plan, step, layout, register)
    _plan_changes(session, plan, values, register)


def _check_locks(report: _Report, step: _Pass, register: _Register) -> None:
    for (emp, index), row in step.seen.items():
        sid, name = register.staff[emp]
        month = step.month_of[index]
        if register.locks.is_locked(sid, month):
            report.add(row, None, "locked", name=name, month=month.format())


def _collect(plan: LedgerPlan, step: _Pass, layout: _Layout, register: _Register):
    """Every person-month of the ledger gets every mapping's value (0 when no row passed the
    filters: the ledger says that person sold no new product that month)."""
    values: list[_RowValue] = []
    for emp, index in sorted(step.seen, key=lambda k: (k[1], k[0])):
        name = register.staff[emp][1]
        month = step.month_of[index]
        for i, m in enumerate(layout.mapped):
            raw = step.sums.get((emp, index, i), 0)
            value = float(len(raw)) if isinstance(raw, set) else float(raw)
            value = round(value, 6)
            plan.sums.append(
                LedgerSum(
                    emp,
                    name,
                    month.format(),
                    m.indicator,
                    m.field,
                    value,
                    step.counts.get((emp, index, i), 0),
                )
            )
            values.append(_RowValue(emp, month, m.indicator, m.field, value))
    return values


# ----------------------------------------------------------------------------- choices


@dataclass(frozen=True)
class IndicatorChoice:
    code: str
    name: str  # in the reader's language


def indicator_choices(ctx, lang: str | None = None) -> list[IndicatorChoice]:
    """The indicators a ledger column can feed, named in *lang* (not archived, by name)."""
    lang = lang or ctx.lang
    with ctx.session() as session:
        rows = session.scalars(select(IndicatorRow).where(IndicatorRow.archived.is_(False)))
        choices = [IndicatorChoice(r.code, pick(r.name, lang) or r.code) for r in rows]
    return sorted(choices, key=lambda c: c.code)


# ----------------------------------------------------------------------------- aliases


@dataclass(frozen=True)
class AliasRecord:
    shown: str  # as the ledger writes it
    employee_no: str
    name: str


def list_aliases(ctx) -> list[AliasRecord]:
    with ctx.session() as session:
        return [
            AliasRecord(shown, no, name)
            for shown, no, name in session.execute(
                select(StaffAliasRow.shown, StaffRow.employee_no, StaffRow.name)
                .join(StaffRow, StaffRow.id == StaffAliasRow.staff_id)
                .order_by(StaffAliasRow.shown)
            )
        ]


def save_alias(ctx, shown: str, employee_no: str) -> AliasRecord:
    """Remember that the ledger's *shown* ("王建国(华东)") is *employee_no* (replaces an older
    alias of the same text)."""
    key = norm_text(shown)
    with ctx.transaction() as session:
        staff = session.scalar(select(StaffRow).where(StaffRow.employee_no == employee_no))
        if staff is None:
            raise CodedError("ledger.alias_unknown_staff", employee_no=employee_no)
        row = session.scalar(select(StaffAliasRow).where(StaffAliasRow.alias == key))
        if row is None:
            row = StaffAliasRow(alias=key[:120], shown=str(shown).strip()[:120], staff_id=0)
            session.add(row)
        row.staff_id = staff.id
        row.shown = str(shown).strip()[:120]
        return AliasRecord(row.shown, staff.employee_no, staff.name)


def delete_alias(ctx, shown: str) -> None:
    with ctx.transaction() as session:
        session.execute(delete(StaffAliasRow).where(StaffAliasRow.alias == norm_text(shown)))


# ----------------------------------------------------------------------------- profiles

LAYOUT_SETTING = "import_layout"


def last_layout(ctx) -> str:
    """The layout of the last checked import ("ledger", or "table" for long and wide)."""
    return str(ctx.settings.get(LAYOUT_SETTING) or "table")


def remember_layout(ctx, layout: str) -> None:
    ctx.settings.set(LAYOUT_SETTING, layout)


@dataclass(frozen=True)
class ProfileRecord:
    name: str
    updated_at: dt.datetime
    mapping: LedgerMapping


def list_profiles(ctx) -> list[ProfileRecord]:
    """Saved profiles, the most recently used first."""
    with ctx.session() as session:
        rows = session.scalars(
            select(ImportProfileRow).order_by(
                ImportProfileRow.updated_at.desc(), ImportProfileRow.id.desc()
            )
        )
        return [
            ProfileRecord(r.name, r.updated_at, LedgerMapping.from_dict(r.definition)) for r in rows
        ]


def load_profile(ctx, name: str) -> LedgerMapping:
    """The profile's mapping (no period), or CodedError ``ledger.profile_unknown``."""
    with ctx.session() as session:
        row = session.scalar(select(ImportProfileRow).where(ImportProfileRow.name == name))
        if row is None:
            known = "、".join(session.scalars(select(ImportProfileRow.name))) or "—"
            raise CodedError("ledger.profile_unknown", name=name, known=known)
        return LedgerMapping.from_dict(row.definition)


def save_profile(ctx, name: str, mapping: LedgerMapping) -> ProfileRecord:
    """Save (or replace) the mapping under *name*; it becomes the first one offered."""
    name = (name or "").strip()
    if not name:
        raise CodedError("ledger.profile_name_required")
    now = ctx.now()
    with ctx.transaction() as session:
        row = session.scalar(select(ImportProfileRow).where(ImportProfileRow.name == name))
        if row is None:
            row = ImportProfileRow(name=name[:120], definition={})
            session.add(row)
        row.definition = mapping.profile_dict()
        row.updated_at = now
    return ProfileRecord(name, now, LedgerMapping.from_dict(mapping.profile_dict()))


def touch_profile(ctx, name: str) -> None:
    """Mark a profile as just used (offered first next time)."""
    with ctx.transaction() as session:
        row = session.scalar(select(ImportProfileRow).where(ImportProfileRow.name == name))
        if row is not None:
            row.updated_at = ctx.now()


__all__ = [
    "AliasRecord",
    "LedgerMapping",
    "LedgerPlan",
    "LedgerSum",
    "ProfileRecord",
    "Reconciliation",
    "RowFilter",
    "ValueMap",
    "delete_alias",
    "indicator_choices",
    "list_aliases",
    "list_profiles",
    "load_profile",
    "plan_ledger_import",
    "save_alias",
    "save_profile",
    "sheet_preview",
]
