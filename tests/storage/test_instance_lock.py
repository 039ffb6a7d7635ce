"""A second instance on the same database file is told so instead of writing concurrently."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from salesperf_desktop.instance_lock import DatabaseInUseError, DatabaseLock


def test_second_instance_is_refused_while_the_first_holds_the_file(tmp_path):
    db = tmp_path / "shared.sqlite"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys, time
            from salesperf_desktop.instance_lock import DatabaseLock
            lock = DatabaseLock(r"{db}")
            lock.acquire()
            print("locked", flush=True)
            sys.stdin.readline()
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseInUseError) as info:
            DatabaseLock(db).acquire()
        assert info.value.pid == holder.pid
        assert "already open" in str(info.value)
    finally:
        holder.communicate("\n", timeout=10)
    # Once the first instance is gone, the file can be opened again.
    with DatabaseLock(db):
        pass


def test_lock_of_a_crashed_instance_is_taken_over(tmp_path):
    db = tmp_path / "crashed.sqlite"
    subprocess.run(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import os
            from salesperf_desktop.instance_lock import DatabaseLock
            lock = DatabaseLock(r"{db}")
            lock.acquire()
            os._exit(9)  # dies without unlocking
        """),
        ],
        check=False,
    )
    assert (tmp_path / "crashed.sqlite.lock").exists()
    with DatabaseLock(db):
        pass
