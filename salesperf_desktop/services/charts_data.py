"""What the charts show, computed from results (Qt-free and matplotlib-free, so testable).

Everything starts from ``compute_period`` results, kept in the context's results cache until
the data change. A person's charts score only the person's team (``person_results``,
``trend_for``): their result is exactly the one the whole company gives them, and a 12-month
trend scores each month once at most (a published month shows the kept result, scoring nobody).
Team charts use the whole period (``period_results``).
Scores are compared as a percentage of the person's sheet so 100- and 120-point sheets mix.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from salesperf_desktop.domain.cycles import is_interim
from salesperf_desktop.domain.i18n import pick
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.scoring import AppraisalResult
from salesperf_desktop.domain.status import PeriodKind
from salesperf_desktop.domain.vocab import DIMENSIONS
from salesperf_desktop.services.appraisals import (
    AppraisedPerson,
    PeriodResults,
    PersonResult,
    appraised_people,
    cached_results,
    kept_month_results,
    team_of,
)
from salesperf_desktop.storage.models import MetricEntryRow, PeriodRow

ACHIEVEMENT_INDICATOR = "sales_achievement"


def _months_with_data(session: Session) -> list[Period]:
    # One index probe per month (EXISTS), not a join over every entry: at 3,000 staff × 36
    # months the join read 2 million entries (0.3–0.9 s) each time the Charts tab refreshed.
    has_entries = exists().where(MetricEntryRow.period_id == PeriodRow.id)
    rows = session.execute(
        select(PeriodRow.year, PeriodRow.number)
        .where(PeriodRow.kind == PeriodKind.MONTH, has_entries)
        .order_by(PeriodRow.year, PeriodRow.number)
    ).all()
    return [Period("month", y, m) for y, m in rows]


def chartable_periods(ctx) -> list[Period]:
    """Months with data and the quarters and years they make up, newest first."""
    with ctx.session() as session:
        months = _months_with_data(session)
    quarters = sorted({Period("quarter", m.year, (m.number - 1) // 3 + 1) for m in months})
    years = sorted({Period("year", m.year, 1) for m in months})
    return sorted([*months, *quarters, *years], key=lambda p: (p.months()[-1], p.kind != "month"))[
        ::-1
    ]


def _up_to(months: Sequence[Period], period: Period, count: int) -> list[Period]:
    last = period.months()[-1]
    return [m for m in months if not last < m][-count:]


def trend_months(ctx, period: Period, count: int = 12) -> list[Period]:
    """The months with data up to the end of ``period`` (at most ``count``)."""
    with ctx.session() as session:
        return _up_to(_months_with_data(session), period, count)


def people_in(ctx, period: Period) -> list[AppraisedPerson]:
    """Whom the person charts can show for *period* (the people its results list), without
    scoring anyone."""
    return appraised_people(ctx, period)


def person_results(ctx, staff_id: int, period: Period, *, lang: str | None = None) -> PeriodResults:
    """The person's team's results for *period* (the radar compares with the team), scoring
    that team only."""
    with ctx.session() as session:
        team = team_of(session, staff_id)
        return cached_results(ctx, session, period, staff_ids=team, lang=lang or ctx.lang)


def trend_for(
    ctx, staff_id: int, period: Period, *, count: int = 12, lang: str | None = None
) -> Trend:
    """The person's trend over the months with data up to *period* (at most *count*), in one
    read: a month whose published appraisal keeps the person's result shows that result
    without scoring anyone (``kept_month_results``); any other month is scored once, for the
    person's team only (kept in the results cache)."""
    lang = lang or ctx.lang
    trend = Trend()
    with ctx.session() as session:
        months = _up_to(_months_with_data(session), period, count)
        kept = kept_month_results(session, staff_id, months)
        team = None
        for month in months:
            result = kept.get(month)
            if result is None:
                team = team or team_of(session, staff_id)
                scored = cached_results(ctx, session, month, staff_ids=team, lang=lang)
                person = _person(scored, staff_id)
                result = person.result if person is not None else None
            _add_point(trend, month, result, lang)
    return trend


def _person(results: PeriodResults, staff_id: int) -> PersonResult | None:
    for p in results.people:
        if p.staff_id == staff_id:
            return p
    return None


def _achievement(result: AppraisalResult) -> float | None:
    item = result.item(ACHIEVEMENT_INDICATOR)
    if item is None:
        item = next((i for i in result.items if i.measure == "achievement"), None)
    return item.value if item is not None else None


def _selection(results: PeriodResults, team_id: int | None) -> list[PersonResult]:
    return [p for p in results.people if team_id is None or p.team_id == team_id]


@dataclass
class Trend:
    labels: list[str] = field(default_factory=list)
    percents: list[float | None] = field(default_factory=list)  # total as % of the sheet
    achievements: list[float | None] = field(default_factory=list)  # 1.0 = 100 %


def person_trend(monthly: Sequence[PeriodResults], staff_id: int, lang: str) -> Trend:
    trend = Trend()
    for results in monthly:
        person = _person(results, staff_id)
        _add_point(trend, results.period, person.result if person else None, lang)
    return trend


def _add_point(trend: Trend, month: Period, result: AppraisalResult | None, lang: str) -> None:
    """One month of a trend: the person's total (% of the sheet) and sales achievement; None
    where the month does not list them."""
    trend.labels.append(month.label(lang))
    trend.percents.append(result.percent if result is not None else None)
    trend.achievements.append(_achievement(result) if result is not None else None)


@dataclass
class Radar:
    labels: list[str]
    person: list[float]  # % of the dimension's weight
    team: list[float]


def person_radar(results: PeriodResults, staff_id: int, lang: str) -> Radar | None:
    """The person's dimensions (% of each dimension's weight) against their team's average."""
    person = _person(results, staff_id)
    if person is None:
        return None
    dims = [d for d in person.result.dimensions if d.weight > 0]
    peers = [p for p in results.people if p.team_id == person.team_id] or [person]
    sums: dict[str, list[float]] = defaultdict(list)
    for peer in peers:
        for d in peer.result.dimensions:
            if d.weight > 0:
                sums[d.dimension].append(d.points / d.weight * 100)
    return Radar(
        labels=[pick(DIMENSIONS.get(d.dimension), lang) or d.dimension for d in dims],
        person=[d.points / d.weight * 100 for d in dims],
        team=[sum(sums[d.dimension]) / len(sums[d.dimension]) for d in dims],
    )


@dataclass
class Breakdown:
    labels: list[str]
    points: list[float]
    max_points: list[float]


def person_breakdown(results: PeriodResults, staff_id: int, lang: str) -> Breakdown | None:
    person = _person(results, staff_id)
    if person is None:
        return None
    items = person.result.items
    return Breakdown(
        labels=[i.label(lang) for i in items],
        points=[i.points for i in items],
        max_points=[i.weight for i in items],
    )


# A bar per person stays readable up to about this many on the chart: beyond, the names and the
# value labels run into each other (and drawing 3,000 bars held the window half a minute). A
# larger selection shows its first and last halves of this in the chart's order, and how many
# are left out between them. The ranking lists names down the side; the achievement chart has
# two bars per person and its names slanted along the bottom, so fewer fit.
MOST_PEOPLE = 30
MOST_PEOPLE_ACHIEVEMENT = 20


def _ends(people: list, most: int = MOST_PEOPLE) -> tuple[list, int]:
    """*people* (in the chart's order), or only the first and the last ``most // 2`` of them;
    with how many were left out between the two."""
    if len(people) <= most:
        return people, 0
    half = most // 2
    return people[:half] + people[-half:], len(people) - 2 * half


@dataclass
class Ranking:
    names: list[str]
    percents: list[float]
    grades: list[str]
    # How many are left out between the first and the last half shown (0: everyone is shown).
    left_out: int = 0


def team_ranking(results: PeriodResults, team_id: int | None) -> Ranking:
    """Everyone selected, highest total first; of a selection over ``MOST_PEOPLE``, the highest
    and the lowest ``MOST_PEOPLE // 2``."""
    ranked = sorted(_selection(results, team_id), key=lambda p: p.result.percent, reverse=True)
    people, left_out = _ends(ranked)
    return Ranking(
        names=[p.name for p in people],
        percents=[p.result.percent for p in people],
        grades=[p.result.grade for p in people],
        left_out=left_out,
    )


@dataclass
class GradeCounts:
    grades: list[str]
    actual: list[int]
    expected: list[float]  # head count the forced-distribution guide suggests


@dataclass(frozen=True)
class GradedByQuarter:
    """The selection has results but no grades in the period: its people are appraised by
    quarter and the period is a month (``domain/cycles.py``)."""


def ungraded_by_quarter(results: PeriodResults, team_id: int | None) -> bool:
    """Whether everyone selected is scored in the period without a grade (a quarterly month)."""
    people = _selection(results, team_id)
    return bool(people) and all(is_interim(p.result) for p in people)


def grade_distribution(results: PeriodResults, team_id: int | None) -> GradeCounts:
    """The grades of the selection against the guide, like with like (``domain/cycles.py``):
    only people graded in the period, and of one cycle (the period's own when the selection
    has both: a month's monthly people, a quarter's quarterly ones)."""
    people = [p for p in _selection(results, team_id) if p.result.grade]
    cycles = {p.cycle for p in people}
    cycle = results.distribution_cycle if len(cycles) != 1 else cycles.pop()
    people = [p for p in people if p.cycle == cycle]
    counts = Counter(p.result.grade for p in people)
    guide = results.distributions.get(cycle, results.distribution)
    rows = guide.rows if guide is not None else ()
    grades = [r.grade for r in rows] or sorted(counts)
    shares = {r.grade: r.expected_share for r in rows}
    for g in counts:
        if g not in grades:
            grades.append(g)
    return GradeCounts(
        grades=grades,
        actual=[counts.get(g, 0) for g in grades],
        expected=[shares.get(g, 0.0) * len(people) for g in grades],
    )


@dataclass
class Achievement:
    names: list[str]
    targets: list[float]
    actuals: list[float]
    rates: list[float | None]
    # How many are left out between the first and the last half shown (0: everyone is shown).
    left_out: int = 0


def achievement_by_person(results: PeriodResults, team_id: int | None) -> Achievement:
    """Everyone selected who has a sales target, in the results' order; of more than
    ``MOST_PEOPLE_ACHIEVEMENT``, the highest and the lowest half of that by achievement rate,
    highest first (those without a rate last: their target is zero or their actual missing)."""
    out = Achievement([], [], [], [])
    rows = []
    for p in _selection(results, team_id):
        item = p.result.item(ACHIEVEMENT_INDICATOR) or next(
            (i for i in p.result.items if i.measure == "achievement"), None
        )
        if item is None or item.target is None:
            continue
        rows.append((p.name, item.target, item.actual or 0.0, item.value))
    if len(rows) > MOST_PEOPLE_ACHIEVEMENT:
        rows.sort(key=lambda row: (row[3] is None, -(row[3] or 0.0)))
        rows, out.left_out = _ends(rows, MOST_PEOPLE_ACHIEVEMENT)
    for name, target, actual, rate in rows:
        out.names.append(name)
        out.targets.append(target)
        out.actuals.append(actual)
        out.rates.append(rate)
    return out
