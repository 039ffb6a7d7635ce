"""Staff workbooks: export, blank template, all-or-nothing import with a preview."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from salesperf_desktop.services.progress import run_to_end
from salesperf_desktop.services.staff import StaffData, TeamData, save_staff, save_team
from salesperf_desktop.services.staff_io import (
    StaffImportError,
    apply_staff_import,
    export_staff,
    import_staff,
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
    with ctx.session() as s:
        return run_to_end(read_staff_import(s, path, lang))


def _count(ctx):
    with ctx.session() as s:
        return s.scalar(select(func.count()).select_from(StaffRow))


@pytest.fixture
def team(ctx):
    with ctx.transaction() as s:
        return save_team(s, TeamData(code="EAST1", name="华东一组")).id


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
    assert where[(3, "A")] == "id_duplicate_in_file"
    assert where[(3, "B")] == "required"
    assert where[(3, "C")] == "unknown_code"
    assert where[(3, "D")] == "unknown_team"
    assert where[(3, "G")] == "unknown_person"
    assert where[(3, "H")] == "bad_date"
    assert where[(4, "G")] == "supervisor_loop" and where[(5, "G")] == "supervisor_loop"
    assert where[(5, "I")] == "unknown_code"
    assert all(p.sheet == "人员" for p in plan.problems)
    assert "人员!D3" in str(next(p for p in plan.problems if p.code == "unknown_team"))
    with pytest.raises(StaffImportError):
        run_to_end(apply_staff_import(ctx, plan))
    assert _count(ctx) == 0
    result = run_to_end(import_staff(ctx, path, "zh_CN"))
    assert not result.ok and _count(ctx) == 0
    assert any("西区" in p.message for p in result.problems)


def test_missing_required_column_is_reported(ctx, tmp_path):
    path = _book(tmp_path / "x.xlsx", [["张三"]], headers=["姓名"])
    plan = _read(ctx, path, "en")
    assert [(p.row, p.code) for p in plan.problems] == [(1, "missing_column")]
    assert "Employee ID" in plan.problems[0].message


def test_updates_are_shown_before_they_are_applied(ctx, team, tmp_path):
    with ctx.transaction() as s:
        save_staff(s, StaffData("E001", "张三", hire_date=dt.date(2020, 1, 1), region="上海"))
        save_staff(s, StaffData("E002", "李四", hire_date=dt.date(2021, 1, 1)))
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
    with demo_ctx.session() as s:
        n = export_staff(s, tmp_path / "all.xlsx", "en")
    plan = _read(demo_ctx, tmp_path / "all.xlsx", "en")
    assert plan.ok, plan.problems[:3]
    assert len(plan.unchanged) == n and not plan.updated and not plan.new


def test_unreadable_file(ctx, tmp_path):
    bad = tmp_path / "x.xlsx"
    bad.write_text("not a workbook")
    with pytest.raises(WorkbookUnreadable):
        _read(ctx, bad)


def test_cli_staff_export_import_and_templates(demo_ctx, tmp_path, capsys):
    from salesperf_desktop.cli import main

    db = str(demo_ctx.db_path)
    demo_ctx.close()
    out = tmp_path / "s.xlsx"
    assert main(["--db", db, "--lang", "en", "staff", "export", str(out)]) == 0
    assert main(["--db", db, "staff", "import", str(out)]) == 0
    assert "0 new, 0 updated" in capsys.readouterr().out
    tpl = tmp_path / "t"
    assert main(["--db", db, "templates", "export", "rep_mature", str(tpl)]) == 0
    file = tmp_path / "t.salesperf-template.json"
    assert main(["--db", db, "templates", "import", str(file)]) == 1
    assert main(["--db", db, "templates", "import", str(file), "--code", "rep_b"]) == 0
    assert main(["--db", db, "templates"]) == 0
    assert "rep_b" in capsys.readouterr().out
