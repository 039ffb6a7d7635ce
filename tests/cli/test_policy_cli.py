"""salesperf-cli policy show / confirm."""

from __future__ import annotations

from salesperf_desktop.cli import main


def test_show_then_confirm(ctx, capsys):
    path = str(ctx.db_path)
    ctx.close()
    assert main(["--db", path, "--lang", "zh_CN", "policy", "show"]) == 0
    out = capsys.readouterr().out
    assert "NOT CONFIRMED" in out and "常用做法" in out and "3個工作日" in out
    assert "S\t95\t1.5\t10%" in out
    assert main(["--db", path, "--lang", "zh_CN", "policy", "confirm", "--note", "已核对"]) == 0
    out = capsys.readouterr().out
    assert "policy version 2: confirmed" in out
