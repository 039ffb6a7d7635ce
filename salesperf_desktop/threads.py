"""Thread counts of the numeric libraries, set before they load."""

from __future__ import annotations

import os


def one_blas_thread() -> None:
    """numpy (loaded by matplotlib) starts OpenBLAS with a thread per core, which spin at
    start-up: 0.09 s of CPU taken from the other core, where the reader process and the
    printing workers run. No chart or form of this program multiplies a matrix, so one thread
    does all the work they have. An officer's own setting in the environment is kept."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


#: How long a thread keeps the GIL when another asks for it (Python's default: 5 ms).
GIL_HANDOFF_S = 0.001


def prompt_gil_handoff() -> None:
    """The window's process: a worker thread running Python (unpickling a 3,000-person month,
    scoring, a chart) gives the GIL to the GUI thread within 1 ms, not 5 ms. The GUI thread
    lets go of the GIL in nearly every call into Qt and asks for it back after, so painting a
    grid beside a busy worker waited up to 5 ms a call: a Monthly entry period switch at 3,000
    staff kept the GUI thread from its events for up to 190–224 ms, 98–109 ms with this."""
    import sys

    sys.setswitchinterval(GIL_HANDOFF_S)
