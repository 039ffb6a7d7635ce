"""salesperf-cli demo: E Company goes into an empty database only, in the language asked for."""

from __future__ import annotations

import re

from salesperf_desktop.cli import main as cli_main

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def test_demo_fills_an_empty_database_and_refuses_a_second_time(db_path, capsys):
    assert cli_main(["--db", str(db_path), "--lang", "zh_CN", "demo"]) == 0
    out = capsys.readouterr()
    assert "E公司：13 名员工（含合规专员 1 名），6 个月的数据。" in out.out
    assert "正在录入2026年5月的数据" in out.err  # the progress, in the same language
    assert not LATIN_WORD.search(out.out + out.err)
    assert cli_main(["--db", str(db_path), "--lang", "en", "demo"]) == 2
    assert "already has staff" in capsys.readouterr().err


def test_the_staff_count_of_the_demo_reads_the_same_in_info(db_path, capsys):
    assert cli_main(["--db", str(db_path), "--lang", "en", "demo"]) == 0
    assert "E Company: 13 staff" in capsys.readouterr().out
    assert cli_main(["--db", str(db_path), "--lang", "en", "info"]) == 0
    assert "staff: 13" in capsys.readouterr().out
