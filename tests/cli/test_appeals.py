"""salesperf-cli appeals: the same deadlines and decisions without a window."""

from __future__ import annotations

from salesperf_desktop.cli import main


def test_cli_files_and_decides_an_appeal(demo_ctx, capsys):
    db = str(demo_ctx.db_path)
    demo_ctx.close()
    assert main(["--db", db, "appeals", "deadline", "2026-09-30", "--filed", "2026-10-09"]) == 0
    out = capsys.readouterr().out
    assert "2026-10-10" in out and "2026-10-15" in out
    args = ["--db", db, "appeals", "file", "E005", "2026-09", "--reason", "漏计订单"]
    assert main([*args, "--on", "2026-10-12"]) == 0
    assert "AP-2026-002" in capsys.readouterr().out and True
    assert (
        main(
            [
                "--db",
                db,
                "appeals",
                "decide",
                "AP-2026-002",
                "upheld",
                "--reason",
                "属实",
                "--on",
                "2026-10-16",
                "--points",
                "2",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Upheld" in out and "reprint" in out
    assert main(["--db", db, "appeals", "list", "--today", "2026-10-20"]) == 0
    listing = capsys.readouterr().out
    assert "AP-2026-001" in listing and "AP-2026-002" in listing and "late" in listing
