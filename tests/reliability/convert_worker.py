"""Run by test_encryption in a subprocess: set (or remove) the password, killed before step K.

Usage: python convert_worker.py DB K set|remove
Every call that changes the file system (os.replace, os.unlink, os.fsync, os.write) while the
database file itself is converted is a step (its backups then go through the same function);
the process SIGKILLs itself just before step K (K = 0: never). Prints ``DONE <steps>`` when the
change finished.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path


def main() -> None:
    db, kill_at, what = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    from salesperf_desktop.app_context import build_context
    from salesperf_desktop.services import security
    from salesperf_desktop.services.opening import unlock

    assert unlock(db, "s3cret-1")  # a plain file: nothing to do
    ctx = build_context(db, lang="en", seed=False)
    from salesperf_desktop.storage import conversion

    steps = 0
    active = False
    real_convert = conversion.convert_database

    def convert(path, *args, **kwargs):
        nonlocal active
        active = Path(path) == db
        try:
            return real_convert(path, *args, **kwargs)
        finally:
            active = False

    conversion.convert_database = convert

    def counted(real):
        def step(*args, **kwargs):
            nonlocal steps
            if not active:
                return real(*args, **kwargs)
            steps += 1
            if steps == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*args, **kwargs)

        return step

    for name in ("replace", "unlink", "fsync", "write"):
        setattr(os, name, counted(getattr(os, name)))
    if what == "set":
        security.set_password(ctx, "s3cret-1")
    else:
        security.remove_password(ctx, current="s3cret-1")
    ctx.close()
    print("DONE", steps, flush=True)


if __name__ == "__main__":
    main()
