"""salesperf-cli score: the explained results of a period as a table or JSON."""

from __future__ import annotations

import json
import re

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


def _detail_blocks(out: str) -> dict[str, list[str]]:
    """The --detail table's lines by person (employee ID)."""
    blocks: dict[str, list[str]] = {}
    current = None
    for line in out.splitlines():
        if re.match(r"E\d{3}\s", line):
            current = line.split()[0]
            blocks[current] = [line]
        elif current is not None:
            blocks[current].append(line)
    return blocks


def _cents(text: str) -> int:
    return round(float(text) * 100)


def test_score_in_detail_adds_up_for_everyone_in_every_demo_month_and_quarter(demo_db, capsys):
    """Items and subtotals add up to the indicator points; the indicator points, the team share
    and each bonus/penalty line to the total in the person's line — as printed."""
    from tests.services.test_explanations import demo_periods

    for period in demo_periods():
        args = ["--db", demo_db, "--lang", "zh_CN", "score", str(period), "--detail"]
        assert cli_main(args) == 0
        blocks = _detail_blocks(capsys.readouterr().out)
        assert len(blocks) >= 10, period
        for who, lines in blocks.items():
            where = f"{period} {who}"
            head_total = re.search(r"\s(-?\d+\.\d\d)\s{2}\S+\s+\d+\.\d\d", lines[0]).group(1)
            items = [re.search(r"→ (-?\d+\.\d\d)  \[", x).group(1) for x in lines if "→" in x]
            dims = [re.match(r"    = .+: (-?\d+\.\d\d) / ", x).group(1) for x in lines[1:]
                    if x.startswith("    = ")]  # fmt: skip
            summary = [re.match(r"\s+([-+]?\d+\.\d\d)  (.+)", x) for x in lines[1:]
                       if not x.startswith(("    = ", "  = ")) and "→" not in x]  # fmt: skip
            total = re.match(r"  = \s*(-?\d+\.\d\d)  总分", lines[-1])
            assert total is not None, where
            assert total.group(1) == head_total, where
            points = summary[0]
            assert points is not None and points.group(2) == "指标得分", where
            assert sum(map(_cents, items)) == sum(map(_cents, dims)) == _cents(points.group(1))
            amounts = [_cents(m.group(1)) for m in summary if m is not None]
            assert sum(amounts) == _cents(total.group(1)), where


def test_score_in_detail_shows_e003s_late_arrival_between_points_and_total(demo_db, capsys):
    """Seed 004: −1 per late arrival; E003's September: 98.37 − 1.00 = 97.37."""
    args = ["--db", demo_db, "--lang", "zh_CN", "score", "2026-09", "--detail"]
    assert cli_main(args) == 0
    lines = _detail_blocks(capsys.readouterr().out)["E003"]
    tail = [x.split(None, 1) for x in lines[-3:]]
    assert tail[0] == ["98.37", "指标得分"]
    assert tail[1][0] == "-1.00" and tail[1][1].startswith("迟到/早退")
    assert lines[-1].split() == ["=", "97.37", "总分"]


def test_score_as_json_carries_the_explanation(demo_db, tmp_path):
    out = tmp_path / "r.json"
    args = ["--db", demo_db, "--lang", "en", "score", "2026-10", "--format", "json", "-o", str(out)]
    assert cli_main(args) == 0
    people = json.loads(out.read_text(encoding="utf-8"))["people"]
    e007 = next(p for p in people if p["employee_no"] == "E007")
    summary = [x for x in e007["explanation"] if x["kind"] in ("items_points", "team", "total")]
    # seed 002: the team goal, 19.4 % of a 20 % market-share target → 97 team points
    assert [x["shown"] for x in summary] == [90.59, 1.92, 92.51]
    assert summary[1]["text"].startswith("Team goal ")
    assert "attainment 97%" in summary[1]["text"] and "team share 30%" in summary[1]["text"]
