"""Key events (date, person, kind, count, note) from a workbook, all or nothing.

``write_events_template`` writes the workbook the officer fills in (headers in their language,
a list of kinds to pick from, a sheet naming every kind); ``plan_events_import`` checks every
row against the register, the catalogue (``events.validate``: the same rules as the dialog) and
the locks; ``apply_events_import`` backs the database up and records them in one transaction,
audited and amended after publication like ``events.add_event``. An event already recorded
exactly so (same person, day, kind, count, points and note) is not recorded twice: importing
the same file again changes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesperf_desktop.domain.adjustments import DEFAULT_CATALOGUE, Catalogue
from salesperf_desktop.domain.i18n import LANGS, fmt_number
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.task_sheet import POOR_QUALITY_CODE
from salesperf_desktop.services import appraisals as ap
from salesperf_desktop.services import events as ev
from salesperf_desktop.services import xlsx_io
from salesperf_desktop.services.adjustment_types import load_catalogue, stored_catalogue
from salesperf_desktop.services.locking import LockedError, ensure_editable
from salesperf_desktop.services.progress import Cancelled, Progress
from salesperf_desktop.services.rater_sheets import cell_date, cell_number, unreadable
from salesperf_desktop.services.xlsx_io import ImportProblem, save_workbook
from salesperf_desktop.storage.models import EventRow, StaffRow

COLUMNS = (
    "date",
    "employee_no",
    "name",
    "kind",
    "count",
    "points",
    "note",
    "approver",
    "document_no",
    "amount",
)
REQUIRED = ("date", "employee_no", "kind")
# the cell an ``events.validate`` refusal points at
_ERROR_COLUMN = {
    "note_required": "note",
    "points_required": "points",
    "quantity_not_positive": "count",
    "date_outside_month": "date",
    "approver_required": "approver",
    "document_required": "document_no",
    "amount_required": "amount",
}


def _norm(text: Any) -> str:
    return re.sub(r"[\s\u3000_\-/（）()]+", "", str(text or "")).casefold()


def kind_label(category: str, code: str, lang: str, catalogue: Catalogue):
    if category in (ev.INCIDENT_POSITIVE, ev.INCIDENT_NEGATIVE):
        return render(f"events_import.kind.{category}", {}, lang)
    kind = catalogue.get(code or ev.VETO_CODE)
    return kind.label(lang) if kind else code


def resolve_kind(text: Any, catalogue: Catalogue) -> tuple[str, str] | None:
    """(category, code) of a kind written as its code or its name in any language (a retired
    kind too: ``events.validate`` says it is retired)."""
    wanted = _norm(text)
    if not wanted:
        return None
    retired = [(ev.ADJUSTMENT, t.code) for t in catalogue if t.retired]
    for category, code in [*ev.kind_choices(catalogue), *retired]:
        names = {code, category if not code else ""}
        names |= {kind_label(category, code, lang, catalogue) for lang in LANGS}
        if wanted in {_norm(n) for n in names if n}:
            return category, code
    return None


# ----------------------------------------------------------------------------- template


def write_events_template(ctx, path: Path | str, *, lang: str | None = None) -> Path:
    """The workbook to fill in: one row per event, the kind picked from a list."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    lang = lang or ctx.lang
    catalogue = load_catalogue(ctx)

    def text(code: str) -> str:
        return render(f"events_import.{code}", {}, lang)

    wb = Workbook()
    ws = wb.active
    ws.title = text("sheet")
    ws.append([text(f"col.{c}") for c in COLUMNS])
    for i, width in enumerate((12, 10, 10, 30, 10, 10, 40, 16, 16, 10), start=1):
        cell = ws.cell(1, i)
        cell.font, cell.fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
        ws.column_dimensions[xlsx_io.column_letter(i)].width = width
    ws.freeze_panes = "A2"
    kinds = wb.create_sheet(text("kinds_sheet"))
    kinds.append([text("col.kind"), text("col.effect")])
    kinds.cell(1, 1).font = kinds.cell(1, 2).font = Font(bold=True)
    kinds.column_dimensions["A"].width = 34
    kinds.column_dimensions["B"].width = 16
    choices = ev.kind_choices(catalogue)
    for category, code in choices:
        kinds.append(
            [
                kind_label(category, code, lang, catalogue),
                _effect_text(category, code, lang, catalogue),
            ]
        )
    kinds.append([])
    kinds.append([text("how_to")])
    kinds.cell(kinds.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
    kinds.merge_cells(start_row=kinds.max_row, start_column=1, end_row=kinds.max_row, end_column=4)
    kinds.row_dimensions[kinds.max_row].height = 60
    last = len(choices) + 1
    dv = DataValidation(
        type="list",
        formula1=f"'{kinds.title}'!$A$2:$A${last}",
        allow_blank=True,
        showErrorMessage=False,  # a code or another language's name is accepted too
    )
    ws.add_data_validation(dv)
    dv.add("D2:D1000")
    path = Path(path)
    save_workbook(wb, path)
    return path


def _effect_text(category: str, code: str, lang: str, catalogue: Catalogue) -> str:
    """What a kind counts, for the list of kinds: points, points × count, the event's own
    points, a fine in 元, the lowest grade, or a dash (a note only)."""
    if category == ev.VETO:
        return render("events_import.lowest_grade", {}, lang)
    kind = catalogue.get(code) if category == ev.ADJUSTMENT else None
    if kind is None:
        return "—"
    if kind.money:
        return render("events_import.effect.fine", {}, lang)
    if kind.points_per_event:
        return render("events_import.effect.own_points", {}, lang)
    if kind.per_unit:
        return render("events_import.effect.per_unit", {"points": fmt_number(kind.points)}, lang)
    return fmt_number(kind.points)


# ----------------------------------------------------------------------------- plan


@dataclass(frozen=True)
class PlannedEvent:
    row: int
    staff_id: int
    employee_no: str
    name: str
    month: Period
    draft: ev.EventDraft
    points_total: float | None = None  # what it counts (None: a note, a veto or a fine)
    fine_total: float | None = None  # a fine in 元, apart from the points


@dataclass
class EventsPlan:
    path: str = ""
    problems: list[ImportProblem] = field(default_factory=list)
    events: list[PlannedEvent] = field(default_factory=list)
    unchanged: int = 0
    rows: int = 0
    sha256: str = ""
    catalogue: Catalogue = DEFAULT_CATALOGUE  # the one the rows were checked against

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def file_name(self) -> str:
        return Path(self.path).name


def _header_columns(header: tuple) -> dict[str, int]:
    """Column (0-based) of each known header, in any language."""
    names = {
        c: {_norm(render(f"events_import.col.{c}", {}, lang)) for lang in LANGS} for c in COLUMNS
    }
    found: dict[str, int] = {}
    for i, value in enumerate(header):
        key = _norm(value)
        for c, aliases in names.items():
            if key in aliases and c not in found:
                found[c] = i
    return found


def plan_events_import(
    ctx,
    path: Path | str,
    *,
    catalogue: Catalogue | None = None,
    cancel: threading.Event | None = None,
) -> Generator[Progress, None, EventsPlan]:
    """Check every row of the first sheet; write nothing."""
    path = Path(path)
    plan = EventsPlan(path=str(path))
    lang = ctx.lang
    yield Progress(0, 0, step="progress.reading_file", item=path.name)
    try:
        wb = xlsx_io.open_workbook(path)
    except xlsx_io.WorkbookUnreadable as exc:
        reason = unreadable(exc, path, lang)
        plan.problems.append(
            ImportProblem(path.name, 0, "", render("import.unreadable", {"reason": reason}, lang))
        )
        return plan
    try:
        plan.sha256 = xlsx_io.file_sha256(path)
        ws = xlsx_io.choose_sheet(wb)  # the first visible sheet
        rows = list(xlsx_io.iter_rows(ws))
    except xlsx_io.WorkbookUnreadable as exc:  # no visible sheet, or a sheet cut off
        reason = unreadable(exc, path, lang)
        plan.problems.append(
            ImportProblem(path.name, 0, "", render("import.unreadable", {"reason": reason}, lang))
        )
        return plan
    finally:
        wb.close()
    if cancel is not None and cancel.is_set():
        raise Cancelled()

    def problem(row: int, col: int | None, code: str, **params: Any) -> None:
        letter = xlsx_io.column_letter(col + 1) if col is not None else ""
        plan.problems.append(
            ImportProblem(
                ws.title, row, letter, render(code, params, lang), code.split(".")[-1], lang
            )
        )

    if not rows:
        problem(1, None, "events_import.no_rows")
        return plan
    header_no, header = rows[0]
    cols = _header_columns(header)
    for c in REQUIRED:
        if c not in cols:
            problem(
                header_no,
                None,
                "events_import.no_column",
                column=render(f"events_import.col.{c}", {}, lang),
            )
    if plan.problems:
        return plan
    with ctx.session() as session:
        catalogue = plan.catalogue = catalogue or stored_catalogue(session)
        _check_event_rows(session, plan, rows[1:], cols, catalogue, problem, lang)
    if plan.rows == 0 and not plan.problems:
        problem(header_no, None, "events_import.no_rows")
    yield Progress(1, 1, step="progress.checking_rows")
    return plan


def _check_event_rows(session: Session, plan, rows, cols, catalogue, problem, lang) -> None:
    staff = {s.employee_no: s for s in session.scalars(select(StaffRow))}
    locked: dict[tuple[int, Period], str | None] = {}
    stored = _stored_events(session)
    seen: dict[tuple, int] = {}
    # a poor task sheet counts once a month (ev._once_a_month): the months that have one
    poor_sheet = {
        (sid, Period.month(d.occurred_on.year, d.occurred_on.month))
        for sid, d in stored
        if d.code == POOR_QUALITY_CODE
    }

    def cell(values: tuple, name: str) -> Any:
        i = cols.get(name)
        return values[i] if i is not None and i < len(values) else None

    for number, values in rows:
        plan.rows += 1
        ok = True
        day, refused = cell_date(cell(values, "date"))
        if refused is not None:  # the rule book's own reason ("15/10/2026" is ambiguous …)
            problem(number, cols["date"], refused.code, **refused.params)
            ok = False
        elif day is None:
            problem(number, cols["date"], "events_import.no_date")
            ok = False
        emp = _text(cell(values, "employee_no"))
        person = staff.get(emp)
        if not emp:
            problem(number, cols["employee_no"], "import.no_employee")
            ok = False
        elif person is None:
            problem(number, cols["employee_no"], "import.unknown_employee", value=emp)
            ok = False
        raw_kind = cell(values, "kind")
        kind = resolve_kind(raw_kind, catalogue)
        if not _text(raw_kind):
            problem(number, cols["kind"], "events_import.no_kind")
            ok = False
        elif kind is None:
            problem(number, cols["kind"], "events_import.unknown_kind", value=_text(raw_kind))
            ok = False
        numbers: dict[str, float | None] = {"count": 1.0, "points": None, "amount": None}
        for name in numbers:
            raw = cell(values, name)
            value, refused = cell_number(raw)
            if refused is not None:  # the rule book's own reason ("3次" has a unit …)
                problem(number, cols[name], refused.code, **refused.params)
                ok = False
            elif name == "count" and value is not None and value <= 0:
                problem(number, cols[name], "events_import.bad_count", value=_text(raw))
                ok = False
            elif value is not None:
                numbers[name] = value
        if not ok:
            continue
        month = Period.month(day.year, day.month)
        draft = ev.EventDraft(
            kind[0],
            day,
            kind[1],
            numbers["count"] or 1.0,
            numbers["points"],
            _text(cell(values, "note")),
            _text(cell(values, "approver")),
            _text(cell(values, "document_no")),
            numbers["amount"],
        )
        try:
            draft = ev.validate(draft, month, catalogue)
        except ev.EventError as exc:
            where = cols.get(_ERROR_COLUMN.get(exc.code, "kind"), cols["kind"])
            problem(
                number, where, "events_import.refused", name=person.name, reason=exc.message(lang)
            )
            continue
        key = (person.id, draft)
        if key in seen:
            problem(number, cols["date"], "events_import.duplicate_row", first=seen[key])
            continue
        seen[key] = number
        if (person.id, month) not in locked:
            locked[(person.id, month)] = _lock_reason(session, person.id, month, lang)
        if locked[(person.id, month)]:
            problem(
                number,
                cols["employee_no"],
                "events_import.locked",
                name=person.name,
                reason=locked[(person.id, month)],
            )
            continue
        if key in stored:
            plan.unchanged += 1
            continue
        if draft.code == POOR_QUALITY_CODE:
            if (person.id, month) in poor_sheet:
                reason = ev.EventError("poor_task_sheet_once").message(lang)
                problem(
                    number, cols["kind"], "events_import.refused", name=person.name, reason=reason
                )
                continue
            poor_sheet.add((person.id, month))
        plan.events.append(
            PlannedEvent(
                number,
                person.id,
                emp,
                person.name,
                month,
                draft,
                ev.points_of(draft, catalogue),
                ev.fine_of(draft, catalogue),
            )
        )


def _lock_reason(session: Session, staff_id: int, month: Period, lang: str) -> str | None:
    period = ap.stored_period(session, month)
    if period is None:
        return None
    try:
        ensure_editable(session, staff_id, period)
    except LockedError as exc:
        return exc.message(lang)
    return None


def _stored_events(session: Session) -> set[tuple[int, ev.EventDraft]]:
    return {(e.staff_id, ev.draft_of(e)) for e in session.scalars(select(EventRow))}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


# ----------------------------------------------------------------------------- apply


class EventsRefused(Exception):
    """The plan has problems: nothing was imported."""


def apply_events_import(
    ctx, plan: EventsPlan, *, reason: str = "", backup: bool = True
) -> Generator[Progress, None, int | None]:
    """Record the planned events in one transaction (backup first); the import batch id, or
    None when there is nothing new."""
    from salesperf_desktop.services.backup import begin_import, import_batch

    if not (
        yield from begin_import(ctx, plan.problems, len(plan.events), EventsRefused, backup=backup)
    ):
        return None
    why = reason.strip() or plan.file_name
    from salesperf_desktop.services.amendments import after_publication, amend_after_import

    with ctx.transaction() as session:
        batch = import_batch(session, "events", plan.file_name, plan.sha256, plan.rows)
        for p in plan.events:
            period = ap.stored_period(session, p.month, create=True)
            session.flush()
            ensure_editable(session, p.staff_id, period)
            d = p.draft
            row = EventRow(
                staff_id=p.staff_id,
                period_id=period.id,
                occurred_on=d.occurred_on,
                category=d.category,
                code=d.code,
                quantity=d.quantity,
                points=d.points,
                note=d.note,
                approver=d.approver,
                document_no=d.document_no,
                amount=d.amount,
                recorded_by=ctx.actor,
            )
            session.add(row)
            session.flush()
            if after_publication(session, p.month):
                ev._audit(session, ctx, p.staff_id, period, row.id, None, d, why)
        months = list(dict.fromkeys(p.month for p in plan.events))
        amend_after_import(
            session, ctx, months, staff_ids={p.staff_id for p in plan.events}, reason=why
        )
        batch_id = batch.id
    yield Progress(2, 2, step="progress.done")
    return batch_id


# ----------------------------------------------------------------------------- listing


@dataclass(frozen=True)
class MonthEventRecord:
    employee_no: str
    name: str
    event: ev.EventRecord


def month_events(
    ctx, month: Period, *, employee_no: str | None = None, catalogue: Catalogue | None = None
) -> list[MonthEventRecord]:
    """Everyone's events of *month* (or one person's), by person then date."""
    with ctx.session() as session:
        catalogue = catalogue or stored_catalogue(session)
        period = ap.stored_period(session, month)
        if period is None:
            return []
        query = (
            select(EventRow, StaffRow.employee_no, StaffRow.name)
            .join(StaffRow, StaffRow.id == EventRow.staff_id)
            .where(EventRow.period_id == period.id)
            .order_by(StaffRow.employee_no, EventRow.occurred_on, EventRow.id)
        )
        if employee_no:
            query = query.where(StaffRow.employee_no == employee_no)
        return [
            MonthEventRecord(no, name, ev._row(e, catalogue))
            for e, no, name in session.execute(query)
        ]


def staff_id_of(ctx, employee_no: str) -> tuple[int, str] | None:
    """(staff id, name) of an employee ID, or None."""
    with ctx.session() as session:
        row = session.execute(
            select(StaffRow.id, StaffRow.name).where(StaffRow.employee_no == employee_no)
        ).first()
        return (row[0], row[1]) if row else None
