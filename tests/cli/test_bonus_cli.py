"""salesperf-cli bonus PERIOD --out FILE: the same 奖金核算表 as the window's export."""

from __future__ import annotations

from openpyxl import load_workbook

from salesperf_desktop.app_context import build_context
from salesperf_desktop.cli import main as cli_main
from salesperf_desktop.domain.bonus import BonusSettings
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import bonus


def test_bonus_writes_the_sheet_of_a_published_month(demo_db, tmp_path):
    ctx = build_context(demo_db)
    bonus.save_settings(ctx, BonusSettings(base_by_role={"sales_rep": 2000}))
    expected = bonus.bonus_sheet(ctx, Period.month(2026, 9)).totals["payable"] / 100
    ctx.close()
    out = tmp_path / "sheet.xlsx"
    assert (
        cli_main(["--db", demo_db, "--lang", "zh_CN", "bonus", "2026-09", "--out", str(out)]) == 0
    )
    ws = load_workbook(out)["奖金核算表"]
    total = next(r for r in ws.iter_rows(min_row=3, values_only=True) if r[0] == "合计")
    assert total[13] == expected
    # a folder: the file is named for the period in the reader's language
    assert (
        cli_main(["--db", demo_db, "--lang", "zh_CN", "bonus", "2026-09", "--out", str(tmp_path)])
        == 0
    )
    assert (tmp_path / "奖金核算表_2026年9月.xlsx").exists()


def test_bonus_refuses_a_period_not_published(demo_db, tmp_path, capsys):
    out = tmp_path / "october.xlsx"
    assert (
        cli_main(["--db", demo_db, "--lang", "zh_CN", "bonus", "2026-10", "--out", str(out)]) == 2
    )
    assert "2026年10月尚未发布，不能核算奖金" in capsys.readouterr().err
    assert not out.exists()
