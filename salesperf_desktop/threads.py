"""Thread counts of the numeric libraries, set before they load."""

from __future__ import annotations

import os


def one_blas_thread() -> None:
    """numpy (loaded by matplotlib) starts OpenBLAS with a thread per core, which spin at
    start-up: 0.09 s of CPU taken from the other core, where the reader process and the
    printing workers run. No chart or form of this program multiplies a matrix, so one thread
    does all the work they have. An officer's own setting in the environment is kept."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
