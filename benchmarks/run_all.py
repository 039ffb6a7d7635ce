"""Run every benchmarks/bench_*.py and judge every figure against its goal.

    .venv/bin/python benchmarks/run_all.py [--smoke] [--markdown] [name-filter …]

Each script reports its figures as ``BENCH {json}`` lines (_common.report): value, unit, goal,
ratio (value ÷ allowed value) and pass. run_all judges from those lines only:
- a figure passes when its ratio is ≤ 1; an "information" figure is listed, not judged;
- a script that prints no BENCH line, prints a malformed one or one in an unknown unit
  ("MiB" for 2^20 bytes; a bare "MB" is refused), or exits with an error is a failure of the
  harness (its row says so), whatever it printed otherwise.
The machine's load average is printed before and after each script: the ratios are taken
side by side within a script (baselines interleaved with the app), so a busy machine shifts
both sides, but absolute goals (seconds, MiB) are not protected from it.
``--smoke``: tiny sizes (SALESPERF_BENCH_SMOKE=1) for the scripts that support it (they read
``_common.SMOKE``); the others are skipped. The figures of a smoke run mean nothing.
``--markdown``: the table as Markdown too (for benchmarks/README.md).
Exit status: 0 when every judged figure passes and no script failed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import load_text, parse_bench_lines

HERE = Path(__file__).resolve().parent


# "MiB" is 2^20 bytes; a bare "MB" is refused (issue #19: MB that meant MiB).
UNITS = {"s", "ms", "µs", "MiB", "GiB", "×", "%"}


def supports_smoke(script: Path) -> bool:
    return "SMOKE" in script.read_text(encoding="utf-8")


def run(script: Path, smoke: bool, timeout: float) -> tuple[list[dict], str]:
    """The script's judged rows, and its text output (for the log)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    env["PYTHONPATH"] = os.pathsep.join([str(HERE.parent), env.get("PYTHONPATH", "")])
    if smoke:
        env["SALESPERF_BENCH_SMOKE"] = "1"
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, str(script)],
            capture_output=True,
            text=True,
            env=env,
            timeout=timeout,
            cwd=HERE.parent,
        )
        code, out, err = done.returncode, done.stdout, done.stderr
    except subprocess.TimeoutExpired as exc:
        code, out, err = "timeout", _text(exc.stdout), _text(exc.stderr)
    took = time.perf_counter() - started
    problem = ""
    try:
        rows = parse_bench_lines(out)
    except ValueError as exc:
        rows, problem = [], f"malformed BENCH line ({exc})"
    odd = sorted({r["unit"] for r in rows} - UNITS)
    if odd:
        problem = f"unit {', '.join(map(repr, odd))} is not one of {' '.join(sorted(UNITS))}"
    if code != 0:
        problem = problem or f"exit {code}"
    elif not rows:
        problem = problem or "no BENCH line"
    for row in rows:
        row["script"] = script.stem
    if problem:
        noise = "propagateSizeHints"  # Qt's offscreen plugin, on every window
        text = [x for x in (err or out).splitlines() if x.strip() and noise not in x]
        tail = text[-1:] or [""]
        rows.append(
            {
                "measure": f"{script.stem}: HARNESS FAILURE, {problem}",
                "value": tail[0][:60],
                "unit": "",
                "goal": "BENCH lines, exit 0",
                "ratio": None,
                "pass": False,
                "script": script.stem,
            }
        )
    log = f"--- {script.name} ({took:.0f} s, exit {code})\n{out}"
    if code != 0:
        log += "\n[stderr]\n" + "\n".join(err.splitlines()[-30:])
    return rows, log


def _text(data) -> str:
    if data is None:
        return ""
    return data.decode(errors="replace") if isinstance(data, bytes) else data


def _verdict(row: dict) -> str:
    if row["pass"] is None:
        return "info"
    return "yes" if row["pass"] else "NO"


def _value(row: dict) -> str:
    value = row["value"]
    if isinstance(value, (int, float)):
        return f"{value:.3f} {row['unit']}".strip()
    return str(value)


def table(rows: list[dict]) -> str:
    header = f"{'measure':<70} {'value':>14}  {'goal':<48} {'ratio':>6}  pass"
    lines = [header, "-" * len(header)]
    for r in rows:
        ratio = "" if r.get("ratio") is None else f"{r['ratio']:.2f}"
        lines.append(
            f"{r['measure'][:70]:<70} {_value(r)[:14]:>14}  {r['goal'][:48]:<48} {ratio:>6}  "
            f"{_verdict(r)}"
        )
    return "\n".join(lines)


def markdown(rows: list[dict]) -> str:
    lines = ["| measure | value | goal | ratio | pass |", "|---|---|---|---|---|"]
    for r in rows:
        ratio = "" if r.get("ratio") is None else f"{r['ratio']:.2f}"
        verdict = _verdict(r)
        lines.append(
            f"| {r['measure'].strip()} | {_value(r)} | {r['goal']} | {ratio} | "
            f"{'**NO**' if verdict == 'NO' else verdict} |"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="only scripts whose name contains one of these")
    parser.add_argument("--smoke", action="store_true", help="tiny sizes; figures mean nothing")
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds per script")
    args = parser.parse_args(argv)
    scripts = sorted(HERE.glob("bench_*.py"))
    if args.names:
        scripts = [s for s in scripts if any(n in s.name for n in args.names)]
    rows: list[dict] = []
    print(f"run_all {time.strftime('%Y-%m-%d %H:%M:%S %Z')}: {load_text()}", flush=True)
    for script in scripts:
        if args.smoke and not supports_smoke(script):
            print(f"{script.name}: skipped (no smoke mode)", flush=True)
            continue
        print(f"running {script.name} … ({load_text()})", flush=True)
        got, log = run(script, args.smoke, args.timeout)
        print(log, flush=True)
        rows += got
    print(f"done: {load_text()}")
    print()
    print(table(rows))
    if args.markdown:
        print()
        print(markdown(rows))
    judged = [r for r in rows if r["pass"] is not None]
    failed = [r for r in judged if not r["pass"]]
    print(
        f"\n{len(judged)} judged: {len(judged) - len(failed)} pass, {len(failed)} fail"
        f"{' (smoke run: sizes too small to mean anything)' if args.smoke else ''}"
    )
    return 0 if not failed else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
