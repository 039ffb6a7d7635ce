"""The installed Qt binding keeps Python's count of references to None balanced.

PySide6 6.12.0 took one reference away from None on every Qt call returning void; before
Python 3.12 (None is immortal from 3.12 on) the window then died with "Fatal Python error:
none_dealloc" after a few thousand clicks. Both checks run in a subprocess, so such an abort
fails the test instead of killing pytest: first the bare binding (no code of ours), then the
real main window over the demo company.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("refcount_worker.py")
NONE_IS_MORTAL = sys.version_info < (3, 12)
# Caches may take or drop a few references to None; a broken binding loses one per call.
NOISE = 100


def _env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / "config"),
        "PYTHONPATH": str(ROOT),
    }


def _ended_cleanly(done: subprocess.CompletedProcess) -> str:
    """An assertion message naming the abort, if any."""
    fatal = [line for line in done.stderr.splitlines() if "Fatal Python error" in line]
    return f"exit {done.returncode}; {fatal[:1] or done.stderr[-1500:]}; {done.stdout[-500:]}"


def test_bare_binding_makes_200000_void_calls_without_losing_none(tmp_path):
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "check_pyside_refcount.py"), "--json"],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    row = json.loads(done.stdout.splitlines()[-1])
    assert row["returncode"] == 0, row.get("fatal") or row
    assert row["calls"] == 200_000
    if NONE_IS_MORTAL:
        assert abs(row["drift"]) <= NOISE, row
        assert all(abs(d) <= NOISE for d in row["per_kind"].values()), row
    assert done.returncode == 0, row


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    from salesperf_desktop.app_context import build_context
    from salesperf_desktop.services.demo import create_demo_company
    from salesperf_desktop.services.progress import run_to_end

    path = tmp_path_factory.mktemp("refcount") / "demo.sqlite"
    ctx = build_context(path, lang="zh_CN")
    run_to_end(create_demo_company(ctx))
    ctx.close()
    return path


def test_main_window_on_the_demo_company_handles_50000_events(demo_db, tmp_path):
    done = subprocess.run(
        [sys.executable, str(WORKER), str(demo_db), "50000", str(tmp_path / "settings.ini")],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, _ended_cleanly(done)  # 3: errors in slots or event handlers
    report = json.loads(done.stdout.split("DONE ", 1)[1])
    assert report["events"] == 50_000
    assert report["errors"] == []
    if NONE_IS_MORTAL:
        assert abs(report["drift"]) <= NOISE, report
