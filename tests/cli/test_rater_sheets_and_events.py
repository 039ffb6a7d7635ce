"""salesperf-cli rater-sheets write/read/status and events add/import/list."""

from __future__ import annotations

from salesperf_desktop.cli import main as cli_main
from tests.rater_fill import fill


def test_write_fill_read_and_status(demo_db, tmp_path, capsys):
    base = ["--db", demo_db, "--lang", "zh_CN"]
    out = tmp_path / "sheets"
    assert cli_main([*base, "rater-sheets", "write", "2026-11", "-o", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 12 and lines[1].startswith("E002\t李明\t14\t")
    sheet = out / "评分表_2026年11月_李明.xlsx"
    assert sheet.exists()
    assert cli_main([*base, "rater-sheets", "status", "2026-11"]) == 0
    assert "E002\t李明\t上级、自评\t0/14\t未交回" in capsys.readouterr().out
    fill(sheet, lambda role, sid, ind: 9 if role == "self" else 4)
    assert cli_main([*base, "rater-sheets", "read", str(sheet)]) == 1
    err = capsys.readouterr().err
    assert "[评分表_2026年11月_李明.xlsx]自评!E" in err and "评分 9 不在 1–5 之间" in err
    assert "没有导入任何内容" in err
    fill(sheet, lambda *_: 4)
    assert cli_main([*base, "rater-sheets", "read", str(sheet), "--period", "2026-11"]) == 0
    assert "14 处变化" in capsys.readouterr().out
    assert cli_main([*base, "rater-sheets", "status", "2026-11"]) == 0
    status = capsys.readouterr().out
    assert "E002\t李明\t上级、自评\t14/14\t已交回" in status
    assert "11 位评分人未完成（共 12 位）" in status


def test_events_add_import_and_list(demo_db, tmp_path, capsys):
    from openpyxl import load_workbook

    base = ["--db", demo_db, "--lang", "zh_CN"]
    assert (
        cli_main([*base, "events", "add", "E003", "2026-11-03", "迟到/早退", "--count", "2"]) == 0
    )
    assert "E003 张伟" in capsys.readouterr().out
    assert cli_main([*base, "events", "add", "E003", "2026-08-03", "late_or_early_leave"]) == 2
    assert "2026-08 已签字锁定" in capsys.readouterr().err
    template = tmp_path / "ev.xlsx"
    assert cli_main([*base, "events", "template", str(template)]) == 0
    wb = load_workbook(template)
    wb.worksheets[0].append(
        ["2026-11-05", "E004", "陈静", "受到公司级表扬", None, None, "签约", "分管副总经理", "司发35号"]
    )  # fmt: skip
    wb.worksheets[0].append(["2026-11-05", "E404", "无名", "受到公司级表扬", None, None, ""])
    wb.save(template)
    capsys.readouterr()
    assert cli_main([*base, "events", "import", str(template)]) == 1
    assert "关键事件!B3：未知工号“E404”" in capsys.readouterr().err
    wb.worksheets[0].delete_rows(3)
    wb.save(template)
    assert cli_main([*base, "events", "import", str(template)]) == 0
    assert "1 条新事件" in capsys.readouterr().out
    assert cli_main([*base, "events", "list", "2026-11"]) == 0
    listed = capsys.readouterr().out
    assert "E003\t张伟\t2026-11-03\t迟到/早退\t2\t-2" in listed
    assert "E004\t陈静\t2026-11-05\t受到公司级表扬\t1\t10\t签约" in listed
    assert "共 2 条事件" in listed
    # seed 004: +15 is decided by the general manager's office meeting, in a formal document
    add = [*base, "events", "add", "E005", "2026-11-10", "受到公司级嘉奖"]
    assert cli_main(add) == 2
    assert "须经公司总经理办公会审批：请填写审批人" in capsys.readouterr().err
    assert cli_main([*add, "--approver", "总经理办公会", "--document-no", "司发21号"]) == 0
    # a fine is money, listed in 元 and never as points
    fine = [*base, "events", "add", "E003", "2026-11-04", "罚款（元）", "--amount", "200"]
    assert cli_main([*fine, "--note", "违反报销制度"]) == 0
    capsys.readouterr()
    assert cli_main([*base, "events", "list", "2026-11"]) == 0
    assert "E003\t张伟\t2026-11-04\t罚款（元）\t1\t罚款 200 元\t违反报销制度" in (
        capsys.readouterr().out
    )
