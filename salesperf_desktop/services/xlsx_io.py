"""Reading workbooks for imports, and the one way exports save them.

Imports are all-or-nothing: readers collect ``ImportProblem``s for every bad cell and the caller
writes nothing unless the list is empty. Files that cannot be read as a workbook at all (not an
xlsx, encrypted, empty) raise ``WorkbookUnreadable`` with a message for the officer.

Every export saves through ``save_workbook``: a name typed as ``=HYPERLINK(...)`` is written as
the text it is, never as a live formula (OWASP "CSV injection"). Values for a CSV file go through
``csv_cell``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Excel's error values as openpyxl returns them (strings) in data_only mode.
EXCEL_ERRORS = frozenset(
    {
        "#DIV/0!",
        "#N/A",
        "#NAME?",
        "#NULL!",
        "#NUM!",
        "#REF!",
        "#VALUE!",
        "#GETTING_DATA",
        "#SPILL!",
        "#CALC!",
    }
)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted xlsx and old .xls files
MAX_ABS_VALUE = 1e12  # beyond this a figure is a typing error, not a sales result


#: What a spreadsheet may read as the start of a formula (OWASP CSV-injection guidance).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class WorkbookUnreadable(Exception):
    """The file is not a workbook we can read; nothing was imported."""


@dataclass(frozen=True, order=True)
class ImportProblem:
    sheet: str
    row: int  # 1-based, as Excel shows it; 0 = the whole sheet
    column: str  # Excel letter ("C"), or "" for a whole row/sheet
    message: str
    code: str = ""

    @property
    def location(self) -> str:
        where = self.sheet
        if self.row:
            where += f"!{self.column}{self.row}" if self.column else f" row {self.row}"
        return where

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


def column_letter(index: int) -> str:
    """1 → A, 27 → AA."""
    letters = ""
    while index > 0:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def open_workbook(path: Path | str, *, read_only: bool = True):
    """Open with openpyxl (values, not formulas), or raise WorkbookUnreadable with a reason."""
    from openpyxl import load_workbook

    path = Path(path)
    if not path.exists():
        raise WorkbookUnreadable(f"{path.name}: the file does not exist.")
    if path.stat().st_size == 0:
        raise WorkbookUnreadable(f"{path.name}: the file is empty.")
    with path.open("rb") as fh:
        head = fh.read(8)
    if head == OLE_MAGIC:
        raise WorkbookUnreadable(
            f"{path.name}: the workbook is password-protected or an old .xls file; "
            "save it as an unprotected .xlsx and import again."
        )
    if not zipfile.is_zipfile(path):
        raise WorkbookUnreadable(f"{path.name}: not an Excel .xlsx workbook.")
    try:
        return load_workbook(path, read_only=read_only, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for damaged files
        raise WorkbookUnreadable(f"{path.name}: the workbook cannot be read ({exc}).") from exc


def iter_rows(
    sheet, *, min_row: int = 1, max_blank_run: int = 1000
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(row number, values) for non-blank rows; stops after a long run of blank rows, so a sheet
    formatted down to row 1,048,576 is not read cell by cell."""
    blank_run = 0
    for number, values in enumerate(
        sheet.iter_rows(min_row=min_row, values_only=True), start=min_row
    ):
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            blank_run += 1
            if blank_run >= max_blank_run:
                return
            continue
        blank_run = 0
        yield number, values


def clean_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def parse_number(value: Any) -> tuple[float | None, str | None]:
    """(number, None) or (None, reason). Blank → (None, None). Accepts '1,234' and '85%'."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, bool):
        return None, "a yes/no value where a number is expected"
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, (dt.date, dt.datetime)):
        return None, "a date where a number is expected"
    else:
        text = str(value).strip()
        if text in EXCEL_ERRORS or text.startswith("#"):
            return None, f"Excel error value {text}"
        percent = text.endswith("%")
        text = text.rstrip("%").replace(",", "").replace("，", "").replace(" ", "")
        try:
            number = float(text)
        except ValueError:
            return None, f"“{value}” is not a number"
        if percent:
            number /= 100
    if not math.isfinite(number):
        return None, "not a finite number"
    if abs(number) > MAX_ABS_VALUE:
        return None, f"{number:g} is implausibly large"
    return number, None


def parse_date(value: Any) -> tuple[dt.date | None, str | None]:
    """(date, None) or (None, reason). Accepts real dates and ISO text (2026-09-30, 2026/9/30)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    text = str(value).strip().replace("/", "-").replace(".", "-")
    for fmt in ("%Y-%m-%d", "%Y-%m", "%Y年%m月%d日"):
        try:
            return dt.datetime.strptime(text, fmt).date(), None
        except ValueError:
            continue
    return None, f"“{value}” is not a date (use 2026-09-30)"


# --------------------------------------------------------------------------- writing


def keep_text_as_text(wb) -> None:
    """Make every text cell of *wb* a plain text cell.

    openpyxl turns a string starting with "=" into a formula and "#N/A" into an error value when
    it is assigned. Text cells starting with "+", "-" or "@" are already written as text (type
    "s"), which Excel shows as typed and never evaluates; numbers stay numbers.
    """
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type in ("f", "e") and isinstance(cell.value, str):
                    cell.data_type = "s"


def save_workbook(wb, path: Path | str) -> None:
    """Save an export: texts stay texts (see ``keep_text_as_text``). Every writer uses this."""
    keep_text_as_text(wb)
    wb.save(path)


def csv_cell(value: Any) -> Any:
    """A value for a CSV export: text that a spreadsheet could run as a formula gets a leading
    single quote (OWASP); numbers, dates and other text are unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
