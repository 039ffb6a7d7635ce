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


def test_import_reports_a_dimension_outside_seed_003s_range(ctx, tmp_path, capsys):
    """The pharma sheet with skill and compliance at 25 points (seed 003: 15–20 %) is imported
    with a warning naming the dimension, its weight and the seed's range."""
    import json

    db = str(ctx.db_path)
    ctx.close()
    assert main(["--db", db, "templates", "export", "pharma_rep", str(tmp_path / "p")]) == 0
    file = tmp_path / "p.salesperf-template.json"
    envelope = json.loads(file.read_text(encoding="utf-8"))
    for item in envelope["template"]["items"]:
        if item["indicator"] == "product_knowledge_test":
            item["weight"] = 15
        if item["indicator"] in ("effective_visits", "visit_plan_completion"):
            item["weight"] = 0
    file.write_text(json.dumps(envelope, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert (
        main(["--db", db, "--lang", "zh_CN", "templates", "import", str(file), "--code", "p2"]) == 0
    )
    out = capsys.readouterr().out
    assert (
        "维度“专业能力与合规”合计权重 25 分，占总分 25%，不在种子文件 003 建议的 15%–20% 之内"
        in out
    )
    assert "维度“销售行为与过程”合计权重 15 分" in out
