"""Reading an ERP sales ledger (用友 U8 / 金蝶 style): dates as months, totals rows, header rows.

Pure rules, no I/O: the import service (services/ledger_import.py) applies them to the cells it
reads. A ledger has one row per sale; the rows are added up per person and month.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from salesperf_desktop.domain import cell_values
from salesperf_desktop.domain.periods import Period

AGGREGATIONS = ("sum", "count", "count_distinct")

# Words that mark a totals row (simplified, traditional, English). 小计 is a subtotal.
GRAND_TOTAL_WORDS = ("合计", "合計", "总计", "總計", "总合计", "總合計", "grandtotal", "total")
SUBTOTAL_WORDS = ("小计", "小計", "subtotal")


def month_of(value: Any) -> Period | None:
    """The month of a ledger date cell, or None when it is blank or not a date.

    The rule book's ``cell_values.month(value, allow_day=True)``: real dates, Excel serial
    numbers (a date cell stored as a plain number) and text in the usual Chinese formats
    (2026-01-15, 2026/1/15, 2026.1.15, 2026年1月15日, 20260115, 2026-01, 2026年1月, full-width
    digits); the day, when present, must exist. The import reports why a cell is refused.
    """
    try:
        return cell_values.month(value, allow_day=True)
    except cell_values.CellRefused:
        return None


_FULL_WIDTH = str.maketrans("０１２３４５６７８９－／．：　（）", "0123456789-/.: ()")


def _plain(text: str) -> str:
    return re.sub(r"[\s\u3000:：_\-]+", "", text).casefold()


def total_kind(cells: Sequence[Any]) -> str | None:
    """ "grand" or "sub" when one of *cells* says the row is a totals row (合计, 小计, 总计 …),
    else None. Only text cells count; a number is never a totals mark."""
    for cell in cells:
        if not isinstance(cell, str) or not cell.strip():
            continue
        text = _plain(cell)
        if any(word in text for word in SUBTOTAL_WORDS):
            return "sub"
        if any(word in text for word in GRAND_TOTAL_WORDS[:6]) or text in GRAND_TOTAL_WORDS[6:]:
            return "grand"
    return None


def looks_like_header(values: Sequence[Any], next_rows: Sequence[Sequence[Any]] = ()) -> bool:
    """Whether a row reads as a header: at least two cells, every filled cell a text that is
    not a number or date, and as wide as the rows under it (a merged title has one cell)."""
    filled = [v for v in values if v is not None and not (isinstance(v, str) and not v.strip())]
    if len(filled) < 2 or not all(isinstance(v, str) for v in filled):
        return False
    if any(month_of(v) is not None for v in filled):
        return False
    widths = [sum(1 for v in row if v is not None and v != "") for row in next_rows]
    return not widths or len(filled) >= max(2, max(widths) // 2)


def detect_header_row(rows: Sequence[Sequence[Any]]) -> int:
    """1-based number of the header row among the first *rows* of a sheet (title rows above it
    are skipped); 1 when no row looks like a header."""
    for i, values in enumerate(rows):
        if looks_like_header(values, rows[i + 1 : i + 4]):
            return i + 1
    return 1


def split_values(text: str) -> tuple[str, ...]:
    """A filter's list as typed: 华东、华南, 华北 → (华东, 华南, 华北)."""
    return tuple(p.strip() for p in re.split(r"[,，、;；\n]+", text or "") if p.strip())


def norm_text(value: Any) -> str:
    """A cell as compared by filters, names and count distinct: trimmed, case and width folded."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (dt.datetime, dt.date)):
        value = value.isoformat()[:10]
    return re.sub(r"[\s\u3000]+", "", str(value)).translate(_FULL_WIDTH).casefold()
