"""salesperf-cli export (and score --format xlsx): a period's results as a workbook."""

from __future__ import annotations

from openpyxl import load_workbook

from salesperf_desktop.cli import main as cli_main


def test_export_and_score_write_the_same_workbook_in_english(demo_db, tmp_path):
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    assert cli_main(["--db", demo_db, "--lang", "en", "export", "2026-Q3", "-o", str(a)]) == 0
    score = ["--db", demo_db, "--lang", "en", "score", "2026-09", "--format", "xlsx", "-o", str(b)]
    assert cli_main(score) == 0
    wb = load_workbook(a)
    assert wb.sheetnames == ["Summary", "Breakdown", "Adjustments", "Distribution"]
    assert [c.value for c in wb["Summary"][2]][:2] == ["Employee ID", "Name"]
    assert "Q3 2026" in wb["Summary"]["A1"].value
    assert load_workbook(b)["Summary"].max_row >= 14


def test_export_of_one_team_lists_only_its_people(demo_db, tmp_path):
    from salesperf_desktop.app_context import build_context
    from salesperf_desktop.services import choices

    ctx = build_context(demo_db)
    team = choices.teams(ctx)[0]
    ctx.close()
    out = tmp_path / "team.xlsx"
    assert (
        cli_main(["--db", demo_db, "export", "2026-09", "--team", team.code, "-o", str(out)]) == 0
    )
    teams = {row[2] for row in load_workbook(out).active.iter_rows(min_row=3, values_only=True)}
    assert teams == {team.name}


def test_export_refuses_a_file_that_is_not_a_workbook(demo_db, tmp_path, capsys):
    assert cli_main(["--db", demo_db, "export", "2026-09", "-o", str(tmp_path / "r.csv")]) == 2
    assert ".xlsx" in capsys.readouterr().err
