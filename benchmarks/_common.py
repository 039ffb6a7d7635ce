"""Shared by the benchmarks: the result line run_all.py reads, and a clean child environment.

A benchmark prints one line per measure:
    BENCH {"measure": "...", "value": 1.23, "unit": "s", "goal": "≤ 3× bare window",
           "ratio": 0.8, "pass": true}
``ratio`` is value ÷ allowed value (≤ 1 passes), so results from one run compare directly.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def report(measure: str, value: float, unit: str, goal: str, ratio: float) -> dict:
    result = {
        "measure": measure,
        "value": round(value, 4),
        "unit": unit,
        "goal": goal,
        "ratio": round(ratio, 3),
        "pass": ratio <= 1.0,
    }
    print("BENCH " + json.dumps(result, ensure_ascii=False), flush=True)
    return result


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
