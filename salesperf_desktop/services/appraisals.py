"""From stored entries to explained results: the one place the database meets the engine.

The window's grid, the charts, the PDF forms, the Excel export and ``salesperf-cli score`` all
call ``compute_period``; lists of appraisals (sign-off, plans, appeals, reprints) read
``shown_score``. Both show a published appraisal's kept result (``kept_result``), which the
post-publication rule (``amendments``) re-scores whenever an input changes before signing. A person's template is the one frozen into their appraisal for that
period when it exists, else the current version of the template assigned to them
(role × product line × team).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, defer, selectinload

from salesperf_desktop.domain.adjustments import AdjustmentEvent
from salesperf_desktop.domain.grades import DistributionReport
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.rollup import rollup
from salesperf_desktop.domain.scoring import (
    AppraisalResult,
    CohortMember,
    IndicatorInput,
    PersonPeriodInput,
    score_many,
)
from salesperf_desktop.domain.status import AppraisalStatus, PeriodStatus, StaffStatus
from salesperf_desktop.domain.template import Template, parse_template
from salesperf_desktop.services.periods import stored_period, to_domain  # noqa: F401 (re-export)
from salesperf_desktop.storage.models import (
    AppraisalRow,
    EventRow,
    MetricEntryRow,
    PeriodRow,
    RatingRow,
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


def month_bounds(month: Period) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(month.year, month.number)[1]
    return dt.date(month.year, month.number, 1), dt.date(month.year, month.number, last)


def months_employed(staff: StaffRow, period: Period) -> list[Period]:
    months = []
    for month in period.months():
        start, end = month_bounds(month)
        if staff.hire_date and staff.hire_date > end:
            continue
        if staff.leave_date and staff.leave_date < start:
            continue
        months.append(month)
    return months


# ----------------------------------------------------------------------------- templates


def assign_template(templates: Sequence[TemplateRow], staff: StaffRow) -> TemplateRow | None:
    """The most specific template for a person: team > role+product line > role > any.

    Probation staff are appraised on separate terms (seed 004): they get a probation template
    (role ``probation`` or a code starting with ``probation``) and regular staff never do.
    """
    on_probation = staff.status is StaffStatus.PROBATION
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

    def __init__(self, templates: Sequence[TemplateRow], appraisals: dict[int, AppraisalRow]):
        self._templates = templates
        self._appraisals = appraisals
        self._parsed: dict[int, Template] = {}

    def resolve(self, staff: StaffRow) -> tuple[Template, int] | None:
        """(parsed template, version number), or None when no template fits the person."""
        appraisal = self._appraisals.get(staff.id)
        if appraisal is not None:
            version = appraisal.template_version.version
            key = -appraisal.template_version_id  # frozen snapshots never collide with current ids
            parsed = self._parsed.get(key)
            if parsed is None:  # the snapshot is read (a deferred column) once per version
                parsed = self._parsed[key] = parse_template(appraisal.template_snapshot)
            return parsed, version
        template = assign_template(self._templates, staff)
        if template is None:
            return None
        current = template.current
        parsed = self._parsed.get(current.id)
        if parsed is None:
            parsed = self._parsed[current.id] = parse_template(current.definition)
        return parsed, current.version


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


def monthly_inputs(
    session: Session, staff_ids: Iterable[int], months: Sequence[Period]
) -> dict[int, dict[Period, PersonPeriodInput]]:
    """Everything entered for these people in these months, as engine inputs."""
    staff_ids = list(staff_ids)
    by_id: dict[int, Period] = {}
    for month in months:
        row = stored_period(session, month)
        if row is not None:
            by_id[row.id] = month
    items: dict[tuple[int, Period], dict[str, dict[str, Any]]] = defaultdict(dict)
    events: dict[tuple[int, Period], list[AdjustmentEvent]] = defaultdict(list)
    if by_id and staff_ids:
        # plain columns, not ORM entities: a quarter of 300 people is ~20,000 entries
        period_ids = list(by_id)
        for sid, pid, code, target, actual, base, passed in session.execute(
            select(
                MetricEntryRow.staff_id,
                MetricEntryRow.period_id,
                MetricEntryRow.indicator_code,
                MetricEntryRow.target,
                MetricEntryRow.actual,
                MetricEntryRow.base,
                MetricEntryRow.passed,
            ).where(
                MetricEntryRow.period_id.in_(period_ids), MetricEntryRow.staff_id.in_(staff_ids)
            )
        ):
            items[(sid, by_id[pid])][code] = {
                "target": target,
                "actual": actual,
                "base": base,
                "passed": passed,
                "ratings": {},
            }
        for sid, pid, code, role, value in session.execute(
            select(
                RatingRow.staff_id,
                RatingRow.period_id,
                RatingRow.indicator_code,
                RatingRow.rater_role,
                RatingRow.value,
            )
            .where(RatingRow.period_id.in_(period_ids), RatingRow.staff_id.in_(staff_ids))
            .order_by(RatingRow.id)
        ):
            slot = items[(sid, by_id[pid])].setdefault(
                code,
                {"target": None, "actual": None, "base": None, "passed": None, "ratings": {}},
            )
            slot["ratings"].setdefault(role.value, []).append(value)
        for ev in session.scalars(
            select(EventRow)
            .where(EventRow.period_id.in_(period_ids), EventRow.staff_id.in_(staff_ids))
            .order_by(EventRow.occurred_on, EventRow.id)
        ):
            if ev.category in NOTE_ONLY_CATEGORIES:
                continue
            events[(ev.staff_id, by_id[ev.period_id])].append(
                AdjustmentEvent(
                    code=ev.code or ("compliance_veto" if ev.category == "veto" else ev.category),
                    count=ev.quantity,
                    points=ev.points,
                    note=ev.note,
                    date=ev.occurred_on.isoformat(),
                )
            )
    result: dict[int, dict[Period, PersonPeriodInput]] = {sid: {} for sid in staff_ids}
    for sid in staff_ids:
        for month in months:
            raw = items.get((sid, month), {})
            result[sid][month] = PersonPeriodInput(
                items={
                    code: IndicatorInput(
                        target=v["target"],
                        actual=v["actual"],
                        base=v["base"],
                        ratings=v["ratings"] or None,
                        passed=v["passed"],
                    )
                    for code, v in raw.items()
                },
                events=tuple(events.get((sid, month), ())),
                period=month,
                person_id=str(sid),
            )
    return result


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


@dataclass
class PeriodResults:
    period: Period
    people: list[PersonResult] = field(default_factory=list)
    team_scores: dict[str, float] = field(default_factory=dict)
    distribution: DistributionReport | None = None
    without_template: list[str] = field(default_factory=list)  # names of people left out

    def by_staff(self) -> dict[int, PersonResult]:
        return {p.staff_id: p for p in self.people}


def appraisals_by_staff(
    session: Session, stored: PeriodRow | None, *, with_results: bool = True
) -> dict[int, AppraisalRow]:
    """The period's appraisals by person, with their frozen template versions loaded (and their
    kept results, unless *with_results* is false: re-scoring does not read them)."""
    if stored is None:
        return {}
    query = select(AppraisalRow).options(
        selectinload(AppraisalRow.template_version), defer(AppraisalRow.template_snapshot)
    )
    if not with_results:
        query = query.options(defer(AppraisalRow.result))
    return {
        a.staff_id: a for a in session.scalars(query.where(AppraisalRow.period_id == stored.id))
    }


def eligible_staff(session: Session, period: Period) -> list[StaffRow]:
    """People appraised for the period: regular and probation staff employed in it, and people
    who left during it (they keep their history)."""
    people = session.scalars(
        select(StaffRow)
        .options(selectinload(StaffRow.team), selectinload(StaffRow.supervisor))
        .order_by(StaffRow.employee_no)
    ).all()
    # Non-sales colleagues in the register (a compliance officer, an assistant) are appraised
    # only when a template is made for their role.
    roles = APPRAISED_ROLES | set(
        session.scalars(select(TemplateRow.role).where(TemplateRow.archived.is_(False)))
    )
    return [
        s
        for s in people
        if s.role in roles
        and s.status in (StaffStatus.REGULAR, StaffStatus.PROBATION, StaffStatus.LEFT)
        and months_employed(s, period)
    ]


_CohortMeta = dict[str, tuple[StaffRow, Template, int]]


def _person_input(
    staff: StaffRow,
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
    staff: StaffRow, template: Template, person_input: PersonPeriodInput
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
    )


def _cohort(
    staff: Sequence[StaffRow],
    period: Period,
    inputs: dict[int, dict[Period, PersonPeriodInput]],
    resolver: TemplateResolver,
    results: PeriodResults,
) -> tuple[list[CohortMember], _CohortMeta]:
    """Everyone to score together, with their row, template and version by person id; people
    without a template are noted in *results*."""
    members: list[CohortMember] = []
    meta: _CohortMeta = {}
    for s in staff:
        resolved = resolver.resolve(s)
        if resolved is None:
            results.without_template.append(s.name)
            continue
        domain_template, version = resolved
        person_input = _person_input(s, domain_template, inputs.get(s.id, {}), period)
        if person_input is None:
            continue
        members.append(_cohort_member(s, domain_template, person_input))
        meta[str(s.id)] = (s, domain_template, version)
    return members, meta


def _is_listed(staff: StaffRow, team_id: int | None, selected: set[int] | None) -> bool:
    """Whether the caller asked to see this person (their team, or an explicit selection)."""
    if team_id is not None and staff.team_id != team_id:
        return False
    return selected is None or staff.id in selected


def kept_result(appraisal: AppraisalRow | None) -> dict[str, Any] | None:
    """The result a published or signed appraisal keeps (its JSON snapshot), else None.

    The one rule for what every screen and paper shows: a published appraisal's kept result
    (``amendments`` keeps it equal to a fresh scoring until it is signed), otherwise the result
    computed from the entries (``compute_period``)."""
    if appraisal is None or appraisal.status is AppraisalStatus.DRAFT or not appraisal.result:
        return None
    return appraisal.result


@dataclass(frozen=True)
class ShownScore:
    """Total, grade and coefficient as every screen and paper shows them (``shown_score``)."""

    total: float | None = None
    grade: str | None = None
    coefficient: float | None = None


def shown_score(appraisal: AppraisalRow | None) -> ShownScore:
    """The kept result's total, grade and coefficient (lists of appraisals: sign-off, plans,
    appeals, reprints); empty for a draft. Cheap: reads three numbers of the snapshot."""
    kept = kept_result(appraisal)
    if kept is None:
        return ShownScore()
    # the snapshot's own total, not the column rounded to 4 places: 105.42499… and 105.425
    # would print differently
    return ShownScore(kept.get("total"), kept.get("grade"), kept.get("coefficient"))


def _shown_result(
    res: AppraisalResult, appraisal: AppraisalRow | None, use_frozen_results: bool
) -> tuple[AppraisalResult, bool]:
    """The result to show and whether it is frozen: a published appraisal keeps its stored one."""
    kept = kept_result(appraisal) if use_frozen_results else None
    if kept is not None:
        return AppraisalResult.from_dict(kept), True
    return res, False


def _person_result(
    staff: StaffRow,
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
        team_name=staff.team.name if staff.team else "",
        supervisor_name=staff.supervisor.name if staff.supervisor else "",
        template_code=template.code,
        template_version=version,
        result=res,
        appraisal_id=appraisal.id if appraisal else None,
        appraisal_status=appraisal.status if appraisal else None,
        frozen=frozen,
        template=template,
    )


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

    The whole cohort is scored together (team scores and the manager's "reps who met target"
    need everyone); ``team_id``/``staff_ids`` only select whom the answer lists. A published
    appraisal's stored result is returned as it was published unless ``use_frozen_results`` is
    false. ``overrides`` replaces stored monthly inputs (the grid's live preview).
    """
    staff = eligible_staff(session, period)
    templates = load_templates(session)
    stored = stored_period(session, period)
    appraisals = appraisals_by_staff(session, stored, with_results=use_frozen_results)

    months = period.months()
    inputs = monthly_inputs(session, [s.id for s in staff], months)
    if overrides:
        for sid, per_month in overrides.items():
            inputs.setdefault(sid, {}).update(per_month)

    results = PeriodResults(period=period)
    resolver = TemplateResolver(templates, appraisals)
    members, meta = _cohort(staff, period, inputs, resolver, results)
    if not members:
        return results
    cohort = score_many(members, met_target_indicator=MET_TARGET_INDICATOR, lang=lang)
    selected = set(staff_ids) if staff_ids is not None else None
    results.team_scores = dict(cohort.team_scores)
    results.distribution = cohort.distribution
    for pid, res in cohort.results.items():
        s, domain_template, version = meta[pid]
        if not _is_listed(s, team_id, selected):
            continue
        appraisal = appraisals.get(s.id)
        shown, frozen = _shown_result(res, appraisal, use_frozen_results)
        results.people.append(_person_result(s, domain_template, version, shown, appraisal, frozen))
    results.people.sort(key=lambda p: p.employee_no)
    return results


# ----------------------------------------------------------------------------- workflow


def period_results(
    ctx,
    period: Period,
    *,
    team_id: int | None = None,
    staff_ids: Iterable[int] | None = None,
    lang: str | None = None,
) -> PeriodResults:
    """``compute_period`` in a read of its own (the window and the command line call this)."""
    with ctx.session() as session:
        return compute_period(
            session, period, team_id=team_id, staff_ids=staff_ids, lang=lang or ctx.lang
        )


def start_appraisals(session: Session, period: Period) -> list[AppraisalRow]:
    """Create the period's appraisals, freezing each person's current template version.

    Idempotent: people who already have one keep it (and its frozen template).
    """
    stored = stored_period(session, period, create=True)
    existing = {
        a.staff_id
        for a in session.scalars(select(AppraisalRow).where(AppraisalRow.period_id == stored.id))
    }
    templates = load_templates(session)
    created = []
    for s in eligible_staff(session, period):
        if s.id in existing:
            continue
        template = assign_template(templates, s)
        if template is None:
            continue
        current = template.current
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
        if person is None:
            continue
        appraisal.result = person.result.to_dict()
        appraisal.total = round(person.result.total, 4)
        appraisal.grade = person.result.grade
        appraisal.status = AppraisalStatus.PUBLISHED
        appraisal.published_on = on
        count += 1
    stored.status = PeriodStatus.PUBLISHED
    stored.published_on = on
    return count


def team_names(session: Session) -> dict[int, str]:
    return {t.id: t.name for t in session.scalars(select(TeamRow))}
