"""Filling a written rater sheet the way a rater does: type scores (and comments) into it."""

from __future__ import annotations

from openpyxl import load_workbook

from salesperf_desktop.services import rater_sheets as rs


def keyed_rows(ws):
    """(row number, role, staff id, indicator) of every keyed row of a rating sheet."""
    out = []
    for row in ws.iter_rows(min_row=1):
        key = rs._parse_row_key(row[rs.KEY_COL - 1].value if len(row) >= rs.KEY_COL else None)
        if key is not None:
            out.append((row[0].row, key[0], key[1], key[2]))
    return out


def fill(path, score, comment=None):
    """Type ``score(role, staff_id, indicator)`` (None: leave blank) into every score cell."""
    wb = load_workbook(path)
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        for number, role, staff_id, indicator in keyed_rows(ws):
            ws.cell(number, rs.SCORE_COL, score(role, staff_id, indicator))
            if comment is not None:
                ws.cell(number, rs.COMMENT_COL, comment)
    wb.save(path)
    return path


def sheet_of(written, employee_no):
    return next(w.path for w in written if w.employee_no == employee_no)
