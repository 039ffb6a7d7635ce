"""salesperf-cli print: forms of a period as PDF, per person or combined, for a team or people."""

from __future__ import annotations

from salesperf_desktop.cli import main as cli_main


def test_print_one_persons_form_combined_and_into_a_folder(demo_db, tmp_path, capsys):
    out = tmp_path / "one.pdf"
    args = ["--db", demo_db, "--lang", "zh_CN", "print", "2026-09", "--person", "E003"]
    assert cli_main([*args, "--combined", "-o", str(out)]) == 0
    assert out.exists() and str(out) in capsys.readouterr().out
    assert cli_main([*args, "-o", str(tmp_path / "d")]) == 0
    assert len(list((tmp_path / "d").glob("*.pdf"))) == 1


def test_print_a_team_by_its_name_or_code(demo_db, tmp_path):
    from salesperf_desktop.app_context import build_context
    from salesperf_desktop.services import choices

    ctx = build_context(demo_db)
    team = choices.teams(ctx)[0]
    ctx.close()
    for given in (team.code, team.name):
        folder = tmp_path / given
        assert (
            cli_main(["--db", demo_db, "print", "2026-09", "--team", given, "-o", str(folder)]) == 0
        )
        assert list(folder.glob("*.pdf"))


def test_unknown_people_and_teams_are_refused(demo_db, tmp_path, capsys):
    assert (
        cli_main(["--db", demo_db, "print", "2026-09", "--person", "NOPE", "-o", str(tmp_path)])
        == 2
    )
    assert "no staff with ID NOPE" in capsys.readouterr().err
    assert cli_main(["--db", demo_db, "print", "2026-09", "--team", "X", "-o", str(tmp_path)]) == 2
    assert "no team 'X'" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.pdf"))


def test_one_pdf_per_person_needs_a_folder(demo_db, tmp_path, capsys):
    assert cli_main(["--db", demo_db, "print", "2026-09", "-o", str(tmp_path / "x.pdf")]) == 2
    assert "--combined" in capsys.readouterr().err
