"""salesperf-cli score: the explained results of a period as a table or JSON."""

from __future__ import annotations

import json

from salesperf_desktop.cli import main as cli_main


def test_score_prints_a_line_per_person_with_total_and_grade(demo_db, capsys):
    assert cli_main(["--db", demo_db, "--lang", "en", "score", "2026-09"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["ID", "Name", "Team"]
    assert any(line.startswith("E003") for line in lines)


def test_score_in_detail_shows_every_indicator(demo_db, capsys):
    assert cli_main(["--db", demo_db, "--lang", "en", "score", "2026-09", "--detail"]) == 0
    out = capsys.readouterr().out
    assert "target" in out and "actual" in out and "→" in out


def test_score_as_json_has_each_persons_result(demo_db, tmp_path, capsys):
    out = tmp_path / "r.json"
    args = ["--db", demo_db, "score", "2026-09", "--format", "json", "-o", str(out)]
    assert cli_main(args) == 0
    payload = json.loads(out.read_text(encoding="utf-8"))
    assert payload["period"] == "2026-09"
    e003 = next(p for p in payload["people"] if p["employee_no"] == "E003")
    assert e003["frozen"] is True  # September is published: its stored result
    assert "total" in e003["result"]


def test_score_of_an_unknown_team_or_period_is_refused(demo_db, capsys):
    assert cli_main(["--db", demo_db, "score", "2026-09", "--team", "nobody"]) == 2
    assert "no team 'nobody'" in capsys.readouterr().err
    assert cli_main(["--db", demo_db, "score", "September"]) == 2
    assert cli_main(["--db", demo_db, "score", "2026-09", "--format", "xlsx"]) == 2
