"""Run every benchmarks/bench_*.py and print one table: measure / value / goal / ratio / pass.

A benchmark reports through ``BENCH {json}`` lines (see _common.py); one that does not (yet)
is shown by its last output line and its exit status, with "goal met"/"goal MISSED" if it
prints them. Run: .venv/bin/python benchmarks/run_all.py [name-filter]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(script: Path) -> list[dict]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    env["PYTHONPATH"] = os.pathsep.join([str(HERE.parent), env.get("PYTHONPATH", "")])
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=1800
    )
    took = time.perf_counter() - started
    results = [
        json.loads(line[6:]) for line in done.stdout.splitlines() if line.startswith("BENCH ")
    ]
    if results:
        return results
    lines = [x for x in done.stdout.splitlines() if x.strip()] or ["(no output)"]
    text = "\n".join(lines)
    passed = done.returncode == 0 and "MISSED" not in text and "FAIL" not in text
    return [
        {
            "measure": script.stem,
            "value": lines[-1][:60] if done.returncode == 0 else f"exit {done.returncode}",
            "unit": "",
            "goal": "see script",
            "ratio": None,
            "pass": passed,
            "seconds": round(took, 1),
        }
    ]


def main(argv: list[str]) -> int:
    scripts = sorted(HERE.glob("bench_*.py"))
    if argv:
        scripts = [s for s in scripts if any(a in s.name for a in argv)]
    rows = []
    for script in scripts:
        print(f"running {script.name} …", file=sys.stderr, flush=True)
        rows += run(script)
    header = f"{'measure':<52} {'value':>14} {'goal':<34} {'ratio':>6}  pass"
    print(header)
    print("-" * len(header))
    for r in rows:
        value = r["value"]
        value = f"{value:.3f} {r['unit']}" if isinstance(value, (int, float)) else str(value)
        ratio = "" if r.get("ratio") is None else f"{r['ratio']:.2f}"
        print(
            f"{r['measure'][:52]:<52} {value[:14]:>14} {r['goal'][:34]:<34} {ratio:>6}  "
            f"{'yes' if r['pass'] else 'NO'}"
        )
    return 0 if all(r["pass"] for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
