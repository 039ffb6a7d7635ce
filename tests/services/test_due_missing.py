"""本月待办 counts the values missing in a month without scoring anyone (``missing_values``):
the counts must be the scoring's own (each person's unscored items, ``compute_period``), on the
demo company made untidy — a transfer and a promotion within October, long and short leave, a
leaver, a quarterly team, entries, ratings, targets and a pass/fail removed, a manager's own
"reps on target" entry and the achievement their reps are counted on."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import random
import shutil

import pytest
from sqlalchemy import delete, select

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.due import DueKind
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.status import StaffStatus
from salesperf_desktop.services import appraisals as ap
from salesperf_desktop.services import movements as mvs
from salesperf_desktop.services.due import due_this_month, missing_values
from salesperf_desktop.services.periods import stored_period
from salesperf_desktop.storage.models import (
    AppraisalRow,
    MetricEntryRow,
    PeriodRow,
    RatingRow,
    StaffRow,
    TeamRow,
    TemplateVersionRow,
)
from tests.services.support import staff_id

OCTOBER = Period.month(2026, 10)
EAST, CHANNEL = 1, 3  # 华东成熟产品组, 渠道分销组


@pytest.fixture
def demo(demo_file, tmp_path):
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    ctx = build_context(path, lang="zh_CN")
    yield ctx
    ctx.close()


def _scored(ctx, month: Period) -> dict[int, int]:
    """Each listed person's unscored items, as the scoring leaves them."""
    with ctx.session() as s:
        results = ap.compute_period(s, month)
    return {p.staff_id: sum(1 for i in p.result.items if not i.scored) for p in results.people}


def _counted(ctx, month: Period) -> dict[int, int]:
    with ctx.session() as s:
        listed = missing_values(s, month, stored_period(s, month))
    return {person.id: missing for person, missing in listed}


def _untidy(ctx) -> None:
    """Moves, leave, a leaver and holes in October's entries (see the module's text)."""
    mvs.record_move(
        ctx,
        staff_id(ctx, "E005"),
        mvs.MoveDraft(dt.date(2026, 10, 15), "transfer", CHANNEL, "sales_rep", "支援渠道"),
    )
    mvs.record_leave(
        ctx,
        staff_id(ctx, "E003"),
        mvs.LeaveDraft("maternity", dt.date(2026, 10, 8), dt.date(2026, 10, 31)),
    )
    mvs.record_leave(
        ctx,
        staff_id(ctx, "E004"),
        mvs.LeaveDraft("personal", dt.date(2026, 10, 19), dt.date(2026, 10, 20)),
    )
    with ctx.transaction() as s:
        october = s.scalar(select(PeriodRow).where(PeriodRow.year == 2026, PeriodRow.number == 10))
        reps = list(
            s.scalars(
                select(StaffRow)
                .where(StaffRow.role == "sales_rep")
                .order_by(StaffRow.team_id, StaffRow.employee_no)
            )
        )
        by_team: dict[int, list[StaffRow]] = {}
        for rep in reps:
            by_team.setdefault(rep.team_id, []).append(rep)
        teams = sorted(by_team)
        # a leaver in October
        leaver = by_team[teams[0]][-1]
        leaver.status, leaver.leave_date = StaffStatus.LEFT, dt.date(2026, 10, 20)
        entries = delete(MetricEntryRow).where(MetricEntryRow.period_id == october.id)
        # one person: nothing entered at all
        s.execute(entries.where(MetricEntryRow.staff_id == by_team[teams[1]][0].id))
        s.execute(
            delete(RatingRow).where(
                RatingRow.period_id == october.id, RatingRow.staff_id == by_team[teams[1]][0].id
            )
        )
        # every rep of a team without their achievement: their manager's reps on target
        for rep in by_team[teams[2]]:
            s.execute(
                entries.where(
                    MetricEntryRow.staff_id == rep.id,
                    MetricEntryRow.indicator_code == "sales_achievement",
                )
            )
        # a target gone, a pass/fail gone, a rating gone (one rater of several)
        someone = by_team[teams[0]][0]
        first = s.scalar(
            select(MetricEntryRow).where(
                MetricEntryRow.period_id == october.id,
                MetricEntryRow.staff_id == someone.id,
                MetricEntryRow.target.is_not(None),
            )
        )
        if first is not None:
            first.target = None
        passed = s.scalar(
            select(MetricEntryRow).where(
                MetricEntryRow.period_id == october.id, MetricEntryRow.passed.is_not(None)
            )
        )
        if passed is not None:
            passed.passed = None
        rating = s.scalar(select(RatingRow).where(RatingRow.period_id == october.id))
        if rating is not None:
            s.delete(rating)
        # the first manager's own entry of reps on target is kept as entered; the others'
        # are derived from their reps
        managers = list(
            s.scalars(
                select(StaffRow.id)
                .where(StaffRow.role == "sales_manager")
                .order_by(StaffRow.employee_no)
            )
        )
        s.execute(
            entries.where(
                MetricEntryRow.staff_id.in_(managers[1:]),
                MetricEntryRow.indicator_code == ap.MET_TARGET_INDICATOR,
            )
        )
    # a promotion within the month: another sheet at its end
    mvs.record_move(
        ctx,
        staff_id(ctx, "E006"),
        mvs.MoveDraft(dt.date(2026, 10, 20), "promotion", EAST, "sales_manager", "晋升"),
    )


def test_the_demo_months_count_as_the_scoring_leaves_them(demo):
    with demo.session() as s:
        months = [
            Period.month(p.year, p.number)
            for p in s.scalars(select(PeriodRow).where(PeriodRow.kind == "month"))
        ]
    for month in [*months, Period.month(2026, 11)]:  # November: not stored yet
        assert _counted(demo, month) == _scored(demo, month), month


def test_an_untidy_october_counts_as_the_scoring_leaves_it(demo):
    _untidy(demo)
    scored = _scored(demo, OCTOBER)
    assert sum(scored.values()) > 20  # the holes are there to count
    assert _counted(demo, OCTOBER) == scored
    assert _counted(demo, Period.month(2026, 9)) == _scored(demo, Period.month(2026, 9))


def test_a_quarterly_team_and_its_holes_count_as_the_scoring_leaves_them(demo):
    with demo.transaction() as s:
        team = s.scalars(select(TeamRow).where(TeamRow.cycle == "monthly")).first()
        team.cycle = "quarterly"
        october = s.scalar(select(PeriodRow).where(PeriodRow.year == 2026, PeriodRow.number == 10))
        people = select(StaffRow.id).where(StaffRow.team_id == team.id)
        s.execute(
            delete(MetricEntryRow).where(
                MetricEntryRow.period_id == october.id,
                MetricEntryRow.staff_id.in_(people),
                MetricEntryRow.indicator_code == "sales_achievement",
            )
        )
    assert _counted(demo, OCTOBER) == _scored(demo, OCTOBER)


def test_the_due_list_tells_the_untidy_months_counts_per_team(demo):
    """What 本月待办 shows is the scoring's count, team by team."""
    _untidy(demo)
    with demo.session() as s:
        results = ap.compute_period(s, OCTOBER)
    people: dict[str, int] = {}
    values: dict[str, int] = {}
    for p in results.people:
        missing = sum(1 for i in p.result.items if not i.scored)
        if missing:
            people[p.team_name] = people.get(p.team_name, 0) + 1
            values[p.team_name] = values.get(p.team_name, 0) + missing
    due = due_this_month(demo, dt.date(2026, 11, 20))
    expected = [
        f"2026年10月 {team}：{people[team]} 人缺 {values[team]} 项" for team in sorted(values)
    ]
    assert [i.text for i in due.group(DueKind.ENTRIES).items] == expected


def _figures_of_every_kind(ctx, month: Period, seed: int) -> None:
    """October's figures made of every kind a measure tells apart (missing, zero, negative,
    infinite, NaN, tiny; pass/fail given false) and its ratings untidy (an unweighted rater
    alone, ratings without an entry, huge and infinite ratings, a person with none)."""
    rng = random.Random(seed)
    numbers = [None, 0.0, -4.0, math.inf, -math.inf, math.nan, 1e-300, 7.5, 120.0]
    with ctx.transaction() as s:
        period = stored_period(s, month)
        entries = list(
            s.scalars(
                select(MetricEntryRow)
                .where(MetricEntryRow.period_id == period.id)
                .order_by(MetricEntryRow.id)
            )
        )
        for entry in entries:
            if rng.random() < 0.5:
                entry.target, entry.actual, entry.base = (rng.choice(numbers) for _ in range(3))
                entry.passed = rng.choice([None, None, True, False])
        growth = [e for e in entries if e.indicator_code == "sales_growth"]
        for entry, base in zip(growth, itertools.cycle([None, 0.0, -2.0, math.inf, 10.0])):
            entry.actual, entry.base = 50.0, base  # a growth's base of every kind
        for entry in rng.sample(entries, 10):
            s.delete(entry)
        ratings = list(
            s.scalars(
                select(RatingRow).where(RatingRow.period_id == period.id).order_by(RatingRow.id)
            )
        )
        for rating in ratings:
            draw = rng.random()
            if draw < 0.1:
                s.delete(rating)
            elif draw < 0.2:
                rating.value = rng.choice([math.inf, -math.inf, 1e300, -1e300, 5e6])
            elif draw < 0.3:
                rating.rater_role = "customer"  # a rater kind no template weighs
        people = sorted({e.staff_id for e in entries})
        for sid in rng.sample(people, 4):  # a rated item with no entry, by an unweighted rater
            s.add(
                RatingRow(
                    staff_id=sid,
                    period_id=period.id,
                    indicator_code="work_attitude",
                    rater_role=rng.choice(["customer", "supervisor"]),
                    value=rng.choice([3.0, 1e300]),
                    comment="",
                )
            )


@pytest.mark.parametrize(("seed", "untidy"), [(1, False), (2, False), (3, True)])
def test_figures_of_every_kind_count_as_the_scoring_leaves_them(demo, seed, untidy):
    """The count reads the kinds of the figures, not the figures: each kind a measure tells
    apart must count as the scoring counts it (and with moves and leave on top: those people
    are read whole)."""
    if untidy:
        _untidy(demo)
    _figures_of_every_kind(demo, OCTOBER, seed)
    scored = _scored(demo, OCTOBER)
    assert sum(scored.values()) > 40
    assert _counted(demo, OCTOBER) == scored


def test_rater_weights_out_of_the_ordinary_count_as_the_scoring_leaves_them(demo):
    """A template weighing a rater absurdly (the weighted mean then overflows) is counted from
    the figures themselves."""
    with demo.transaction() as s:
        # October's drafts froze the templates: without them October is read on the current ones
        s.execute(
            delete(AppraisalRow).where(AppraisalRow.period_id == stored_period(s, OCTOBER).id)
        )
        for version in s.scalars(select(TemplateVersionRow)):
            definition = dict(version.definition)
            definition["rater_weights"] = {"supervisor": 1e308, "self": 10.0, "peer": 20.0}
            version.definition = definition
    _figures_of_every_kind(demo, OCTOBER, 4)
    assert _counted(demo, OCTOBER) == _scored(demo, OCTOBER)


def test_leave_that_scales_a_target_to_nothing_counts_as_the_scoring_leaves_it(demo):
    """Long leave scales the targets (``with_leave``): the smallest target there is becomes
    zero, and the item unscored; people with leave are read from their figures."""
    person = staff_id(demo, "E010")
    mvs.record_leave(
        demo, person, mvs.LeaveDraft("maternity", dt.date(2026, 10, 19), dt.date(2026, 10, 31))
    )
    with demo.transaction() as s:
        period = stored_period(s, OCTOBER)
        for entry in s.scalars(
            select(MetricEntryRow).where(
                MetricEntryRow.period_id == period.id,
                MetricEntryRow.staff_id == person,
                MetricEntryRow.target.is_not(None),
            )
        ):
            entry.target = 5e-324
    scored = _scored(demo, OCTOBER)
    assert scored[person] > 0
    assert _counted(demo, OCTOBER) == scored
