"""A benchmark-style database (benchmarks/bigdb.py), made once per run; copy it per use; a
reader process of a test's own."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def bigdb_module():
    spec = importlib.util.spec_from_file_location("bigdb", ROOT / "benchmarks" / "bigdb.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def big_file(tmp_path_factory) -> Path:
    """40 people, 15 months of entries and ratings (which months: bigdb.py decides)."""
    path = tmp_path_factory.mktemp("bigdb") / "big.sqlite"
    return bigdb_module().build_big_db(path, staff=40, months=15)


@pytest.fixture
def reader():
    """A reader process of the test's own, started (the program's stays as it was, whatever
    the test does to this one)."""
    from salesperf_desktop.services.reader_process import ReaderProcess

    process = ReaderProcess()
    process.start()
    yield process
    process.close()
