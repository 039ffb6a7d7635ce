"""salesperf-cli import-metrics and period, run like an officer at a terminal."""

from __future__ import annotations

from openpyxl import Workbook

from salesperf_desktop.cli import main


def test_import_refuses_a_bad_workbook_then_a_locked_month(demo_ctx, tmp_path, capsys):
    db = str(demo_ctx.db_path)
    demo_ctx.close()
    wb = Workbook()
    ws = wb.active
    ws.append(["工号", "姓名", "月份", "指标", "目标值", "实际值"])
    ws.append(["E003", "张伟", "2026-10", "sales_achievement", 100, 95])
    wb.save(tmp_path / "good.xlsx")
    ws.append(["E004", "陈静", "2026-10", "sales_achievement", "abc", 95])
    wb.save(tmp_path / "bad.xlsx")
    base = ["--db", db, "--lang", "en"]
    assert main([*base, "import-metrics", str(tmp_path / "bad.xlsx")]) == 1
    assert "!E3: “abc” is not a number" in capsys.readouterr().err
    assert main([*base, "import-metrics", str(tmp_path / "good.xlsx"), "--dry-run"]) == 0
    assert "dry run" in capsys.readouterr().out
    assert main([*base, "period", "publish", "2026-10", "--on", "2026-11-05"]) == 0
    assert main([*base, "period", "lock", "2026-10", "--on", "2026-11-10"]) == 0
    assert main([*base, "period", "status", "2026-10"]) == 0
    assert "locked" in capsys.readouterr().out
    assert main([*base, "import-metrics", str(tmp_path / "good.xlsx")]) == 1
    assert "locked" in capsys.readouterr().err
