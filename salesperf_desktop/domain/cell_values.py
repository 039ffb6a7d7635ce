"""The one rule book for reading a spreadsheet cell as a number, month, date or text.

Every import (monthly figures, staff register, calendar notice, ERP ledgers, rater sheets) and
the entry grid read cells through these functions, so "85％" means the same everywhere and no
reader guesses. Each function takes a cell value as ``services.xlsx_io.sheet_rows`` yields it
(None, int, float, bool, str, date/datetime/time, or one of the two markers below) and returns
the value, ``None`` for a blank cell, or raises ``CellRefused`` (a ``CodedError``: ``code``,
``params``, ``message(lang)``) saying why. The caller adds the sheet!cell.

API (stable; keep the names):
    number(value) -> float | None      amounts, counts, ratings; "85%" and "85％" are 0.85
    month(value, *, allow_day=False) -> Period | None
    date(value) -> datetime.date | None
    text(value) -> str                 "" for blank
    FORMULA_WITHOUT_VALUE, ExcelError  the markers ``sheet_rows`` puts in place of such cells

The rules (the user guide's import chapter states them too):
- A formula whose result was never saved (a file written by a program, never opened in Excel)
  is refused everywhere: its value is unknown. Open and save the file in Excel or WPS first.
- An Excel error value (#DIV/0!, #N/A …) is refused.
- Full-width characters are read as their half-width forms: ０-９, ％, －, ，, ．, ＋, and the
  ideographic space. "−" (minus sign) is a minus.
- Numbers use the point as the decimal mark and the comma only for thousands, in groups of
  three: 1234.56, 1,234.56 and 1,234 are accepted. Anything else with a comma or several
  points ("1,5", "1.234,56", "1.234.567", "12,34", "1 234") is refused as ambiguous, never
  guessed: it reads differently in Europe and in China.
- A trailing % (or ％) divides by 100, as Excel does for a percent cell.
- A unit or currency ("12万", "1,234元", "¥500") is refused: write the plain number (120000).
  A 万 is not multiplied silently, since "1.2万" typed as a label is often a rounded figure.
- NaN, infinity, and values beyond ±1e12 (a typing error, not a sales figure) are refused; so
  are yes/no and date cells where a number is expected.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from typing import Any

from salesperf_desktop.domain.messages import CodedError
from salesperf_desktop.domain.periods import Period

#: Beyond this a figure is a typing error, not a sales result.
MAX_ABS_VALUE = 1e12


class _FormulaWithoutValue:
    """A formula cell whose file holds no result (never calculated by a spreadsheet)."""

    _instance: _FormulaWithoutValue | None = None

    def __new__(cls) -> _FormulaWithoutValue:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "FORMULA_WITHOUT_VALUE"

    def __bool__(self) -> bool:
        return True


FORMULA_WITHOUT_VALUE = _FormulaWithoutValue()


class ExcelError(str):
    """An Excel error value (#DIV/0!, #N/A …) read from a cell of error type."""


class CellRefused(CodedError):
    """The cell cannot be read as asked; ``code`` ("cell.not_number" …) and ``params`` say why.

    ``params["value"]`` is the cell as the officer sees it.
    """

    def __init__(self, code: str, **params: Any):
        super().__init__(f"cell.{code}", **params)


# --------------------------------------------------------------------------- text forms

# NFKC folds full-width digits, ％, －, ，, ．, ＋ and the ideographic space; these are the rest.
_EXTRA_FOLDS = str.maketrans({"\u2212": "-", "\u2013": "-", "\u00a0": " ", "\u202f": " "})
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?")
# a number-like core with something before or after it: a unit or a currency
# (not ASCII letters or brackets: "E001" is an ID and "(12)" an accounting negative, not units)
_WITH_UNIT = re.compile(r"^[^\d.,+\-A-Za-z()]*\s*[+-]?[\d.,]*\d[\d.,]*\s*[^\d.,A-Za-z()]*$")
_NOT_FINITE_WORDS = {"nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"}


def fold(value: str) -> str:
    """Text with full-width forms made half-width and the ends stripped ("８５％" → "85%")."""
    return unicodedata.normalize("NFKC", value).translate(_EXTRA_FOLDS).strip()


def shown(value: Any) -> str:
    """The cell as the officer sees it, for messages."""
    if value is FORMULA_WITHOUT_VALUE:
        return "="
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value).strip()


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not fold(value))


def _refuse_markers(value: Any) -> None:
    if value is FORMULA_WITHOUT_VALUE:
        raise CellRefused("formula_without_value")
    if isinstance(value, ExcelError):
        raise CellRefused("excel_error", value=str(value))


# --------------------------------------------------------------------------- numbers


def number(value: Any) -> float | None:
    """The cell as a number (see the module's rules), None when blank, or ``CellRefused``."""
    if value is None:
        return None
    if type(value) is int or type(value) is float:  # the common case, kept fast
        return _checked(float(value), value)
    _refuse_markers(value)
    if isinstance(value, bool):
        raise CellRefused("bool_as_number", value=shown(value))
    if isinstance(value, (dt.date, dt.datetime, dt.time, dt.timedelta)):
        raise CellRefused("date_as_number", value=shown(value))
    if isinstance(value, (int, float)):  # int/float subclasses (numpy, Decimal-like)
        return _checked(float(value), value)
    if not isinstance(value, str):
        value = str(value)
    return _number_from_text(value)


def _checked(result: float, raw: Any) -> float:
    if not math.isfinite(result):
        raise CellRefused("not_finite", value=shown(raw))
    if abs(result) > MAX_ABS_VALUE:
        raise CellRefused("huge", value=shown(raw))
    return result


def _number_from_text(raw: str) -> float | None:
    text = fold(raw)
    if not text:
        return None
    if text.startswith("#"):
        raise CellRefused("excel_error", value=text)
    if text.casefold() in _NOT_FINITE_WORDS:
        raise CellRefused("not_finite", value=text)
    percent = text.endswith("%")
    core = text[:-1].rstrip() if percent else text
    if _NUMBER.fullmatch(core):
        result = float(core)
    elif _GROUPED.fullmatch(core):
        result = float(core.replace(",", ""))
    elif re.fullmatch(r"[+-]?[\d.,\s]*\d[\d.,\s]*", core):
        raise CellRefused("ambiguous_separator", value=raw.strip())
    elif _WITH_UNIT.match(core):
        raise CellRefused("unit_in_number", value=raw.strip())
    else:
        raise CellRefused("not_number", value=raw.strip())
    if percent:
        result /= 100
    return _checked(result, raw.strip())


# --------------------------------------------------------------------------- months and dates

_MONTH_TEXT = (
    re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$"),
    re.compile(r"^(\d{4})(\d{2})$"),
)
_DATE_TEXT = (
    # 2026-01-15, 2026/1/15, 2026.1.15, 2026年1月15日 (or 号), a time of day after it ignored
    re.compile(
        r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号號]?"
        r"(?:(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
    ),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
# day-first or month-first dates: ambiguous, refused
_AMBIGUOUS_DATE = re.compile(r"^\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}$")
_YEARS = range(1900, 3000)
# Excel serials from 1950-01-01 to 2099-12-31: a date cell some ERPs export as a plain number
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_SERIALS = range(18264, 73416)


def month(value: Any, *, allow_day: bool = False) -> Period | None:
    """The cell as a calendar month: a real date gives its month; text must be a month
    ("2026-09", "2026/9", "2026年9月", "202609"), or with *allow_day* also a day as ``date``
    reads it ("2026-01-15", "2026年1月15日", 20260115) or an Excel date serial written as a
    plain number (46037 is 2026-01-15; 1950 to 2099), as ERP ledgers export dates.
    None when blank, else ``CellRefused``."""
    if _is_blank(value):
        return None
    _refuse_markers(value)
    if isinstance(value, (dt.datetime, dt.date)):
        return Period.month(value.year, value.month)
    if isinstance(value, bool):
        raise CellRefused("bad_month", value=shown(value))
    if isinstance(value, (int, float)):
        if float(value).is_integer() and 190001 <= int(value) <= 299912:
            year, number_ = divmod(int(value), 100)
            if 1 <= number_ <= 12:
                return Period.month(year, number_)
        if allow_day and float(value).is_integer() and 19000101 <= int(value) <= 29991231:
            day = date(value)  # 20260115 as a number, as some ERPs export dates
            return Period.month(day.year, day.month) if day else None
        if allow_day and float(value).is_integer() and int(value) in _SERIALS:
            day = _EXCEL_EPOCH + dt.timedelta(days=int(value))  # a date cell's plain serial
            return Period.month(day.year, day.month)
        raise CellRefused("bad_month", value=shown(value))
    text = fold(str(value))
    for pattern in _MONTH_TEXT:
        m = pattern.match(text)
        if m:
            year, number_ = int(m.group(1)), int(m.group(2))
            if year in _YEARS and 1 <= number_ <= 12:
                return Period.month(year, number_)
            raise CellRefused("bad_month", value=text)
    if allow_day:
        day = date(value)
        return Period.month(day.year, day.month) if day else None
    if any(p.match(text) for p in _DATE_TEXT) or _AMBIGUOUS_DATE.match(text):
        raise CellRefused("date_as_month", value=text)
    raise CellRefused("bad_month", value=text)


def date(value: Any) -> dt.date | None:
    """The cell as a day: a real date, or text year-first ("2026-01-15", "2026/1/15",
    "2026.1.15", "2026年1月15日", "20260115"), a time of day after it ignored
    ("2026-01-15 10:30"). Day-first text ("15/01/2026") is refused as ambiguous. None when blank, else ``CellRefused``."""
    if _is_blank(value):
        return None
    _refuse_markers(value)
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = fold(str(value)) if not isinstance(value, (int, float)) else shown(value)
    for pattern in _DATE_TEXT:
        m = pattern.match(text)
        if m:
            try:
                day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                raise CellRefused("bad_date", value=text) from None
            if day.year in _YEARS:
                return day
    if _AMBIGUOUS_DATE.match(text):
        raise CellRefused("ambiguous_date", value=text)
    raise CellRefused("bad_date", value=text)


# --------------------------------------------------------------------------- text


def column_letter(index: int) -> str:
    """1 → A, 27 → AA (the column as Excel names it)."""
    letters = ""
    while index > 0:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def text(value: Any) -> str:
    """The cell as text, stripped (also of ideographic spaces); a whole number as "12" not
    "12.0"; "" for blank. A formula without a value or an error value is ``CellRefused``."""
    if value is None:
        return ""
    _refuse_markers(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (dt.date, dt.datetime)):
        return shown(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value).strip().strip("\u3000").strip()


# Quoted text, a backslash-escaped character and [colour]/[condition] sections of a number
# format show literally: their "%" does not scale the value.
_LITERAL_IN_FORMAT = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


def percent_format(number_format: str | None) -> bool:
    """Whether a cell's number format shows its value as a percentage, so that the 20% the
    officer sees is stored as 0.2 ("0%", "0.0%"; not '0.0"%"', which shows 20 as "20.0%")."""
    return "%" in _LITERAL_IN_FORMAT.sub("", number_format or "")


__all__ = [
    "FORMULA_WITHOUT_VALUE",
    "MAX_ABS_VALUE",
    "CellRefused",
    "ExcelError",
    "column_letter",
    "date",
    "fold",
    "month",
    "number",
    "percent_format",
    "shown",
    "text",
]
