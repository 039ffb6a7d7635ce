"""The commands run against a copy of one demo database (made once: the demo takes seconds)."""

from __future__ import annotations

import shutil

import pytest


@pytest.fixture
def demo_db(demo_file, tmp_path) -> str:
    """A fresh copy of the demo company's database file, as a --db argument."""
    path = tmp_path / "salesperf.sqlite"
    shutil.copy(demo_file, path)
    return str(path)
