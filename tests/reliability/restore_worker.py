"""Run by test_atomic_restore in a subprocess: a real restore, killed before its K-th file step.

Usage: python restore_worker.py DB BACKUP K
Every call that changes the file system (os.replace, os.link, os.unlink, os.fsync) is a step;
the process SIGKILLs itself just before step K (K = 0: never). Prints ``DONE <steps>`` when the
restore finished.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path


def main() -> None:
    db, backup, kill_at = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    from salesperf_desktop.services.backup import restore_backup, verify_backup

    verify_backup(backup)  # imports what the restore needs before counting starts
    steps = 0

    def counted(real):
        def step(*args, **kwargs):
            nonlocal steps
            steps += 1
            if steps == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*args, **kwargs)

        return step

    for name in ("replace", "link", "unlink", "fsync"):
        setattr(os, name, counted(getattr(os, name)))
    restore_backup(db, backup)
    print("DONE", steps, flush=True)


if __name__ == "__main__":
    main()
