"""salesperf-cli comment: the 上级评语 written without a window, printed on the form; refused once
signed, rewritten only by the decision on an upheld appeal (appeals decide --comment)."""

from __future__ import annotations

import re

from pypdf import PdfReader

from salesperf_desktop.cli import main as cli_main

COMMENT = "本月回款与拜访均达成目标，下月跟进两家重点医院。"


def pdf_text(path) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in PdfReader(path).pages))


def test_write_show_and_print_the_comment(demo_db, tmp_path, capsys):
    base = ["--db", demo_db, "--lang", "zh_CN"]
    assert cli_main([*base, "comment", "E003", "2026-09", "--text", COMMENT]) == 0
    assert capsys.readouterr().out.splitlines() == ["已写入。", COMMENT]
    assert cli_main([*base, "comment", "E003", "2026-09"]) == 0
    assert capsys.readouterr().out.strip() == COMMENT
    out = tmp_path / "e003.pdf"
    args = [*base, "print", "2026-09", "--person", "E003", "--combined", "-o", str(out)]
    assert cli_main(args) == 0
    text = pdf_text(out)
    assert "上级评语" + COMMENT in text  # in the box under its heading


def test_a_signed_appraisal_refuses_and_names_the_appeal_route(demo_db, capsys):
    base = ["--db", demo_db, "--lang", "zh_CN"]
    assert cli_main([*base, "comment", "E012", "2026-08", "--text", "签字后再改"]) == 2
    err = capsys.readouterr().err
    assert "已签字" in err and "appeals decide" in err and "--comment" in err
    assert cli_main([*base, "comment", "E012", "2026-08"]) == 0
    assert "签字后再改" not in capsys.readouterr().out


def test_an_upheld_appeal_decision_rewrites_it(demo_db, capsys):
    base = ["--db", demo_db, "--lang", "zh_CN"]
    filing = [*base, "appeals", "file", "E012", "2026-08", "--reason", "评语不实", "--on"]
    assert cli_main([*filing, "2026-09-08"]) == 0
    number = capsys.readouterr().out.split("\t")[0]
    decide = [*base, "appeals", "decide", number, "upheld", "--reason", "评语更正"]
    assert cli_main([*decide, "--on", "2026-09-10", "--comment", "经申诉更正的评语"]) == 0
    assert "请重新打印考核表" in capsys.readouterr().out
    assert cli_main([*base, "comment", "E012", "2026-08"]) == 0
    assert capsys.readouterr().out.strip() == "经申诉更正的评语"


def test_unknown_appraisal_is_refused(demo_db, capsys):
    assert cli_main(["--db", demo_db, "comment", "NOPE", "2026-09", "--text", "x"]) == 2
    assert "no appraisal for NOPE" in capsys.readouterr().err
