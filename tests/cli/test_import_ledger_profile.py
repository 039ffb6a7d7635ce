"""salesperf-cli import-metrics FILE --profile NAME: next month's ERP ledger with the mapping
saved in the window; --list-profiles; an unknown profile is refused."""

from __future__ import annotations

from salesperf_desktop.app_context import build_context
from salesperf_desktop.cli import main
from salesperf_desktop.services.ledger_import import list_profiles, save_profile
from tests.services.ledger_support import u8_mapping, write_ledger

# demo staff: E003 张伟, E005 刘洋 (October 2026 is open in the demo)
ROWS = [
    ("2026-10-08", "E003", "华山医院", "超声刀", "成熟产品", 200000, 150000),
    ("2026/10/20", "刘洋", "瑞金医院", "新型支架", "新产品", 80000, 80000),
    ("2026年10月28日", "刘洋", "中山医院", "超声刀", "成熟产品", 20000, 0),
]


def test_next_months_ledger_imports_with_the_saved_profile(demo_db, tmp_path, capsys):
    ctx = build_context(demo_db)
    save_profile(ctx, "用友 U8 销售明细", u8_mapping())
    ctx.close()
    ledger = write_ledger(tmp_path / "2026-10.xlsx", ROWS)
    base = ["--db", demo_db, "--lang", "zh_CN", "import-metrics"]

    assert main([*base, "--list-profiles"]) == 0
    out = capsys.readouterr().out
    assert "用友 U8 销售明细" in out and "销售额(元) → 销售目标达成率 实际（求和）" in out

    assert main([*base, str(ledger), "--profile", "用友 U8 销售明细", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "E005\t刘洋\t2026-10\t销售目标达成率\t实际" in out
    assert "→ 100000" in out
    assert "合计行，已跳过" in out and "与合计行 销售明细!F7 一致" in out
    assert "试运行" in out

    assert main([*base, str(ledger), "--profile", "用友 U8 销售明细", "--reason", "ERP"]) == 0
    assert "已导入，批次号" in capsys.readouterr().out
    ctx = build_context(demo_db)
    try:
        assert list_profiles(ctx)[0].name == "用友 U8 销售明细"
    finally:
        ctx.close()


def test_an_unknown_profile_or_a_bad_ledger_is_refused(demo_db, tmp_path, capsys):
    ledger = write_ledger(tmp_path / "2026-10.xlsx", ROWS, stated=1)
    base = ["--db", demo_db, "--lang", "en", "import-metrics", str(ledger)]
    assert main([*base, "--profile", "金蝶"]) == 2
    assert "no import profile named “金蝶”" in capsys.readouterr().err
    ctx = build_context(demo_db)
    save_profile(ctx, "金蝶", u8_mapping())
    ctx.close()
    assert main([*base, "--profile", "金蝶", "--from", "2026-10", "--to", "2026-10"]) == 1
    err = capsys.readouterr().err
    assert "销售明细!F7: the totals row does not match the rows" in err
    assert "nothing was imported" in err


def test_without_a_file_the_command_says_so_in_the_officer_s_language(demo_db, capsys):
    assert main(["--db", demo_db, "--lang", "zh_CN", "import-metrics", "--profile", "x"]) == 2
    assert "请给出要导入的工作簿文件" in capsys.readouterr().err
