"""From stored entries to explained results: the one place the database meets the engine.

The window's grid, the charts, the PDF forms, the Excel export and ``salesperf-cli score`` all
call ``compute_period``; lists of appraisals (sign-off, plans, appeals, reprints) read
``shown_score``. Both show a published appraisal's kept result (``kept_appraisal_result``), which the
post-publication rule (``amendments``) re-scores whenever an input changes before signing. A person's template is the one frozen into their appraisal for that
period when it exists, else the current version of the template assigned to them
(role × product line × team).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import ColumnElement, Text, and_, select, type_coerce
from sqlalchemy.orm import Session, aliased, defer, selectinload

from salesperf_desktop.domain.adjustments import DEFAULT_CATALOGUE, AdjustmentEvent, Catalogue
from salesperf_desktop.domain.cycles import MONTHLY, appraised_cycle, is_graded, person_cycle
from salesperf_desktop.domain.grades import DistributionReport
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.policy import Policy
from salesperf_desktop.domain.results import shared_items
from salesperf_desktop.domain.rollup import (
    SUMMED_MEASURES,
    Figures,
    combined_by_sums,
    rolled_up,
    rollup,
    summed_input,
)
from salesperf_desktop.domain.scoring import (
    AppraisalResult,
    CohortMember,
    IndicatorInput,
    PersonPeriodInput,
    score_many,
)
from salesperf_desktop.domain.status import AppraisalStatus, PeriodKind, PeriodStatus, StaffStatus
from salesperf_desktop.domain.template import Template, TemplateItem, parse_template
from salesperf_desktop.services.adjustment_types import stored_catalogue
from salesperf_desktop.services.collector import collector_paused
from salesperf_desktop.services.movements import load_histories, period_movements
from salesperf_desktop.services.period_sums import (
    Sums,
    SumsAhead,
    SumsRead,
    marks,
    read_sums,
    reads_alone,
)
from salesperf_desktop.services.periods import stored_period, to_domain  # noqa: F401 (re-export)
from salesperf_desktop.services.policy import policy_for_period, remember_for_period
from salesperf_desktop.services.team_goal_reads import goals_for
from salesperf_desktop.storage.change_counter import data_version
from salesperf_desktop.storage.models import (
    AppraisalRow,
    PeriodRow,
    StaffRow,
    TeamRow,
    TemplateRow,
)

# The sales manager's "share of reps who met target" (seed 004), derived from the team's results.
MET_TARGET_INDICATOR = "reps_on_target_share"

APPRAISED_ROLES = frozenset({"sales_rep", "sales_manager", "director"})

# Events that only document (key incidents) and do not move points.
NOTE_ONLY_CATEGORIES = frozenset({"incident_positive", "incident_negative"})


# ----------------------------------------------------------------------------- periods


@functools.lru_cache(maxsize=1024)
def month_bounds(month: Period) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(month.year, month.number)[1]
    return dt.date(month.year, month.number, 1), dt.date(month.year, month.number, last)


def months_employed(staff: StaffFacts | StaffRow, period: Period) -> list[Period]:
    return list(_months_employed(staff.hire_date, staff.leave_date, period))


@functools.lru_cache(maxsize=4096)
def _months_employed(
    hired: dt.date | None, left: dt.date | None, period: Period
) -> tuple[Period, ...]:
    """The months of *period* between the hire and the leave (most people share both: a year
    of 3,000 people works out a few dozen)."""
    months = []
    for month in period.months():
        start, end = month_bounds(month)
        if hired and hired > end:
            continue
        if left and left < start:
            continue
        months.append(month)
    return tuple(months)


@dataclass(frozen=True, slots=True)
class StaffFacts:
    """What scoring and its results need of a person, read as columns (not an ORM row)."""

    id: int
    employee_no: str
    name: str
    role: str
    team_id: int | None
    team_name: str
    supervisor_id: int | None
    supervisor_name: str
    product_line: str
    hire_date: dt.date | None
    leave_date: dt.date | None
    status: StaffStatus


_REGISTER = "salesperf.staff_facts"  # session.info key: (data-change counter, the register)


def _staff_facts(session: Session) -> tuple[StaffFacts, ...]:
    """Everyone in the register with their team's and supervisor's names, by employee number.

    Kept in the session while the data-change counter stays where it was read: a chart's
    twelve months read a register of 3,000 once, not twelve times (issue #19)."""
    session.flush()  # (pending changes move the counter through its triggers first)
    version = data_version(session)
    kept = session.info.get(_REGISTER)
    if kept is not None and kept[0] == version:
        return kept[1]
    facts = _read_staff_facts(session)
    session.info[_REGISTER] = (version, facts)
    return facts


def staff_register(session: Session) -> tuple[StaffFacts, ...]:
    """Everyone in the register as columns, by employee number (read once per session while
    nothing changes: the same read ``eligible_staff`` makes)."""
    return _staff_facts(session)


def _read_staff_facts(session: Session) -> tuple[StaffFacts, ...]:
    supervisor = aliased(StaffRow)
    rows = session.execute(
        select(
            StaffRow.id,
            StaffRow.employee_no,
            StaffRow.name,
            StaffRow.role,
            StaffRow.team_id,
            TeamRow.name,
            StaffRow.supervisor_id,
            supervisor.name,
            StaffRow.product_line,
            StaffRow.hire_date,
            StaffRow.leave_date,
            StaffRow.status,
        )
        .outerjoin(TeamRow, TeamRow.id == StaffRow.team_id)
        .outerjoin(supervisor, supervisor.id == StaffRow.supervisor_id)
        .order_by(StaffRow.employee_no)
    )
    return tuple(
        StaffFacts(
            sid, no, name, role, team, team_name or "", boss_id, boss or "", line, hired, left, st
        )
        for sid, no, name, role, team, team_name, boss_id, boss, line, hired, left, st in rows
    )


# ----------------------------------------------------------------------------- templates


def assign_template(
    templates: Sequence[TemplateRow], staff: StaffFacts | StaffRow
) -> TemplateRow | None:
    """The most specific template for a person: team > role+product line > role > any.

    Probation staff are appraised on separate terms (seed 004): they get a probation template
    (role ``probation`` or a code starting with ``probation``) and regular staff never do. So
    do staff transferred into their post: seed 004's sheet is for “试用期、转岗及新晋升人员”.
    """
    on_probation = staff.status in (StaffStatus.PROBATION, StaffStatus.TRANSFERRED)
    role = staff.role
    best: tuple[int, TemplateRow] | None = None
    for t in templates:
        if t.archived or not t.versions:
            continue
        if is_probation_template(t) != on_probation:
            continue
        if t.role not in (role, "any", "probation"):
            continue
        if t.product_line not in (staff.product_line, "any"):
            continue
        if t.team_id is not None and t.team_id != staff.team_id:
            continue
        rank = (
            (4 if t.team_id is not None else 0)
            + (2 if t.role == role else 0)
            + (1 if t.product_line == staff.product_line else 0)
        )
        if best is None or rank > best[0]:
            best = (rank, t)
    return best[1] if best else None


class TemplateResolver:
    """The template a person is appraised on for a period: the one frozen into their appraisal
    when it exists, else the current version of the template assigned to them. Each stored
    definition is parsed once per resolver."""

    def __init__(
        self,
        templates: Sequence[TemplateRow],
        appraisals: dict[int, AppraisalRow],
        policy: Policy | None = None,
        unfrozen: Collection[int] = (),
        assigned: dict[tuple[Any, ...], TemplateRow | None] | None = None,
    ):
        self._templates = templates
        self._policy = policy
        # people who moved within the period: the sheet of the placement they end it in, not
        # the one frozen when their appraisal was started (``movements``)
        self._appraisals = (
            {k: v for k, v in appraisals.items() if k not in unfrozen} if unfrozen else appraisals
        )
        self._parsed: dict[int, Template] = {}
        # which template fits whom: shared by resolvers over the same *templates* when given
        # (本月待办 resolves 3,000 people for several periods)
        self._assigned = {} if assigned is None else assigned

    def resolve(self, staff: StaffFacts, *, frozen: bool = True) -> tuple[Template, int] | None:
        """(parsed template, version number), or None when no template fits the person;
        ``frozen=False`` skips their appraisal's template (an earlier placement's sheet)."""
        appraisal = self._appraisals.get(staff.id) if frozen else None
        if appraisal is not None:
            version = appraisal.template_version.version
            if appraisal.snapshot_hash is None:  # not stored yet (flushed later)
                return parse_template(appraisal.template_snapshot, self._policy), version
            return frozen_template(appraisal, self._policy), version
        fits = (staff.role, staff.product_line, staff.team_id, staff.status)
        if fits not in self._assigned:  # what assign_template looks at
            self._assigned[fits] = assign_template(self._templates, staff)
        template = self._assigned[fits]
        if template is None:
            return None
        current = template.current
        parsed = self._parsed.get(current.id)
        if parsed is None:
            parsed = self._parsed[current.id] = parse_template(current.definition, self._policy)
        return parsed, current.version


# Parsed shared documents by content hash: a hash names one content for ever, so what was parsed
# once is right for the whole run (a few template versions and languages: small).
_FROZEN_TEMPLATES: dict[tuple[str, str | None], Template] = {}
_SHARED_ITEMS: dict[str, tuple[TemplateItem, ...]] = {}
_KEEP = 512  # distinct documents kept parsed; beyond that the oldest are parsed again


def _remember(cache: dict[Any, Any], name: Any, value: Any) -> Any:
    if len(cache) >= _KEEP:
        cache.pop(next(iter(cache)))
    cache[name] = value
    return value


def frozen_template(appraisal: AppraisalRow, policy: Policy | None = None) -> Template:
    """The template frozen into the appraisal, parsed once per run, snapshot and policy (the
    period's 考核制度 fills in what the template leaves to it)."""
    name = appraisal.snapshot_hash
    key = (name, None if policy is None else repr(policy))
    parsed = _FROZEN_TEMPLATES.get(key) if name is not None else None
    if parsed is None:
        parsed = parse_template(appraisal.template_snapshot, policy)
        if name is not None:
            _remember(_FROZEN_TEMPLATES, key, parsed)
    return parsed


def stored_result(appraisal: AppraisalRow) -> AppraisalResult | None:
    """The appraisal's stored result, or None. Its items' shared part (names and rules) is
    parsed once per run and content, not once per appraisal."""
    own = appraisal.result_own
    if own is None:
        return None
    name = appraisal.result_shared_hash
    if name is None:
        return AppraisalResult.from_dict(own)
    items = _SHARED_ITEMS.get(name)
    if items is None:
        shared = appraisal.result_shared_body()
        items = _remember(_SHARED_ITEMS, name, shared_items(shared))
    return AppraisalResult.from_dict(own, items)


def is_probation_template(template: TemplateRow) -> bool:
    return template.role == "probation" or template.code.startswith("probation")


def load_templates(session: Session) -> list[TemplateRow]:
    return list(
        session.scalars(
            select(TemplateRow)
            .options(selectinload(TemplateRow.versions))
            .order_by(TemplateRow.code)
        )
    )


# ----------------------------------------------------------------------------- inputs

# People per query: an IN list this long is fast in SQLite, and a chunk's monthly inputs are
# dropped once rolled up, so a year of 3,000 people never holds 400,000 inputs at once.
CHUNK = 500


def _chunks(ids: Sequence[int], size: int = CHUNK) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _period_ids(session: Session, months: Sequence[Period]) -> dict[int, Period]:
    """The stored months among *months*, by row id (one query)."""
    wanted = {(m.year, m.number): m for m in months}
    if not wanted:
        return {}
    rows = session.execute(
        select(PeriodRow.id, PeriodRow.year, PeriodRow.number).where(
            PeriodRow.kind == PeriodKind.MONTH,
            PeriodRow.year.in_({m.year for m in months}),
        )
    )
    return {pid: wanted[(y, n)] for pid, y, n in rows if (y, n) in wanted}


# The rows scoring reads, as plain tuples straight from the driver: SQLAlchemy's row and type
# processing cost more than the query itself at 50,000 rows. Booleans come back as 0/1, dates
# as ISO text, enums as their stored value (what the engine wants anyway).
_ENTRIES_SQL = (
    "SELECT staff_id, period_id, indicator_code, target, actual, base, passed"
    " FROM metric_entries WHERE staff_id IN ({staff}) AND period_id IN ({periods})"
    # the order of the unique index (no sort): a person's months in order of their ids
    " ORDER BY staff_id, period_id"
)
_RATINGS_SQL = (
    "SELECT staff_id, period_id, indicator_code, rater_role, value"
    " FROM ratings WHERE staff_id IN ({staff}) AND period_id IN ({periods})"
    # each person's, month's and indicator's ratings in the order they were given: the order
    # scoring reads them in, and that of ix_ratings_read (migration 0017), which holds every
    # column read: no table row looked up per rating, no sort
    " ORDER BY staff_id, period_id, indicator_code, id"
)
_EVENTS_SQL = (
    "SELECT staff_id, period_id, category, code, quantity, points, note, occurred_on,"
    " approver, document_no FROM events WHERE staff_id IN ({staff}) AND period_id IN ({periods})"
    " ORDER BY occurred_on, id"
)


def _driver_rows(
    session: Session, sql: str, staff_ids: Sequence[int], period_ids: Sequence[int]
) -> list[tuple[Any, ...]]:
    """Rows of *sql* for these people and stored months, read through the session's own
    connection (the same transaction and snapshot as the rest of the read)."""
    cursor = session.connection().connection.cursor()
    try:
        query = sql.format(staff=marks(staff_ids), periods=marks(period_ids))
        return cursor.execute(query, (*staff_ids, *period_ids)).fetchall()
    finally:
        cursor.close()


_Key = tuple[int, int]  # (person, stored month)


def _entered(
    session: Session, staff_ids: Sequence[int], by_id: dict[int, Period], catalogue: Catalogue
) -> tuple[dict[_Key, dict[str, IndicatorInput]], dict[_Key, list[AdjustmentEvent]]]:
    """Entries and ratings by (person, stored month) and indicator, and the point-moving events."""
    period_ids = list(by_id)
    items: dict[_Key, dict[str, IndicatorInput]] = {}
    last_sid = last_pid = None
    codes: dict[str, IndicatorInput] = {}
    for sid, pid, code, target, actual, base, passed in _driver_rows(
        session, _ENTRIES_SQL, staff_ids, period_ids
    ):
        if pid != last_pid or sid != last_sid:  # rows come grouped by person and month
            last_sid, last_pid = sid, pid
            codes = items.setdefault((sid, pid), {})
        codes[code] = IndicatorInput(
            target, actual, base, None, None if passed is None else bool(passed)
        )
    for sid, pid, code, role, value in _driver_rows(session, _RATINGS_SQL, staff_ids, period_ids):
        codes = items.setdefault((sid, pid), {})
        inp = codes.get(code)
        if inp is None:
            codes[code] = IndicatorInput(ratings={role: [value]})
        elif inp.ratings is None:
            inp.ratings = {role: [value]}
        else:
            inp.ratings.setdefault(role, []).append(value)
    return items, _adjustments(session, staff_ids, period_ids, catalogue)


def _adjustments(
    session: Session, staff_ids: Sequence[int], period_ids: Sequence[int], catalogue: Catalogue
) -> dict[_Key, list[AdjustmentEvent]]:
    """The point-moving events by (person, stored month), in the order they happened."""
    events: dict[_Key, list[AdjustmentEvent]] = {}
    for row in _driver_rows(session, _EVENTS_SQL, staff_ids, period_ids):
        sid, pid, category, code, quantity, points, note, occurred_on, approver, document_no = row
        if category in NOTE_ONLY_CATEGORIES:
            continue
        code = code or ("compliance_veto" if category == "veto" else category)
        kind = catalogue.get(code)
        if kind is not None and kind.money:
            continue  # a fine is money, never points
        events.setdefault((sid, pid), []).append(
            AdjustmentEvent(
                code=code,
                count=quantity,
                points=points,
                note=note,
                date=occurred_on,
                # the officer's own or edited type travels with the event; a shipped one is
                # looked up in the template's catalogue
                kind=None if kind is DEFAULT_CATALOGUE.get(code) else kind,
                approver=approver or "",
                document_no=document_no or "",
            )
        )
    return events


def monthly_inputs(
    session: Session, staff_ids: Iterable[int], months: Sequence[Period]
) -> dict[int, dict[Period, PersonPeriodInput]]:
    """Everything entered for these people in these months, as engine inputs."""
    staff_ids = list(staff_ids)
    session.flush()  # the driver reads below do not autoflush as session.execute does
    by_id = _period_ids(session, months)
    stored = {m: pid for pid, m in by_id.items()}
    items: dict[_Key, dict[str, IndicatorInput]] = {}
    events: dict[_Key, list[AdjustmentEvent]] = {}
    if by_id:
        catalogue = stored_catalogue(session)
        for chunk in _chunks(staff_ids):
            got_items, got_events = _entered(session, chunk, by_id, catalogue)
            items.update(got_items)
            events.update(got_events)
    result: dict[int, dict[Period, PersonPeriodInput]] = {}
    for sid in staff_ids:
        per_month = result[sid] = {}
        for month in months:
            key = (sid, stored.get(month, 0))
            per_month[month] = PersonPeriodInput(
                items=items.get(key) or {},
                events=tuple(events.get(key, ())),
                period=month,
                person_id=str(sid),
            )
    return result


def rolled_up_inputs(
    session: Session,
    people: Sequence[tuple[StaffFacts, Template]],
    period: Period,
    sums_of: Callable[[], tuple[Sums, set[int]]] | None = None,
) -> dict[int, PersonPeriodInput]:
    """Each person's input for *period* (a quarter or a year): the same inputs as ``rollup``
    over ``monthly_inputs`` (the same rules, ``domain.rollup.rolled_up``). The summed and
    pass/fail items are added up by SQLite per person and indicator (``period_sums``: exact
    sums in millionths, ``domain.rollup.millionths``), 5,400 sums for a year of 300 people
    instead of 65,000 rows (issue #19); the averaged items (a mean of monthly means) and the
    ratings are read as rows. A person the sums cannot give exactly (a growth month without a
    base, ratings on a summed item, a sum beyond 64 bits) is read row by row
    (``_rolled_up_by_rows``). *sums_of* gives the sums of ``sums_reads(people)`` read ahead
    (``SumsAhead``); without it they are read here."""
    months = period.months()
    session.flush()  # the driver reads below do not autoflush as session.execute does
    by_id = _period_ids(session, months)
    if not by_id or not people:
        return _rolled_up_by_rows(session, people, period)
    position = {m: i for i, m in enumerate(months)}
    ids = [s.id for s, _ in people]
    # the ratings and events first: sums read ahead are meanwhile being added up (SumsAhead)
    ratings = _ratings_by_month(_driver_rows(session, _RATINGS_SQL, ids, list(by_id)))
    events = _adjustments(session, ids, list(by_id), stored_catalogue(session))
    if sums_of is None:
        cursor = session.connection().connection.cursor()
        try:
            sums, by_rows = read_sums(cursor, sums_reads(people, period, by_id))
        finally:
            cursor.close()
    else:
        sums, by_rows = sums_of()
    averaged = sorted(
        {it.indicator for _, t in people for it in t.items if not combined_by_sums(it.measure)}
    )
    figures: dict[tuple[int, str], list[Figures]] = {}
    if averaged:  # the rows of averaged items, for the people the sums show have some
        wanted = set(averaged)
        entered = sorted({sid for sid, code in sums if code in wanted})
        if entered:
            _add_rows(session, figures, entered, by_id, position, averaged)
    rated = _with_ratings_added(figures, ratings, by_id, position)
    averaged_codes = frozenset(averaged)  # looked up per person and item
    stored = {m: pid for pid, m in by_id.items()}
    inputs: dict[int, PersonPeriodInput] = {}
    for s, template in people:
        if s.id in by_rows:
            continue
        combined = _combined_items(s.id, template, sums, by_id, position, rated, averaged_codes)
        if combined is None:
            by_rows.add(s.id)
            continue
        employed = months_employed(s, period)
        inputs[s.id] = _person_rolled_up(
            s.id, template, period, averaged, figures, employed, events, stored, combined
        )
    if by_rows:
        inputs.update(
            _rolled_up_by_rows(session, [(s, t) for s, t in people if s.id in by_rows], period)
        )
    return inputs


def sums_reads(
    people: Sequence[tuple[StaffFacts, Template]], period: Period, by_id: dict[int, Period]
) -> list[SumsRead]:
    """The sums queries of *people* for *period* (*by_id*: its stored months): one per months
    employed and sheet, so each person's own indicators are sought."""
    stored = {m: pid for pid, m in by_id.items()}
    together: dict[tuple[tuple[Period, ...], tuple[str, ...], tuple[str, ...]], list[int]] = {}
    for s, template in people:
        key = (tuple(months_employed(s, period)), *_summed_and_others(template))
        together.setdefault(key, []).append(s.id)
    reads = []
    for (employed, summed, others), sids in together.items():
        pids = tuple(stored[m] for m in employed if m in stored)
        if pids:
            reads.append(SumsRead(tuple(sids), summed, others, pids))
    return reads


def _summed_and_others(template: Template) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The sheet's indicators of summed measures, and the others (pass/fail and averaged)."""
    summed = {it.indicator for it in template.items if it.measure in SUMMED_MEASURES}
    others = {it.indicator for it in template.items} - summed
    return tuple(sorted(summed)), tuple(sorted(others))


def _combined_items(
    sid: int,
    template: Template,
    sums: Sums,
    by_id: dict[int, Period],
    position: dict[Period, int],
    rated: set[tuple[int, str]],
    averaged: Collection[str],
) -> dict[str, IndicatorInput] | None:
    """The person's summed and pass/fail items from their sums; None when the sums cannot give
    them exactly (a growth month with an actual but no base; ratings on such an item)."""
    combined: dict[str, IndicatorInput] = {}
    for it in template.items:
        code = it.indicator
        if code in averaged:
            continue
        key = (sid, code)
        if key in rated:
            return None
        got = sums.get(key)
        if got is None:
            continue  # no entry: scoring flags "no input"
        used, actual, target, base, with_base, gap_targets, gaps, passed = got
        if it.measure not in SUMMED_MEASURES:
            combined[code] = IndicatorInput(passed=None if passed is None else bool(passed))
            continue
        if it.measure == "growth" and with_base != used:
            return None
        missing = (
            sorted((by_id[int(p)] for p in gaps.split(",")), key=position.__getitem__)
            if gaps
            else ()
        )
        # no month with an actual: every month is a gap, so gap_targets is Σ every target
        combined[code] = summed_input(actual, target, base, gap_targets, missing)
    return combined


def _add_rows(
    session: Session,
    figures: dict[tuple[int, str], list[Figures]],
    staff_ids: Sequence[int],
    by_id: dict[int, Period],
    position: dict[Period, int],
    codes: Sequence[str] | None = None,
) -> None:
    """The months' entries put into *figures* by (person, indicator), each list in month order;
    only *codes*' when given."""
    sql = _ENTRIES_SQL
    params: tuple[Any, ...] = (*staff_ids, *by_id)
    if codes is not None:
        sql = sql.replace(" ORDER BY", f" AND indicator_code IN ({marks(codes)}) ORDER BY")
        params = (*params, *codes)
    cursor = session.connection().connection.cursor()
    try:
        query = sql.format(staff=marks(staff_ids), periods=marks(list(by_id)))
        rows = cursor.execute(query, params).fetchall()
    finally:
        cursor.close()
    for sid, pid, code, target, actual, base, passed in rows:
        month = (by_id[pid], target, actual, base, None if passed is None else bool(passed), None)
        got = figures.get((sid, code))
        if got is None:
            figures[(sid, code)] = [month]
        else:
            got.append(month)
    period_ids = list(by_id)
    if sorted(period_ids) != sorted(period_ids, key=lambda pid: position[by_id[pid]]):
        for got in figures.values():  # rows come by month id; these ids are not in month order
            got.sort(key=lambda f: position[f[0]])


def _rolled_up_by_rows(
    session: Session, people: Sequence[tuple[StaffFacts, Template]], period: Period
) -> dict[int, PersonPeriodInput]:
    """Each person's input for *period* rolled up from the months' rows as they are read
    (``domain.rollup.rolled_up`` on each indicator's monthly figures)."""
    months = period.months()
    session.flush()  # the driver reads below do not autoflush as session.execute does
    by_id = _period_ids(session, months)
    stored = {m: pid for pid, m in by_id.items()}
    ids = [s.id for s, _ in people]
    figures: dict[tuple[int, str], list[Figures]] = {}
    events: dict[_Key, list[AdjustmentEvent]] = {}
    if by_id and ids:
        position = {m: i for i, m in enumerate(months)}
        _add_rows(session, figures, ids, by_id, position)
        _add_ratings(session, figures, ids, by_id, position)
        events = _adjustments(session, ids, list(by_id), stored_catalogue(session))
    inputs: dict[int, PersonPeriodInput] = {}
    for s, template in people:
        codes = [it.indicator for it in template.items]
        employed = months_employed(s, period)
        inputs[s.id] = _person_rolled_up(
            s.id, template, period, codes, figures, employed, events, stored
        )
    return inputs


def _person_rolled_up(
    sid: int,
    template: Template,
    period: Period,
    codes: Sequence[str],
    figures: dict[tuple[int, str], list[Figures]],
    employed: Sequence[Period],
    events: dict[_Key, list[AdjustmentEvent]],
    stored: dict[Period, int],
    combined: dict[str, IndicatorInput] | None = None,
) -> PersonPeriodInput:
    """One person's input for *period* from *codes*' monthly figures (only the months they
    were employed) and their events; *combined*: items already added up from sums."""
    keep = set(employed) if len(employed) < len(period.months()) else None
    by_code: dict[str, list[Figures]] = {}
    for code in codes:
        got = figures.get((sid, code))
        if got and keep is not None:
            got = [f for f in got if f[0] in keep]
        if got:
            by_code[code] = got
    return rolled_up(
        template,
        by_code,
        period,
        employed=employed,
        events=[ev for m in employed for ev in events.get((sid, stored.get(m, 0)), ())],
        person_id=str(sid) if employed else None,
        combined=combined,
    )


def _add_ratings(
    session: Session,
    figures: dict[tuple[int, str], list[Figures]],
    staff_ids: Sequence[int],
    by_id: dict[int, Period],
    position: dict[Period, int],
) -> set[tuple[int, str]]:
    """The months' ratings put into *figures*: per rater kind their scores in the order given
    (``_entered`` reads them the same way); a month rated but without an entry is added. Gives
    the (person, indicator) pairs rated."""
    rated = _ratings_by_month(_driver_rows(session, _RATINGS_SQL, staff_ids, list(by_id)))
    return _with_ratings_added(figures, rated, by_id, position)


def _with_ratings_added(
    figures: dict[tuple[int, str], list[Figures]],
    rated: dict[tuple[int, str], dict[int, dict[str, list[float]]]],
    by_id: dict[int, Period],
    position: dict[Period, int],
) -> set[tuple[int, str]]:
    """*rated* (``_ratings_by_month``) put into *figures*; the (person, indicator) pairs rated."""
    ids_in_month_order = sorted(by_id) == sorted(by_id, key=lambda pid: position[by_id[pid]])
    for key, per_month in rated.items():
        entered = figures.get(key)
        if entered is None and ids_in_month_order:  # the usual: a rated item has no entries
            figures[key] = [
                (by_id[p], None, None, None, None, roles) for p, roles in per_month.items()
            ]
        else:
            figures[key] = _with_ratings(entered or (), per_month, by_id, position)
    return set(rated)


def _ratings_by_month(
    rows: Iterable[tuple[int, int, str, str, float]],
) -> dict[tuple[int, str], dict[int, dict[str, list[float]]]]:
    """Per (person, indicator), each month's scores per rater kind in the order given; *rows*
    (``_RATINGS_SQL``'s) come by person, month and indicator, months in order of their ids."""
    rated: dict[tuple[int, str], dict[int, dict[str, list[float]]]] = {}
    last_sid = last_pid = last_code = None
    roles: dict[str, list[float]] = {}
    for sid, pid, code, role, value in rows:
        if code != last_code or pid != last_pid or sid != last_sid:  # a new month's item
            last_sid, last_pid, last_code = sid, pid, code
            per_month = rated.get((sid, code))
            if per_month is None:
                per_month = rated[(sid, code)] = {}
            roles = per_month[pid] = {}  # a person's month's item's ratings come together
        got = roles.get(role)
        if got is None:
            roles[role] = [value]
        else:
            got.append(value)
    return rated


def _with_ratings(
    entered: Iterable[Figures],
    per_month: dict[int, dict[str, list[float]]],
    by_id: dict[int, Period],
    position: dict[Period, int],
) -> list[Figures]:
    """An item's monthly figures with each month's ratings, in month order (a month rated but
    without an entry is added)."""
    months = {position[f[0]]: f for f in entered}
    for pid, roles in per_month.items():
        month = by_id[pid]
        at = position[month]
        f = months.get(at)
        months[at] = (month, None, None, None, None, roles) if f is None else (*f[:5], roles)
    return [months[at] for at in sorted(months)]


# ----------------------------------------------------------------------------- results


@dataclass
class PersonResult:
    staff_id: int
    employee_no: str
    name: str
    role: str
    team_id: int | None
    team_name: str
    supervisor_name: str
    template_code: str
    template_version: int
    result: AppraisalResult
    appraisal_id: int | None = None
    appraisal_status: AppraisalStatus | None = None
    frozen: bool = False  # result comes from the appraisal's stored snapshot (published)
    template: Template | None = None  # the template scored on (frozen or current)
    cycle: str = MONTHLY  # monthly or quarterly (domain/cycles.py): what the period grades


@dataclass
class PeriodResults:
    period: Period
    people: list[PersonResult] = field(default_factory=list)
    team_scores: dict[str, float] = field(default_factory=dict)
    distribution: DistributionReport | None = None
    without_template: list[str] = field(default_factory=list)  # "E013 孙丽": nobody fits
    # "E013 孙丽：整期休产假，本期不考核": eligible, not graded for a reason (``movements``)
    not_graded: list[str] = field(default_factory=list)
    # "E005 张三：本期 1–14 日在华东组…，按工作日折算": moved within the period
    moved: list[str] = field(default_factory=list)
    #: each cycle's graded people against the guide; ``distribution`` is ``distribution_cycle``'s
    distributions: dict[str, DistributionReport] = field(default_factory=dict)
    distribution_cycle: str = MONTHLY

    def by_staff(self) -> dict[int, PersonResult]:
        return {p.staff_id: p for p in self.people}


def appraisals_by_staff(
    session: Session,
    stored: PeriodRow | None,
    *,
    with_results: bool = True,
    staff_ids: Collection[int] | None = None,
) -> dict[int, AppraisalRow]:
    """The period's appraisals by person, with their frozen template versions loaded (and their
    kept results, unless *with_results* is false: re-scoring does not read them); only
    *staff_ids*' when given (a person's chart reads their team's, not the company's)."""
    if stored is None:
        return {}
    query = select(AppraisalRow).options(selectinload(AppraisalRow.template_version))
    if not with_results:
        query = query.options(defer(AppraisalRow.result_own))
    if staff_ids is not None:
        query = query.where(AppraisalRow.staff_id.in_(staff_ids))
    return {
        a.staff_id: a for a in session.scalars(query.where(AppraisalRow.period_id == stored.id))
    }


def eligible_staff(session: Session, period: Period) -> list[StaffFacts]:
    """People appraised for the period: regular, probation and transferred staff employed in
    it, and people who left during it (they keep their history). Nobody employed is left out
    because of their status."""
    roles = _appraised_roles(session)
    return [s for s in _staff_facts(session) if _is_eligible(s, roles, period)]


def _appraised_roles(session: Session) -> frozenset[str]:
    # Non-sales colleagues in the register (a compliance officer, an assistant) are appraised
    # only when a template is made for their role.
    return APPRAISED_ROLES | frozenset(
        session.scalars(select(TemplateRow.role).where(TemplateRow.archived.is_(False)))
    )


_ELIGIBLE_STATUSES = (
    StaffStatus.REGULAR,
    StaffStatus.PROBATION,
    StaffStatus.TRANSFERRED,
    StaffStatus.LEFT,
)


def _is_eligible(staff: StaffFacts, roles: Collection[str], period: Period) -> bool:
    return (
        staff.role in roles
        and staff.status in _ELIGIBLE_STATUSES
        and bool(months_employed(staff, period))
    )


def scored_together(staff: Sequence[StaffFacts], wanted: Iterable[int]) -> list[StaffFacts]:
    """The people among *staff* whose results the *wanted* people's results depend on: they
    themselves and everyone in their teams. ``score_many`` links people only through a team:
    the team score averages the team's members, and a manager's "reps who met target" counts
    the reps of the team they manage, which is their own team (``_cohort_member``)."""
    wanted = set(wanted)
    teams = {s.team_id for s in staff if s.id in wanted and s.team_id is not None}
    return [s for s in staff if s.id in wanted or (s.team_id is not None and s.team_id in teams)]


_CohortMeta = dict[str, tuple[StaffFacts, Template, int]]


def _person_input(
    staff: StaffFacts,
    template: Template,
    per_month: dict[Period, PersonPeriodInput],
    period: Period,
) -> PersonPeriodInput | None:
    """What the person is scored on: the month's input, or the months rolled up for a quarter or
    year; None when a month's person was not employed in it."""
    employed = months_employed(staff, period)
    if period.kind != "month":
        return rollup(template, per_month, period, months_employed=employed)
    if len(employed) < 1:
        return None
    return per_month.get(period) or PersonPeriodInput(
        items={}, period=period, person_id=str(staff.id)
    )


def _cohort_member(
    staff: StaffFacts, template: Template, person_input: PersonPeriodInput
) -> CohortMember:
    """The person as the engine sees them: team membership and the team a manager manages."""
    return CohortMember(
        person_id=str(staff.id),
        template=template,
        input=person_input,
        team=str(staff.team_id) if staff.team_id is not None else None,
        manages=str(staff.team_id)
        if staff.role == "sales_manager" and staff.team_id is not None
        else None,
        pooled=in_team_pool(staff),
    )


def in_team_pool(staff: StaffFacts) -> bool:
    """Whether the person counts in the colleagues' mean: probation and transferred staff are
    appraised on separate terms (seed 004), so their results do not move their colleagues'."""
    return staff.status not in (StaffStatus.PROBATION, StaffStatus.TRANSFERRED)


def _resolved(
    staff: Sequence[StaffFacts], resolver: TemplateResolver, results: PeriodResults
) -> list[tuple[StaffFacts, Template, int]]:
    """Each person with their template and its version; people without one are noted in
    *results*."""
    resolved: list[tuple[StaffFacts, Template, int]] = []
    for s in staff:
        got = resolver.resolve(s)
        if got is None:
            results.without_template.append(f"{s.employee_no} {s.name}")
            continue
        resolved.append((s, *got))
    return resolved


def _cohort(
    resolved: Sequence[tuple[StaffFacts, Template, int]],
    inputs: dict[int, PersonPeriodInput],
) -> tuple[list[CohortMember], _CohortMeta]:
    """Everyone to score together (*resolved*, with their *inputs*: none for a person not
    employed in the month), with their row, template and version by person id."""
    members: list[CohortMember] = []
    meta: _CohortMeta = {}
    for s, domain_template, version in resolved:
        person_input = inputs.get(s.id)
        if person_input is None:
            continue
        members.append(_cohort_member(s, domain_template, person_input))
        meta[str(s.id)] = (s, domain_template, version)
    return members, meta


def _is_listed(staff: StaffFacts, team_id: int | None, selected: set[int] | None) -> bool:
    """Whether the caller asked to see this person (their team, or an explicit selection)."""
    if team_id is not None and staff.team_id != team_id:
        return False
    return selected is None or staff.id in selected


def _keeps_result(appraisal: AppraisalRow | None) -> bool:
    return (
        appraisal is not None
        and appraisal.status is not AppraisalStatus.DRAFT
        and bool(appraisal.result_own)
    )


def kept_appraisal_result(appraisal: AppraisalRow | None) -> AppraisalResult | None:
    """The result a published or signed appraisal keeps, else None.

    The one rule for what every screen and paper shows: a published appraisal's kept result
    (``amendments`` keeps it equal to a fresh scoring until it is signed), otherwise the result
    computed from the entries (``compute_period``). Read from the stored parts
    (``stored_result``), without putting the stored JSON back together."""
    return stored_result(appraisal) if _keeps_result(appraisal) else None


@dataclass(frozen=True)
class ShownScore:
    """Total, grade and coefficient as every screen and paper shows them (``shown_score``)."""

    total: float | None = None
    grade: str | None = None
    coefficient: float | None = None


def shown_score(appraisal: AppraisalRow | None) -> ShownScore:
    """The kept result's total, grade and coefficient (lists of appraisals: sign-off, plans,
    appeals, reprints); empty for a draft. Cheap: reads three numbers of the snapshot."""
    if not _keeps_result(appraisal):
        return ShownScore()
    # the result's own total (``shown_total``), not ``total`` rounded to 4 places: 105.42499…
    # and 105.425 would print differently
    return ShownScore(appraisal.shown_total, appraisal.grade, appraisal.coefficient)


def keeps_result_column() -> ColumnElement[bool]:
    """``_keeps_result`` in SQL, for lists that read columns: the stored result is not decoded.

    ``bool(result_own)`` is False for SQL NULL and for what SQLAlchemy's JSON type writes for
    None and for an empty dict (``null``, ``{}``); every other stored result is a dict with keys.
    """
    own = type_coerce(AppraisalRow.result_own, Text)
    return and_(
        AppraisalRow.status != AppraisalStatus.DRAFT,
        own.is_not(None),
        own.not_in(("null", "{}")),
    )


def shown_columns() -> tuple[ColumnElement[Any], ...]:
    """What ``shown_from_columns`` takes, in that order: select them beside a list's own."""
    return (
        keeps_result_column(),
        AppraisalRow.shown_total,
        AppraisalRow.grade,
        AppraisalRow.coefficient,
    )


def shown_from_columns(
    kept: bool | None, total: float | None, grade: str | None, coefficient: float | None
) -> ShownScore:
    """``shown_score`` from the columns ``shown_columns`` selected (no ORM row, no JSON)."""
    return ShownScore(total, grade, coefficient) if kept else ShownScore()


def _shown_result(
    res: AppraisalResult, appraisal: AppraisalRow | None, use_frozen_results: bool
) -> tuple[AppraisalResult, bool]:
    """The result to show and whether it is frozen: a published appraisal keeps its stored one."""
    kept = kept_appraisal_result(appraisal) if use_frozen_results else None
    if kept is not None:
        return kept, True
    return res, False


def _person_result(
    staff: StaffFacts,
    template: Template,
    version: int,
    res: AppraisalResult,
    appraisal: AppraisalRow | None,
    frozen: bool,
) -> PersonResult:
    """One line of the period's results: who, on which template, and their result."""
    return PersonResult(
        staff_id=staff.id,
        employee_no=staff.employee_no,
        name=staff.name,
        role=staff.role,
        team_id=staff.team_id,
        team_name=staff.team_name,
        supervisor_name=staff.supervisor_name,
        template_code=template.code,
        template_version=version,
        result=res,
        appraisal_id=appraisal.id if appraisal else None,
        appraisal_status=appraisal.status if appraisal else None,
        frozen=frozen,
        template=template,
    )


def _scored_inputs(
    session: Session,
    staff: Sequence[StaffFacts],
    period: Period,
    resolver: TemplateResolver,
    results: PeriodResults,
    overrides: dict[int, dict[Period, PersonPeriodInput]] | None,
) -> tuple[list[CohortMember], _CohortMeta]:
    """The cohort's members, read a chunk of people at a time: each chunk's monthly inputs are
    rolled up and dropped before the next is read. A quarter's or a year's sums are read ahead
    on a connection of their own (``SumsAhead``) while the chunk before is rolled up."""
    chunks = [_resolved(chunk, resolver, results) for chunk in _chunks(staff)]
    members: list[CohortMember] = []
    meta: _CohortMeta = {}
    rolls_up = rolls_up_while_reading(period, overrides)
    ahead = _sums_ahead(session, chunks, period) if rolls_up else None
    try:
        for index, chunk in enumerate(chunks):
            people = [(s, template) for s, template, _ in chunk]
            if not rolls_up:
                inputs = _month_inputs(session, period, overrides, people)
            elif ahead is not None:
                sums_of = functools.partial(ahead.result, index)
                inputs = rolled_up_inputs(session, people, period, sums_of)
            else:
                inputs = rolled_up_inputs(session, people, period)
            got_members, got_meta = _cohort(chunk, inputs)
            members += got_members
            meta.update(got_meta)
    finally:
        if ahead is not None:
            ahead.close()
    return members, meta


def _sums_ahead(
    session: Session, chunks: Sequence[Sequence[tuple[StaffFacts, Template, int]]], period: Period
) -> SumsAhead | None:
    """The chunks' sums read ahead, when another connection can read what the session would."""
    session.flush()  # a change not yet written would be the session's alone: read here then
    engine = reads_alone(session)
    by_id = _period_ids(session, period.months()) if engine is not None else {}
    if not by_id:
        return None
    reads = [sums_reads([(s, t) for s, t, _ in chunk], period, by_id) for chunk in chunks]
    return SumsAhead(engine, reads)


def rolls_up_while_reading(
    period: Period, overrides: dict[int, dict[Period, PersonPeriodInput]] | None
) -> bool:
    """Whether a quarter's or year's inputs are rolled up as the rows are read
    (``rolled_up_inputs``) rather than from monthly inputs (``monthly_inputs``, ``rollup``);
    both give the same inputs. The grid's live preview replaces monthly inputs."""
    return period.kind != "month" and not overrides


def _month_inputs(
    session: Session,
    period: Period,
    overrides: dict[int, dict[Period, PersonPeriodInput]] | None,
    people: list[tuple[StaffFacts, Template]],
) -> dict[int, PersonPeriodInput]:
    """The people's inputs from their monthly inputs (a month's, or the months rolled up)."""
    inputs = monthly_inputs(session, [s.id for s, _ in people], period.months())
    if overrides:
        for s, _ in people:
            if s.id in overrides:
                inputs[s.id].update(overrides[s.id])
    got = {}
    for s, template in people:
        person_input = _person_input(s, template, inputs.get(s.id, {}), period)
        if person_input is not None:
            got[s.id] = person_input
    return got


def compute_period(
    session: Session,
    period: Period,
    *,
    team_id: int | None = None,
    staff_ids: Iterable[int] | None = None,
    lang: str = "zh_CN",
    use_frozen_results: bool = True,
    overrides: dict[int, dict[Period, PersonPeriodInput]] | None = None,
) -> PeriodResults:
    """Score everyone eligible for *period* (month, quarter or year).

    People are scored together (team scores and the manager's "reps who met target" need their
    team); ``team_id``/``staff_ids`` only select whom the answer lists. With ``staff_ids`` only
    those people and their teams are scored (``scored_together``): their results are exactly
    those of the whole cohort, but ``team_scores``, ``distribution`` and ``without_template``
    then cover those teams only. A published appraisal's stored result is returned as it was
    published unless ``use_frozen_results`` is false. ``overrides`` replaces stored monthly
    inputs (the grid's live preview).
    """
    with collector_paused():  # a third of a year's time was the collector (services/collector.py)
        return _scored_period(
            session,
            period,
            team_id=team_id,
            staff_ids=staff_ids,
            lang=lang,
            use_frozen_results=use_frozen_results,
            overrides=overrides,
        )


def _scored_period(
    session: Session,
    period: Period,
    *,
    team_id: int | None,
    staff_ids: Iterable[int] | None,
    lang: str,
    use_frozen_results: bool,
    overrides: dict[int, dict[Period, PersonPeriodInput]] | None,
) -> PeriodResults:
    results = PeriodResults(period=period)
    moves = period_movements(session, period, lang=lang)
    staff, results.not_graded = moves.arrange(eligible_staff(session, period))
    selected = set(staff_ids) if staff_ids is not None else None
    if selected is not None:
        staff = scored_together(staff, selected | moves.earlier_team_mates(staff, selected))
    templates = load_templates(session)
    stored = stored_period(session, period)
    appraisals = appraisals_by_staff(
        session,
        stored,
        with_results=use_frozen_results,
        staff_ids=[s.id for s in staff] if selected is not None else None,
    )

    policy = policy_for_period(session, stored).policy
    resolver = TemplateResolver(templates, appraisals, policy, moves.moved_within(staff))
    members, meta = _scored_inputs(session, staff, period, resolver, results, overrides)
    if not members:
        return results
    if moves.histories:  # leave: the 事假 deduction, targets prorated for long leave
        members = [
            replace(m, input=moves.with_leave(meta[m.person_id][0], m.input)) for m in members
        ]
    set_cycles(session, members, meta, period)
    cohort = score_many(
        members,
        team_goals=goals_for(session, period),
        met_target_indicator=MET_TARGET_INDICATOR,
        lang=lang,
    )
    inputs = {m.person_id: m.input for m in members}
    results.team_scores = dict(cohort.team_scores)
    results.distribution = cohort.distribution
    results.distributions = dict(cohort.distributions)
    results.distribution_cycle = appraised_cycle((m.cycle for m in members), period)
    cycle_of = {m.person_id: m.cycle for m in members}

    def part_input(facts: StaffFacts, template: Template) -> PersonPeriodInput | None:
        """An earlier part's input on its own sheet (a quarter or a year rolls up only the
        indicators of the sheet it is read for)."""
        if period.kind == "month":
            return None
        if rolls_up_while_reading(period, overrides):
            got = rolled_up_inputs(session, [(facts, template)], period).get(facts.id)
        else:
            got = _month_inputs(session, period, overrides, [(facts, template)]).get(facts.id)
        return moves.with_leave(facts, got) if got is not None else None

    for pid, res in cohort.results.items():
        s, domain_template, version = meta[pid]
        if not _is_listed(s, team_id, selected):
            continue
        if note := moves.note(s):
            results.moved.append(note)
            resolve = functools.partial(resolver.resolve, frozen=False)
            res = moves.prorate(
                s, res, inputs[pid], domain_template, resolve, cohort.team_scores, part_input
            )
        appraisal = appraisals.get(s.id)
        shown, frozen = _shown_result(res, appraisal, use_frozen_results)
        person = _person_result(s, domain_template, version, shown, appraisal, frozen)
        person.cycle = cycle_of[pid]
        results.people.append(person)
    results.people.sort(key=lambda p: p.employee_no)
    return results


def team_cycles(session: Session) -> dict[int, str]:
    """Every team's appraisal cycle by team id."""
    return {tid: cycle for tid, cycle in session.execute(select(TeamRow.id, TeamRow.cycle))}


def set_cycles(
    session: Session, members: Sequence[CohortMember], meta: _CohortMeta, period: Period
):
    """Each member's cycle (their template's or their team's, ``person_cycle``) and whether
    *period* grades them (a quarterly person's month does not: ``domain/cycles.py``)."""
    teams = team_cycles(session)
    for m in members:
        staff, template, _ = meta[m.person_id]
        m.cycle = person_cycle(template.cycle, teams.get(staff.team_id))
        m.graded = is_graded(m.cycle, period)


# ----------------------------------------------------------------------------- workflow


def period_results(
    ctx,
    period: Period,
    *,
    team_id: int | None = None,
    staff_ids: Iterable[int] | None = None,
    lang: str | None = None,
) -> PeriodResults:
    """``compute_period`` in a read of its own (the window and the command line call this),
    kept in ``ctx.results`` until the data change."""
    with ctx.session() as session:
        return cached_results(
            ctx, session, period, team_id=team_id, staff_ids=staff_ids, lang=lang or ctx.lang
        )


def cached_results(
    ctx,
    session: Session,
    period: Period,
    *,
    team_id: int | None = None,
    staff_ids: Iterable[int] | None = None,
    lang: str,
) -> PeriodResults:
    """``compute_period`` (results as shown) through the context's results cache, in a read
    session (never in a write transaction: its uncommitted changes are not the counter's)."""
    selected = frozenset(staff_ids) if staff_ids is not None else None
    return ctx.results.results(
        session,
        ("shown", period, team_id, selected, lang),
        lambda: compute_period(session, period, team_id=team_id, staff_ids=selected, lang=lang),
    )


def team_of(session: Session, staff_id: int) -> list[int]:
    """The person and everyone in their team (just the person without a team)."""
    team_id = session.scalar(select(StaffRow.team_id).where(StaffRow.id == staff_id))
    if team_id is None:
        return [staff_id]
    return list(session.scalars(select(StaffRow.id).where(StaffRow.team_id == team_id)))


@dataclass(frozen=True)
class AppraisedPerson:
    """Someone ``compute_period`` lists for a period (without scoring anybody)."""

    staff_id: int
    employee_no: str
    name: str
    team_id: int | None


def appraised_people(ctx, period: Period) -> list[AppraisedPerson]:
    """The people a period's results list, by employee number: eligible, with a template."""
    with ctx.session() as session:
        stored = stored_period(session, period)
        resolver = TemplateResolver(
            load_templates(session),
            appraisals_by_staff(session, stored, with_results=False),
            policy_for_period(session, stored).policy,
        )
        return [
            AppraisedPerson(s.id, s.employee_no, s.name, s.team_id)
            for s in eligible_staff(session, period)
            if resolver.resolve(s) is not None
        ]


def kept_month_results(
    session: Session, staff_id: int, months: Sequence[Period]
) -> dict[Period, AppraisalResult]:
    """Building block: what ``compute_period`` shows *staff_id* for each of *months* that needs
    no scoring (a person's trend, issue #19): the result their published or signed appraisal
    keeps, for the months in which they are listed. A month left out needs the scoring (a draft,
    no appraisal). Nothing for someone who moved or took leave: their months are arranged,
    prorated or not graded by ``movements``, which the scoring does."""
    facts = next((s for s in _staff_facts(session) if s.id == staff_id), None)
    if facts is None or not months or load_histories(session, [staff_id]):
        return {}
    wanted = {(m.year, m.number): m for m in months}
    rows = session.execute(
        select(AppraisalRow, PeriodRow.year, PeriodRow.number)
        .join(PeriodRow, PeriodRow.id == AppraisalRow.period_id)
        .where(AppraisalRow.staff_id == staff_id, PeriodRow.kind == PeriodKind.MONTH)
    )
    roles = _appraised_roles(session)
    kept: dict[Period, AppraisalResult] = {}
    for appraisal, year, number in rows:
        month = wanted.get((year, number))
        if month is None or not _is_eligible(facts, roles, month):
            continue
        result = kept_appraisal_result(appraisal)
        if result is not None:
            kept[month] = result
    return kept


def start_appraisals(session: Session, period: Period) -> list[AppraisalRow]:
    """Create the period's appraisals, freezing each person's current template version.

    Idempotent: people who already have one keep it (and its frozen template). A quarterly
    person gets none for a month (``domain/cycles.py``): their month is an interim result,
    never published, printed or signed; their quarter and year are.
    """
    stored = stored_period(session, period, create=True)
    existing = {
        a.staff_id
        for a in session.scalars(select(AppraisalRow).where(AppraisalRow.period_id == stored.id))
    }
    templates = load_templates(session)
    teams = team_cycles(session)
    created = []
    for s in eligible_staff(session, period):
        if s.id in existing:
            continue
        template = assign_template(templates, s)
        if template is None:
            continue
        current = template.current
        cycle = person_cycle(current.definition.get("cycle"), teams.get(s.team_id))
        if not is_graded(cycle, period):
            continue
        appraisal = AppraisalRow(
            staff_id=s.id,
            period_id=stored.id,
            template_version_id=current.id,
            template_snapshot=current.definition,
        )
        session.add(appraisal)
        created.append(appraisal)
    session.flush()
    return created


def publish_period(session: Session, period: Period, on: dt.date, *, lang: str = "zh_CN") -> int:
    """Freeze the results of the period into its appraisals; the appeal window starts *on*."""
    stored = stored_period(session, period, create=True)
    if stored.status in (PeriodStatus.PUBLISHED, PeriodStatus.LOCKED):
        raise ValueError(f"{period} is already {stored.status.value}")
    start_appraisals(session, period)
    results = compute_period(session, period, lang=lang, use_frozen_results=False)
    by_staff = results.by_staff()
    count = 0
    for appraisal in session.scalars(
        select(AppraisalRow).where(AppraisalRow.period_id == stored.id)
    ):
        person = by_staff.get(appraisal.staff_id)
        if person is None or person.result.coefficient is None:
            continue  # an interim month (a draft from before the team went quarterly) stays one
        appraisal.result = person.result.to_dict()
        appraisal.total = round(person.result.total, 4)
        appraisal.grade = person.result.grade
        appraisal.status = AppraisalStatus.PUBLISHED
        appraisal.published_on = on
        count += 1
    stored.status = PeriodStatus.PUBLISHED
    stored.published_on = on
    remember_for_period(session, stored)  # a later policy leaves these results as they are
    return count


def team_names(session: Session) -> dict[int, str]:
    return {t.id: t.name for t in session.scalars(select(TeamRow))}
