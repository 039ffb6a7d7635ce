"""Putting a finished file in place, also where Windows refuses to replace an open file.

Output files (PDF forms, the results workbook) are written next to their target as ``.part`` and
moved over it with ``os.replace``. On Windows that fails with a sharing violation
(PermissionError, WinError 5 or 32) while another program has the target open: a PDF reader, Excel,
or briefly a virus scanner or the search indexer. A short lock is waited out; a lasting one is
reported as :class:`FileInUseError` naming the file, the old file is left as it was and the
``.part`` file is removed. Elsewhere (POSIX) replacing an open file works, and a PermissionError
means the folder is not writable: it is passed on unchanged.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

# A virus scanner or indexer holds a new file for well under a second.
ATTEMPTS = 6
DELAY_S = 0.25


class FileInUseError(OSError):
    """The target file is open in another program and could not be replaced."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        super().__init__(
            errno.EACCES,
            f"{self.path} is open in another program (for example Excel or a PDF reader). "
            "Close it there and try again; the file was not changed.",
        )

    def __str__(self) -> str:
        return self.strerror or super().__str__()

    def __reduce__(self):  # crosses process boundaries (printing workers)
        return (type(self), (str(self.path),))


def replace_file(
    source: Path | str,
    target: Path | str,
    *,
    attempts: int = ATTEMPTS,
    delay: float = DELAY_S,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """``os.replace(source, target)``, waiting out a short lock on Windows (see the module)."""
    for attempt in range(1, attempts + 1):
        try:
            os.replace(source, target)
            return
        except PermissionError as exc:
            if sys.platform != "win32":
                raise
            if attempt == attempts:
                with contextlib.suppress(OSError):
                    Path(source).unlink()
                raise FileInUseError(target) from exc
            sleep(delay)
