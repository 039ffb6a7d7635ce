"""salesperf-cli staff: list the register, export it, check and import a workbook."""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook

from salesperf_desktop.cli import main
from salesperf_desktop.services.staff import StaffData, list_staff, save_staff


def test_list_leaves_out_leavers_with_active(ctx, capsys):
    save_staff(ctx, StaffData("E1", "张三", hire_date=dt.date(2024, 1, 1)))
    save_staff(
        ctx,
        StaffData(
            "E2",
            "李四",
            hire_date=dt.date(2024, 1, 1),
            status="left",
            leave_date=dt.date(2026, 6, 30),
        ),
    )
    db = str(ctx.db_path)
    ctx.close()
    assert main(["--db", db, "--lang", "en", "staff"]) == 0
    out = capsys.readouterr().out
    assert "E1\t张三" in out and "E2\t李四" in out and "Left" in out
    assert main(["--db", db, "--lang", "zh_CN", "staff"]) == 0
    assert "E2\t李四\t销售代表" in (out := capsys.readouterr().out) and "离职" in out
    assert main(["--db", db, "staff", "--active"]) == 0
    out = capsys.readouterr().out
    assert "E1" in out and "E2" not in out


def test_export_then_import_changes_nothing(demo_ctx, tmp_path, capsys):
    db = str(demo_ctx.db_path)
    demo_ctx.close()
    out = tmp_path / "s.xlsx"
    assert main(["--db", db, "--lang", "en", "staff", "export", str(out)]) == 0
    assert main(["--db", db, "staff", "import", str(out)]) == 0
    assert "0 new, 0 updated" in capsys.readouterr().out


def test_a_dry_run_shows_the_changes_and_writes_nothing(ctx, tmp_path, capsys):
    wb = Workbook()
    wb.active.append(["Employee ID", "Name", "Hire date"])
    wb.active.append(["E9", "王五", "2025-01-01"])
    wb.save(tmp_path / "new.xlsx")
    db = str(ctx.db_path)
    assert main(["--db", db, "staff", "import", str(tmp_path / "new.xlsx"), "--dry-run"]) == 0
    assert "new\tE9\t王五" in capsys.readouterr().out
    assert list_staff(ctx) == []
    assert main(["--db", db, "staff", "import", str(tmp_path / "new.xlsx")]) == 0
    assert [p.employee_no for p in list_staff(ctx)] == ["E9"]


def test_a_bad_workbook_lists_its_problems_and_fails(ctx, tmp_path, capsys):
    wb = Workbook()
    wb.active.append(["Name"])
    wb.active.append(["王五"])
    wb.save(tmp_path / "bad.xlsx")
    assert main(["--db", str(ctx.db_path), "staff", "import", str(tmp_path / "bad.xlsx")]) == 1
    assert "nothing was imported" in capsys.readouterr().err


def test_blank_template(tmp_path):
    assert main(["--lang", "en", "staff", "blank", str(tmp_path / "b.xlsx")]) == 0
    assert (tmp_path / "b.xlsx").exists()
