"""The named steps of compute_period that need no database, each on its own."""

from __future__ import annotations

from types import SimpleNamespace

from salesperf_desktop.domain.status import AppraisalStatus
from salesperf_desktop.services.appraisals import _is_listed, _shown_result


def test_listing_filter_by_team_and_selection():
    person = SimpleNamespace(id=7, team_id=2)
    assert _is_listed(person, None, None)
    assert _is_listed(person, 2, {7})
    assert not _is_listed(person, 3, None)
    assert not _is_listed(person, None, {8})


def test_a_draft_shows_the_fresh_result_and_a_published_one_its_stored_result():
    fresh = object()
    draft = SimpleNamespace(result={"x": 1}, status=AppraisalStatus.DRAFT)
    assert _shown_result(fresh, draft, True) == (fresh, False)
    assert _shown_result(fresh, None, True) == (fresh, False)
    published = SimpleNamespace(
        result={"x": 1}, status=next(s for s in AppraisalStatus if s is not AppraisalStatus.DRAFT)
    )
    assert _shown_result(fresh, published, False) == (fresh, False)
