"""salesperf-cli demo: E Company goes into an empty database only."""

from __future__ import annotations

from salesperf_desktop.cli import main as cli_main


def test_demo_fills_an_empty_database_and_refuses_a_second_time(db_path, capsys):
    assert cli_main(["--db", str(db_path), "--lang", "zh_CN", "demo"]) == 0
    assert "E公司: 12 staff, 6 months" in capsys.readouterr().out
    assert cli_main(["--db", str(db_path), "demo"]) == 2
    assert "already has staff" in capsys.readouterr().err
