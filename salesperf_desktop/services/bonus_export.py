"""The 奖金核算表 as an Excel workbook finance can use as is.

One sheet named in the reader's language: a title row, ONE header row, one row per person
(amounts are numbers in 元 with a 元 number format, never text), a totals row, then the
approvals block (编制 / 审核 / 批准 with dates) and how the amounts are made.
"""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from salesperf_desktop.domain.bonus import AMOUNT_FIELDS, BonusLine
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services.bonus import BonusSheet, bonus_sheet
from salesperf_desktop.services.files import replace_file
from salesperf_desktop.services.progress import Progress
from salesperf_desktop.services.xlsx_io import save_workbook

COLUMNS = (
    "employee_no",
    "name",
    "team",
    "role",
    "grade",
    "coefficient",
    *AMOUNT_FIELDS,
    "payable",
    "note",
)
WIDTHS = (10, 10, 16, 12, 6, 9, 14, 14, 12, 12, 10, 16, 12, 14, 32)
FIRST_AMOUNT = COLUMNS.index("base") + 1  # 1-based column of the first amount


def yuan_format(lang: str) -> str:
    return '#,##0.00"元"' if lang != "en" else "#,##0.00"


def file_name(period: Period, lang: str) -> str:
    """奖金核算表_2026年10月.xlsx (in the reader's language)."""
    return render("bonus.file_name", {"period": period.label(lang)}, lang) + ".xlsx"


def line_note(line: BonusLine, lang: str) -> str:
    """备注: the veto and the compliance bonus notes."""
    notes = []
    if line.vetoed:
        notes.append(render("bonus.vetoed", {}, lang))
    if line.compliance_note:
        notes.append(render(line.compliance_note, line.compliance_params, lang))
    return "；".join(notes) if lang != "en" else "; ".join(notes)


def export_bonus_sheet(
    ctx, period: Period, path: Path | str, *, lang: str | None = None
) -> Generator[Progress, None, Path]:
    """Compute (or read the approved) sheet of *period* and write it to *path* atomically."""
    lang = lang or ctx.lang
    yield Progress(0, 2, step="progress.bonus_sheet")
    sheet = bonus_sheet(ctx, period, lang=lang)
    yield Progress(1, 2, step="progress.saving_workbook")
    path = write_bonus_workbook(sheet, path, lang=lang, company=ctx.settings.get("company_name"))
    yield Progress(2, 2, step="progress.done")
    return path


def write_bonus_workbook(
    sheet: BonusSheet, path: Path | str, *, lang: str, company: str | None = None
) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = render("bonus.sheet_name", {}, lang)
    money = yuan_format(lang)
    bold = Font(bold=True)
    title = render(
        "bonus.title", {"company": company or "", "period": sheet.period.label(lang)}, lang
    )
    ws.cell(row=1, column=1, value=title.strip(" —")).font = Font(bold=True, size=13)
    header = 2
    fill = PatternFill("solid", fgColor="E4EAF2")
    thin = Side(style="thin", color="A0A0A0")
    for col, (key, width) in enumerate(zip(COLUMNS, WIDTHS, strict=True), start=1):
        cell = ws.cell(row=header, column=col, value=render(f"bonus.col.{key}", {}, lang))
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = Border(bottom=thin)
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = ws.cell(row=header + 1, column=3)
    row = header
    for line in sheet.lines:
        row += 1
        values = [
            line.employee_no,
            line.name,
            line.team,
            sheet.role_names.get(line.role, line.role),
            line.grade,
            line.coefficient,
            *[getattr(line, key) / 100 for key in AMOUNT_FIELDS],
            line.payable / 100,
            line_note(line, lang),
        ]
        for col, value in enumerate(values, start=1):
            ws.cell(row=row, column=col, value=value)
        ws.cell(row=row, column=6).number_format = "0.00"
        for col in range(FIRST_AMOUNT, FIRST_AMOUNT + len(AMOUNT_FIELDS) + 1):
            ws.cell(row=row, column=col).number_format = money
    row += 1
    ws.cell(row=row, column=1, value=render("bonus.totals", {}, lang)).font = bold
    for offset, key in enumerate((*AMOUNT_FIELDS, "payable")):
        cell = ws.cell(row=row, column=FIRST_AMOUNT + offset, value=sheet.totals[key] / 100)
        cell.number_format, cell.font = money, bold
        cell.border = Border(top=thin)
    _approvals_block(ws, row + 2, sheet, lang)
    note = render("bonus.unit_note", {"months": sheet.months}, lang)
    ws.cell(row=row + 6, column=1, value=note).alignment = Alignment(wrap_text=False)
    ws.print_title_rows = f"{header}:{header}"
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # printed: all columns on one page wide
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    save_workbook(wb, part)
    replace_file(part, path)
    return path


def _approvals_block(ws, row: int, sheet: BonusSheet, lang: str) -> None:
    """编制 / 审核 / 批准: who and when (blank lines to sign on while not approved)."""
    from openpyxl.styles import Font

    a = sheet.approvals
    parts = (
        ("bonus.prepared", a.prepared_by, a.prepared_on),
        ("bonus.checked", a.checked_by, a.checked_on),
        ("bonus.approved", a.approved_by, a.approved_on),
    )
    for i, (code, who, on) in enumerate(parts):
        r = row + i
        ws.cell(row=r, column=1, value=render(code, {}, lang)).font = Font(bold=True)
        ws.cell(row=r, column=2, value=who or "")
        ws.cell(row=r, column=3, value=render("bonus.date", {}, lang)).font = Font(bold=True)
        cell = ws.cell(row=r, column=4, value=on)  # a column wide enough for 2026-11-20
        cell.number_format = "yyyy-mm-dd"
