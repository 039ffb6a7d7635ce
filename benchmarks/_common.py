"""Shared by the benchmarks: the result line run_all.py reads, clean child processes, markers.

A benchmark prints one line per measure:
    BENCH {"measure": "...", "value": 1.23, "unit": "s", "goal": "≤ 3× bare window (0.41 s)",
           "ratio": 0.8, "pass": true}
``ratio`` is value ÷ allowed value (≤ 1 passes), so results from one run compare directly.
A figure shown for information only has ``"goal": "information"``, ``ratio`` and ``pass`` null;
run_all.py lists it and does not judge it. Units: "s", "ms", "MiB" (2^20 bytes), "×".

``SALESPERF_BENCH_SMOKE=1`` in the environment asks for tiny sizes (run_all.py --smoke): the
harness is exercised end to end, the figures mean nothing.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SMOKE = os.environ.get("SALESPERF_BENCH_SMOKE") == "1"
PREFIX = "BENCH "
EXIT_GRACE = 60


def report(measure: str, value: float, unit: str, goal: str, ratio: float | None) -> dict:
    """Print one BENCH line; *ratio* None: information, not judged."""
    result = {
        "measure": measure,
        "value": round(value, 4),
        "unit": unit,
        "goal": goal if ratio is not None else "information",
        "ratio": None if ratio is None else round(ratio, 3),
        "pass": None if ratio is None else bool(ratio <= 1.0),
    }
    if SMOKE:
        result["smoke"] = True
    print(PREFIX + json.dumps(result, ensure_ascii=False), flush=True)
    return result


def parse_bench_lines(text: str) -> list[dict]:
    """The BENCH results in a script's output; ValueError for a malformed one."""
    results = []
    for line in text.splitlines():
        if not line.startswith(PREFIX):
            continue
        result = json.loads(line[len(PREFIX) :])
        missing = {"measure", "value", "unit", "goal", "ratio", "pass"} - set(result)
        if missing:
            raise ValueError(f"BENCH line without {sorted(missing)}: {line}")
        if result["ratio"] is not None and result["pass"] != (result["ratio"] <= 1.0):
            raise ValueError(f"BENCH line whose pass does not follow its ratio: {line}")
        results.append(result)
    return results


def compile_like_installed() -> None:
    """Byte-compile the package, as installing it does (pip writes the ``.pyc`` files, an
    installer bundles them): an app started from an environment with
    ``PYTHONDONTWRITEBYTECODE`` would otherwise compile its modules from source on every
    start, which no officer's copy does (the baselines import only installed, compiled
    modules)."""
    import compileall

    compileall.compile_dir(str(ROOT / "salesperf_desktop"), quiet=1)


def child_env(home: Path | None = None) -> dict[str, str]:
    """Offscreen Qt, fresh QSettings (own HOME/XDG folders), no real data folder."""
    home = home or Path(tempfile.mkdtemp(prefix="salesperf-bench-home-"))
    env = dict(os.environ)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "SALESPERF_DATA_DIR": str(home / "data-dir"),
            "PYTHONPATH": str(ROOT),
        }
    )
    return env


def marks(
    cmd: list[str], env: dict[str, str], timeout: float = 600, last: str = ""
) -> dict[str, float]:
    """Seconds from spawning *cmd* to each ``SALESPERF_<EVENT> <unix time> [words]`` line.

    ``SALESPERF_TAB <t> ChartsTab begin`` is keyed "tab ChartsTab begin"; others by the
    lower-case event ("shown", "ready", "chart ready" …). Once the *last* mark is seen the
    process gets EXIT_GRACE seconds to exit; a slower exit is stopped and noted (the marks
    stand: they were printed). subprocess.TimeoutExpired after *timeout* without it.
    """
    t0 = time.time()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen: dict[str, float] = {}
    timer = threading.Timer(timeout, proc.kill)
    timer.start()
    err: list[str] = []
    reader = threading.Thread(target=lambda: err.extend(proc.stderr), daemon=True)
    reader.start()
    try:
        for line in proc.stdout:
            if line.startswith("SALESPERF_"):
                event, stamp, *words = line.split()
                key = " ".join([event.removeprefix("SALESPERF_").lower(), *words])
                seen[key] = float(stamp) - t0
                if key == last:
                    break
        try:
            code = proc.wait(EXIT_GRACE)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            print(f"  (exit took over {EXIT_GRACE} s after the last mark: stopped)", flush=True)
            code = 0
    finally:
        timer.cancel()
    if last and last not in seen and time.time() - t0 >= timeout:
        raise subprocess.TimeoutExpired(cmd, timeout)
    if code != 0 or not seen:
        raise RuntimeError(
            f"{cmd[:4]} exited {code} with marks {sorted(seen)}:\n{''.join(err)[-3000:]}"
        )
    return seen


def median(values: list[float]) -> float:
    return statistics.median(values)


def core_speed() -> float:
    """Seconds one core takes for a fixed pure-Python loop (best of 3 short tries). The
    development VM's core speed changes by up to 1.5× from one minute, even one run, to the
    next, whatever the load average says; every absolute figure (the "≤ 2 s" goals) moves with
    it (README, stop 22)."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        total = 0
        for i in range(1_000_000):
            total += i
        best = min(best, time.perf_counter() - started)
    return best


def load_text() -> str:
    one, five, fifteen = os.getloadavg()
    return (
        f"load average {one:.2f} / {five:.2f} / {fifteen:.2f} on {os.cpu_count()} cores, "
        f"reference loop {core_speed():.3f} s"
    )


def note_load(label: str) -> None:
    """For the reader of a run: how busy the machine was."""
    print(f"[{label}] {load_text()}", flush=True)
