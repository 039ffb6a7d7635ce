"""The scoring engine: one person's period input + a template → an explained result.

Order of work (documented in docs/design/template-format.md, "Scoring"):
1. each item: measure → value → rule → fraction → points = fraction × weight;
   an item that cannot be scored earns 0 and is flagged, and the total is marked incomplete
   (domain/items.py);
2. items_points = Σ points; subtotals per dimension;
3. team link: (1 − team_share) × items_points + team_share × team_score;
4. adjustments (bonus/penalty events, optionally capped) are added;
5. a veto (failed veto item or compliance event) forces the lowest grade; otherwise the grade
   comes from the template's bands, with its bonus coefficient.

The results are built in domain/results.py; `score_many` scores a cohort together.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from . import cycles
from .adjustments import AdjustmentEvent, AdjustmentOutcome, Catalogue, apply_adjustments
from .grades import DistributionReport, GradeScale, check_distribution
from .items import IndicatorInput, ItemScorer, item_scorer
from .messages import Problem
from .periods import Period
from .results import AppraisalResult, DimensionSubtotal, ItemResult
from .team_goal import TEAM_GOAL, TeamGoal, TeamGoalResult, achievement_cap, goal_result
from .template import Template

__all__ = [
    "AppraisalResult",
    "CohortMember",
    "CohortResult",
    "IndicatorInput",
    "ItemResult",
    "MetTargetShare",
    "PersonPeriodInput",
    "manager_input",
    "pooled_in_mean",
    "score",
    "score_many",
    "share_met_target",
    "team_goal_score",
    "with_team_score",
]


@dataclass(slots=True)
class PersonPeriodInput:
    items: Mapping[str, IndicatorInput]
    events: Sequence[AdjustmentEvent] = ()
    #: the months of `period` the person was employed; None = the whole period
    months_employed: Sequence[Period] | None = None
    period: Period | None = None
    person_id: str | None = None
    flags: tuple[Problem, ...] = ()


# ---- the plan of a template ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScoringPlan:
    """What scoring needs from a template that does not depend on the input, worked out once:
    a cohort recompute scores the same template thousands of times."""

    #: per item, in template order: (indicator, its scorer, the index of its dimension)
    scorers: tuple[tuple[str, ItemScorer, int], ...]
    #: (dimension, Σ weight of its items) in order of first appearance
    dimensions: tuple[tuple[str, float], ...]
    #: the adjustments of a period without events (it depends only on the caps)
    no_events: AdjustmentOutcome
    #: the items scored from nothing entered, by language: the same for everyone on the
    #: template (a month not begun: 3,000 people scored once, and pickled once, not 3,000 times)
    nothing_entered: dict[str, _ItemsScored] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, template: Template) -> ScoringPlan:
        index: dict[str, int] = {}
        weights: list[float] = []
        scorers = []
        for it in template.items:
            k = index.get(it.dimension)
            if k is None:
                k = index[it.dimension] = len(weights)
                weights.append(it.weight)
            else:
                weights[k] += it.weight
            scorers.append((it.indicator, item_scorer(it, template.rater_weights), k))
        return cls(
            scorers=tuple(scorers),
            dimensions=tuple(zip(index, weights, strict=True)),
            no_events=apply_adjustments(
                (), bonus_cap=template.bonus_cap, penalty_cap=template.penalty_cap
            ),
        )


def plan_for(template: Template) -> ScoringPlan:
    """The plan of *template*, worked out on first use and kept with the template.

    A Template is never edited in place (an edit makes a new one), so its plan never goes
    stale.
    """
    plan = template.derived.get("scoring_plan")
    if plan is None:
        plan = template.derived["scoring_plan"] = ScoringPlan.of(template)
    return plan


# ---- one person ------------------------------------------------------------------------------


def _employment_flags(period: Period | None, employed: tuple[Period, ...]) -> list[Problem]:
    """ "not employed" or "partial period" when the person worked only part of the period."""
    if period is None:
        return [] if employed else [Problem("not_employed", {}, "error")]
    months = period.months()
    in_period = [m for m in employed if m in months]
    if not in_period:
        return [Problem("not_employed", {}, "error")]
    if len(in_period) < len(months):
        params = {"employed": len(in_period), "total": len(months)}
        return [Problem("partial_period", params, "warning")]
    return []


def _subtotals(plan: ScoringPlan, items: Sequence[ItemResult]) -> tuple[DimensionSubtotal, ...]:
    points: dict[int, float] = {}  # Σ points per dimension index, from its first item
    for (_, _, k), item in zip(plan.scorers, items, strict=True):
        points[k] = points[k] + item.points if k in points else item.points
    return tuple(
        DimensionSubtotal(dimension=d, weight=w, points=points[k])
        for k, (d, w) in enumerate(plan.dimensions)
    )


@dataclass(frozen=True)
class _ItemsScored:
    """The items of one sheet scored: results, their point sum, how many unscored, item vetoes."""

    items: tuple[ItemResult, ...]
    points: float
    unscored: int
    veto_reasons: list[Problem]  # (copied by ``_result``: shared when nothing was entered)
    subtotals: tuple[DimensionSubtotal, ...] | None = None  # worked out when shared

    def item(self, indicator: str) -> ItemResult | None:
        """As ``AppraisalResult.item``: the first item of *indicator*."""
        for it in self.items:
            if it.indicator == indicator:
                return it
        return None


def _score_items(
    plan: ScoringPlan, entered: Mapping[str, IndicatorInput], lang: str
) -> _ItemsScored:
    """Score every item of the plan from what was entered, in sheet order. With nothing
    entered, the plan's one scoring of nothing (its results are never changed in place)."""
    if entered:
        return _scored_now(plan, entered, lang)
    found = plan.nothing_entered.get(lang)
    if found is None:
        scored = _scored_now(plan, {}, lang)
        found = replace(scored, subtotals=_subtotals(plan, scored.items))
        plan.nothing_entered[lang] = found
    return found


def _scored_now(
    plan: ScoringPlan, entered: Mapping[str, IndicatorInput], lang: str
) -> _ItemsScored:
    results: list[ItemResult] = []
    items_points = 0.0
    unscored = 0
    veto_reasons: list[Problem] = []
    for code, score_one, _ in plan.scorers:
        it = score_one(entered.get(code))
        results.append(it)
        items_points += it.points
        if not it.scored:
            unscored += 1
        if it.vetoed:
            params = {"indicator": it.indicator, "name": it.label(lang)}
            veto_reasons.append(Problem("veto_item", params, "error"))
    return _ItemsScored(tuple(results), items_points, unscored, veto_reasons)


def _team_part(
    share: float,
    team_score: float | None,
    flags: list[Problem],
    missing: str = "team_score_missing",
) -> tuple[float, float | None]:
    """The team's contribution and the usable team score (None, flagged, when it is missing)."""
    if share > 0:
        if team_score is None or not math.isfinite(team_score):
            flags.append(Problem(missing, {"share": share}, "error"))
            return 0.0, None
        return share * team_score, team_score
    return 0.0, team_score


def _adjustments(
    plan: ScoringPlan,
    template: Template,
    events: Sequence[AdjustmentEvent],
    catalogue: Catalogue | None,
    veto_reasons: list[Problem],
) -> AdjustmentOutcome:
    """Bonus and penalty events applied within the template's caps; event vetoes are added."""
    if not events:
        return plan.no_events
    outcome = apply_adjustments(
        events,
        catalogue or template.catalogue(),
        bonus_cap=template.bonus_cap,
        penalty_cap=template.penalty_cap,
        point_overrides=template.adjustment_points,
    )
    veto_reasons += [Problem("veto_event", {"note": n}, "error") for n in outcome.veto_notes]
    return outcome


def score(
    template: Template,
    person_input: PersonPeriodInput,
    *,
    team_score: float | None = None,
    team_goal: TeamGoal | None = None,
    lang: str = "zh_CN",
    catalogue: Catalogue | None = None,
) -> AppraisalResult:
    """Score one person for one period. Never raises for bad data: problems become flags.

    `team_score` is on the template's sheet scale (e.g. the team's average result out of 100).
    A template whose team share follows the team goal (seed 002) takes it from `team_goal`
    instead (``team_goal_score``); `team_score` is then not used.
    """
    plan = plan_for(template)
    scored = _score_items(plan, person_input.items, lang)
    return _result(
        template,
        plan,
        scored,
        person_input,
        team_score=team_score,
        team_goal=team_goal,
        lang=lang,
        catalogue=catalogue,
    )


def _result(
    template: Template,
    plan: ScoringPlan,
    scored: _ItemsScored,
    person_input: PersonPeriodInput,
    *,
    team_score: float | None,
    team_goal: TeamGoal | None,
    lang: str,
    catalogue: Catalogue | None,
) -> AppraisalResult:
    """``score`` from the items already scored: the team part, adjustments, veto and grade
    (a cohort scores a member's items once, then adds the team score when it is known)."""
    flags: list[Problem] = list(person_input.flags)
    employed = person_input.months_employed
    employed_months = None if employed is None else tuple(employed)
    if employed_months is not None:
        flags += _employment_flags(person_input.period, employed_months)

    items, items_points, unscored = scored.items, scored.points, scored.unscored
    veto_reasons = list(scored.veto_reasons)  # (the event vetoes are added to this copy)

    share = template.team_share
    complete = unscored == 0 and not any(f.code == "not_employed" for f in flags)
    goal = None
    missing = "team_score_missing"
    if template.team_basis == TEAM_GOAL:
        goal, team_score = team_goal_score(template, team_goal)
        missing = "team_goal_missing"
    team_part, team_score = _team_part(share, team_score, flags, missing)
    if share > 0 and team_score is None:
        complete = False
    blended = (1.0 - share) * items_points + team_part

    outcome = _adjustments(plan, template, person_input.events, catalogue, veto_reasons)
    total = blended + outcome.total
    if unscored:
        flags.append(Problem("incomplete", {"count": unscored}, "warning"))

    vetoed = bool(veto_reasons)
    band = template.grades.grade_for(total, vetoed)
    return AppraisalResult(
        template_code=template.code,
        template_name=template.name,
        sheet_total=template.sheet_total,
        items=items,
        dimensions=scored.subtotals if scored.subtotals is not None else _subtotals(plan, items),
        items_points=items_points,
        team_share=share,
        team_score=team_score if share > 0 else None,
        team_part=team_part,
        adjustments=outcome,
        vetoed=vetoed,
        veto_reasons=tuple(veto_reasons),
        total=total,
        grade=band.grade,
        coefficient=band.coefficient,
        complete=complete,
        flags=tuple(flags) + outcome.flags,
        period=person_input.period,
        person_id=person_input.person_id,
        months_employed=employed_months,
        lang=lang,
        team_basis=template.team_basis,
        team_goal=goal,
    )


def team_goal_score(
    template: Template, goal: TeamGoal | None
) -> tuple[TeamGoalResult | None, float | None]:
    """The team goal's result under the template's cap and the team score it gives on the
    template's sheet (None while the goal or its attainment is missing)."""
    if goal is None:
        return None, None
    cap = template.team_goal_cap
    got = goal_result(goal, achievement_cap(template.items) if cap is None else cap)
    if got.points is None:
        return got, None
    return got, got.points * template.sheet_total / 100.0


# ---- cohorts: team scores, the manager's derived indicator, forced distribution ---------------


def share_met_target(rates: Iterable[float | None], threshold: float = 1.0) -> float | None:
    """Share of reps whose achievement rate reached `threshold` (None rates are left out).

    None when nobody has a rate: there is nothing to compare, which is not the same as 0 %.
    """
    known = [r for r in rates if r is not None]
    if not known:
        return None
    return sum(1 for r in known if r >= threshold) / len(known)


@dataclass(slots=True)
class CohortMember:
    person_id: str
    template: Template
    input: PersonPeriodInput
    team: str | None = None  # the team this person belongs to (for the team score)
    manages: str | None = None  # the team whose reps this person manages (sales manager)
    #: counted in the colleagues' mean (regular staff; probation and transferred staff are
    #: appraised on separate terms, seed 004); a manager never is
    pooled: bool = True
    cycle: str = cycles.MONTHLY  # the person's appraisal cycle (domain/cycles.py)
    graded: bool = True  # False: an interim month of a quarterly person (no grade)


def pooled_in_mean(member: CohortMember) -> bool:
    """Whether *member*'s result counts in their team's colleagues' mean: regular staff of the
    team, not its manager nor probation staff."""
    return member.pooled and member.manages is None


@dataclass(frozen=True, slots=True)
class MetTargetShare:
    team: str
    reps: int
    met: int
    threshold: float

    @property
    def share(self) -> float | None:
        return self.met / self.reps if self.reps else None


@dataclass(slots=True)
class CohortResult:
    results: dict[str, AppraisalResult]
    team_scores: dict[str, float] = field(default_factory=dict)  # as % of the sheet (0–100+)
    met_target: dict[str, MetTargetShare] = field(default_factory=dict)
    distribution: DistributionReport | None = None
    #: each cycle's graded people against the guide (like with like); ``distribution`` is the
    #: one of the cycle whose own appraisal the period is (``cycles.appraised_cycle``)
    distributions: dict[str, DistributionReport] = field(default_factory=dict)


def manager_input(
    src: PersonPeriodInput,
    team: str,
    rates: Iterable[float | None],
    met_target_indicator: str,
    threshold: float = 1.0,
) -> tuple[MetTargetShare, PersonPeriodInput]:
    """A manager's input with the derived "reps who met target" item (met reps ÷ reps) from
    the reps' achievement *rates* (None = no rate, left out)."""
    known = [r for r in rates if r is not None]
    got = MetTargetShare(team, len(known), sum(1 for r in known if r >= threshold), threshold)
    derived = (
        IndicatorInput(target=float(got.reps), actual=float(got.met))
        if got.reps
        else IndicatorInput(flags=(Problem("no_reps", {}, "error"),))
    )
    return got, PersonPeriodInput(
        items={**src.items, met_target_indicator: derived},
        events=src.events,
        months_employed=src.months_employed,
        period=src.period,
        person_id=src.person_id,
        flags=src.flags,
    )


def with_team_score(
    result: AppraisalResult, template: Template, team_score: float
) -> AppraisalResult:
    """*result* re-based on another team score without re-scoring the items.

    Identical to ``score(template, same_input, team_score=team_score)`` when *result* was
    scored with a (finite) team score: the items, adjustments and flags do not depend on it.
    The grid uses it to follow a team-mate's edit in microseconds."""
    share = result.team_share
    if result.team_basis == TEAM_GOAL:
        raise ValueError("a team goal's result does not follow the colleagues")
    if share <= 0 or result.team_score is None or not math.isfinite(team_score):
        raise ValueError("with_team_score needs a result that already had a team score")
    team_part = share * team_score
    blended = (1.0 - share) * result.items_points + team_part
    total = blended + result.adjustments.total
    if cycles.is_interim(result):  # an interim month stays without a grade
        return replace(result, team_score=team_score, team_part=team_part, total=total)
    band = template.grades.grade_for(total, result.vetoed)
    return replace(
        result,
        team_score=team_score,
        team_part=team_part,
        total=total,
        grade=band.grade,
        coefficient=band.coefficient,
    )


def score_many(
    members: Sequence[CohortMember],
    *,
    team_scores: Mapping[str, float] | None = None,
    team_goals: Mapping[str, TeamGoal | None] | None = None,
    achievement_indicator: str = "sales_achievement",
    met_target_indicator: str = "reps_met_target",
    threshold: float = 1.0,
    grades: GradeScale | None = None,
    lang: str = "zh_CN",
    catalogue: Catalogue | None = None,
) -> CohortResult:
    """Score a cohort together.

    - A manager's `met_target_indicator` (measure ratio: met reps ÷ reps) is derived from the
      reps of the team they manage: a rep met target when their `achievement_indicator` value
      ≥ `threshold`. A value the caller entered for that indicator is kept.
    - Team score (unless given in `team_scores`, on a 100-point scale) = mean of the team
      members' weighted sums as a % of their sheet, the manager and probation staff left out
      (``pooled_in_mean``); it is scaled to each member's sheet. A template whose team share
      follows the team goal takes it from `team_goals` (by team) instead.
    - The forced-distribution check uses `grades` or the first member's template grades.
    """
    inputs = {m.person_id: m.input for m in members}  # derived indicators go here, not into m
    # Each member's items are scored once: the team score needs every member's items points
    # before anyone's total (``_result`` adds the team part, adjustments and grade).
    items = {m.person_id: _score_items(plan_for(m.template), m.input.items, lang) for m in members}

    met: dict[str, MetTargetShare] = {}
    # Each team's reps (members managing none), in the cohort's order: found once, not by a
    # pass over the whole cohort per manager (250 managers × 3,000 people took 0.1 s a month).
    reps: dict[str | None, list[CohortMember]] = {}
    for rep in members:
        if rep.manages is None:
            reps.setdefault(rep.team, []).append(rep)
    for m in members:
        if m.manages is None or m.template.item(met_target_indicator) is None:
            continue
        if met_target_indicator in m.input.items:
            continue
        rates = []
        for rep in reps.get(m.manages, ()):
            if rep.person_id != m.person_id:
                it = items[rep.person_id].item(achievement_indicator)
                rates.append(it.value if it is not None else None)
        got, inputs[m.person_id] = manager_input(
            m.input, m.manages, rates, met_target_indicator, threshold
        )
        met[m.manages] = got
        items[m.person_id] = _score_items(plan_for(m.template), inputs[m.person_id].items, lang)

    computed: dict[str, list[float]] = {}
    for m in members:
        if m.team is not None and pooled_in_mean(m):
            points = items[m.person_id].points  # (as the result's items_points / sheet_total)
            computed.setdefault(m.team, []).append(points / m.template.sheet_total * 100.0)
    scores = {t: sum(v) / len(v) for t, v in computed.items()}
    scores.update(team_scores or {})

    results: dict[str, AppraisalResult] = {}
    for m in members:
        ts = goal = None
        if m.template.team_share > 0 and m.team is not None:
            pct = scores.get(m.team)
            ts = None if pct is None else pct * m.template.sheet_total / 100.0
            goal = (team_goals or {}).get(m.team)
        results[m.person_id] = _result(
            m.template,
            plan_for(m.template),
            items[m.person_id],
            inputs[m.person_id],
            team_score=ts,
            team_goal=goal,
            lang=lang,
            catalogue=catalogue,
        )

    for m in members:
        if not m.graded:
            results[m.person_id] = cycles.interim(results[m.person_id])
    distributions = _distributions(members, results, grades)
    period = next((m.input.period for m in members if m.input.period is not None), None)
    shown = cycles.appraised_cycle(distributions, period) if period is not None else None
    distribution = distributions.get(shown or cycles.MONTHLY)
    return CohortResult(results, scores, met, distribution, distributions)


def _distributions(
    members: Sequence[CohortMember],
    results: Mapping[str, AppraisalResult],
    grades: GradeScale | None,
) -> dict[str, DistributionReport]:
    """The forced-distribution check of each cycle's graded people, apart (like with like);
    it uses `grades` or the first graded member's template grades."""
    out: dict[str, DistributionReport] = {}
    by_cycle: dict[str, list[CohortMember]] = {}
    for m in members:
        if m.graded:
            by_cycle.setdefault(m.cycle, []).append(m)
    for cycle, group in by_cycle.items():
        scale = grades or group[0].template.grades
        if scale.distribution:
            out[cycle] = check_distribution(
                (results[m.person_id].grade for m in group),
                scale.distribution,
                order=[b.grade for b in scale.bands],
            )
    return out
