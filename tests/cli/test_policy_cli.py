"""salesperf-cli policy show / confirm."""

from __future__ import annotations

from salesperf_desktop.cli import main


def test_show_then_confirm(ctx, capsys):
    path = str(ctx.db_path)
    ctx.close()
    assert main(["--db", path, "--lang", "zh_CN", "policy", "show"]) == 0
    out = capsys.readouterr().out
    assert "请确认考核制度" in out and "常用做法" in out and "3個工作日" in out
    from tests.cli.test_cli_language import english_words

    # the reader's language; "ji" is the seed 002 file's own pinyin note, quoted exactly ("結(jié)果")
    assert english_words(out, also={"ji"}) == []
    assert "S\t95\t1.5\t10%" in out
    assert main(["--db", path, "--lang", "zh_CN", "policy", "confirm", "--note", "已核对"]) == 0
    out = capsys.readouterr().out
    assert "考核制度第 2 版" in out and "确认" in out
