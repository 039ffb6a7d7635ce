"""Scoring the demo company gives exactly the stored golden results, for every shipped template.

Every demo month, quarter and year is scored again through the service path and compared, as
text, with tests/fixtures/golden/<period>.json (format: tests/domain/golden.py; floats rounded
to 10 significant digits). A difference means results changed. If the change is intended,
regenerate the files and review the diff before committing it:

    .venv/bin/python -m tests.domain.golden --regenerate
    git diff tests/fixtures/golden/
"""

from __future__ import annotations

import difflib
import json

import pytest

from salesperf_desktop.domain.library import SEED_TEMPLATES

from . import golden

PERIODS = golden.demo_periods()
# Shipped from issue 18 on and on no demo person yet: each is scored by hand from its seed's
# formulas in tests/domain/library/test_seed_sheets.py.
WORKED_BY_HAND = {"pharma_rep", "sales_director_duties", "sales_department"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    ctx = golden.build_demo_context(tmp_path_factory.mktemp("golden"))
    yield ctx
    ctx.close()


def _first_differences(stored: str, fresh: str, limit: int = 60) -> str:
    diff = difflib.unified_diff(
        stored.splitlines(), fresh.splitlines(), "stored", "scored now", lineterm="", n=2
    )
    return "\n".join(line for _, line in zip(range(limit), diff, strict=False))


@pytest.mark.parametrize("period", PERIODS, ids=str)
def test_demo_period_scores_as_stored(demo, period):
    path = golden.golden_path(period)
    assert path.exists(), f"no golden file {path.name}: run python -m tests.domain.golden"
    stored = path.read_text(encoding="utf-8")
    fresh = golden.to_text(golden.period_snapshot(demo, period))
    assert fresh == stored, "results changed:\n" + _first_differences(stored, fresh)


def test_golden_files_cover_every_shipped_template_and_only_demo_periods():
    files = sorted(golden.GOLDEN_DIR.glob("*.json"))
    assert sorted(f.stem for f in files) == sorted(str(p) for p in PERIODS)
    used = set()
    for f in files:
        people = json.loads(f.read_text(encoding="utf-8"))["people"]
        used |= {p["template"] for p in people.values()}
    shipped = {t["code"] for t in SEED_TEMPLATES} - WORKED_BY_HAND
    assert shipped <= used, f"no demo person on {sorted(shipped - used)}: add one to the demo"


def test_stored_text_is_stable_for_the_same_data():
    # the format does not depend on dict order or float noise below 10 significant digits
    a = {"people": {}, "b": 1.00000000001, "a": [0.1 + 0.2, -0.0, None, True]}
    b = {"a": [0.3, -0.0, None, True], "people": {}, "b": 1.0}
    assert golden.to_text(a) == golden.to_text(b)
