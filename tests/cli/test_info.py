"""salesperf-cli info: the file, its schema and what it holds."""

from __future__ import annotations

from salesperf_desktop.cli import main as cli_main
from salesperf_desktop.storage.database import head_revision


def test_info_shows_the_file_schema_company_and_counts(demo_db, capsys):
    assert cli_main(["--db", demo_db, "--lang", "en", "info"]) == 0
    out = capsys.readouterr().out
    assert f"database: {demo_db}" in out
    assert f"schema: {head_revision()}" in out
    assert "company: E公司" in out
    counts = dict(
        line.split(":", 1) for line in out.splitlines() if line.startswith(("staff:", "teams:"))
    )
    assert int(counts["staff"]) == 13  # twelve sales staff and the compliance officer
    assert int(counts["teams"]) == 3


def test_a_file_of_an_older_version_is_said_to_be_upgraded_then_used(tmp_path, capsys):
    """The command line backs up and migrates an older file before the command, and says so
    on stderr (the command's own output is unchanged)."""
    import shutil
    from pathlib import Path

    db = tmp_path / "older.sqlite"
    fixtures = Path(__file__).parents[1] / "fixtures" / "databases"
    shutil.copy(fixtures / "salesperf-0004.sqlite", db)
    assert cli_main(["--db", str(db), "--lang", "zh_CN", "info"]) == 0
    captured = capsys.readouterr()
    assert "older.sqlite 由旧版本保存：正在备份并升级到本版本的格式" in captured.err
    assert f"结构版本：{head_revision()[:4]}\n" in captured.out  # at this version now
    assert cli_main(["--db", str(db), "--lang", "zh_CN", "info"]) == 0
    assert "旧版本" not in capsys.readouterr().err  # once
