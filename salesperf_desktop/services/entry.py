"""Monthly entry: the in-memory sheet behind the grid, cell validation, and guarded writes.

``load_sheet`` reads one month for the whole cohort (the engine scores everyone together:
team scores and the manager's "reps who met target" need the team) and keeps each person's
template and inputs in memory, so an edit re-scores at once without touching the database
(``EntrySheet.set_local``). ``save_values`` writes cells in one transaction after the lock
check (``locking``) and keeps the audit trail for published periods (``audit``).

Cell fields: ``target``, ``actual``, ``base``, ``passed`` and ``rating:<rater>`` (supervisor,
self, peer; several peers are a tuple of scores).
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import pickle
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, delete, select, text
from sqlalchemy.orm import Session

from salesperf_desktop.domain import cell_values
from salesperf_desktop.domain.adjustments import DEFAULT_CATALOGUE, Catalogue
from salesperf_desktop.domain.cycles import MONTHLY, interim, is_graded, person_cycle
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.rules import ScaleRule
from salesperf_desktop.domain.scoring import (
    AppraisalResult,
    CohortMember,
    IndicatorInput,
    PersonPeriodInput,
    manager_input,
    score,
    score_many,
    with_team_score,
)
from salesperf_desktop.domain.status import AppraisalStatus, PeriodStatus, RaterRole
from salesperf_desktop.domain.team_goal import TEAM_GOAL, TeamGoal
from salesperf_desktop.domain.template import Template, TemplateItem
from salesperf_desktop.services import appraisals as ap
from salesperf_desktop.services.adjustment_types import stored_catalogue
from salesperf_desktop.services.amendments import after_publication, guard_change
from salesperf_desktop.services.audit import record_change
from salesperf_desktop.services.collector import collector_paused
from salesperf_desktop.services.locking import LockedError
from salesperf_desktop.services.metrics_import import field_label, lock_index
from salesperf_desktop.services.movements import PeriodMovements, period_movements
from salesperf_desktop.services.team_goal_reads import goals_for
from salesperf_desktop.storage.models import (
    AppraisalRow,
    MetricEntryRow,
    PeriodRow,
    RatingRow,
    StaffRow,
)

RATERS = ("supervisor", "self", "peer")
NUMBER_FIELDS = ("target", "actual", "base")
# score_many's default: a rep "met target" when this indicator's rate reaches 100 %
ACHIEVEMENT_INDICATOR = "sales_achievement"
# measure → the entry fields shown for it
MEASURE_FIELDS: dict[str, tuple[str, ...]] = {
    "achievement": ("target", "actual"),
    "ratio": ("target", "actual"),
    "share": ("target", "actual"),
    "expense_usage": ("target", "actual"),
    "count": ("target", "actual"),
    "growth": ("base", "actual"),
    "pass_fail": ("passed",),
    "task_sheet": ("actual",),
    "days": ("actual",),
}
YES = {"1", "y", "yes", "true", "pass", "passed", "ok", "是", "通过", "通過", "合格", "✓", "√"}
NO = {"0", "n", "no", "false", "fail", "failed", "否", "不通过", "不通過", "不合格", "✗", "×"}


class CellError(ValueError):
    """Input refused at the cell; ``code`` and ``params`` say why (``message``), worded as the
    same problem in an imported workbook."""

    def __init__(self, code: str, **params: Any):
        super().__init__(code)
        self.code = code
        self.params = params

    def message(self, lang: str = "zh_CN") -> str:
        params = {k: str(v) for k, v in self.params.items()}
        if "field" in params:
            params["field"] = field_label(params["field"].split(":", 1)[0], lang)
        code = self.code if "." in self.code else f"import.{self.code}"
        return render(code, params, lang)


def fields_for(item: TemplateItem, rater_weights: dict[str, float] | None = None) -> tuple:
    if item.measure == "rating":
        weights = item.rater_weights or rater_weights or {}
        raters = tuple(r for r in RATERS if weights.get(r, 0) > 0) or ("supervisor",)
        return tuple(f"rating:{r}" for r in raters)
    return MEASURE_FIELDS.get(item.measure, ("target", "actual"))


def _number(text: Any) -> float | None:
    """What was typed, read by the same rule book as an imported cell."""
    try:
        return cell_values.number(text)
    except cell_values.CellRefused as refused:
        raise CellError(refused.code, **{"value": str(text), **refused.params}) from None


def parse_cell(field_name: str, text: Any, item: TemplateItem | None = None) -> Any:
    """The stored value for what was typed, or CellError. Blank text clears the cell (None)."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    if field_name == "passed":
        if isinstance(text, bool):
            return text
        t = str(text).strip().casefold()
        if t in YES:
            return True
        if t in NO:
            return False
        raise CellError("not_yes_no", value=str(text))
    if field_name.startswith("rating:"):
        if field_name == "rating:peer" and isinstance(text, str):
            parts = [p for p in _split_scores(text) if p]
            values = tuple(_rating(p, item) for p in parts)
            return values or None
        if isinstance(text, (tuple, list)):
            return tuple(_rating(p, item) for p in text) or None
        value = _rating(text, item)
        return (value,) if field_name == "rating:peer" else value
    value = _number(text)
    if value is None:
        return None
    if field_name in ("target", "base") and value < 0:
        raise CellError("negative", value=str(text), field=field_name)
    task = item is not None and item.measure == "task_sheet" and field_name == "actual"
    if task and not 0 <= value <= 100:
        raise CellError("out_of_range", value=str(text), lo="0", hi="100")
    return value


def _split_scores(text: str) -> list[str]:
    for sep in ("；", ";", "，", "、", "/", " "):
        text = text.replace(sep, ",")
    return [p.strip() for p in text.split(",")]


def _rating(text: Any, item: TemplateItem | None) -> float:
    value = _number(text)
    if value is None:
        raise CellError("cell.not_number", value=str(text))
    rule = item.rule if item is not None else None
    if isinstance(rule, ScaleRule):
        if not rule.lo <= value <= rule.hi:
            raise CellError("out_of_range", value=str(text), lo=f"{rule.lo:g}", hi=f"{rule.hi:g}")
    elif value < 0:
        raise CellError("negative", value=str(text), field="rating")
    return value


# ----------------------------------------------------------------------------- the sheet


@dataclass
class SheetPerson:
    staff_id: int
    employee_no: str
    name: str
    role: str
    team_id: int | None
    team_name: str
    template: Template
    template_label: dict
    locked: bool
    appraisal_id: int | None
    values: dict[str, dict[str, Any]] = field(default_factory=dict)  # indicator → field → value
    events: tuple = ()
    result: AppraisalResult | None = None  # scored from the values in memory
    kept: AppraisalResult | None = None  # the published appraisal's kept result
    signed: bool = False
    live: bool = False  # edited (or re-based by an edit) since the sheet was loaded
    # leave (``movements.PeriodMovements.with_leave``): the 事假 deduction, prorated targets
    adjust_input: Callable[[PersonPeriodInput], PersonPeriodInput] | None = None
    # a move within the month: (last part's result, input, team scores) → combined result
    prorate: Callable[..., AppraisalResult] | None = None
    combined: AppraisalResult | None = None  # ``result`` combined with the earlier parts
    pooled: bool = True  # counts in the colleagues' mean (not on probation, not transferred)
    cycle: str = MONTHLY  # monthly or quarterly: a quarterly person's month has no grade

    @property
    def shown(self) -> AppraisalResult | None:
        """What the grid shows: the kept result of a published appraisal (as every other screen
        and the form show it, ``appraisals.kept_appraisal_result``) until an edit re-scores the person;
        saving that edit stores the same result (``amendments``). Signed: always the kept one."""
        if self.kept is not None and (self.signed or not self.live):
            return self.kept
        return self.combined if self.combined is not None else self.result

    def get(self, indicator: str, field_name: str) -> Any:
        return self.values.get(indicator, {}).get(field_name)

    def to_input(self, month: Period) -> PersonPeriodInput:
        items = {code: _indicator_input(v) for code, v in self.values.items()}
        entered = PersonPeriodInput(
            items=items, events=self.events, period=month, person_id=str(self.staff_id)
        )
        return self.adjust_input(entered) if self.adjust_input is not None else entered


def _nothing_before(_indicator: str) -> dict[int, IndicatorInput]:
    return {}  # a quarter or a year: read-only, nothing is asked


@dataclass
class EntrySheet:
    """One month for the cohort, scored in memory; edits re-score only what they affect."""

    month: Period
    status: PeriodStatus
    period_id: int | None
    people: list[SheetPerson]
    lang: str = "zh_CN"
    _by_id: dict[int, SheetPerson] = field(default_factory=dict, repr=False)

    computed: bool = False  # a quarter or year: rolled up from the months, read-only
    covered: bool = False  # a published quarter or year contains the month
    # the month before's entries of one indicator, everyone's by staff id (the plausibility
    # questions compare an edit with its figure, ``domain.plausibility``): read when a question
    # first needs that indicator (a few ms), not with the sheet (a third of its read at 3,000)
    month_before: Callable[[str], dict[int, IndicatorInput]] = field(
        default=_nothing_before, repr=False
    )
    _before: dict[str, dict[int, IndicatorInput]] = field(default_factory=dict, repr=False)
    # the officer's bonus/penalty catalogue (a template's own points go on top of it)
    catalogue: Catalogue = DEFAULT_CATALOGUE
    # people appraised in the period whom no template fits ("E013 孙丽"): not in the grid, and
    # the officer is told (never dropped silently)
    left_out: list[str] = field(default_factory=list)
    # eligible people not graded, with the reason; people who moved within the month
    not_graded: list[str] = field(default_factory=list)
    moved: list[str] = field(default_factory=list)
    _team_pcts: dict[str, float] = field(default_factory=dict, repr=False)
    # the teams' goals of the month by team id (seed 002's team pool, ``team_goal_reads``)
    team_goals: dict[str, TeamGoal] = field(default_factory=dict)
    # (mentor's staff id, indicator) → how the 带教成果 figure was made (``mentoring``)
    notes: dict[tuple[int, str], tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._by_id = {p.staff_id: p for p in self.people}

    def __getstate__(self) -> dict[str, Any]:
        """Pickled without its reads of the file (the month before): a sheet read in the reader
        process is given them by the window's process (``wired``)."""
        return {**self.__dict__, "month_before": None, "_before": {}}

    @property
    def read_only(self) -> bool:
        return self.computed or self.status is PeriodStatus.LOCKED

    @property
    def audited(self) -> bool:
        """Changes need a reason: they change a published result (``amendments``)."""
        return self.covered or self.status in (PeriodStatus.PUBLISHED, PeriodStatus.LOCKED)

    def person(self, staff_id: int) -> SheetPerson:
        return self._by_id[staff_id]

    def last_month(self, staff_id: int, indicator: str, field_name: str) -> Any:
        """The value of the month before (None when not entered)."""
        before = self._before.get(indicator)
        if before is None:
            before = self._before[indicator] = self.month_before(indicator)
        inp = before.get(staff_id)
        return _value_dict(inp).get(field_name) if inp is not None else None

    def team(self, team_id: int | None) -> list[SheetPerson]:
        return [p for p in self.people if team_id is None or p.team_id == team_id]

    def _member(self, p: SheetPerson) -> CohortMember:
        team = str(p.team_id) if p.team_id is not None else None
        manages = team if p.role == "sales_manager" and team is not None else None
        graded = is_graded(p.cycle, self.month)
        return CohortMember(
            str(p.staff_id),
            p.template,
            p.to_input(self.month),
            team,
            manages,
            p.pooled,
            cycle=p.cycle,
            graded=graded,
        )

    def _goal(self, p: SheetPerson) -> TeamGoal | None:
        return self.team_goals.get(str(p.team_id)) if p.team_id is not None else None

    def score_all(self) -> None:
        members = [self._member(p) for p in self.people]
        if not members:
            return
        cohort = score_many(
            members,
            team_goals=self.team_goals,
            met_target_indicator=ap.MET_TARGET_INDICATOR,
            lang=self.lang,
        )
        for p in self.people:
            p.result = cohort.results[str(p.staff_id)]
        self._team_pcts = dict(cohort.team_scores)
        self._prorate(self.people)

    def _prorate(self, people: Iterable[SheetPerson]) -> None:
        """People who moved within the month: their result combined with the earlier parts
        (the old team's score as last scored together)."""
        for p in people:
            if p.prorate is not None and p.result is not None:
                p.combined = p.prorate(p.result, p.to_input(self.month), self._team_pcts)
                if not is_graded(p.cycle, self.month):
                    p.combined = interim(p.combined)  # a quarterly person's month: no grade

    def rescore(self, staff_id: int) -> list[int]:
        """Re-score after a change of *staff_id*'s values (``_rescore``); the people whose result
        changed show it from now on instead of their kept result (``SheetPerson.shown``)."""
        touched = self._rescore(staff_id)
        self._prorate(self._by_id[sid] for sid in touched)
        for sid in touched:
            p = self._by_id[sid]
            p.live = True
            if p.result is not None and not is_graded(p.cycle, self.month):
                p.result = interim(p.result)  # a quarterly person's month: no grade
        return touched

    def _rescore(self, staff_id: int) -> list[int]:
        """Re-score after a change of *staff_id*'s values; returns the ids whose result changed.

        Identical to ``score_all`` (tests compare), but cheap in a big team: only the edited
        person (and a manager whose "reps who met target" may move) is scored again; the team
        score is the mean of the members' items points as % of their sheet, and team-mates'
        results are re-based on it arithmetically (``with_team_score``)."""
        p = self._by_id[staff_id]
        month = self.month
        if p.team_id is None:
            p.result = score(p.template, p.to_input(month), lang=self.lang)
            return [staff_id]
        goal = self._goal(p)
        group = [q for q in self.people if q.team_id == p.team_id]
        met = ap.MET_TARGET_INDICATOR
        derived = [
            q
            for q in group
            if q.role == "sales_manager"
            and q.template.item(met) is not None
            and met not in q.to_input(month).items
        ]
        if not derived and not any(_follows_colleagues(q.template) for q in group):
            p.result = score(p.template, p.to_input(month), team_goal=goal, lang=self.lang)
            return [staff_id]

        first: dict[int, tuple[PersonPeriodInput, AppraisalResult]] = {}

        def current(q: SheetPerson) -> AppraisalResult:
            return first[q.staff_id][1] if q.staff_id in first else q.result

        def input_of(q: SheetPerson) -> PersonPeriodInput:
            if q not in derived:
                return q.to_input(month)
            # the reps' achievement values (a team score does not move them)
            rates = []
            for rep in group:
                if rep is q or rep.role == "sales_manager":
                    continue
                it = current(rep).item(ACHIEVEMENT_INDICATOR)
                rates.append(it.value if it is not None else None)
            return manager_input(q.to_input(month), str(q.team_id), rates, met)[1]

        # 1. items of the edited person, then of managers whose derived item may follow
        changed = [p] + ([m for m in derived if m is not p] if p.role != "sales_manager" else [])
        for q in changed:
            inp = input_of(q)
            first[q.staff_id] = (inp, score(q.template, inp, lang=self.lang))
        # 2. the team score, summed in the same order as score_many (identical floats), of the
        # regular colleagues (``pooled_in_mean``: not the manager, not probation staff)
        pcts = [
            current(q).items_points / current(q).sheet_total * 100.0
            for q in group
            if q.pooled and q.role != "sales_manager"  # as ``pooled_in_mean``
        ]
        pct = sum(pcts) / len(pcts) if pcts else math.nan
        # 3. results
        touched: list[int] = []
        for q in group:
            share = q.template.team_share
            if q.staff_id in first:
                inp, result = first[q.staff_id]
                if share > 0:
                    ts = pct * q.template.sheet_total / 100.0 if pcts else None
                    result = score(q.template, inp, team_score=ts, team_goal=goal, lang=self.lang)
                q.result = result
                touched.append(q.staff_id)
            elif share > 0 and _follows_colleagues(q.template):
                ts = pct * q.template.sheet_total / 100.0
                old = q.result
                if not pcts:
                    q.result = score(q.template, input_of(q), lang=self.lang)
                elif old is not None and old.team_score is not None and math.isfinite(ts):
                    if old.team_score == ts:
                        continue
                    q.result = with_team_score(old, q.template, ts)
                else:
                    q.result = score(q.template, input_of(q), team_score=ts, lang=self.lang)
                touched.append(q.staff_id)
        return touched

    def set_local(self, staff_id: int, indicator: str, field_name: str, value: Any) -> list[int]:
        """Change a value in memory and re-score; the caller persists it (save_values)."""
        p = self._by_id[staff_id]
        slot = p.values.setdefault(indicator, {})
        if value is None:
            slot.pop(field_name, None)
        else:
            slot[field_name] = value
        return self.rescore(staff_id)

    def indicators(self, people: Sequence[SheetPerson]) -> list[tuple[TemplateItem, Template]]:
        """The union of the people's template items, in template order (first seen first)."""
        # each template once, in the order first met (3,000 people share a handful)
        templates = {id(p.template): p.template for p in people}
        seen: dict[str, tuple[TemplateItem, Template]] = {}
        for template in templates.values():
            for it in template.items:
                seen.setdefault(it.indicator, (it, template))
        return list(seen.values())


def _follows_colleagues(template: Template) -> bool:
    """Whether the template's team share moves with the colleagues' results (their mean), not
    with the team goal."""
    return template.team_share > 0 and template.team_basis != TEAM_GOAL


# (rater, its cell field) in the order an input lists its raters; worked out once: a month
# of 3,000 people turns 60,000 cells into inputs when it is scored
_RATING_FIELDS = tuple((r, f"rating:{r}") for r in RATERS)


def _indicator_input(v: dict[str, Any]) -> IndicatorInput:
    """The engine's input of one indicator's cell values (a rating as a list of scores)."""
    ratings = {
        r: list(x) if isinstance(x, tuple) else [x]
        for r, key in _RATING_FIELDS
        if (x := v.get(key)) is not None
    }
    return IndicatorInput(
        target=v.get("target"),
        actual=v.get("actual"),
        base=v.get("base"),
        ratings=ratings or None,
        passed=v.get("passed"),
    )


def _value_dict(inp: IndicatorInput) -> dict[str, Any]:
    """One indicator's cell values of an input (a supervisor's or self rating as its last
    score, the peers' as a tuple); fields not entered are left out."""
    out: dict[str, Any] = {}
    if inp.target is not None:
        out["target"] = inp.target
    if inp.actual is not None:
        out["actual"] = inp.actual
    if inp.base is not None:
        out["base"] = inp.base
    if inp.passed is not None:
        out["passed"] = inp.passed
    if inp.ratings:
        for rater, scores in inp.ratings.items():
            if scores:
                out[f"rating:{rater}"] = tuple(scores) if rater == "peer" else scores[-1]
    return out


def _person(s: ap.StaffFacts, template: Template, **state: Any) -> SheetPerson:
    """One row of the grid: the person, the template scored on, and *state* (locked,
    appraisal_id, values, events, result)."""
    return SheetPerson(
        staff_id=s.id,
        employee_no=s.employee_no,
        name=s.name,
        role=s.role,
        team_id=s.team_id,
        team_name=s.team_name,
        template=template,
        template_label=dict(template.name),
        pooled=ap.in_team_pool(s),
        **state,
    )


def _sheet(month: Period, stored: PeriodRow | None, people, lang: str, **kw) -> EntrySheet:
    return EntrySheet(
        month=month,
        status=stored.status if stored is not None else PeriodStatus.OPEN,
        period_id=stored.id if stored is not None else None,
        people=people,
        lang=lang,
        **kw,
    )


def _rolled_up_values(result: AppraisalResult) -> dict[str, dict[str, Any]]:
    """The cell values of a quarter or year as the engine rolled them up."""
    values: dict[str, dict[str, Any]] = {}
    for it in result.items:
        v: dict[str, Any] = {}
        for f in NUMBER_FIELDS:
            if getattr(it, f) is not None:
                v[f] = getattr(it, f)
        if it.measure == "pass_fail" and it.value is not None:
            v["passed"] = it.value >= 0.5
        for r in it.raters:
            if r.present and r.mean is not None:
                v[f"rating:{r.rater}"] = (r.mean,) if r.rater == "peer" else r.mean
        values[it.indicator] = v
    return values


def _computed_sheet(ctx, session: Session, period: Period, lang: str) -> EntrySheet:
    """A quarter or year as the engine rolls it up (Σ actual, Σ target …): a read-only view."""
    results = ap.cached_results(ctx, session, period, lang=lang)
    by_staff = results.by_staff()
    people = []
    for s in ap.eligible_staff(session, period):
        pr = by_staff.get(s.id)
        if pr is None:
            continue
        # the template compute_period scored on (frozen or current)
        people.append(
            _person(
                s,
                pr.template,
                locked=True,
                appraisal_id=pr.appraisal_id,
                values=_rolled_up_values(pr.result),
                result=pr.result,
                cycle=pr.cycle,
            )
        )
    sheet = _sheet(period, ap.stored_period(session, period), people, lang, computed=True)
    sheet.left_out = list(results.without_template)
    sheet.not_graded, sheet.moved = list(results.not_graded), list(results.moved)
    return sheet


@dataclass(frozen=True)
class _Prorate:
    """A move within the month: (last part's result, input, team scores) → the result combined
    with the earlier parts. Plain data, not a closure over the read: the sheet pickles (it
    crosses from the reader process)."""

    moves: PeriodMovements
    staff: ap.StaffFacts
    template: Template
    # the earlier parts' templates (the person as placed in each), resolved when read
    earlier: dict[ap.StaffFacts, tuple[Template, int] | None]

    def __call__(
        self, result: AppraisalResult, inp: PersonPeriodInput, pcts: dict[str, float]
    ) -> AppraisalResult:
        return self.moves.prorate(self.staff, result, inp, self.template, self.earlier.get, pcts)


def _movement_hooks(
    moves: PeriodMovements, s: ap.StaffFacts, template: Template, resolver: ap.TemplateResolver
) -> dict[str, Any]:
    """The grid row's leave and move hooks (none for a person with no history)."""
    if s.id not in moves.histories:
        return {}
    prorate = None
    if moves.note(s):
        earlier = {f: resolver.resolve(f, frozen=False) for f, _part in moves.earlier_parts(s)}
        prorate = _Prorate(moves, s, template, earlier)
    return {"adjust_input": functools.partial(moves.with_leave, s), "prorate": prorate}


def _month_sheet(session: Session, month: Period, lang: str) -> EntrySheet:
    """The month for everyone eligible, with each person's template (frozen one if started)."""
    stored = ap.stored_period(session, month)
    moves = period_movements(session, month, lang=lang)
    staff, not_graded = moves.arrange(ap.eligible_staff(session, month))
    appraisals = ap.appraisals_by_staff(session, stored)
    inputs = ap.monthly_inputs(session, [s.id for s in staff], [month])
    locks = lock_index(session, [month])
    resolver = ap.TemplateResolver(
        ap.load_templates(session),
        appraisals,
        ap.policy_for_period(session, stored).policy,
        moves.moved_within(staff),
    )
    teams = ap.team_cycles(session)
    people, left_out, moved = [], [], []
    for s in staff:
        resolved = resolver.resolve(s)
        if resolved is None:
            left_out.append(f"{s.employee_no} {s.name}")
            continue
        a = appraisals.get(s.id)
        inp = inputs.get(s.id, {}).get(month)
        people.append(
            _person(
                s,
                resolved[0],
                locked=locks.is_locked(s.id, month),
                appraisal_id=a.id if a else None,
                values={c: _value_dict(i) for c, i in (inp.items if inp else {}).items()},
                events=tuple(inp.events) if inp else (),
                kept=ap.kept_appraisal_result(a),
                signed=a is not None and a.status is AppraisalStatus.SIGNED,
                **_movement_hooks(moves, s, resolved[0], resolver),
                cycle=person_cycle(resolved[0].cycle, teams.get(s.team_id)),
            )
        )
        if note := moves.note(s):
            moved.append(note)
    sheet = _sheet(month, stored, people, lang, covered=after_publication(session, month))
    sheet.left_out, sheet.not_graded, sheet.moved = left_out, not_graded, moved
    sheet.team_goals = goals_for(session, month)
    sheet.score_all()
    return sheet


# One indicator's entries and ratings in one month, as ``appraisals.monthly_inputs`` reads
# them (ratings in the order given); the covering index on entries and the ratings' period
# index keep it to a few ms at 3,000 staff.
_ENTERED_IN = text(
    "SELECT staff_id, target, actual, base, passed FROM metric_entries"
    " WHERE period_id = :period AND indicator_code = :indicator"
)
_RATED_IN = text(
    "SELECT staff_id, rater_role, value FROM ratings"
    " WHERE period_id = :period AND indicator_code = :indicator ORDER BY staff_id, id"
)


def _entered_in(ctx, month: Period, indicator: str) -> dict[int, IndicatorInput]:
    """Everyone's input for *indicator* in *month* by staff id, built by the rules of
    ``appraisals.monthly_inputs`` (the sheet's month before, ``EntrySheet.last_month``)."""
    with ctx.session() as session:
        stored = ap.stored_period(session, month)
        if stored is None:
            return {}
        params = {"period": stored.id, "indicator": indicator}
        got = {
            sid: IndicatorInput(
                target, actual, base, None, None if passed is None else bool(passed)
            )
            for sid, target, actual, base, passed in session.execute(_ENTERED_IN, params)
        }
        for sid, role, value in session.execute(_RATED_IN, params):
            inp = got.setdefault(sid, IndicatorInput())
            if inp.ratings is None:
                inp.ratings = {}
            inp.ratings.setdefault(role, []).append(value)
        return got


def read_sheet(ctx, period: Period, lang: str) -> bytes:
    """``load_sheet`` as the reader process runs it (``services.reader_process``): the sheet
    pickled there, to be unpickled here by ``sheet_from``. Both under the paused collector:
    a month of 3,000 people is some 100,000 objects (a million, entered), and collections
    among them while it is pickled or unpickled cost as much again."""
    sheet = load_sheet(ctx, period, lang=lang)
    with collector_paused():
        return pickle.dumps(sheet, pickle.HIGHEST_PROTOCOL)


def sheet_from(ctx, data: bytes) -> EntrySheet:
    """The sheet ``read_sheet`` pickled, reading what it reads later from *ctx*'s file."""
    with collector_paused():
        return wired(ctx, pickle.loads(data))  # (bytes of our own reader process)


def wired(ctx, sheet: EntrySheet) -> EntrySheet:
    """*sheet* reading what it reads later from *ctx*'s file (a month's month before)."""
    if sheet.computed:
        sheet.month_before = _nothing_before
    else:
        sheet.month_before = functools.partial(_entered_in, ctx, sheet.month.previous())
    return sheet


def load_sheet(ctx, period: Period, *, lang: str | None = None) -> EntrySheet:
    """The grid of *period*, scored in memory: a month to edit, or the computed, read-only
    roll-up of a quarter or a year."""
    lang = lang or ctx.lang
    # (a month of 3,000 people makes some 100,000 inputs and results: the collector's walks
    # over the whole program as they pile up cost a third of the read, services/collector.py)
    with collector_paused(), ctx.session() as session:
        if period.kind != "month":
            return _computed_sheet(ctx, session, period, lang)
        from salesperf_desktop.services.mentoring import sheet_notes  # (it builds on this)

        sheet = wired(ctx, _month_sheet(session, period, lang))
        sheet.catalogue = stored_catalogue(session)
        sheet.notes = sheet_notes(session, sheet)
        return sheet


# ----------------------------------------------------------------------------- writes


@dataclass(frozen=True)
class CellWrite:
    staff_id: int
    indicator: str
    field: str
    value: Any  # float | bool | tuple[float, ...] | None


def _audit_text(value: Any) -> Any:
    if isinstance(value, tuple):
        return ", ".join(f"{v:g}" for v in value)
    return value


def save_values(
    ctx,
    month: Period,
    writes: Iterable[CellWrite],
    *,
    reason: str = "",
    appeal_id: int | None = None,
) -> int:
    """Write cells in one transaction. Raises LockedError (nothing written) for a locked value.

    After publication every change is audited with *reason* (required then) and the published,
    unsigned appraisals it feeds are scored again at once (``amendments``)."""
    writes = list(writes)
    if not writes:
        return 0
    with ctx.transaction() as session:
        write_values(
            session,
            month,
            writes,
            reason=reason,
            appeal_id=appeal_id,
            actor=lambda: ctx.actor,  # (a query of its own: asked only for an audited change)
            on=ctx.today(),
            lang=ctx.lang,
        )
    return len(writes)


# Built once (a grid save runs them for every edit; building a statement costs more than
# running it on a small table).
_STAFF = select(StaffRow).where(StaffRow.id.in_(bindparam("ids", expanding=True)))
_ENTRY = select(MetricEntryRow).where(
    MetricEntryRow.staff_id == bindparam("staff_id"),
    MetricEntryRow.period_id == bindparam("period_id"),
    MetricEntryRow.indicator_code == bindparam("indicator"),
)


def write_values(
    session: Session,
    month: Period,
    writes: Sequence[CellWrite],
    *,
    reason: str = "",
    appeal_id: int | None = None,
    actor: str | Callable[[], str] = "",
    on: dt.date | None = None,
    lang: str = "zh_CN",
    amend: bool = True,
) -> int:
    """``save_values`` inside the caller's transaction (targets, task sheets write several
    months or several things at once and commit them together).

    After publication the published, unsigned appraisals fed by the month are re-scored and
    stored (amended *on* that day) unless *amend* is false: a caller writing several months
    then calls ``amendments.amend_published`` once for all of them. *actor* (or the callable
    giving it, asked only then) is who the audit trail names."""
    if not writes:
        return 0
    change = guard_change(
        session, [month], {w.staff_id for w in writes}, reason=reason, appeal_id=appeal_id
    )
    period, audited = change.periods[0], change.audited
    if audited and callable(actor):
        actor = actor()
    staff = {
        s.id: s for s in session.scalars(_STAFF, {"ids": sorted({w.staff_id for w in writes})})
    }
    # (for the audit trail only: a grid edit of an open month reads no appraisal)
    appraisal_ids = (
        dict(
            session.execute(
                select(AppraisalRow.staff_id, AppraisalRow.id).where(
                    AppraisalRow.period_id == period.id,
                    AppraisalRow.staff_id.in_({w.staff_id for w in writes}),
                )
            ).all()
        )
        if audited
        else {}
    )
    for w in writes:
        person = staff.get(w.staff_id)
        if person is None:
            raise LockedError("locked.no_staff", staff_id=w.staff_id)
        if w.field.startswith("rating:"):
            old = _write_rating(session, person, period, w)
            entity, entity_id = "rating", None
        else:
            old, entity_id = _write_entry(session, period, w)
            entity = "metric_entry"
        if audited:
            record_change(
                session,
                entity=entity,
                entity_id=entity_id,
                field=f"{w.indicator}.{w.field}",
                old=_audit_text(old),
                new=_audit_text(w.value),
                reason=reason,
                actor=actor,
                appraisal_id=appraisal_ids.get(w.staff_id),
                appeal_id=appeal_id,
            )
    if amend:
        change.amend(session, on=on or dt.date.today(), actor=actor, lang=lang)
    return len(writes)


def _write_entry(session: Session, period: PeriodRow, w: CellWrite) -> tuple[Any, int | None]:
    if w.field not in (*NUMBER_FIELDS, "passed"):
        raise ValueError(f"unknown field {w.field}")
    entry = session.scalar(
        _ENTRY, {"staff_id": w.staff_id, "period_id": period.id, "indicator": w.indicator}
    )
    if entry is None:
        if w.value is None:
            return None, None
        entry = MetricEntryRow(staff_id=w.staff_id, period_id=period.id, indicator_code=w.indicator)
        session.add(entry)
    old = getattr(entry, w.field)
    value = w.value
    if w.field in NUMBER_FIELDS and value is not None:
        value = float(value)
        if not math.isfinite(value):
            raise CellError("cell.not_finite", value=str(w.value))
    setattr(entry, w.field, value)
    session.flush()
    return old, entry.id


def _write_rating(session: Session, person: StaffRow, period: PeriodRow, w: CellWrite) -> Any:
    role = RaterRole(w.field.split(":", 1)[1])
    existing = list(
        session.scalars(
            select(RatingRow)
            .where(
                RatingRow.staff_id == person.id,
                RatingRow.period_id == period.id,
                RatingRow.indicator_code == w.indicator,
                RatingRow.rater_role == role,
            )
            .order_by(RatingRow.id)
        )
    )
    old_values = tuple(r.value for r in existing)
    old: Any = old_values if role is RaterRole.PEER else (old_values[-1] if old_values else None)
    if role is RaterRole.PEER and old == ():
        old = None
    rater_ids = [r.rater_id for r in existing]
    session.execute(delete(RatingRow).where(RatingRow.id.in_([r.id for r in existing])))
    values = w.value if isinstance(w.value, tuple) else ((w.value,) if w.value is not None else ())
    for i, v in enumerate(values):
        if role is RaterRole.SUPERVISOR:
            rater = person.supervisor_id
        elif role is RaterRole.SELF:
            rater = person.id
        else:
            rater = rater_ids[i] if i < len(rater_ids) else None
        session.add(
            RatingRow(
                staff_id=person.id,
                period_id=period.id,
                indicator_code=w.indicator,
                rater_role=role,
                rater_id=rater,
                value=float(v),
            )
        )
    session.flush()
    return old
