"""numpy's OpenBLAS runs one thread unless the environment asks for more."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from salesperf_desktop.threads import one_blas_thread


def test_one_thread_unless_the_environment_says_otherwise(monkeypatch):
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    one_blas_thread()
    assert os.environ["OPENBLAS_NUM_THREADS"] == "1"
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "4")
    one_blas_thread()
    assert os.environ["OPENBLAS_NUM_THREADS"] == "4"


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="threads counted in /proc")
def test_numpy_loaded_after_it_starts_no_thread_of_its_own():
    """What the window and the command line do before matplotlib loads numpy."""
    script = (
        "import os; os.environ.pop('OPENBLAS_NUM_THREADS', None)\n"
        "from salesperf_desktop.threads import one_blas_thread; one_blas_thread()\n"
        "import numpy\n"
        "print(len(os.listdir('/proc/self/task')))\n"
    )
    assert _printed(script) == ["1"]


def test_the_window_hands_the_gil_on_within_a_millisecond():
    """The window's program sets it before anything else starts (a worker computing would
    otherwise keep the GUI thread waiting up to 5 ms after each call into Qt)."""
    script = (
        "import sys\n"
        "import salesperf_desktop.__main__ as m\n"
        "def stop():\n"
        "    print(sys.getswitchinterval())\n"
        "    raise SystemExit(0)\n"
        "m._make_application = stop\n"
        "print(sys.getswitchinterval())\n"
        "m.main([])\n"
    )
    assert [float(x) for x in _printed(script)] == [0.005, 0.001]


def _printed(script: str) -> list[str]:
    """What *script* prints, run in a fresh interpreter."""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()
