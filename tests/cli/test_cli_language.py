"""salesperf-cli --lang zh_CN: every header, table, summary and refusal in Chinese.

Each command runs against the demo company; what it prints may hold no Latin word outside a
short allow-list (product and format names, staff IDs, file paths, the codes a command takes as
its argument).
"""

from __future__ import annotations

import re

import pytest

from salesperf_desktop.cli import main as cli_main

ALLOWED = {
    "KPI", "NPS", "PDF", "Excel", "GROW", "SalesPerf", "Desktop", "salesperf", "cli", "holidays", "U8",
    "xlsx", "pdf", "sqlite", "json", "ERP", "JSON", "CSV",
}  # fmt: skip
WORD = re.compile(r"[A-Za-z][A-Za-z_]+")
STAFF_ID = re.compile(r"\b(?:E|C)\d{3}\b|\bAP-\d{4}-\d{3}\b")


def english_words(text: str, *, also: set[str] = frozenset()) -> list[str]:
    """The Latin words of *text*, without paths, staff IDs and the allowed names."""
    found = []
    for line in text.splitlines():
        line = " ".join(t for t in re.split(r"[\s\t]+", line) if "/" not in t and "\\" not in t)
        line = STAFF_ID.sub(" ", line)
        found += [w for w in WORD.findall(line) if w not in ALLOWED and w not in also]
    return found


def write_import(path, row: list):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "目标实际"
    wb.active.append(["工号", "姓名", "月份", "指标", "目标值", "实际值"])
    wb.active.append(row)
    wb.save(path)
    return path


@pytest.fixture
def run(demo_db, capsys):
    def command(*args: str, expect: int = 0) -> str:
        code = cli_main(["--db", demo_db, "--lang", "zh_CN", *args])
        out = capsys.readouterr()
        assert code == expect, (args, out.err)
        return out.out + out.err

    return command


def test_every_command_speaks_chinese(run, demo_db, tmp_path):
    from salesperf_desktop.services.templates import list_templates

    outputs = {
        "info": run("info"),
        "staff": run("staff"),
        "score": run("score", "2026-09"),
        "score --detail": run("score", "2026-Q3", "--detail"),
        "period status": run("period", "status", "2026-09"),
        "period publish (refused)": run("period", "publish", "2026-08", expect=1),
        "events list": run("events", "list", "2026-09"),
        "rater-sheets status": run("rater-sheets", "status", "2026-10"),
        "appeals list": run("appeals", "list", "--today", "2026-10-20"),
        "appeals deadline": run("appeals", "deadline", "2026-09-30", "--filed", "2026-10-09"),
        "appeals calendar": run("appeals", "calendar", "2026"),
        "backup": run("backup"),
        "backup --list": run("backup", "--list"),
        "restore (list)": run("restore"),
        "export": run("export", "2026-09", "-o", str(tmp_path / "r.xlsx")),
        "comment": run("comment", "E003", "2026-09"),
        "print (nobody)": run(
            "print", "2026-09", "--person", "C001", "-o", str(tmp_path / "forms"), expect=1
        ),
        "not a period": run("score", "九月", expect=2),
        "no such team": run("score", "2026-09", "--team", "无此团队", expect=2),
        "not a month": run("rater-sheets", "status", "2026-Q3", expect=2),
    }
    broken = write_import(
        tmp_path / "bad.xlsx", ["E003", "张伟", "2026-10", "sales_achievement", "12万", 95]
    )
    outputs["import-metrics (problems)"] = run("import-metrics", str(broken), expect=1)
    good = write_import(
        tmp_path / "good.xlsx", ["E003", "张伟", "2026-10", "sales_achievement", 100, 95]
    )
    outputs["import-metrics --dry-run"] = run("import-metrics", str(good), "--dry-run")
    outputs["import-metrics"] = run("import-metrics", str(good))
    outputs["import-metrics (again)"] = run("import-metrics", str(good))
    from salesperf_desktop.app_context import build_context

    ctx = build_context(demo_db)
    codes = {t.code for t in list_templates(ctx, include_archived=True)}
    ctx.close()
    # a template's code is what `templates export CODE` takes
    outputs["templates"] = run("templates", "--all")
    wrong = {name: english_words(text, also=codes) for name, text in outputs.items()}
    assert {name: words for name, words in wrong.items() if words} == {}
    assert "工号" in outputs["score"] and "总分" in outputs["score"]
    assert "没有导入任何内容" in outputs["import-metrics (problems)"]
    assert "没有团队“无此团队”" in outputs["no such team"]


def test_every_help_text_has_its_chinese():
    """A new option's help without its translations fails here (domain/messages/cli_help.py),
    as a new window text does in the translation tests."""
    import argparse

    from salesperf_desktop.cli import build_parser, help_texts
    from salesperf_desktop.domain.messages.cli_help import HELP

    missing = sorted(
        {
            text
            for owner, attribute in help_texts(build_parser())
            if isinstance(text := getattr(owner, attribute), str)
            and text is not argparse.SUPPRESS
            and text not in HELP
        }
    )
    assert missing == []


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_help_and_argument_errors_are_in_chinese(lang, capsys):
    """--help of the program and of every command, and a wrong argument: no English words but
    the option names and the values typed as they are; placeholders (工号, 文件) and section
    headings (位置参数：) read as Chinese."""
    from salesperf_desktop.cli import build_parser, parsers

    commands = [p.prog.split()[-1] for p in list(parsers(build_parser()))[1:]]
    seen = {}
    for command in [None, *commands]:
        argv = ["--lang", lang, *([command] if command else []), "--help"]
        with pytest.raises(SystemExit):
            cli_main([a for a in argv if a])
        seen[command or "salesperf-cli"] = capsys.readouterr().out
    with pytest.raises(SystemExit):
        cli_main(["--lang", lang, "score"])  # the period is missing
    seen["error"] = capsys.readouterr().err
    assert "缺少以下参数" in seen["error"] or "缺少以下參數" in seen["error"]
    typed = set()
    for text in seen.values():
        typed |= set(re.findall(r"--?[A-Za-z][\w-]*|\{[^}]*\}", text))
    words = " ".join(typed)
    also = set(WORD.findall(words + " " + " ".join(commands)))
    also |= {"status", "entered", "publish", "lock", "latest", "ps", "Windows"}
    for name, text in seen.items():
        cleaned = re.sub(
            r"--?[A-Za-z][\w-]*|\{[^}]*\}|[\w.-]*\.(?:json|log)|'[^']*'|\$\w+", " ", text
        )
        assert english_words(cleaned, also=also) == [], (name, text)
        assert not re.search(r"[\u3400-\u9fff]:$", text, re.MULTILINE), (name, text)
