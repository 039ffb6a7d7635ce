"""benchmarks/run_all.py judges every figure from its BENCH line, and nothing else.

The benchmarks themselves take minutes and are not part of the suite; this checks the judge:
a script without BENCH lines, with a malformed one, with an ambiguous unit ("MB") or with an
error exit is a failure of the harness, never a pass; information lines are not judged.
"""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import run_all  # noqa: E402
from _common import parse_bench_lines  # noqa: E402


def _line(**fields) -> str:
    result = {"measure": "m", "value": 1.0, "unit": "s", "goal": "≤ 2 s", "ratio": 0.5}
    result["pass"] = True
    result.update(fields)
    return "BENCH " + json.dumps(result, ensure_ascii=False)


def _script(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "bench_fake.py"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def test_bench_lines_parse_and_their_verdict_follows_the_ratio():
    text = "noise\n" + _line() + "\n" + _line(ratio=None, goal="information", **{"pass": None})
    rows = parse_bench_lines(text)
    assert [r["pass"] for r in rows] == [True, None]
    with pytest.raises(ValueError):
        parse_bench_lines(_line(ratio=1.5))  # says pass, ratio says otherwise
    with pytest.raises(ValueError):
        parse_bench_lines('BENCH {"measure": "m"}')


def test_a_passing_script_is_judged_from_its_lines(tmp_path):
    script = _script(
        tmp_path, f"print({_line()!r})\nprint({_line(measure='n', ratio=1.2, **{'pass': False})!r})"
    )
    rows, _log = run_all.run(script, smoke=False, timeout=60)
    assert [(r["measure"], r["pass"]) for r in rows] == [("m", True), ("n", False)]


@pytest.mark.parametrize(
    "body, problem",
    [
        ("print('goal met')", "no BENCH line"),
        (f"print({_line()!r})\nraise SystemExit(3)", "exit 3"),
        (f"print({_line(unit='MB')!r})", "unit 'MB'"),
        ("print('BENCH {not json')", "malformed"),
    ],
)
def test_a_script_that_does_not_report_properly_fails(tmp_path, body, problem):
    rows, _log = run_all.run(_script(tmp_path, body), smoke=False, timeout=60)
    failures = [r for r in rows if "HARNESS FAILURE" in r["measure"]]
    assert len(failures) == 1 and failures[0]["pass"] is False
    assert problem in failures[0]["measure"]


def test_the_harness_own_benchmarks_report_and_have_a_smoke_mode():
    for name in ("bench_startup", "bench_grid_edit", "bench_pdf"):
        source = (BENCHMARKS / f"{name}.py").read_text(encoding="utf-8")
        assert "report(" in source and run_all.supports_smoke(BENCHMARKS / f"{name}.py"), name
