"""The commands run against a copy of one demo database (made once: the demo takes seconds)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def _demo_file(tmp_path_factory) -> Path:
    from salesperf_desktop.app_context import build_context
    from salesperf_desktop.services.demo import create_demo_company
    from salesperf_desktop.services.progress import run_to_end

    path = tmp_path_factory.mktemp("cli-demo") / "demo.sqlite"
    ctx = build_context(path, lang="zh_CN")
    run_to_end(create_demo_company(ctx))
    with ctx.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.close()
    return path


@pytest.fixture
def demo_db(_demo_file, tmp_path) -> str:
    """A fresh copy of the demo company's database file, as a --db argument."""
    path = tmp_path / "salesperf.sqlite"
    shutil.copy(_demo_file, path)
    return str(path)
