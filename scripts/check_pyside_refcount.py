#!/usr/bin/env python3
"""Does a PySide6 build keep Python's reference count of None balanced?

PySide6-Essentials 6.12.0 on Python 3.11 takes one reference away from None on every Qt call
that gives None back: void methods (``update()``, ``processEvents()``, ``setWindowTitle()``,
...) and those returning a null pointer or an empty QVariant (``parentWidget()`` of a window,
``headerData()`` for a role with no value). Before
Python 3.12 None is an ordinary object, so after enough calls its count reaches zero and the
interpreter aborts with "Fatal Python error: none_dealloc". From 3.12 on None is immortal
(PEP 683) and the same binding does no harm. See docs/design/engineering-notes.md.

This script runs a bare program (no code of ours) in a child process: a shown QWidget
(offscreen), 1,000 calls of each of a few such methods, then 200,000 ``update()`` calls, and
reports how far ``sys.getrefcount(None)`` moved and how the child ended.

    scripts/check_pyside_refcount.py                      # the binding next to this interpreter
    scripts/check_pyside_refcount.py --python /tmp/v/bin/python --python /tmp/w/bin/python
    scripts/check_pyside_refcount.py --install 6.12.0 6.11.3 --base-python python3.11
        # a throw-away venv per release under --venv-root (default /tmp/pyside-refcount-venvs)

Exit code 0 when every binding checked is balanced, 1 otherwise. ``--json`` prints the rows as
JSON (one object per line) instead of a table.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

CALLS = 200_000
CHECK_EVERY = 10_000
# Noise: caches inside Qt/shiboken may take a few references while warming up. A broken
# binding loses one per call (-1,000 per 1,000 calls), far outside this.
TOLERANCE = 100

CHILD = r"""
import json, os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QApplication, QWidget

calls = int(sys.argv[1])
every = int(sys.argv[2])
app = QApplication([])
w = QWidget()
w.resize(200, 100)
w.show()
app.processEvents()
for _ in range(1000):  # warm up caches before the baseline
    w.update()
    app.processEvents()
    w.setWindowTitle("x")
report = {
    "python": sys.version.split()[0],
    "pyside6": pyside_version,
    "start": sys.getrefcount(None),
    "per_kind": {},
}
print("INFO " + json.dumps(report), flush=True)
kinds = {
    "update()": w.update,
    "processEvents()": app.processEvents,
    "setWindowTitle()": lambda: w.setWindowTitle("SalesPerf"),
    "setEnabled()": lambda: w.setEnabled(True),
    "parentWidget() -> None": w.parentWidget,  # not void, but None comes back all the same
}
for name, call in kinds.items():
    before = sys.getrefcount(None)
    for _ in range(1000):
        call()
    report["per_kind"][name] = sys.getrefcount(None) - before
    print("KIND " + json.dumps([name, report["per_kind"][name]]), flush=True)
before = sys.getrefcount(None)
for i in range(1, calls + 1):
    w.update()
    if i % every == 0:
        print(f"CHECK {i} {sys.getrefcount(None) - before}", flush=True)
report["drift"] = sys.getrefcount(None) - before
w.close()
app.processEvents()
del w
print("DONE " + json.dumps(report), flush=True)
"""


def measure(python: str, calls: int = CALLS, timeout: float = 600) -> dict:
    """Run the bare program with *python*; a dict describing what happened."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG=os.environ.get("LANG", "C.UTF-8"))
    proc = subprocess.run(
        [python, "-c", CHILD, str(calls), str(CHECK_EVERY)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )
    row: dict = {"interpreter": python, "returncode": proc.returncode, "calls": calls}
    last_check = None
    for line in proc.stdout.splitlines():
        tag, _, rest = line.partition(" ")
        if tag in ("INFO", "DONE"):
            row.update(json.loads(rest))
        elif tag == "KIND":
            name, drift = json.loads(rest)
            row.setdefault("per_kind", {})[name] = drift
        elif tag == "CHECK":
            done, drift = rest.split()
            last_check = (int(done), int(drift))
    if "drift" not in row and last_check is not None:
        row["calls_before_end"], row["drift_before_end"] = last_check
    fatal = [ln for ln in proc.stderr.splitlines() if "Fatal Python error" in ln]
    row["fatal"] = fatal[0].strip() if fatal else None
    row["immortal_none"] = _immortal(row.get("python", ""))
    row["balanced"] = (
        proc.returncode == 0
        and "drift" in row
        and abs(row["drift"]) <= TOLERANCE
        and all(abs(v) <= TOLERANCE for v in row.get("per_kind", {}).values())
    )
    if proc.returncode != 0 and not fatal:
        row["stderr_tail"] = proc.stderr[-800:]
    return row


def _immortal(version: str) -> bool:
    try:
        major, minor = (int(p) for p in version.split(".")[:2])
    except ValueError:
        return False
    return (major, minor) >= (3, 12)


def make_venv(base_python: str, version: str, root: Path) -> str:
    """A throw-away venv with PySide6-Essentials==*version*; its python."""
    tag = subprocess.run(
        [base_python, "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    venv = root / f"py{tag}-pyside{version}"
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([base_python, "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", f"PySide6-Essentials=={version}"],
        check=True,
    )
    return str(python)


def describe(row: dict) -> str:
    kinds = ", ".join(f"{k} {v:+d}" for k, v in row.get("per_kind", {}).items())
    if "drift" in row:
        what = f"drift {row['drift']:+d} over {row['calls']:,} update() calls"
    elif "calls_before_end" in row:
        what = (
            f"drift {row['drift_before_end']:+d} after {row['calls_before_end']:,} calls, "
            "then the process ended"
        )
    else:
        what = "no measurement"
    end = "exit 0" if row["returncode"] == 0 else f"exit {row['returncode']}"
    if row["fatal"]:
        end += f" ({row['fatal']})"
    elif row.get("stderr_tail"):
        end += f" ({row['stderr_tail'].strip().splitlines()[-1]})"
    verdict = "balanced" if row["balanced"] else "BROKEN"
    note = " [None immortal]" if row["immortal_none"] else ""
    return (
        f"PySide6 {row.get('pyside6', '?'):<9} Python {row.get('python', '?'):<7} "
        f"{verdict:<8} start {row.get('start', '?')}; per 1,000 calls: {kinds}; {what}; "
        f"{end}{note}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python", action="append", default=[], help="interpreter to check")
    parser.add_argument("--install", nargs="+", default=[], metavar="VERSION")
    parser.add_argument("--base-python", default=sys.executable, help="for --install venvs")
    parser.add_argument("--venv-root", type=Path, default=Path("/tmp/pyside-refcount-venvs"))
    parser.add_argument("--calls", type=int, default=CALLS)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    pythons = list(args.python)
    if args.install:
        args.venv_root.mkdir(parents=True, exist_ok=True)
        pythons += [make_venv(args.base_python, v, args.venv_root) for v in args.install]
    if not pythons:
        pythons = [sys.executable]
    ok = True
    for python in pythons:
        row = measure(python, args.calls)
        ok = ok and row["balanced"]
        print(json.dumps(row) if args.json else describe(row), flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
