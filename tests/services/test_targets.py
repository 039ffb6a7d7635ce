"""Annual targets split by season into months, written under the grid's lock and audit rules."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import targets
from salesperf_desktop.storage.models import AuditEntryRow
from tests.services.support import sheet_person, staff_id

OCT, SEP, AUG = Period.month(2026, 10), Period.month(2026, 9), Period.month(2026, 8)


@pytest.mark.parametrize("annual", [1_000_000, 1_234_567.89, 7, 0.05])
@pytest.mark.parametrize("decimals", [0, 2])
def test_split_adds_up_exactly(annual, decimals):
    for factors in (None, targets.DEFAULT_PROFILE):
        months = targets.split(annual, factors, decimals)
        assert len(months) == 12
        assert sum(Decimal(str(m)) for m in months) == Decimal(str(annual))


def test_seasonal_split_follows_the_profile():
    months = targets.split(1_200_000, targets.DEFAULT_PROFILE)
    assert months[1] < months[0] < months[3] < months[11]  # Feb trough, Dec peak
    assert targets.split(1_200_000) == [100_000.0] * 12
    with pytest.raises(targets.ProfileError):
        targets.split(100, [1] * 11)
    with pytest.raises(targets.ProfileError):
        targets.split(100, [0] * 12)


def test_profile_setting_round_trip(ctx):
    assert targets.load_profile(ctx.settings) == targets.DEFAULT_PROFILE
    targets.save_profile(ctx.settings, [1] * 6 + [2] * 6)
    assert targets.load_profile(ctx.settings) == (1.0,) * 6 + (2.0,) * 6


def test_apply_targets_refuses_locked_months_and_audits_published(demo_ctx):
    sid = staff_id(demo_ctx, "E003")
    plan = {sid: targets.split(1_200_000, targets.DEFAULT_PROFILE)}
    with pytest.raises(targets.TargetsLocked) as err:
        targets.apply_targets(demo_ctx, "sales_achievement", 2026, plan, reason="x")
    assert AUG in err.value.months and OCT not in err.value.months
    with pytest.raises(ValueError):  # September is published: a reason is needed
        targets.apply_targets(demo_ctx, "sales_achievement", 2026, plan, skip_locked=True)
    done = targets.apply_targets(
        demo_ctx, "sales_achievement", 2026, plan, reason="年度目标", skip_locked=True
    )
    assert (sid, AUG) in done.skipped and done.written == 12 - len(done.skipped)
    assert sheet_person(demo_ctx, OCT, "E003").get("sales_achievement", "target") == plan[sid][9]
    with demo_ctx.session() as s:
        audit = s.scalars(select(AuditEntryRow).where(AuditEntryRow.reason == "年度目标")).all()
    values = [a for a in audit if a.entity == "metric_entry"]
    assert len(values) == 1  # September only
    # the published (unsigned) September result was re-scored with the new target
    assert {a.field for a in audit if a.entity == "appraisal"} >= {"total"}


def test_copy_previous_month(demo_ctx):
    sid = staff_id(demo_ctx, "E003")
    n = targets.copy_previous_month(demo_ctx, Period.month(2026, 11), [sid])
    assert n > 0
    assert sheet_person(demo_ctx, Period.month(2026, 11), "E003").get(
        "sales_achievement", "target"
    ) == sheet_person(demo_ctx, OCT, "E003").get("sales_achievement", "target")


def test_year_states_show_locked_people_and_published_months(demo_ctx):
    sid = staff_id(demo_ctx, "E003")
    states = targets.year_states(demo_ctx, 2026, [sid])
    assert [s.month.number for s in states] == list(range(1, 13))
    by_month = {s.month.number: s for s in states}
    assert sid in by_month[8].locked and by_month[8].audited
    assert by_month[9].audited and sid not in by_month[9].locked
    assert not by_month[10].audited and not by_month[10].locked
