"""The State Council's holiday notice from a small workbook: date, 上班/休息, note.

All or nothing: every bad cell is reported by sheet!cell in the officer's language and nothing is
written unless the whole sheet is good. The years found in the workbook replace what she entered
for those years before (``workdays.replace_calendar_year``). A blank template can be written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from salesperf_desktop.domain import cell_values
from salesperf_desktop.domain.cell_values import CellRefused
from salesperf_desktop.domain.messages import CATALOGUE, Problem, render
from salesperf_desktop.services.workdays import (
    CalendarDayRecord,
    recount_appeals,
    replace_calendar_year,
)
from salesperf_desktop.services.xlsx_io import (
    WorkbookUnreadable,
    choose_sheet,
    iter_rows,
    open_workbook,
    save_workbook,
)

if TYPE_CHECKING:
    from salesperf_desktop.app_context import AppContext

NOTE_LIMIT = 120  # CalendarDayRow.note
_WORK_WORDS = {"上班", "班", "工作", "工作日", "补班", "補班", "调休上班", "調休上班"}
_OFF_WORDS = {"休息", "休", "放假", "假", "休假", "假日", "节假日", "節假日", "公休"}
_EN_WORK = {"work", "working", "workday", "working day", "on"}
_EN_OFF = {"off", "holiday", "rest", "day off", "leave"}


def _all_languages(code: str) -> set[str]:
    return {text.casefold() for text in CATALOGUE[code].values()}


WORK = _WORK_WORDS | _EN_WORK | _all_languages("calendar.word_work")
OFF = _OFF_WORDS | _EN_OFF | _all_languages("calendar.word_off")
_DATE_HEADERS = _all_languages("calendar.column_date")


class CalendarImportError(Exception):
    """The workbook was refused; nothing was imported. ``problems`` say where and why."""

    def __init__(self, problems: Sequence[Problem]):
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = tuple(problems)

    def messages(self, lang: str) -> list[str]:
        """Each problem in *lang*; the rule book's and the file's are prefixed with where."""
        out = []
        for p in self.problems:
            text = p.message(lang)
            if p.code.startswith(("cell.", "workbook.")) and p.path:
                text = f"{p.path}{'：' if lang.startswith('zh') else ': '}{text}"
            out.append(text)
        return out


@dataclass(frozen=True)
class NoticeImport:
    days: int
    years: tuple[int, ...]

    def message(self, lang: str) -> str:
        years = ", ".join(map(str, self.years))
        return render("calendar.imported", {"count": self.days, "years": years}, lang)


def _text(value: Any) -> str:
    try:
        return cell_values.text(value)
    except CellRefused:
        return "="  # a formula without a saved value: reported where it is read


def _kind(value: Any) -> bool | None:
    text = _text(value).casefold()
    if text in WORK:
        return True
    if text in OFF:
        return False
    return None


def read_notice_workbook(path: Path | str) -> list[CalendarDayRecord]:
    """The days on the workbook's first visible sheet, or ``CalendarImportError`` naming every
    bad cell."""
    try:
        wb = open_workbook(path)
    except WorkbookUnreadable as exc:
        raise CalendarImportError([Problem(exc.code, exc.params, path=exc.file)]) from exc
    try:
        sheet = choose_sheet(wb)
        return _read_sheet(sheet.title, iter_rows(sheet))
    except WorkbookUnreadable as exc:  # no visible sheet, or a sheet cut off
        raise CalendarImportError([Problem(exc.code, exc.params, path=exc.file)]) from exc
    finally:
        wb.close()


def _read_sheet(title: str, rows) -> list[CalendarDayRecord]:
    problems: list[Problem] = []
    days: list[CalendarDayRecord] = []
    first_seen: dict[dt.date, str] = {}

    def problem(code: str, cell: str, **params: Any) -> None:
        problems.append(Problem(code, {"cell": cell, **params}, path=cell))

    for number, values in rows:
        date_value, kind_value, note_value = (*values, None, None, None)[:3]
        ref = f"{title}!A{number}"
        if not days and not problems and _text(date_value).casefold() in _DATE_HEADERS:
            continue  # the header row
        day = None
        try:
            day = cell_values.date(date_value)
        except CellRefused as refused:
            problems.append(Problem(refused.code, refused.params, path=ref))
        else:
            if day is None:
                problem("calendar.date_missing", ref)
        kind_ref = f"{title}!B{number}"
        is_workday = _kind(kind_value)
        if kind_value is cell_values.FORMULA_WITHOUT_VALUE:
            problems.append(Problem("cell.formula_without_value", {}, path=kind_ref))
        elif not _text(kind_value):
            problem("calendar.kind_missing", kind_ref)
        elif is_workday is None:
            problem("calendar.kind_unknown", kind_ref, value=_text(kind_value))
        note = _text(note_value)
        if len(note) > NOTE_LIMIT:
            problem("calendar.note_too_long", f"{title}!C{number}", limit=NOTE_LIMIT)
        if day is not None and day in first_seen:
            problem("calendar.duplicate_day", ref, day=day.isoformat(), first=first_seen[day])
        elif day is not None:
            first_seen[day] = ref
        if day is not None and is_workday is not None:
            days.append(CalendarDayRecord(day, is_workday, note[:NOTE_LIMIT]))
    if not days and not problems:
        problem("calendar.no_days", title)
    if problems:
        raise CalendarImportError(problems)
    return sorted(days, key=lambda r: r.day)


def import_notice_workbook(ctx: AppContext, path: Path | str) -> NoticeImport:
    """Read the workbook and replace the entries of every year in it, in one transaction."""
    days = read_notice_workbook(path)
    years = tuple(sorted({r.day.year for r in days}))
    with ctx.transaction() as session:
        for year in years:
            replace_calendar_year(session, year, [r for r in days if r.day.year == year])
        recount_appeals(ctx, session, years)
    return NoticeImport(len(days), years)


def write_notice_template(path: Path | str, lang: str = "zh_CN") -> Path:
    """A blank workbook to type a notice into: the three columns, a drop-down, a help sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    def text(code: str) -> str:
        return render(code, {}, lang)

    wb = Workbook()
    ws = wb.active
    ws.title = text("calendar.sheet")
    ws.append(
        [text("calendar.column_date"), text("calendar.column_kind"), text("calendar.column_note")]
    )
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    ws.freeze_panes = "A2"
    for letter, width in (("A", 14), ("B", 12), ("C", 36)):
        ws.column_dimensions[letter].width = width
    words = f'"{text("calendar.word_work")},{text("calendar.word_off")}"'
    choice = DataValidation(type="list", formula1=words, allow_blank=True)
    choice.showErrorMessage = False  # the other languages' words are accepted too
    choice.add("B2:B400")
    ws.add_data_validation(choice)
    help_sheet = wb.create_sheet(text("calendar.help_sheet"))
    help_sheet["A1"] = text("calendar.help")
    help_sheet["A1"].alignment = Alignment(wrap_text=True, vertical="top")
    help_sheet.column_dimensions["A"].width = 90
    help_sheet.row_dimensions[1].height = 90
    path = Path(path)
    save_workbook(wb, path)
    return path
