"""A benchmark-style database (benchmarks/bigdb.py), made once per run; copy it per use."""

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
