"""The cyclic collector waits while a period is scored and runs again afterwards, also when the
scoring fails or calls nest (services/collector.py)."""

from __future__ import annotations

import gc

import pytest

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import appraisals as ap
from salesperf_desktop.services.collector import collector_paused


def test_paused_inside_running_after_even_when_nested_or_failing():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled(), "the outer caller is still at work"
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("scoring failed")
    assert gc.isenabled()


def test_a_collector_switched_off_by_someone_else_stays_off():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_scoring_a_year_pauses_the_collector_and_leaves_it_running(demo_ctx, monkeypatch):
    seen = []
    real = ap.score_many

    def watched(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(ap, "score_many", watched)
    with demo_ctx.session() as s:
        assert ap.compute_period(s, Period.of_year(2026)).people
    assert seen == [False]
    assert gc.isenabled()


def test_what_modules_load_is_frozen_and_the_collector_runs_again():
    """Start-up imports (the open's, matplotlib's): paused while they run, then what they made
    is kept out of every later collection (frozen), and the collector runs as before."""
    from salesperf_desktop.services.collector import loading_modules

    frozen_before = gc.get_freeze_count()
    try:
        with loading_modules():
            assert not gc.isenabled()
            made = [[i] for i in range(1000)]  # as the tables and classes an import makes
        assert gc.isenabled()
        assert gc.get_freeze_count() >= frozen_before + len(made)
        assert not any(o is made[0] for o in gc.get_objects(generation=0))
    finally:
        gc.unfreeze()
