"""salesperf-cli templates: list, export and import indicator templates."""

from __future__ import annotations

from salesperf_desktop.cli import main


def test_export_then_import_under_a_new_code(ctx, tmp_path, capsys):
    db = str(ctx.db_path)
    ctx.close()
    tpl = tmp_path / "t"
    assert main(["--db", db, "templates", "export", "rep_mature", str(tpl)]) == 0
    file = tmp_path / "t.salesperf-template.json"
    assert file.exists()
    assert main(["--db", db, "templates", "import", str(file)]) == 1  # the code exists
    assert main(["--db", db, "templates", "import", str(file), "--code", "rep_b"]) == 0
    assert main(["--db", db, "templates", "import", str(file), "--as-new-version"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "templates"]) == 0
    out = capsys.readouterr().out
    assert "rep_b\tv1" in out and "rep_mature\tv1" in out


def test_exporting_an_unknown_code_fails(ctx, tmp_path, capsys):
    assert main(["--db", str(ctx.db_path), "templates", "export", "nope", str(tmp_path / "x")]) == 2
    assert "no template with code nope" in capsys.readouterr().err
