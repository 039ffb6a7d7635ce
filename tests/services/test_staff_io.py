"""Staff workbooks: export, blank template, all-or-nothing import with a preview."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from salesperf_desktop.services.progress import run_to_end
from salesperf_desktop.services.staff import (
    StaffData,
    TeamData,
    TeamRecord,
    save_staff,
    save_team,
)
from salesperf_desktop.services.staff_io import (
    ProblemList,
    Register,
    StaffImportError,
    apply_staff_import,
    export_staff,
    import_staff,
    map_columns,
    plan_staff_import,
    read_staff_import,
    write_blank_template,
)
from salesperf_desktop.services.xlsx_io import WorkbookUnreadable
from salesperf_desktop.storage.models import ImportBatchRow, StaffRow

HEAD_ZH = ["工号", "姓名", "岗位", "团队", "区域", "产品线", "直属上级工号", "入职日期", "状态"]


def _book(path, rows, headers=HEAD_ZH):
    wb = Workbook()
    ws = wb.active
    ws.title = "人员"
    ws.append(headers)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _read(ctx, path, lang="zh_CN"):
    return run_to_end(read_staff_import(ctx, path, lang))


def _count(ctx):
    with ctx.session() as s:
        return s.scalar(select(func.count()).select_from(StaffRow))


@pytest.fixture
def team(ctx):
    return save_team(ctx, TeamData(code="EAST1", name="华东一组"))


def test_blank_template_headers_follow_the_language(tmp_path):
    write_blank_template(tmp_path / "zh.xlsx", "zh_CN")
    write_blank_template(tmp_path / "en.xlsx", "en")
    zh = load_workbook(tmp_path / "zh.xlsx").active
    en = load_workbook(tmp_path / "en.xlsx").active
    assert zh["A1"].value == "工号" and zh.title == "人员"
    assert en["A1"].value == "Employee ID" and en.title == "Staff"


def test_good_workbook_imports_new_people_with_references_to_each_other(ctx, team, tmp_path):
    path = _book(
        tmp_path / "good.xlsx",
        [
            [
                "E002",
                "李四",
                "销售代表",
                "华东一组",
                "上海",
                "创新产品",
                "E001",
                "2024-03-01",
                "正式",
            ],
            [
                "E001",
                "张三",
                "sales_manager",
                "EAST1",
                "上海",
                "innovative",
                None,
                dt.date(2020, 1, 6),
                None,
            ],
        ],
    )
    plan = _read(ctx, path)
    assert plan.ok, plan.problems
    assert [p.employee_no for p in plan.new] == ["E002", "E001"]
    assert run_to_end(apply_staff_import(ctx, plan)) == 2
    with ctx.session() as s:
        li = s.scalar(select(StaffRow).where(StaffRow.employee_no == "E002"))
        assert li.supervisor.name == "张三" and li.product_line == "innovative"
        assert li.team.name == "华东一组" and li.status.value == "regular"
        assert s.scalar(select(func.count()).select_from(ImportBatchRow)) == 1
    assert list(ctx.backup_dir.glob("*before-import*"))


def test_bad_workbook_writes_nothing_and_names_every_cell(ctx, team, tmp_path):
    path = _book(
        tmp_path / "bad.xlsx",
        [
            ["E001", "张三", "销售代表", "华东一组", "", "成熟产品", None, "2024-01-01", "正式"],
            ["E001", "", "cook", "西区", "", "mature", "E404", "soon", "正式"],
            ["E003", "王五", "销售代表", "", "", "mature", "E004", "2024-01-01", "正式"],
            ["E004", "赵六", "销售代表", "", "", "mature", "E003", "2024-01-01", "retired"],
        ],
    )
    plan = _read(ctx, path, "en")
    where = {(p.row, p.column): p.code for p in plan.problems}
    assert where[(3, "A")] == "staff.id_duplicate_in_file"
    assert where[(3, "B")] == "staff.required"
    assert where[(3, "C")] == "staff.unknown_code"
    assert where[(3, "D")] == "staff.unknown_team"
    assert where[(3, "G")] == "staff.unknown_person"
    assert where[(3, "H")] == "cell.bad_date"
    assert where[(4, "G")] == "staff.supervisor_loop" and where[(5, "G")] == "staff.supervisor_loop"
    assert where[(5, "I")] == "staff.unknown_code"
    assert all(p.sheet == "人员" for p in plan.problems)
    assert "人员!D3" in str(next(p for p in plan.problems if p.code == "staff.unknown_team"))
    with pytest.raises(StaffImportError):
        run_to_end(apply_staff_import(ctx, plan))
    assert _count(ctx) == 0
    result = run_to_end(import_staff(ctx, path, "zh_CN"))
    assert not result.ok and _count(ctx) == 0
    assert any("西区" in p.message for p in result.problems)


def test_missing_required_column_is_reported(ctx, tmp_path):
    path = _book(tmp_path / "x.xlsx", [["张三"]], headers=["姓名"])
    plan = _read(ctx, path, "en")
    assert [(p.row, p.code) for p in plan.problems] == [(1, "staff.missing_column")]
    assert "Employee ID" in plan.problems[0].message


def test_updates_are_shown_before_they_are_applied(ctx, team, tmp_path):
    save_staff(ctx, StaffData("E001", "张三", hire_date=dt.date(2020, 1, 1), region="上海"))
    save_staff(ctx, StaffData("E002", "李四", hire_date=dt.date(2021, 1, 1)))
    path = _book(
        tmp_path / "upd.xlsx",
        [["E001", "张三", "销售代表", "华东一组", "杭州"], ["E002", "李四"]],
        headers=HEAD_ZH[:5],
    )
    plan = _read(ctx, path)
    assert plan.ok, plan.problems
    assert [p.employee_no for p in plan.unchanged] == ["E002"]
    (upd,) = plan.updated
    assert ("region", "上海", "杭州") in upd.changes and ("team", "", "华东一组") in upd.changes
    run_to_end(apply_staff_import(ctx, plan))
    with ctx.session() as s:
        e1 = s.scalar(select(StaffRow).where(StaffRow.employee_no == "E001"))
        assert e1.region == "杭州" and e1.hire_date == dt.date(2020, 1, 1)  # absent column kept


def test_export_then_import_round_trips_unchanged(demo_ctx, tmp_path):
    n = export_staff(demo_ctx, tmp_path / "all.xlsx", "en")
    plan = _read(demo_ctx, tmp_path / "all.xlsx", "en")
    assert plan.ok, plan.problems[:3]
    assert len(plan.unchanged) == n and not plan.updated and not plan.new


def test_unreadable_file(ctx, tmp_path):
    bad = tmp_path / "x.xlsx"
    bad.write_text("not a workbook")
    with pytest.raises(WorkbookUnreadable):
        _read(ctx, bad)


def test_headers_are_found_in_any_language_and_doubles_are_named():
    problems = ProblemList("Staff", "en")
    columns = map_columns(1, ("員工編號", "Name", "岗位", "notes", "whatever", "姓名"), problems)
    assert columns == {"employee_no": 0, "name": 1, "role": 2, "notes": 3}
    assert [(p.column, p.code) for p in problems.items] == [("F", "cell.duplicate_header")]
    assert problems.items[0].message == "B1 and F1 are both “Name”: delete or rename one of them"
    missing = ProblemList("Staff", "en")
    map_columns(1, ("Region",), missing)
    assert [p.message for p in missing.items] == [
        "the column “Employee ID” is missing",
        "the column “Name” is missing",
    ]


def test_a_workbook_is_planned_against_a_register_without_the_database(tmp_path):
    register = Register(
        people={"E1": (7, StaffData("E1", "张三", hire_date=dt.date(2020, 1, 1), region="上海"))},
        employee_no={7: "E1"},
        extra_roles=frozenset({"compliance"}),
        teams=[TeamRecord(3, "EAST1", "华东一组", "mature", "monthly")],
    )
    path = _book(
        tmp_path / "plan.xlsx",
        [
            ["E1", "张三", "销售代表", "EAST1", "杭州", "", None, "2020-01-01"],
            ["E2", "李四", "compliance", "", "", "", "E1", "2027-06-01"],
        ],
    )
    plan = run_to_end(plan_staff_import(register, path, "en", dt.date(2026, 11, 20)))
    assert plan.ok, plan.problems
    (updated,) = plan.updated
    assert updated.existing_id == 7
    assert ("region", "上海", "杭州") in updated.changes
    assert ("team", "", "华东一组") in updated.changes
    (new,) = plan.new
    assert new.data.role == "compliance" and new.refs["supervisor"] == "E1"
    # the hire date is checked against the given today, not the machine's
    late = run_to_end(plan_staff_import(register, path, "en", dt.date(2026, 1, 1)))
    assert [(p.row, p.column, p.code) for p in late.problems] == [(3, "H", "staff.hire_date_range")]
