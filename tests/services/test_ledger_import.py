"""ERP sales ledger import (issue #16 item 1): title rows, text dates, people by ID, name or
alias, sums per person and month with filters, totals rows, reconciliation, period, profiles,
all-or-nothing through the same apply path as every metrics import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from salesperf_desktop.domain.ledger import detect_header_row, month_of, total_kind
from salesperf_desktop.domain.messages import CodedError
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import periods, signoff, workflow
from salesperf_desktop.services.ledger_import import (
    LedgerMapping,
    RowFilter,
    ValueMap,
    delete_alias,
    list_aliases,
    list_profiles,
    load_profile,
    plan_ledger_import,
    save_alias,
    save_profile,
    sheet_preview,
)
from salesperf_desktop.services.metrics_import import ImportRefused, apply_import
from salesperf_desktop.services.progress import run_to_end
from salesperf_desktop.storage.models import ImportBatchRow, MetricEntryRow, PeriodRow, StaffRow
from tests.services.ledger_support import ROWS, add_people, u8_mapping, write_ledger


def _plan(ctx, path, mapping=None):
    return run_to_end(plan_ledger_import(ctx, path, mapping or u8_mapping()))


def _sums(plan):
    return {(s.employee_no, s.month, s.indicator): s.value for s in plan.sums}


def _stored(ctx, no, month, code):
    year, m = map(int, month.split("-"))
    with ctx.session() as s:
        return s.scalar(
            select(MetricEntryRow.actual)
            .join(StaffRow, StaffRow.id == MetricEntryRow.staff_id)
            .join(PeriodRow, PeriodRow.id == MetricEntryRow.period_id)
            .where(
                StaffRow.employee_no == no,
                PeriodRow.year == year,
                PeriodRow.number == m,
                MetricEntryRow.indicator_code == code,
            )
        )


@pytest.fixture
def people_ctx(ctx):
    add_people(ctx)
    return ctx


# ----------------------------------------------------------------------------- domain rules


@pytest.mark.parametrize(
    "cell",
    [
        "2026-01-15",
        "2026/1/15",
        "2026.1.15",
        "2026年1月15日",
        "2026 年 1 月 15 日",
        "２０２６－０１－１５",
        "20260115",
        "2026-01-15 10:30:00",
        "2026-01",
        "2026年1月",
        dt.datetime(2026, 1, 15, 9, 0),
        dt.date(2026, 1, 15),
        46037,  # the Excel serial of 2026-01-15
        46037.0,
    ],
)
def test_ledger_dates_are_read_as_months(cell):
    assert month_of(cell) == Period.month(2026, 1)


@pytest.mark.parametrize("cell", ["2026-13-01", "2026-02-30", "下周一", "", None, 12.5, True, 7])
def test_what_is_not_a_date_is_not_a_month(cell):
    assert month_of(cell) is None


def test_totals_rows_are_recognised_in_every_script():
    assert total_kind(["合计"]) == "grand"
    assert total_kind(["總計："]) == "grand"
    assert total_kind(["Total"]) == "grand"
    assert total_kind(["2026-01 小计"]) == "sub"
    assert total_kind(["小計"]) == "sub"
    assert total_kind(["王建国", 1200]) is None


def test_the_header_is_found_below_the_title_rows():
    rows = [
        ["E公司销售明细表", None, None],
        ["2026年1月—6月", None, None],
        [None, None, None],
        ["日期", "业务员", "销售额(元)"],
        ["2026-01-15", "王建国", 1200],
    ]
    assert detect_header_row(rows) == 4
    assert detect_header_row([["日期", "业务员"], ["2026-01-15", "王建国"]]) == 1


# ----------------------------------------------------------------------------- the service


def test_a_ledger_is_summed_per_person_and_month_and_imported(people_ctx, tmp_path):
    ctx = people_ctx
    path = write_ledger(tmp_path / "u8.xlsx", subtotals=True)
    assert sheet_preview(path)[0] == 3  # the header row below the two merged title rows
    plan = _plan(ctx, path)
    assert plan.problems == []
    assert plan.header_row == 3 and plan.rows == len(ROWS)
    sums = _sums(plan)
    # 王建国 (by name) and E001 / 李娜 (by ID and by name) in January
    assert sums[("E003", "2026-01", "sales_achievement")] == 20000
    assert sums[("E003", "2026-01", "collection_rate")] == 18000
    assert sums[("E001", "2026-01", "sales_achievement")] == 8000
    # the filter 产品类别 = 新产品: new-product sales only; 0 when the month has none
    assert sums[("E003", "2026-01", "new_product_achievement")] == 8000
    assert sums[("E003", "2026-02", "new_product_achievement")] == 0
    # count distinct customers: 华山医院 twice is one customer
    assert sums[("E003", "2026-01", "new_customers")] == 1
    assert sums[("E001", "2026-02", "new_customers")] == 2
    # the Excel serial 46060 is 2026-02-07
    assert sums[("E001", "2026-02", "sales_achievement")] == 3000
    # totals rows are skipped, reported, and reconciled with the rows
    assert [p.code for p in plan.skipped] == ["total_row"] * 3
    assert plan.skipped[-1].location == f"销售明细!A{3 + len(ROWS) + 3}"
    assert all(r.ok for r in plan.reconciliations)
    grand = [r for r in plan.reconciliations if r.kind == "grand"]
    assert {(r.column, r.stated) for r in grand} == {
        ("销售额(元)", 38000.5),
        ("回款额(元)", 28500.5),
    }

    batch = run_to_end(apply_import(ctx, plan))
    assert _stored(ctx, "E003", "2026-01", "sales_achievement") == 20000
    assert _stored(ctx, "E003", "2026-02", "sales_achievement") == 7000.5
    assert _stored(ctx, "E001", "2026-02", "new_customers") == 2
    with ctx.session() as s:
        assert s.get(ImportBatchRow, batch).rows == len(ROWS)
    assert list(ctx.backup_dir.glob("*before-import*"))
    # the same ledger again changes nothing
    assert _plan(ctx, path).changes == []


def test_a_ledger_without_title_rows_or_totals_imports_too(people_ctx, tmp_path):
    path = write_ledger(tmp_path / "plain.xlsx", title=False, totals=False)
    plan = _plan(people_ctx, path)
    assert plan.problems == [] and plan.header_row == 1
    assert plan.reconciliations == [] and plan.skipped == []


def test_unknown_and_ambiguous_names_are_errors_until_an_alias_is_remembered(people_ctx, tmp_path):
    ctx = people_ctx
    rows = [
        *list(ROWS),
        ("2026-01-31", "王建国(华东)", "新华医院", "超声刀", "成熟产品", 100, 100),
        ("2026-02-01", "王建国(华东)", "新华医院", "超声刀", "成熟产品", 100, 100),
        ("2026-02-02", "张伟", "新华医院", "超声刀", "成熟产品", 100, 100),
    ]
    path = write_ledger(tmp_path / "names.xlsx", rows)
    plan = _plan(ctx, path)
    found = {(p.location, p.code) for p in plan.problems}
    assert found == {
        ("销售明细!B11", "unknown_person"),
        ("销售明细!B13", "ambiguous_person"),
    }
    unknown = next(p for p in plan.problems if p.code == "unknown_person")
    assert "王建国(华东)" in unknown.message and "2" in unknown.message
    ambiguous = next(p for p in plan.problems if p.code == "ambiguous_person")
    assert "E004" in ambiguous.message and "E005" in ambiguous.message
    assert sorted(plan.unknown_people) == ["张伟", "王建国(华东)"]
    with pytest.raises(ImportRefused):
        run_to_end(apply_import(ctx, plan))
    with ctx.session() as s:
        assert s.scalar(select(func.count()).select_from(MetricEntryRow)) == 0

    save_alias(ctx, "王建国(华东)", "E003")
    save_alias(ctx, "张伟", "E005")
    assert [(a.shown, a.employee_no) for a in list_aliases(ctx)] == [
        ("张伟", "E005"),
        ("王建国(华东)", "E003"),
    ]
    plan = _plan(ctx, path)
    assert plan.problems == []
    sums = _sums(plan)
    assert sums[("E003", "2026-01", "sales_achievement")] == 20100
    assert sums[("E005", "2026-02", "sales_achievement")] == 100
    delete_alias(ctx, "张伟")
    assert [a.shown for a in list_aliases(ctx)] == ["王建国(华东)"]
    with pytest.raises(CodedError):
        save_alias(ctx, "某人", "X999")


def test_a_totals_row_that_does_not_add_up_is_an_error_naming_its_cell(people_ctx, tmp_path):
    path = write_ledger(tmp_path / "off.xlsx", stated=38100.5)
    plan = _plan(people_ctx, path)
    [problem] = plan.problems
    assert (problem.location, problem.code) == (f"销售明细!F{3 + len(ROWS) + 1}", "total_mismatch")
    assert "38,000.50" in problem.message and "38,100.50" in problem.message
    assert plan.changes == []


def test_reconciliation_is_before_filters_and_outside_months_are_reported(people_ctx, tmp_path):
    path = write_ledger(tmp_path / "jan.xlsx")
    plan = _plan(people_ctx, path, u8_mapping(first_month="2026-01", last_month="2026-01"))
    assert plan.problems == []
    assert {s.month for s in plan.sums} == {"2026-01"}
    outside = [p for p in plan.skipped if p.code == "outside_period"]
    assert [p.location for p in outside] == ["销售明细!A8", "销售明细!A9", "销售明细!A10"]
    assert "2026-02" in outside[0].message
    assert all(r.ok for r in plan.reconciliations)  # the whole file still adds up


def test_bad_cells_are_reported_with_their_cell_and_nothing_is_written(people_ctx, tmp_path):
    rows = [
        *list(ROWS),
        ("下周一", "李娜", "瑞金医院", "超声刀", "成熟产品", 100, 0),
        ("2026-02-30", "李娜", "瑞金医院", "超声刀", "成熟产品", 100, 0),
        ("2026-02-03", None, "瑞金医院", "超声刀", "成熟产品", 100, 0),
        ("2026-02-04", "李娜", "瑞金医院", "超声刀", "成熟产品", "一百", 0),
        (None, "李娜", "瑞金医院", "超声刀", "成熟产品", 100, 0),
    ]
    path = write_ledger(tmp_path / "bad.xlsx", rows, totals=False)
    plan = _plan(people_ctx, path)
    # the rule book's own refusals (cell.*), worded in the officer's language
    assert [(p.location, p.code) for p in plan.problems] == [
        ("销售明细!A11", "cell.bad_date"),
        ("销售明细!A12", "cell.bad_date"),
        ("销售明细!B13", "no_person"),
        ("销售明细!F14", "cell.not_number"),
        ("销售明细!A15", "no_date"),
    ]
    assert str(plan.problems[0]) == "销售明细!A11：“下周一”不是日期（请写 2026-09-30）"
    assert plan.problems[3].message == "“一百”不是数字"
    assert plan.changes == []


def test_a_formula_without_its_result_is_refused_at_its_cell(people_ctx, tmp_path):
    """A ledger written by a program and never opened in Excel: the amount is unknown."""
    path = write_ledger(tmp_path / "formula.xlsx", totals=False)
    wb = load_workbook(path)
    wb.active["F4"] = "=100*2"
    wb.active["C5"] = "=A1"  # the customer, counted distinct
    wb.save(path)
    plan = _plan(people_ctx, path)
    assert [(p.location, p.code) for p in plan.problems] == [
        ("销售明细!F4", "cell.formula_without_value"),
        ("销售明细!C5", "cell.formula_without_value"),
    ]
    assert plan.changes == []


def test_a_hidden_sheet_is_read_only_when_named(people_ctx, tmp_path):
    path = write_ledger(tmp_path / "hidden.xlsx")
    wb = load_workbook(path)
    wb.active.sheet_state = "hidden"
    wb.create_sheet("说明").append(["日期", "业务员"])
    wb.save(path)
    plan = _plan(people_ctx, path)
    # the visible sheet is read: it has no 销售额 or 回款额 column
    assert {(p.sheet, p.code) for p in plan.problems} == {("说明", "no_column")}
    plan = _plan(people_ctx, path, u8_mapping(sheet="销售明细"))
    assert plan.problems == [] and plan.changes


def test_a_mapped_header_in_two_columns_is_an_error_naming_both(people_ctx, tmp_path):
    path = write_ledger(tmp_path / "twice.xlsx")
    wb = load_workbook(path)
    wb.active["H3"] = "销售额(元)"
    wb.save(path)
    plan = _plan(people_ctx, path)
    assert [(p.location, p.code) for p in plan.problems] == [
        ("销售明细!H3", "cell.duplicate_header")
    ]
    assert "F3" in plan.problems[0].message and "H3" in plan.problems[0].message


def test_a_merged_cell_among_the_rows_is_an_error_but_not_in_the_titles(people_ctx, tmp_path):
    path = write_ledger(tmp_path / "merged.xlsx")
    wb = load_workbook(path)
    wb.active.merge_cells("C5:D5")
    wb.save(path)
    plan = _plan(people_ctx, path)
    assert [(p.row, p.code) for p in plan.problems] == [(5, "merged")]


def test_mapping_mistakes_are_reported_at_the_header(people_ctx, tmp_path):
    path = write_ledger(tmp_path / "u8.xlsx")
    mapping = u8_mapping()
    mapping.values.append(ValueMap("回款额(元)", "销售目标达成率", "actual", "sum"))
    mapping.values.append(ValueMap("折扣", "collection_rate", "target", "sum"))
    mapping.values.append(ValueMap("产品", "no_such_kpi", "actual", "count"))
    plan = _plan(people_ctx, path, mapping)
    assert sorted((p.location, p.code) for p in plan.problems) == [
        ("销售明细 第 3 行", "no_column"),
        ("销售明细!D3", "unknown_indicator"),
        ("销售明细!G3", "mapped_twice"),
    ]
    plan = _plan(people_ctx, path, LedgerMapping())
    assert [p.code for p in plan.problems] == ["no_mappings"]


def test_a_key_region_list_filters_rows(people_ctx, tmp_path):
    path = write_ledger(tmp_path / "u8.xlsx")
    mapping = LedgerMapping(
        values=[
            ValueMap(
                "销售额(元)",
                "sales_achievement",
                "actual",
                "sum",
                [RowFilter("客户", ["华山医院", "中山医院"])],
            ),
            ValueMap("产品", "effective_visits", "actual", "count"),
        ]
    )
    plan = _plan(people_ctx, path, mapping)
    assert plan.problems == []
    sums = _sums(plan)
    assert sums[("E003", "2026-01", "sales_achievement")] == 20000
    assert sums[("E001", "2026-01", "sales_achievement")] == 3000  # 瑞金医院 left out
    assert sums[("E001", "2026-01", "effective_visits")] == 2  # count of rows


def test_a_locked_month_is_refused(people_ctx, tmp_path):
    from salesperf_desktop.domain.status import PeriodStatus
    from salesperf_desktop.services.periods import stored_period

    with people_ctx.transaction() as s:
        stored_period(s, Period.month(2026, 1), create=True).status = PeriodStatus.LOCKED
    plan = _plan(people_ctx, write_ledger(tmp_path / "u8.xlsx"))
    assert {p.code for p in plan.problems} == {"locked"}
    assert {p.row for p in plan.problems} == {4, 6}


def test_profiles_are_saved_without_the_period_and_offered_most_recent_first(people_ctx):
    ctx = people_ctx
    save_profile(
        ctx, "金蝶 销售出库", LedgerMapping(values=[ValueMap("金额", "sales_achievement")])
    )
    save_profile(ctx, "用友 U8 销售明细", u8_mapping(first_month="2026-01", last_month="2026-06"))
    assert next(p.name for p in list_profiles(ctx)) == "用友 U8 销售明细"
    mapping = load_profile(ctx, "用友 U8 销售明细")
    assert mapping.first_month is None and mapping.last_month is None
    assert mapping.values[2].filters == [RowFilter("产品类别", ["新产品"])]
    assert mapping.to_dict() == u8_mapping().to_dict()
    with pytest.raises(CodedError) as err:
        load_profile(ctx, "不存在")
    assert "用友 U8 销售明细" in err.value.message("zh_CN")
    with pytest.raises(CodedError):
        save_profile(ctx, "  ", u8_mapping())


def test_a_published_month_is_amended_by_a_ledger_as_by_any_import(demo_ctx, tmp_path):
    """Demo October: E005 刘洋's sales actual 277,731 → 300,000 re-scores the published result
    (68.15, as tests/services/test_after_publication.py states) in the import's transaction."""
    oct_ = Period.month(2026, 10)
    workflow.publish(demo_ctx, oct_, dt.date(2026, 11, 5))
    period_id = next(p.id for p in periods.published_periods(demo_ctx) if p.key == str(oct_))
    rows = [
        ("2026-10-08", "E005", "甲医院", "超声刀", "成熟产品", 200000, 0),
        ("2026年10月20日", "刘洋", "乙医院", "超声刀", "成熟产品", 100000, 0),
    ]
    path = write_ledger(tmp_path / "oct.xlsx", rows)
    mapping = LedgerMapping(values=[ValueMap("销售额(元)", "sales_achievement", "actual", "sum")])
    plan = _plan(demo_ctx, path, mapping)
    assert plan.problems == [] and len(plan.changes) == 1
    run_to_end(apply_import(demo_ctx, plan, reason="ERP补录", backup=False))
    row = next(
        r for r in signoff.period_signoff(demo_ctx, period_id).rows if r.employee_no == "E005"
    )
    assert round(row.total, 2) == 68.15


LIBREOFFICE_LEDGER = (
    Path(__file__).parents[1] / "fixtures" / "ledgers" / "销售明细_libreoffice.xlsx"
)  # written by LibreOffice Calc (tests/fixtures/ledgers/make_libreoffice_ledger.py)


def test_a_ledger_written_by_libreoffice_imports(people_ctx):
    save_alias(people_ctx, "王建国(华东)", "E003")
    mapping = LedgerMapping(
        values=[
            ValueMap("销售额(元)", "sales_achievement", "actual", "sum"),
            ValueMap(
                "销售额(元)",
                "new_product_achievement",
                "actual",
                "sum",
                [RowFilter("产品类别", ["新产品"])],
            ),
            ValueMap("客户", "new_customers", "actual", "count_distinct"),
        ]
    )
    plan = _plan(people_ctx, LIBREOFFICE_LEDGER, mapping)
    assert plan.problems == []
    assert plan.header_row == 3 and plan.rows == 7
    # LibreOffice's own 小计 and 合计 formulas (values it cached) agree with the rows
    assert [(r.cell, r.stated) for r in plan.reconciliations] == [
        ("销售明细!F8", 28000),
        ("销售明细!F12", 10000.5),
        ("销售明细!F13", 38000.5),
    ]
    sums = _sums(plan)
    assert sums[("E003", "2026-01", "sales_achievement")] == 20000  # text date + date cell
    assert sums[("E003", "2026-02", "sales_achievement")] == 7000.5  # by alias
    assert sums[("E001", "2026-01", "new_product_achievement")] == 3000
    assert sums[("E001", "2026-02", "new_customers")] == 2
    run_to_end(apply_import(people_ctx, plan, backup=False))
    assert _stored(people_ctx, "E001", "2026-01", "sales_achievement") == 8000


def test_a_text_amount_the_spreadsheet_did_not_total_is_caught_by_reconciliation(people_ctx):
    """G6 holds the text "1,200": LibreOffice's SUM skipped it, the import reads 1,200. The
    totals rows then disagree with the rows, and the import says where."""
    save_alias(people_ctx, "王建国(华东)", "E003")
    mapping = LedgerMapping(values=[ValueMap("回款额(元)", "collection_rate", "actual", "sum")])
    plan = _plan(people_ctx, LIBREOFFICE_LEDGER, mapping)
    assert [(p.location, p.code) for p in plan.problems] == [
        ("销售明细!G8", "total_mismatch"),
        ("销售明细!G13", "total_mismatch"),
    ]
    assert "22,200.00" in plan.problems[0].message and "21,000.00" in plan.problems[0].message


SAMPLE = Path(__file__).parents[2] / "docs" / "samples" / "销售明细_示例.xlsx"


def test_the_user_guide_s_sample_ledger_imports_into_the_demo_company(demo_ctx):
    """As docs/user-guide.md walks it: one unknown spelling, remembered, then a clean import."""
    plan = _plan(demo_ctx, SAMPLE, u8_mapping(first_month="2026-10", last_month="2026-10"))
    assert [(p.code, p.location) for p in plan.problems] == [("unknown_person", "销售明细!B9")]
    assert plan.unknown_people == ["周杰(华东)"]
    save_alias(demo_ctx, "周杰(华东)", "E008")
    plan = _plan(demo_ctx, SAMPLE, u8_mapping(first_month="2026-10", last_month="2026-10"))
    assert plan.problems == [] and plan.rows == 40
    assert {s.employee_no for s in plan.sums} == {
        "E003", "E004", "E005", "E006", "E007", "E008", "E009", "E010"
    }  # fmt: skip
    assert [r.kind for r in plan.reconciliations] == ["sub", "sub", "grand", "grand"]
    run_to_end(apply_import(demo_ctx, plan, backup=False))


def test_an_alias_matches_whatever_the_width_of_its_brackets(people_ctx, tmp_path):
    save_alias(people_ctx, "王建国(华东)", "E003")
    rows = [("2026-03-02", "王建国（华东）", "新华医院", "超声刀", "成熟产品", 100, 100)]
    plan = _plan(people_ctx, write_ledger(tmp_path / "mar.xlsx", rows))
    assert plan.problems == []
    assert _sums(plan)[("E003", "2026-03", "sales_achievement")] == 100
