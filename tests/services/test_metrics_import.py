"""Metrics import: good and bad workbooks, all-or-nothing, audit, locks, template, mapping."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from salesperf_desktop.services.metrics_import import (
    ColumnMapping,
    ImportRefused,
    apply_import,
    default_mapping,
    load_mapping,
    plan_import,
    save_mapping,
    write_template,
)
from salesperf_desktop.services.progress import Cancelled, run_to_end
from salesperf_desktop.storage.models import (
    AuditEntryRow,
    ImportBatchRow,
    MetricEntryRow,
    PeriodRow,
    StaffRow,
)

HEAD = ["工号", "姓名", "月份", "指标", "目标值", "实际值", "对比基数"]
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _book(path, rows, header=HEAD, title="数据"):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _plan(ctx, path, mapping=None):
    return run_to_end(plan_import(ctx, path, mapping or default_mapping()))


def _entry(ctx, no, month, code):
    year, m = map(int, month.split("-"))
    with ctx.session() as s:
        return s.scalar(
            select(MetricEntryRow)
            .join(StaffRow, StaffRow.id == MetricEntryRow.staff_id)
            .join(PeriodRow, PeriodRow.id == MetricEntryRow.period_id)
            .where(
                StaffRow.employee_no == no,
                PeriodRow.year == year,
                PeriodRow.number == m,
                MetricEntryRow.indicator_code == code,
            )
        )


def test_good_workbook_previews_then_applies_in_one_batch(demo_ctx, tmp_path):
    path = _book(
        tmp_path / "ok.xlsx",
        [
            ["E003", "张伟", "2026-10", "sales_achievement", 500000, 480000, None],
            ["E004", "陈静", "2026年10月", "销售目标达成率", "600,000", 610000, None],
            ["E005", "刘洋", dt.datetime(2026, 10, 1), "Collection rate", 100, 90, None],
            ["E010", "郑强", 202611, "sell_through_rate", 100, 80, None],
        ],
    )
    plan = _plan(demo_ctx, path)
    assert plan.problems == []
    assert plan.rows == 4
    assert len(plan.file_sha256) == 64
    fields = {(c.employee_no, c.month, c.indicator, c.field): c for c in plan.changes}
    assert fields[("E004", "2026-10", "sales_achievement", "target")].new == 600000
    assert ("E005", "2026-10", "collection_rate", "actual") in fields
    assert ("E010", "2026-11", "sell_through_rate", "target") in fields
    batch_id = run_to_end(apply_import(demo_ctx, plan))
    e = _entry(demo_ctx, "E003", "2026-10", "sales_achievement")
    assert (e.target, e.actual, e.import_batch_id) == (500000, 480000, batch_id)
    with demo_ctx.session() as s:
        batch = s.get(ImportBatchRow, batch_id)
        assert (batch.kind, batch.file_name, batch.rows) == ("metrics", "ok.xlsx", 4)
        assert batch.file_sha256 == plan.file_sha256
    assert list(demo_ctx.backup_dir.glob("*before-import*"))
    # importing the same file again changes nothing
    again = _plan(demo_ctx, path)
    assert again.changes == [] and again.unchanged == 8


def test_bad_workbook_reports_every_problem_and_writes_nothing(demo_ctx, tmp_path):
    path = _book(
        tmp_path / "bad.xlsx",
        [
            ["X999", "?", "2026-10", "sales_achievement", 1, 1, None],  # unknown employee
            ["E003", "", "2026-10", "no_such_kpi", 1, 1, None],  # unknown indicator
            ["E003", "", "2026-13", "sales_achievement", 1, 1, None],  # bad month
            ["E003", "", "2026/10/15", "collection_rate", 1, 1, None],  # date as text
            ["E004", "", "2026-10", "collection_rate", "abc", 1, None],  # text in number
            ["E004", "", "2026-10", "sales_achievement", -5, 1, None],  # negative target
            ["E005", "", "2026-10", "collection_rate", "#DIV/0!", 1, None],  # error cell
            ["E005", "", "2026-10", "sales_achievement", 1e15, 1, None],  # huge
            ["E006", "", "2026-10", "sales_achievement", 1, 1, None],
            ["E006", "", "2026-10", "销售目标达成率", 2, 2, None],  # duplicate
            ["E007", "", "2026-08", "sales_achievement", 1, 1, None],  # locked month
            ["", "", "2026-10", "sales_achievement", 1, 1, None],  # no employee
        ],
    )
    wb = load_workbook(path)
    wb.active.merge_cells("B20:C20")
    wb.active["A20"] = "E008"
    wb.save(path)
    plan = _plan(demo_ctx, path)
    codes = [(p.row, p.column, p.code) for p in plan.problems]
    for expected in [
        (2, "A", "unknown_employee"),
        (3, "D", "unknown_indicator"),
        (4, "C", "cell.bad_month"),
        (5, "C", "cell.date_as_month"),
        (6, "E", "cell.not_number"),
        (7, "E", "negative"),
        (8, "E", "cell.excel_error"),
        (9, "E", "cell.huge"),
        (11, "D", "duplicate"),
        (12, "", "locked"),
        (13, "A", "no_employee"),
        (20, "B", "merged"),
    ]:
        assert expected in codes, expected
    assert all(p.sheet == "数据" for p in plan.problems)
    with pytest.raises(ImportRefused):
        run_to_end(apply_import(demo_ctx, plan))
    with demo_ctx.session() as s:
        assert s.scalar(select(func.count()).select_from(ImportBatchRow)) == 0


def test_english_messages_and_missing_columns(demo_ctx, tmp_path):
    demo_ctx.lang = "en"
    path = _book(tmp_path / "cols.xlsx", [["E003", 1]], header=["Who", "Value"])
    plan = _plan(demo_ctx, path)
    assert plan.problems and plan.problems[0].code == "no_column"
    assert "column" in plan.problems[0].message
    unreadable = tmp_path / "not.xlsx"
    unreadable.write_text("hello")
    plan = _plan(demo_ctx, unreadable)
    assert plan.problems[0].code == "workbook.not_xlsx"


def test_published_period_changes_are_audited(demo_ctx, tmp_path):
    before = _entry(demo_ctx, "E003", "2026-09", "sales_achievement")
    path = _book(
        tmp_path / "sep.xlsx",
        [["E003", "张伟", "2026-09", "sales_achievement", before.target, 123456, None]],
    )
    plan = _plan(demo_ctx, path)
    assert plan.problems == [] and len(plan.changes) == 1
    run_to_end(apply_import(demo_ctx, plan, reason="ERP correction"))
    with demo_ctx.session() as s:
        rows = s.scalars(select(AuditEntryRow).where(AuditEntryRow.entity == "metric_entry")).all()
    assert len(rows) == 1
    assert rows[0].field == "sales_achievement.actual"
    assert rows[0].new_value == "123456.0" and rows[0].reason == "ERP correction"
    assert rows[0].appraisal_id is not None


def test_wide_layout_with_fixed_month(demo_ctx, tmp_path):
    path = _book(
        tmp_path / "wide.xlsx",
        [["E003", "张伟", 500, 90], ["E004", "陈静", 600, 95]],
        header=["工号", "姓名", "销售目标达成率", "collection_rate"],
    )
    mapping = ColumnMapping(
        employee_id="工号",
        indicator=None,
        month=None,
        layout="wide",
        wide_field="actual",
        fixed_month="2026-10",
        target=None,
        base=None,
        actual=None,
    )
    plan = _plan(demo_ctx, path, mapping)
    assert plan.problems == []
    assert {(c.employee_no, c.indicator, c.field, c.new) for c in plan.changes} >= {
        ("E003", "sales_achievement", "actual", 500),
        ("E004", "collection_rate", "actual", 95),
    }


def test_letters_and_header_row(demo_ctx, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["ERP export 2026-10"])
    ws.merge_cells("A1:E1")  # a merged title above the header is never read (issue #16)
    ws.append(["code", "who", "kpi", "plan", "done"])
    ws.append(["E003", "张伟", "sales_achievement", 10, 9])
    wb.save(tmp_path / "erp.xlsx")
    mapping = ColumnMapping(
        employee_id="A",
        indicator="C",
        month=None,
        target="D",
        actual="E",
        base=None,
        header_row=2,
        fixed_month="2026-10",
    )
    plan = _plan(demo_ctx, tmp_path / "erp.xlsx", mapping)
    assert plan.problems == []
    assert len(plan.changes) == 2


def test_cancel_rolls_back(demo_ctx, tmp_path):
    rows = [["E003", "", f"2027-{m:02d}", "sales_achievement", 100 + m, 90] for m in range(1, 13)]
    plan = _plan(demo_ctx, _book(tmp_path / "c.xlsx", rows))
    cancel = threading.Event()
    gen = apply_import(demo_ctx, plan, cancel=cancel, backup=False)
    next(gen)
    cancel.set()
    with pytest.raises(Cancelled):
        run_to_end(gen)
    with demo_ctx.session() as s:
        assert s.scalar(select(func.count()).select_from(ImportBatchRow)) == 0
    assert _entry(demo_ctx, "E003", "2027-01", "sales_achievement") is None


def test_template_round_trip_and_mapping_remembered(demo_ctx, tmp_path):
    for lang in ("zh_CN", "zh_TW", "en"):
        path = tmp_path / f"template-{lang}.xlsx"
        write_template(demo_ctx, path, lang)
        wb = load_workbook(path)
        ws = wb.worksheets[0]
        ws.append(["E003", "张伟", "2026-10", "sales_achievement", 1000, 900, None])
        wb.save(path)
        plan = _plan(demo_ctx, path)
        assert plan.problems == [], (lang, plan.problems)
    assert load_mapping(demo_ctx) == default_mapping()
    custom = ColumnMapping(employee_id="B", header_row=3)
    save_mapping(demo_ctx, custom)
    assert load_mapping(demo_ctx) == custom


def test_sheet_headers_name_each_column_by_letter(tmp_path):
    from salesperf_desktop.services.metrics_import import sheet_headers

    wb = Workbook()
    wb.active.append(["工号", None, "实际值"])
    wb.save(tmp_path / "h.xlsx")
    assert sheet_headers(tmp_path / "h.xlsx", None, 1) == [
        ("A", "工号"),
        ("B", ""),
        ("C", "实际值"),
    ]
    (tmp_path / "broken.xlsx").write_bytes(b"not a workbook")
    assert sheet_headers(tmp_path / "broken.xlsx", None, 1) == []


def test_imported_values_are_stamped_with_the_contexts_clock(demo_ctx, tmp_path):
    demo_ctx.clock = lambda: dt.date(2026, 11, 20)
    path = _book(
        tmp_path / "clock.xlsx", [["E003", "张伟", "2026-10", "sales_achievement", 1, 2, None]]
    )
    run_to_end(apply_import(demo_ctx, _plan(demo_ctx, path), backup=False))
    e = _entry(demo_ctx, "E003", "2026-10", "sales_achievement")
    assert e.updated_at.date() == dt.date(2026, 11, 20)


# ----------------------------------------------------------------------------- the rule book


def test_a_workbook_saved_by_libreoffice_imports_its_formula_results(demo_ctx):
    """tests/fixtures/libreoffice/monthly.xlsx (written by LibreOffice Calc, see make.sh):
    the actuals are formulas with saved results, one target is text with a thousands
    separator, the hidden first sheet (an unknown person) is not read."""
    plan = _plan(demo_ctx, FIXTURES / "libreoffice" / "monthly.xlsx")
    assert plan.problems == []
    new = {(c.employee_no, c.field): c.new for c in plan.changes}
    assert new == {
        ("E003", "target"): 500000,
        ("E003", "actual"): 480000,
        ("E004", "target"): 600000,
        ("E004", "actual"): 612000,
    }


def test_an_erp_export_saved_by_libreoffice_with_a_title_and_a_totals_row(demo_ctx, tmp_path):
    """tests/fixtures/libreoffice/titled_monthly.xlsx: an ERP text export opened in Calc and
    saved, as an officer does: a title row above the headers, thousands separators, “2026/11”,
    a 合计 row under the people. The headers are found under the title, the 合计 row is the
    sheet's own sum (not a person), and the one real mistake (12万) is named by its cell."""
    source = FIXTURES / "libreoffice" / "titled_monthly.xlsx"
    plan = _plan(demo_ctx, source)
    assert [(p.location, p.code) for p in plan.problems] == [
        ("titled_monthly!F6", "cell.unit_in_number")
    ]
    assert str(plan.problems[0]).startswith("titled_monthly!F6：“12万”")

    fixed = tmp_path / "fixed.xlsx"
    book = load_workbook(source)
    book.active["F6"] = 120000
    book.save(fixed)
    plan = _plan(demo_ctx, fixed)
    assert plan.problems == []
    new = {(c.employee_no, c.indicator, c.field): c.new for c in plan.changes}
    assert new[("E003", "sales_achievement", "target")] == 1200000
    assert new[("E004", "sales_achievement", "actual")] == 120000
    assert new[("E005", "sales_achievement", "actual")] == 1020000
    assert {c.month for c in plan.changes} == {"2026-11"}
    assert len(plan.changes) == 10 and plan.rows == 5  # the 合计 row is not a person


def test_a_sheet_that_declares_a_wrong_used_range_is_read_whole(demo_ctx, tmp_path):
    """WPS 表格 saves sheets whose <dimension> says A1 (dify#1039: openpyxl's read-only rows
    then stop at A1). The import reads the rows the file holds, not the range it declares."""
    import re
    import zipfile

    fixed = tmp_path / "fixed.xlsx"
    book = load_workbook(FIXTURES / "libreoffice" / "titled_monthly.xlsx")
    book.active["F6"] = 120000
    book.save(fixed)
    wps = tmp_path / "wps.xlsx"
    with zipfile.ZipFile(fixed) as zin, zipfile.ZipFile(wps, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data, n = re.subn(rb'<dimension ref="[^"]*" ?/>', b'<dimension ref="A1"/>', data)
                assert n == 1
            zout.writestr(item, data)
    assert load_workbook(wps, read_only=True).active.calculate_dimension() == "A1:A1"
    plan = _plan(demo_ctx, wps)
    assert plan.problems == [] and plan.rows == 5 and len(plan.changes) == 10


def test_a_whole_row_problem_is_located_in_the_officer_s_language(demo_ctx, tmp_path):
    """A sheet without the staff ID column: the problem is on its header row, worded
    “数据 第 1 行” (zh_TW “第 1 列”, the Taiwanese word for a row), never “row 1”."""
    path = tmp_path / "no_id.xlsx"
    book = Workbook()
    book.active.title = "数据"
    book.active.append(["姓名", "月份", "指标", "目标值", "实际值"])
    book.active.append(["张伟", "2026-10", "sales_achievement", 1, 1])
    book.save(path)
    located = {}
    for lang in ("zh_CN", "zh_TW", "en"):
        demo_ctx.lang = lang
        located[lang] = {p.location for p in _plan(demo_ctx, path).problems}
    assert located == {"zh_CN": {"数据 第 1 行"}, "zh_TW": {"数据 第 1 列"}, "en": {"数据 row 1"}}


def test_a_formula_without_a_saved_result_is_refused_not_skipped(demo_ctx, tmp_path):
    """Before: the target imported, the actual was skipped, achievement went to the cap."""
    path = _book(
        tmp_path / "f.xlsx", [["E003", "张伟", "2026-10", "sales_achievement", 500000, "=E2*0.96"]]
    )
    plan = _plan(demo_ctx, path)
    assert [(p.location, p.code) for p in plan.problems] == [
        ("数据!F2", "cell.formula_without_value")
    ]
    assert "Excel 或 WPS" in plan.problems[0].message
    assert plan.changes == []
    with pytest.raises(ImportRefused):
        run_to_end(apply_import(demo_ctx, plan))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("８５％", 0.85), ("85%", 0.85), ("１２，３４５．６", 12345.6), ("－１", -1.0)],
)
def test_full_width_input_reads_like_half_width(demo_ctx, tmp_path, typed, expected):
    path = _book(tmp_path / "w.xlsx", [["E003", "张伟", "2026-10", "collection_rate", 1, typed]])
    plan = _plan(demo_ctx, path)
    assert plan.problems == []
    assert {c.field: c.new for c in plan.changes}["actual"] == pytest.approx(expected)


@pytest.mark.parametrize("typed", ["1,5", "1.234,56", "1.234.567", "12,34", "1 234"])
def test_an_ambiguous_separator_is_refused_never_guessed(demo_ctx, tmp_path, typed):
    path = _book(tmp_path / "s.xlsx", [["E003", "张伟", "2026-10", "sales_achievement", 1, typed]])
    demo_ctx.lang = "en"
    plan = _plan(demo_ctx, path)
    assert [(p.location, p.code) for p in plan.problems] == [
        ("数据!F2", "cell.ambiguous_separator")
    ]
    assert "1,234.56" in plan.problems[0].message


def test_a_hidden_first_sheet_is_read_only_when_chosen(demo_ctx, tmp_path):
    wb = Workbook()
    hidden = wb.active
    hidden.title = "old"
    hidden.append(HEAD)
    hidden.append(["E003", "张伟", "2026-10", "sales_achievement", 1, 1])
    hidden.sheet_state = "hidden"
    visible = wb.create_sheet("数据")
    visible.append(HEAD)
    visible.append(["E003", "张伟", "2026-10", "sales_achievement", 500000, 480000])
    wb.save(tmp_path / "h.xlsx")
    plan = _plan(demo_ctx, tmp_path / "h.xlsx")
    assert {c.field: c.new for c in plan.changes} == {"target": 500000, "actual": 480000}
    chosen = _plan(demo_ctx, tmp_path / "h.xlsx", ColumnMapping(sheet="old"))
    assert {c.field: c.new for c in chosen.changes} == {"target": 1, "actual": 1}


def test_two_columns_with_one_mapped_header_name_both_cells(demo_ctx, tmp_path):
    header = [*HEAD[:6], "Actual"]
    path = _book(
        tmp_path / "d.xlsx",
        [["E003", "张伟", "2026-10", "sales_achievement", 1, 2, 3]],
        header=header,
    )
    demo_ctx.lang = "en"
    plan = _plan(demo_ctx, path)
    assert [(p.location, p.code) for p in plan.problems] == [("数据!G1", "cell.duplicate_header")]
    assert plan.problems[0].message == "F1 and G1 are both “actual”: delete or rename one of them"


def test_two_wide_columns_for_one_indicator_name_both_cells(demo_ctx, tmp_path):
    path = _book(
        tmp_path / "w.xlsx",
        [["E003", "张伟", 480000, 470000]],
        header=["工号", "姓名", "销售目标达成率", "sales_achievement"],
    )
    demo_ctx.lang = "en"
    mapping = ColumnMapping(layout="wide", wide_field="actual", month=None, fixed_month="2026-10")
    plan = _plan(demo_ctx, path, mapping)
    assert [(p.location, p.code) for p in plan.problems] == [("数据!D1", "cell.duplicate_header")]
    assert plan.problems[0].message.startswith("C1 and D1 are both")
