"""What a chart of the Charts tab needs, computed off the GUI thread (Qt-free, matplotlib-free).

``chart_work`` (a generator, for the task runner) takes a ``ChartRequest`` and gives a
``ChartWork``: the people a person chart can show, the subject and the chart's data (from
``charts_data``), and for a team chart the period's results it computed (the tab keeps them).
``person_chart`` is the same for a person chart as a plain read, so that it can run in the
reader process (``services.reader_process``): its request and its work are small to pickle
(a trend is a dozen points; the people of a period a few hundred kilobytes at 3,000 staff).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import charts_data as cd
from salesperf_desktop.services.appraisals import period_results
from salesperf_desktop.services.progress import Progress, run_to_end

PERSON_CHARTS = ("trend", "radar", "breakdown")
TEAM_CHARTS = ("ranking", "distribution", "achievement")
COMPANY = -1  # a team chart's subject: the whole company


@dataclass(frozen=True)
class ChartRequest:
    chart: str
    period: Period
    scope: str  # person | team
    subject: int | None  # staff id, team id or COMPANY; None: the first person
    lang: str


@dataclass
class ChartWork:
    """What a chart needs, computed off the GUI thread: new results, the people, the data."""

    computed: dict[str, object] = field(default_factory=dict)  # period key → PeriodResults
    people: list = field(default_factory=list)  # the period's people (person charts)
    subject: int | None = None
    data: object = None  # None: nothing to draw


def chart_work(ctx, request: ChartRequest, known: dict[str, object]):
    """What the chart needs, then its data; yields progress. A person chart scores only that
    person's team (charts_data's person services, each month once); a team chart needs the
    results of the whole period (those not in *known*)."""
    if request.scope == "person":
        return (yield from _person_work(ctx, request))
    period, lang = request.period, request.lang
    work = ChartWork()
    if str(period) not in known:
        yield _computing(period, lang)
        work.computed[str(period)] = period_results(ctx, period, lang=lang)
    shown = work.computed.get(str(period)) or known[str(period)]
    work.subject = request.subject
    if work.subject is not None:
        work.data = chart_data(request.chart, shown, work.subject, lang)
    return work


def person_chart(ctx, request: ChartRequest) -> ChartWork:
    """A person chart's work as one read (what the reader process runs): no cache goes over
    the pipe, none comes back."""
    return run_to_end(_person_work(ctx, request))


def _person_work(ctx, request: ChartRequest):
    period, lang = request.period, request.lang
    work = ChartWork(people=cd.people_in(ctx, period))
    ids = [p.staff_id for p in work.people]
    subject = request.subject if request.subject in ids else (ids[0] if ids else None)
    work.subject = subject
    if subject is None:
        return work
    yield _computing(period, lang)
    if request.chart == "trend":
        work.data = cd.trend_for(ctx, subject, period, lang=lang)
    else:
        shown = cd.person_results(ctx, subject, period, lang=lang)
        work.data = chart_data(request.chart, shown, subject, lang)
    return work


def _computing(period: Period, lang: str) -> Progress:
    return Progress(0, 1, step="progress.computing_period", params={"period": period.label(lang)})


def chart_data(chart: str, results, subject: int, lang: str):
    """The data of a one-period chart from results (charts_data), or None when there is
    nothing to draw (the trend comes from charts_data.trend_for)."""
    if chart == "radar":
        data = cd.person_radar(results, subject, lang)
        return data if data is not None and len(data.labels) >= 3 else None
    if chart == "breakdown":
        return cd.person_breakdown(results, subject, lang)
    team = None if subject == COMPANY else subject  # None: the whole company
    if chart == "ranking":
        data = cd.team_ranking(results, team)
        return data if data.names else None
    if chart == "distribution":
        if cd.ungraded_by_quarter(results, team):
            return cd.GradedByQuarter()
        data = cd.grade_distribution(results, team)
        return data if sum(data.actual) else None
    if chart == "achievement":
        data = cd.achievement_by_person(results, team)
        return data if data.names else None
    return None
