"""Bad input: malformed workbooks are refused with sheet/row/column (or a file-level message
for unreadable files) and the database stays byte-for-byte unchanged.

Each case builds one workbook; the real metrics import plans it, must report problems, and
``apply_import`` must refuse the plan. The .sqlite and -wal files are hashed before and after.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

mi = pytest.importorskip("salesperf_desktop.services.metrics_import")
from salesperf_desktop.services.progress import run_to_end  # noqa: E402
from tests import hostile_xlsx as hx  # noqa: E402

HEADER = ["Employee ID", "Name", "Month", "Indicator", "Target", "Actual", "Base"]
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PICKED: dict[str, str] = {}  # a sales rep and an indicator of the demo company, picked once


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from salesperf_desktop.app_context import build_context
    from salesperf_desktop.services.demo import create_demo_company

    path = tmp_path_factory.mktemp("bad-input") / "salesperf.sqlite"
    ctx = build_context(path, lang="en")
    run_to_end(create_demo_company(ctx))
    with ctx.session() as s:
        from sqlalchemy import select

        from salesperf_desktop.storage.models import IndicatorRow, StaffRow

        person = s.scalar(select(StaffRow.employee_no).where(StaffRow.role == "sales_rep").limit(1))
        code = s.scalar(
            select(IndicatorRow.code).where(IndicatorRow.measure == "achievement").limit(1)
        )
    PICKED["person"], PICKED["indicator"] = person, code
    yield ctx
    ctx.close()


def _row(ctx, **over):
    row = {
        "Employee ID": PICKED["person"],
        "Name": "",
        "Month": "2026-10",
        "Indicator": PICKED["indicator"],
        "Target": 100,
        "Actual": 90,
        "Base": 80,
    }
    row.update(over)
    return [row[h] for h in HEADER]


def _save(path: Path, rows, header=HEADER, setup=None) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    if header is not None:
        ws.append(header)
    for r in rows:
        ws.append(r)
    if setup:
        setup(ws)
    wb.save(path)
    return path


def _million_blank_rows(path: Path, ctx) -> Path:
    """Header, then a sheet whose dimension and last (blank) row sit at row 1,000,000,
    written as XML by hand so it takes milliseconds."""
    _save(path, [], header=HEADER)
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    name = "xl/worksheets/sheet1.xml"
    xml = parts[name].decode()
    xml = xml.replace('<dimension ref="A1:G1"/>', '<dimension ref="A1:G1000000"/>')
    xml = xml.replace(
        "</sheetData>",
        '<row r="1000000"><c r="A1000000" t="inlineStr"><is><t> </t></is></c></row></sheetData>',
    )
    parts[name] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)
    return path


def _truncated(path: Path, ctx) -> Path:
    _save(path, [_row(ctx)] * 50)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _bytes(data: bytes):
    def build(path: Path, ctx) -> Path:
        path.write_bytes(data)
        return path

    return build


def _zip_not_xlsx(path: Path, ctx) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "not a workbook")
    return path


def _merge(ws):
    ws.merge_cells("A2:A3")


def _rows_parts(ctx, **over) -> dict[str, bytes]:
    """The parts of a good one-row workbook (sheet "Data"), to damage by hand."""
    return hx.workbook_parts([HEADER, _row(ctx, **over)])


def _sheet_changed(change):
    def build(path: Path, ctx) -> Path:
        return hx.write_parts(path, hx.change_sheet(_rows_parts(ctx), change))

    return build


def _entity(prolog: str, ref: str):
    cell = f'<c r="{ref}" t="str"><v>&{"a9" if "a9" in prolog else "secret"};</v></c>'
    return _sheet_changed(lambda x: hx.set_cell(hx.with_prolog(x, prolog), ref, cell))


def _sheet_part_missing(path: Path, ctx) -> Path:
    parts = _rows_parts(ctx)
    del parts[hx.SHEET]
    return hx.write_parts(path, parts)


def _zip_bomb(lie: bool):
    def build(path: Path, ctx) -> Path:
        return hx.zip_bomb(path, [HEADER, _row(ctx)], lie=lie)

    return build


def _hidden_first_sheet(path: Path, ctx) -> Path:
    """A good row on a hidden first sheet, only the header on the visible one: the visible
    one is read (before, the hidden one was)."""
    wb = Workbook()
    hidden = wb.active
    hidden.title = "old"
    hidden.append(HEADER)
    hidden.append(_row(ctx))
    hidden.sheet_state = "hidden"
    wb.create_sheet("Data").append(HEADER)
    wb.save(path)
    return path


# name → (builder(path, ctx), kind): "cell" needs sheet/row/column, "row" sheet/row, "sheet" a
# problem on the sheet (headers, no rows), "file" a file-level one (row 0, the file name)
CASES = {
    "wrong_headers": (lambda p, c: _save(p, [_row(c)], header=list("ABCDEFG")), "sheet"),
    "missing_id_header": (
        lambda p, c: _save(p, [_row(c)[1:]], header=HEADER[1:]),
        "sheet",
    ),
    "no_value_columns": (
        lambda p, c: _save(p, [_row(c)[:4]], header=HEADER[:4]),
        "sheet",
    ),
    # A title above the headers is not malformed: the import finds the headers under it
    # (tests/services/test_metrics_import.py, the LibreOffice-saved ERP export).
    "header_only": (lambda p, c: _save(p, []), "sheet"),
    "only_blank_rows": (lambda p, c: _save(p, [[None] * 7, [""] * 7, [" "] * 7]), "sheet"),
    "text_in_number": (lambda p, c: _save(p, [_row(c, Actual="abc")]), "cell"),
    "number_with_unit": (lambda p, c: _save(p, [_row(c, Target="12万")]), "cell"),
    "div0": (lambda p, c: _save(p, [_row(c, Actual="#DIV/0!")]), "cell"),
    "n_a": (lambda p, c: _save(p, [_row(c, Target="#N/A")]), "cell"),
    "ref_error": (lambda p, c: _save(p, [_row(c, Base="#REF!")]), "cell"),
    "value_error": (lambda p, c: _save(p, [_row(c, Actual="#VALUE!")]), "cell"),
    "huge_value": (lambda p, c: _save(p, [_row(c, Actual=1e15)]), "cell"),
    "overflow_text": (lambda p, c: _save(p, [_row(c, Actual="1e400")]), "cell"),
    "nan_text": (lambda p, c: _save(p, [_row(c, Actual="NaN")]), "cell"),
    "bool_in_number": (lambda p, c: _save(p, [_row(c, Actual=True)]), "cell"),
    "date_in_number": (lambda p, c: _save(p, [_row(c, Actual=dt.date(2026, 1, 5))]), "cell"),
    "date_as_text_month": (lambda p, c: _save(p, [_row(c, Month="2026/10/15")]), "cell"),
    "bad_month": (lambda p, c: _save(p, [_row(c, Month="十月")]), "cell"),
    "missing_month": (lambda p, c: _save(p, [_row(c, Month=None)]), "cell"),
    "duplicate_rows": (lambda p, c: _save(p, [_row(c), _row(c, Actual=91)]), "cell"),
    "unknown_person": (lambda p, c: _save(p, [_row(c, **{"Employee ID": "X999"})]), "cell"),
    "missing_person": (lambda p, c: _save(p, [_row(c, **{"Employee ID": None})]), "cell"),
    "unknown_indicator": (lambda p, c: _save(p, [_row(c, Indicator="no_such_kpi")]), "cell"),
    "missing_indicator": (lambda p, c: _save(p, [_row(c, Indicator=None)]), "cell"),
    "merged_cells": (
        lambda p, c: _save(p, [_row(c), _row(c, Month="2026-09")], setup=_merge),
        "cell",
    ),
    "signed_month": (lambda p, c: _save(p, [_row(c, Month="2026-06")]), "row"),
    "one_bad_among_many": (
        lambda p, c: _save(
            p,
            [_row(c, Month=f"2026-{m:02d}") for m in (9, 10)]
            + [_row(c, Month="2026-11", Actual="x")],
        ),
        "cell",
    ),
    "million_blank_rows": (_million_blank_rows, "sheet"),
    "not_xlsx_text": (_bytes(b"hello, this is not a workbook"), "file"),
    "csv_renamed": (_bytes(",".join(HEADER).encode() + b"\nE001,,2026-10,x,1,2,3\n"), "file"),
    "empty_file": (_bytes(b""), "file"),
    "zip_not_xlsx": (_zip_not_xlsx, "file"),
    "truncated_xlsx": (_truncated, "file"),
    # the rule book (domain/cell_values.py) and safe opening (services/xlsx_io.py)
    "formula_without_saved_result": (lambda p, c: _save(p, [_row(c, Actual="=E2*0.9")]), "cell"),
    "decimal_comma": (lambda p, c: _save(p, [_row(c, Actual="1,5")]), "cell"),
    "european_separators": (lambda p, c: _save(p, [_row(c, Target="1.234,56")]), "cell"),
    "thousands_by_points": (lambda p, c: _save(p, [_row(c, Target="1.234.567")]), "cell"),
    "currency_sign": (lambda p, c: _save(p, [_row(c, Target="¥500")]), "cell"),
    "nan_in_number_cell": (
        _sheet_changed(lambda x: hx.set_cell(x, "F2", '<c r="F2"><v>NaN</v></c>')),
        "cell",
    ),
    "error_cell": (
        _sheet_changed(lambda x: hx.set_cell(x, "F2", '<c r="F2" t="e"><v>#N/A</v></c>')),
        "cell",
    ),
    "hidden_first_sheet": (_hidden_first_sheet, "sheet"),
    "two_actual_columns": (
        lambda p, c: _save(p, [[*_row(c), 91]], header=[*HEADER, "Actual"]),
        "sheet",
    ),
    "entity_expansion": (_entity(hx.BILLION_LAUGHS, "B2"), "file"),
    "external_entity": (_entity(hx.EXTERNAL_ENTITY, "A2"), "file"),
    "sheet_xml_cut_off": (_sheet_changed(lambda x: x[: len(x) * 2 // 3]), "file"),
    "sheet_part_missing": (_sheet_part_missing, "file"),
    "zip_bomb_1_5_mb": (_zip_bomb(lie=False), "file"),
    "zip_lying_about_sizes": (_zip_bomb(lie=True), "file"),
    "encrypted_xlsx": (_bytes(OLE_MAGIC + b"\0" * 4096), "file"),
    "row_beyond_excel": (lambda p, c: hx.huge_row(p, [HEADER, _row(c)]), "file"),
    "cell_beyond_excel": (lambda p, c: hx.huge_text(p, [HEADER, _row(c)]), "file"),
}


# the problem each case of the rule book and of safe opening must be refused with
EXPECTED_CODE = {
    "formula_without_saved_result": "cell.formula_without_value",
    "decimal_comma": "cell.ambiguous_separator",
    "european_separators": "cell.ambiguous_separator",
    "thousands_by_points": "cell.ambiguous_separator",
    "currency_sign": "cell.unit_in_number",
    "number_with_unit": "cell.unit_in_number",
    "nan_in_number_cell": "cell.not_finite",
    "nan_text": "cell.not_finite",
    "error_cell": "cell.excel_error",
    "hidden_first_sheet": "no_rows",
    "two_actual_columns": "cell.duplicate_header",
    "entity_expansion": "workbook.hostile_xml",
    "external_entity": "workbook.hostile_xml",
    "sheet_xml_cut_off": "workbook.damaged_sheet",
    "sheet_part_missing": "workbook.missing_sheet_part",
    "zip_bomb_1_5_mb": "workbook.bomb",
    "zip_lying_about_sizes": "workbook.damaged_sheet",
    "encrypted_xlsx": "workbook.encrypted",
    "truncated_xlsx": "workbook.not_xlsx",
    "row_beyond_excel": "workbook.oversized_sheet",
    "cell_beyond_excel": "workbook.oversized_sheet",
}


def _hashes(db: Path) -> dict[str, str]:
    out = {}
    for p in (db, Path(f"{db}-wal")):
        out[p.name] = hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else "-"
    return out


def test_there_are_at_least_25_kinds():
    assert len(CASES) >= 25


@pytest.mark.parametrize("case", sorted(CASES))
def test_malformed_workbook_is_refused_and_nothing_changes(demo, tmp_path, case):
    build, kind = CASES[case]
    path = build(tmp_path / f"{case}.xlsx", demo)
    with demo.engine.connect() as conn:  # a settled file: what the officer's disk holds
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _hashes(demo.db_path)
    backups_before = sorted((demo.backup_dir).glob("*")) if demo.backup_dir.exists() else []
    started = time.perf_counter()
    plan = run_to_end(mi.plan_import(demo, path, mi.default_mapping()))
    elapsed = time.perf_counter() - started
    assert plan.problems, f"{case}: accepted ({len(plan.changes)} changes)"
    for problem in plan.problems:
        assert problem.message and problem.sheet
    if case in EXPECTED_CODE:
        assert [p.code for p in plan.problems] == [EXPECTED_CODE[case]], plan.problems
    if kind == "cell":
        assert any(p.row >= 2 and p.column for p in plan.problems), plan.problems
    elif kind == "row":
        assert any(p.row >= 2 for p in plan.problems), plan.problems
    elif kind == "sheet":
        assert all(p.sheet == "Data" for p in plan.problems), plan.problems
    else:
        assert plan.problems[0].row == 0 and plan.problems[0].sheet == path.name
    with pytest.raises(mi.ImportRefused):
        run_to_end(mi.apply_import(demo, plan))
    assert _hashes(demo.db_path) == before
    after = sorted((demo.backup_dir).glob("*")) if demo.backup_dir.exists() else []
    assert after == backups_before  # a refused import does not even back up
    assert elapsed < 20, f"{case}: {elapsed:.1f} s"
