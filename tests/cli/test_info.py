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
