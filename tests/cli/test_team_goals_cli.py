"""salesperf-cli team-goals export/import: the same sheet and service as the 团队目标 dialog."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from salesperf_desktop.cli import main as cli_main

FIXTURE = Path(__file__).parents[1] / "fixtures" / "libreoffice" / "team_goals.xlsx"


def test_export_then_import_the_filled_sheet(demo_db, tmp_path, capsys):
    base = ["--db", demo_db, "--lang", "zh_CN"]
    out = tmp_path / "团队目标.xlsx"
    assert cli_main([*base, "team-goals", "export", str(out), "--month", "2026-10"]) == 0
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][0] == "团队目标 2026年10月"
    assert ("创新产品组", "2026-10", "区域市场份额达标率", "百分比", 20, 19.4, 0.97) in rows

    wb = load_workbook(out)
    wb.active["E7"] = "12万"
    wb.save(tmp_path / "bad.xlsx")
    capsys.readouterr()
    assert cli_main([*base, "team-goals", "import", str(tmp_path / "bad.xlsx")]) == 1
    err = capsys.readouterr().err
    assert "团队目标!E7：“12万”带有单位或货币符号" in err and "没有导入任何内容" in err

    assert cli_main([*base, "team-goals", "import", str(FIXTURE), "--dry-run"]) == 0
    said = capsys.readouterr().out
    assert "创新产品组\t2026-10\t区域市场份额达标率\t20\t18.5" in said
    assert "2 个团队目标将写入，1 行未变。" in said
    assert cli_main([*base, "team-goals", "import", str(FIXTURE)]) == 0
    assert "已导入，批次号" in capsys.readouterr().out
    assert cli_main([*base, "team-goals", "export", str(out), "--month", "2026-10"]) == 0
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert ("渠道分销组", "2026-10", "渠道销售额", "金额", 1200000, 1080000, 0.9) in rows
