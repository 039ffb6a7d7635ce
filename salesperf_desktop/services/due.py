"""本月待办 (due this month): what the officer has to do now, with deadlines in working days.

One read of the database as of *today*; each kind of work is one step below:

- **entries** — months that have ended and are not published: per team, how many people and
  how many values are still missing (the engine's own "not scored" items, so ratings, pass/fail
  items and raters count as the scoring sees them);
- **publish** — those months once nothing is missing;
- **task sheets** — people whose template has the work task sheet (seed 004) and whose sheet
  for the current month or a month still to publish is missing or not approved by the
  appraiser yet (工作任务书的审核);
- **interviews** — everyone in the latest published month without a review interview for it
  (and the people appraised by quarter in the latest published quarter, ``domain/cycles.py``),
  due a few working days after publication (the policy's ``interview_working_days``, company
  policy);
- **actions** — open action items past their due date;
- **appeals** — publications whose appeal window is still open (seed 002: 3 working days) and
  pending appeals with the committee's deadline (5 working days after filing);
- **signatures** — published periods whose forms are not all signed yet (and amended forms
  reprinted and waiting for their new signatures).

Deadlines are counted on the working-day calendar of ``services.workdays`` (the State Council's
notice, the officer's entries on top); a deadline in a year whose notice is not published yet is
flagged as estimated.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, case, func, select, text
from sqlalchemy.orm import Session, selectinload

from salesperf_desktop.domain import due as rules
from salesperf_desktop.domain.cycles import QUARTERLY, person_cycle
from salesperf_desktop.domain.due import DueKind, Urgency
from salesperf_desktop.domain.items import IndicatorInput, ItemValue, item_value
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.results import AppraisalResult
from salesperf_desktop.domain.scoring import PersonPeriodInput, manager_input
from salesperf_desktop.domain.status import (
    ActionStatus,
    AppealOutcome,
    AppraisalStatus,
    PeriodKind,
    PeriodStatus,
)
from salesperf_desktop.domain.template import Template
from salesperf_desktop.services import appraisals as ap
from salesperf_desktop.services.appeals import appeal_days
from salesperf_desktop.services.collector import collector_paused
from salesperf_desktop.services.movements import PeriodMovements, period_movements
from salesperf_desktop.services.periods import to_domain
from salesperf_desktop.services.policy import policy_for_period
from salesperf_desktop.services.signoff import awaiting_signatures
from salesperf_desktop.services.task_sheets import INDICATOR as TASK_SHEET
from salesperf_desktop.services.workdays import WorkdayCalendar, load_calendar
from salesperf_desktop.storage.models import (
    ActionItemRow,
    AppealRow,
    AppraisalRow,
    AuditEntryRow,
    GrowInterviewRow,
    PeriodRow,
    TaskSheetRow,
    TemplateRow,
)

if TYPE_CHECKING:
    from salesperf_desktop.app_context import AppContext

# a rep's item whose value says they met their target (``score_many``'s default)
ACHIEVEMENT = "sales_achievement"


@dataclass(frozen=True)
class DuePlace:
    """Where the officer acts on an item (the window opens it)."""

    place: str  # entry | task_sheet | interview | new_interview | appeals | appeal | signoff
    period: str | None = None  # period key, e.g. "2026-10"
    team_id: int | None = None
    staff_id: int | None = None
    record_id: int | None = None  # the interview or the appeal


@dataclass(frozen=True)
class DueItem:
    kind: DueKind
    text: str  # what, in the reader's language
    place: DuePlace
    count: int = 1
    deadline: dt.date | None = None
    days_left: int | None = None  # working days; negative: overdue by that many
    estimated: bool = False  # the deadline's year has no published holiday notice yet

    @property
    def urgency(self) -> Urgency:
        return rules.urgency(self.days_left)

    def left_text(self, lang: str = "zh_CN") -> str:
        """ "还有 3 个工作日" / "今天截止" / "已逾期 2 个工作日" ("" without a deadline)."""
        if self.days_left is None:
            return ""
        if self.days_left < 0:
            text = render("due.left.overdue", {"days": -self.days_left}, lang)
        elif self.days_left == 0:
            text = render("due.left.today", {}, lang)
        else:
            text = render("due.left.later", {"days": self.days_left}, lang)
        return text + (render("due.estimated", {}, lang) if self.estimated else "")

    def short_left_text(self, lang: str = "zh_CN") -> str:
        """The working days left, for a narrow column: "3", "今天", "逾期 2" ("≈" estimated)."""
        if self.days_left is None:
            return ""
        if self.days_left < 0:
            text = render("due.short.overdue", {"days": -self.days_left}, lang)
        elif self.days_left == 0:
            text = render("due.short.today", {}, lang)
        else:
            text = render("due.short.later", {"days": self.days_left}, lang)
        return ("≈" if self.estimated else "") + text


@dataclass(frozen=True)
class DueGroup:
    kind: DueKind
    title: str
    items: tuple[DueItem, ...]

    @property
    def count(self) -> int:
        return sum(i.count for i in self.items)

    @property
    def overdue(self) -> int:
        return sum(i.count for i in self.items if i.urgency is Urgency.OVERDUE)


@dataclass(frozen=True)
class DueList:
    today: dt.date
    groups: tuple[DueGroup, ...]  # only kinds with something due, in DueKind's order

    @property
    def count(self) -> int:
        return sum(g.count for g in self.groups)

    def group(self, kind: DueKind) -> DueGroup | None:
        return next((g for g in self.groups if g.kind is kind), None)


@dataclass
class _Reading:
    """What every step reads once."""

    ctx: AppContext
    session: Session
    today: dt.date
    lang: str
    calendar: WorkdayCalendar
    periods: list[PeriodRow]
    staff: dict[int, ap.StaffFacts] = field(default_factory=dict)  # the register, by id
    left: dict[dt.date, tuple[int, bool]] = field(default_factory=dict)
    _eligible: dict[Period, list[ap.StaffFacts]] = field(default_factory=dict)
    _templates: list[TemplateRow] | None = None
    # which template fits whom (``TemplateResolver``): the same for every period's resolver
    assigned: dict[tuple[Any, ...], TemplateRow | None] = field(default_factory=dict)

    def eligible(self, period: Period) -> list[ap.StaffFacts]:
        """``ap.eligible_staff``, once per period (the missing values and the task sheets
        both list a month's people)."""
        if period not in self._eligible:
            self._eligible[period] = ap.eligible_staff(self.session, period)
        return self._eligible[period]

    def templates(self) -> list[TemplateRow]:
        if self._templates is None:
            self._templates = ap.load_templates(self.session)
        return self._templates

    def deadline(self, kind: DueKind, text: str, place: DuePlace, deadline: dt.date, count=1):
        if deadline not in self.left:  # many people share a deadline: counted once
            self.left[deadline] = (
                rules.working_days_left(self.calendar, self.today, deadline),
                not self.calendar.year(deadline.year).official,
            )
        days_left, estimated = self.left[deadline]
        return DueItem(
            kind,
            text,
            place,
            count=count,
            deadline=deadline,
            days_left=days_left,
            estimated=estimated,
        )

    def who(self, staff_id: int) -> str:
        person = self.staff.get(staff_id)
        return f"{person.employee_no} {person.name}" if person else str(staff_id)

    def label(self, period: PeriodRow) -> str:
        return to_domain(period).label(self.lang)


def due_this_month(
    ctx: AppContext, today: dt.date | None = None, lang: str | None = None
) -> DueList:
    """Everything due as of *today* (default the context's clock), in *lang*."""
    today = today or ctx.today()
    lang = lang or ctx.lang
    # (the read makes some 100,000 objects: the collector's walks over the whole program as
    # they pile up cost more than the read, services/collector.py)
    with collector_paused(), ctx.session() as session:
        reading = _Reading(
            ctx,
            session,
            today,
            lang,
            load_calendar(session),
            list(session.scalars(select(PeriodRow))),
            {s.id: s for s in ap.staff_register(session)},
        )
        found: dict[DueKind, list[DueItem]] = {
            DueKind.APPEALS: _appeals(reading),
            DueKind.ACTIONS: _actions(reading),
            DueKind.INTERVIEWS: _interviews(reading),
            DueKind.SIGNATURES: _signatures(reading),
        }
        entries, ready = _entries(reading)
        found[DueKind.ENTRIES] = entries
        found[DueKind.PUBLISH] = ready + _quarter_to_publish(reading)
        found[DueKind.TASK_SHEETS] = _task_sheets(reading)
    groups = tuple(
        DueGroup(kind, render(f"due.group.{kind.value}", {}, lang), tuple(found[kind]))
        for kind in DueKind
        if found.get(kind)
    )
    return DueList(today, groups)


# ----------------------------------------------------------------------------- steps


def _months_to_publish(r: _Reading) -> list[PeriodRow]:
    """Months that have ended and are not published yet, oldest first."""
    return sorted(
        (
            p
            for p in r.periods
            if p.kind is PeriodKind.MONTH
            and p.status in (PeriodStatus.OPEN, PeriodStatus.ENTERED)
            and rules.month_has_ended(p.year, p.number, r.today)
        ),
        key=lambda p: (p.year, p.number),
    )


def _quarter_to_publish(r: _Reading) -> list[DueItem]:
    """The latest quarter that has ended, with entries, not published, when people are
    appraised by quarter in it (``domain/cycles.py``): their quarter is their appraisal."""
    current = Period.month(r.today.year, r.today.month).quarter_of()
    months = [to_domain(p) for p in r.periods if p.kind is PeriodKind.MONTH]
    ended = [m.quarter_of() for m in months if m.quarter_of() < current]
    if not ended:
        return []
    quarter = max(ended)
    stored = next(
        (p for p in r.periods if p.kind is PeriodKind.QUARTER and to_domain(p) == quarter), None
    )
    if stored is not None and stored.status not in (PeriodStatus.OPEN, PeriodStatus.ENTERED):
        return []
    people = _appraised_by_quarter(r, quarter, stored)
    if not people:
        return []
    text = render(
        "due.publish.quarter", {"period": quarter.label(r.lang), "people": people}, r.lang
    )
    return [DueItem(DueKind.PUBLISH, text, DuePlace("entry", quarter.format()))]


def _appraised_by_quarter(r: _Reading, quarter: Period, stored: PeriodRow | None) -> int:
    """How many people the quarter's results list with the quarterly cycle: those
    ``compute_period`` lists (eligible, placed by their moves, with a template; a quarter lists
    everyone employed in any of its months) with ``set_cycles``' cycle, counted without reading
    their figures or scoring anyone (scoring 300 people's quarter took ≈ 0.2 s at every start)."""
    moves = period_movements(r.session, quarter, lang=r.lang)
    staff, _not_graded = moves.arrange(r.eligible(quarter))
    resolver = ap.TemplateResolver(
        r.templates(),
        ap.appraisals_by_staff(r.session, stored, with_results=False),
        policy_for_period(r.session, stored).policy,
        moves.moved_within(staff),
        r.assigned,
    )
    teams = ap.team_cycles(r.session)
    return sum(
        1
        for person in staff
        if (resolved := resolver.resolve(person)) is not None
        and person_cycle(resolved[0].cycle, teams.get(person.team_id)) == QUARTERLY
    )


def _entries(r: _Reading) -> tuple[list[DueItem], list[DueItem]]:
    """Teams with values missing in a month to publish; the months with none missing."""
    incomplete: list[DueItem] = []
    ready: list[DueItem] = []
    for period in _months_to_publish(r):
        domain = to_domain(period)
        listed = missing_values(
            r.session,
            domain,
            period,
            eligible=r.eligible(domain),
            templates=r.templates(),
            assigned=r.assigned,
        )
        people: dict[int | None, int] = defaultdict(int)
        values: dict[int | None, int] = defaultdict(int)
        names: dict[int | None, str] = {}
        for person, missing in listed:
            if missing:
                people[person.team_id] += 1
                values[person.team_id] += missing
                names[person.team_id] = person.team_name
        for team_id in sorted(values, key=lambda t: names[t]):
            text = render(
                "due.entries.team",
                {
                    "period": r.label(period),
                    "team": names[team_id] or render("due.no_team", {}, r.lang),
                    "people": people[team_id],
                    "values": values[team_id],
                },
                r.lang,
            )
            place = DuePlace("entry", domain.format(), team_id)
            incomplete.append(DueItem(DueKind.ENTRIES, text, place, count=people[team_id]))
        if listed and not values:
            text = render(
                "due.publish.period",
                {"period": r.label(period), "people": len(listed)},
                r.lang,
            )
            ready.append(DueItem(DueKind.PUBLISH, text, DuePlace("entry", domain.format())))
    return incomplete, ready


def missing_values(
    session: Session,
    month: Period,
    stored: PeriodRow | None,
    *,
    eligible: list[ap.StaffFacts] | None = None,
    templates: list[TemplateRow] | None = None,
    assigned: dict[tuple[Any, ...], TemplateRow | None] | None = None,
) -> list[tuple[ap.StaffFacts, int]]:
    """Everyone ``compute_period`` lists for *month*, with how many of their items it would
    leave unscored (``ItemResult.scored``), counted without scoring anyone.

    An item is scored when its measure gives a value (``domain.items.measure_value``: the one
    place ``score_item`` takes it from), so each person's month is read as ``compute_period``
    reads it (placed by moves, leave applied, a manager's "reps on target" derived from the
    reps' achievement values as ``score_many`` derives it) and each item's value is worked out
    alone: no points, fractions, team scores or results (scoring 3,000 people's two open months
    took ≈ 3 s of CPU on every start, issue #19). Whether a measure gives a value depends only
    on which figures are there and of what kind (``_MonthItems``), so most people are read
    as that, not as their figures. A published appraisal's kept result is counted as it was
    kept. The items of a person who moved within the month are those of their sheet at its
    end (``domain.movements.combine``).

    The month's eligible people, the templates and which of them fits whom
    (``TemplateResolver``) are read unless given (本月待办 reads them once for every step)."""
    if eligible is None:
        eligible = ap.eligible_staff(session, month)
    if templates is None:
        templates = ap.load_templates(session)
    moves = period_movements(session, month)
    staff, _not_graded = moves.arrange(eligible)
    appraisals = ap.appraisals_by_staff(session, stored, with_results=False)
    resolver = ap.TemplateResolver(
        templates,
        appraisals,
        policy_for_period(session, stored).policy,
        moves.moved_within(staff),
        assigned,
    )
    # (everyone eligible for a month was employed in it: compute_period has an input for them)
    members = [(s, got[0]) for s in staff if (got := resolver.resolve(s)) is not None]
    kept = _kept_results(session, appraisals)
    items = _MonthItems(session, month, stored, members, moves)
    people = [(s, template, *items.of(s.id)) for s, template in members]
    values = _Values()
    derived = _reps_on_target(people, values, month)
    out = []
    for s, template, got, alike in people:
        result = kept.get(s.id)
        if result is not None:
            out.append((s, sum(1 for item in result.items if not item.scored)))
        elif s.id in derived:
            out.append((s, values.missing(template, derived[s.id])))
        else:
            out.append((s, values.missing(template, got, alike)))
    out.sort(key=lambda pair: pair[0].employee_no)
    return out


def _kept_results(
    session: Session, appraisals: dict[int, AppraisalRow]
) -> dict[int, AppraisalResult]:
    """The results published appraisals keep, by person (none in a month still being entered)."""
    ids = [a.id for a in appraisals.values() if a.status is not AppraisalStatus.DRAFT]
    if not ids:
        return {}
    rows = session.scalars(select(AppraisalRow).where(AppraisalRow.id.in_(ids)))
    return {a.staff_id: result for a in rows if (result := ap.kept_appraisal_result(a)) is not None}


# Per person and month: each entry's indicator, and which of its figures a measure can use,
# as bits (``_figures``). A measure's value depends only on these: an actual that is a finite
# number; a target or base that is a positive finite number (a ratio's or a growth's divisor),
# or no target at all (a count); a pass/fail given. SQLite stores no NaN; 9e999 is ∞.
_ENTRY_KINDS_SQL = text(
    "SELECT staff_id, group_concat(indicator_code, char(30)), group_concat("
    " iif(target > 0 AND target < 9e999, 1, iif(target IS NULL, 2, 0))"
    " + iif(abs(actual) < 9e999, 4, 0) + iif(base > 0 AND base < 9e999, 8, 0)"
    " + iif(passed IS NULL, 0, 16), ' ')"
    " FROM metric_entries WHERE period_id = :period GROUP BY staff_id"
)
# Per person and month: each rating's indicator and rater kind, and the largest rating.
_RATED_SQL = text(
    "SELECT staff_id, group_concat(indicator_code || char(31) || rater_role, char(30)),"
    " max(abs(value)) FROM ratings WHERE period_id = :period GROUP BY staff_id"
)
# Ratings and rater weights up to this size never overflow the weighted mean, so whether a
# rated item has a value depends only on which rater kinds rated it.
_ORDINARY = 1e6


def _figures(kinds: int) -> IndicatorInput:
    """An entry with figures of these kinds (``_ENTRY_KINDS_SQL``'s bits): every measure gives
    a value from it exactly when it gives one from the entry itself."""
    return IndicatorInput(
        target=1.0 if kinds & 1 else (None if kinds & 2 else -1.0),
        actual=1.0 if kinds & 4 else None,
        base=1.0 if kinds & 8 else None,
        passed=True if kinds & 16 else None,
    )


def _alike_items(entered: tuple[str, str] | None, rated: str | None) -> dict[str, IndicatorInput]:
    """The items of everyone whose entries and ratings are of these kinds."""
    items: dict[str, IndicatorInput] = {}
    if entered is not None:
        codes, kinds = entered
        for code, got in zip(codes.split("\x1e"), kinds.split(" "), strict=True):
            items[code] = _figures(int(got))
    for pair in rated.split("\x1e") if rated is not None else ():
        code, role = pair.split("\x1f")
        inp = items.get(code)
        if inp is None:
            inp = items[code] = IndicatorInput()
        inp.ratings = {**(inp.ratings or {}), role: [1.0]}
    return items


class _MonthItems:
    """Each listed person's items in the month, as far as whether they have values: read as
    the kinds of their figures (``_ENTRY_KINDS_SQL``, ``_RATED_SQL``: one row per person, and
    people whose kinds are alike share one reading), or read whole (``ap.monthly_inputs``)
    where kinds do not tell: leave and moves (``with_leave``), ratings or rater weights out of
    the ordinary."""

    def __init__(
        self,
        session: Session,
        month: Period,
        stored: PeriodRow | None,
        members: list[tuple[ap.StaffFacts, Template]],
        moves: PeriodMovements,
    ) -> None:
        entered: dict[int, tuple[str, str]] = {}
        rated: dict[int, str] = {}
        templates = {id(template): template for _s, template in members}
        unusual = {key for key, template in templates.items() if not _ordinary_weights(template)}
        whole = {
            s.id for s, template in members if s.id in moves.histories or id(template) in unusual
        }
        if stored is not None:
            for sid, codes, kinds in session.execute(_ENTRY_KINDS_SQL, {"period": stored.id}):
                entered[sid] = (codes, kinds)
            for sid, pairs, largest in session.execute(_RATED_SQL, {"period": stored.id}):
                rated[sid] = pairs
                if not largest <= _ORDINARY:
                    whole.add(sid)
        self._entered, self._rated = entered, rated
        self._whole: dict[int, Mapping[str, IndicatorInput]] = {}
        listed = [s for s, _template in members if s.id in whole]
        if listed:
            inputs = ap.monthly_inputs(session, [s.id for s in listed], [month])
            for s in listed:
                self._whole[s.id] = moves.with_leave(s, inputs[s.id][month]).items
        self._alike: dict[tuple[object, object], dict[str, IndicatorInput]] = {}

    def of(self, staff_id: int) -> tuple[Mapping[str, IndicatorInput], object | None]:
        """The person's items, and a key they share with everyone whose items are alike
        (None: read whole, their own)."""
        got = self._whole.get(staff_id)
        if got is not None:
            return got, None
        key = (self._entered.get(staff_id), self._rated.get(staff_id))
        items = self._alike.get(key)
        if items is None:
            items = self._alike[key] = _alike_items(*key)
        return items, key


def _ordinary_weights(template: Template) -> bool:
    return all(
        0 <= w <= _ORDINARY
        for item in template.items
        if item.measure == "rating"
        for w in (item.rater_weights or template.rater_weights).values()
    )


class _Values:
    """Per template, its items' indicators and the value ``score_item`` would score each on
    (``domain.items.item_value``: None, not scored), worked out once per template and read
    (3,000 people share a few templates: a rating's rater table is built once, not per person);
    and the count of items without a value, once per template and kind of items."""

    def __init__(self) -> None:
        self._of: dict[int, tuple[Template, tuple[tuple[str, ItemValue], ...]]] = {}
        self._missing: dict[tuple[int, object], int] = {}

    def of(self, template: Template) -> tuple[tuple[str, ItemValue], ...]:
        got = self._of.get(id(template))
        if got is None:  # (the template is kept with its values: its id stays its own)
            values = tuple(
                (item.indicator, item_value(item, template.rater_weights))
                for item in template.items
            )
            got = self._of[id(template)] = (template, values)
        return got[1]

    def item(self, template: Template, indicator: str) -> ItemValue | None:
        return next((value for code, value in self.of(template) if code == indicator), None)

    def missing(
        self, template: Template, items: Mapping[str, IndicatorInput], alike: object = None
    ) -> int:
        """How many of the template's items have no value in *items* (counted once for
        everyone whose items are *alike*, when given)."""
        key = (id(template), alike)
        if alike is not None and key in self._missing:
            return self._missing[key]
        count = sum(1 for code, value in self.of(template) if value(items.get(code)) is None)
        if alike is not None:
            self._missing[key] = count
        return count


def _reps_on_target(
    people: list[tuple[ap.StaffFacts, Template, Mapping[str, IndicatorInput], object | None]],
    values: _Values,
    month: Period,
) -> dict[int, Mapping[str, IndicatorInput]]:
    """A manager's items with "reps on target" derived from their reps (``score_many``: a
    rep's achievement value, the manager's own entry kept), by the manager's staff id."""
    indicator = ap.MET_TARGET_INDICATOR

    def manages(s: ap.StaffFacts) -> int | None:
        return s.team_id if s.role == "sales_manager" else None

    # The reps' rates by team. A rep read as the kinds of their figures has a stand-in rate:
    # None exactly when theirs is None, so the number of reps with a rate (whether the derived
    # item has a value) is theirs; only how many met target, the value itself, is not.
    rates: dict[int | None, list[float | None]] = defaultdict(list)
    alike_rates: dict[tuple[int, object], float | None] = {}  # reps whose items are alike
    for rep, template, got, alike in people:
        if manages(rep) is not None:
            continue
        key = (id(template), alike)
        if alike is None or key not in alike_rates:
            value = values.item(template, ACHIEVEMENT)
            alike_rates[key] = value(got.get(ACHIEVEMENT)) if value else None
        rates[rep.team_id].append(alike_rates[key])
    out = {}
    for s, template, got, _alike in people:
        team = manages(s)
        if team is None or template.item(indicator) is None or indicator in got:
            continue
        own = PersonPeriodInput(items=got, period=month, person_id=str(s.id))
        out[s.id] = manager_input(own, str(team), rates.get(team, []), indicator)[1].items
    return out


def _task_sheets(r: _Reading) -> list[DueItem]:
    """People whose sheet of the month is not approved yet (anyone who has one, whatever their
    template), and people on a template that scores the sheet who have none."""
    months = [to_domain(p) for p in _months_to_publish(r)]
    current = Period.month(r.today.year, r.today.month)
    if current not in months:
        months.append(current)
    months_stored = {(p.year, p.number): p for p in r.periods if p.kind is PeriodKind.MONTH}
    templates = r.templates()
    # months without appraisals yet (most open months) resolve everyone alike: one resolver,
    # each person's answer kept for the next such month
    unstarted = ap.TemplateResolver(templates, {}, assigned=r.assigned)
    unstarted_scores: dict[int, bool] = {}
    by_template: dict[int, tuple[Template, bool]] = {}  # (kept with it: its id stays its own)

    def scores_sheet(resolver: ap.TemplateResolver, person: ap.StaffFacts) -> bool:
        resolved = resolver.resolve(person)
        if resolved is None:
            return False
        template = resolved[0]
        got = by_template.get(id(template))
        if got is None:
            got = by_template[id(template)] = (template, template.item(TASK_SHEET) is not None)
        return got[1]

    out: list[DueItem] = []
    for month in months:
        row = months_stored.get((month.year, month.number))
        if row is not None and row.status not in (PeriodStatus.OPEN, PeriodStatus.ENTERED):
            continue
        appraisals = ap.appraisals_by_staff(r.session, row, with_results=False)
        resolver = (
            ap.TemplateResolver(templates, appraisals, assigned=r.assigned)
            if appraisals
            else unstarted
        )
        sheets = (
            dict(
                r.session.execute(
                    select(TaskSheetRow.staff_id, TaskSheetRow.approved_on).where(
                        TaskSheetRow.period_id == row.id
                    )
                ).all()
            )
            if row is not None
            else {}
        )
        for person in r.eligible(month):
            if sheets.get(person.id) is not None:
                continue  # approved
            if person.id not in sheets:  # no sheet: missing where the template scores one
                if resolver is not unstarted:
                    scored = scores_sheet(resolver, person)
                elif (scored := unstarted_scores.get(person.id)) is None:
                    scored = unstarted_scores[person.id] = scores_sheet(unstarted, person)
                if not scored:
                    continue
            code = "due.task_sheet.unapproved" if person.id in sheets else "due.task_sheet.missing"
            text = render(
                code, {"period": month.label(r.lang), "employee": r.who(person.id)}, r.lang
            )
            place = DuePlace("task_sheet", month.format(), person.team_id, person.id)
            out.append(DueItem(DueKind.TASK_SHEETS, text, place))
    return out


def _latest_published_month(r: _Reading, kind: PeriodKind = PeriodKind.MONTH) -> PeriodRow | None:
    published = [
        p
        for p in r.periods
        if p.kind is kind
        and p.status in (PeriodStatus.PUBLISHED, PeriodStatus.LOCKED)
        and p.published_on is not None
        and p.published_on <= r.today
    ]
    return max(published, key=lambda p: (p.year, p.number), default=None)


def _interviews(r: _Reading) -> list[DueItem]:
    """Everyone appraised in the latest published month without a review interview for it, and
    the quarterly people (domain/cycles.py: their quarter is their appraisal) likewise in the
    latest published quarter."""
    out = []
    month = _latest_published_month(r)
    if month is not None:
        out += _interviews_in(r, month)
    quarter = _latest_published_month(r, PeriodKind.QUARTER)
    if quarter is not None:
        out += _interviews_in(r, quarter, only=_quarterly_people(r, quarter))
    return out


def _quarterly_people(r: _Reading, period: PeriodRow) -> set[int]:
    """The people appraised by quarter in *period* (their frozen template's or team's cycle)."""
    teams = ap.team_cycles(r.session)

    def team_of(staff_id: int) -> int | None:
        person = r.staff.get(staff_id)
        return person.team_id if person is not None else None

    appraisals = r.session.scalars(select(AppraisalRow).where(AppraisalRow.period_id == period.id))
    return {
        a.staff_id
        for a in appraisals
        if person_cycle(a.template_snapshot.get("cycle"), teams.get(team_of(a.staff_id)))
        == QUARTERLY
    }


def _interviews_in(r: _Reading, period: PeriodRow, only: set[int] | None = None) -> list[DueItem]:
    """Everyone appraised in *period* (only those in *only* when given) without an interview."""
    held = set(
        r.session.scalars(
            select(GrowInterviewRow.staff_id).where(GrowInterviewRow.period_id == period.id)
        )
    )
    appraisals = r.session.execute(
        select(AppraisalRow.staff_id, AppraisalRow.published_on).where(
            AppraisalRow.period_id == period.id, AppraisalRow.status != AppraisalStatus.DRAFT
        )
    ).all()
    out = []
    days = policy_for_period(r.session, period).policy.interview_working_days
    deadlines: dict[dt.date, dt.date] = {}
    label, key = r.label(period), period.key  # (worked out once: 3,000 people share them)
    names = {staff_id: r.who(staff_id) for staff_id, _published_on in appraisals}
    for staff_id, published_on in sorted(appraisals, key=lambda a: names[a[0]]):
        if staff_id in held or (only is not None and staff_id not in only):
            continue
        published_on = published_on or period.published_on
        if published_on not in deadlines:
            deadlines[published_on] = rules.interview_deadline(r.calendar, published_on, days)
        deadline = deadlines[published_on]
        text = render(
            "due.interview.person", {"period": label, "employee": names[staff_id]}, r.lang
        )
        place = DuePlace("new_interview", key, staff_id=staff_id)
        out.append(r.deadline(DueKind.INTERVIEWS, text, place, deadline))
    return out


def _actions(r: _Reading) -> list[DueItem]:
    """Open action items past their due date, the longest overdue first."""
    rows = r.session.scalars(
        select(ActionItemRow)
        .options(selectinload(ActionItemRow.interview))
        .where(
            ActionItemRow.status == ActionStatus.OPEN,
            ActionItemRow.due_on.is_not(None),
            ActionItemRow.due_on < r.today,
        )
        .order_by(ActionItemRow.due_on, ActionItemRow.id)
    )
    out = []
    for item in rows:
        text = render(
            "due.action.item",
            {"employee": r.who(item.interview.staff_id), "what": item.what},
            r.lang,
        )
        place = DuePlace("interview", staff_id=item.interview.staff_id, record_id=item.interview_id)
        out.append(r.deadline(DueKind.ACTIONS, text, place, item.due_on))
    return out


def _appeals(r: _Reading) -> list[DueItem]:
    """Open appeal windows of publications, then pending appeals with the decision deadline."""
    filing_days, _decision_days = appeal_days(r.ctx)
    out = []
    for period in sorted(r.periods, key=lambda p: to_domain(p)):
        if period.published_on is None or period.published_on > r.today:
            continue
        deadline = rules.filing_deadline(r.calendar, period.published_on, filing_days)
        if deadline < r.today:
            continue
        text = render("due.appeal.filing", {"period": r.label(period)}, r.lang)
        place = DuePlace("appeals", period.key)
        out.append(r.deadline(DueKind.APPEALS, text, place, deadline))
    pending = r.session.scalars(
        select(AppealRow)
        .options(selectinload(AppealRow.appraisal).selectinload(AppraisalRow.period))
        .where(AppealRow.outcome == AppealOutcome.PENDING)
        .order_by(AppealRow.decision_due, AppealRow.id)
    )
    for appeal in pending:
        text = render(
            "due.appeal.decision",
            {
                "number": appeal.number,
                "employee": r.who(appeal.appraisal.staff_id),
                "period": r.label(appeal.appraisal.period),
                "filed": appeal.filed_on.isoformat(),
            },
            r.lang,
        )
        place = DuePlace(
            "appeal",
            appeal.appraisal.period.key,
            staff_id=appeal.appraisal.staff_id,
            record_id=appeal.id,
        )
        out.append(r.deadline(DueKind.APPEALS, text, place, appeal.decision_due))
    return out


def _signatures(r: _Reading) -> list[DueItem]:
    """Per published period: forms published (printed for signing) and not signed by all three,
    and amended forms reprinted that wait for their new signatures. Counted in the database;
    only the few forms the audit trail says were reprinted are read (``mark_form_reprinted``
    is the one place that makes a form wait for new signatures, and it audits)."""
    periods = {
        p.id: p for p in r.periods if p.status in (PeriodStatus.PUBLISHED, PeriodStatus.LOCKED)
    }
    if not periods:
        return []
    counts = r.session.execute(form_counts(list(periods))).all()
    unsigned = {period_id: int(n or 0) for period_id, _total, n in counts}
    reprinted = select(AuditEntryRow.appraisal_id).where(
        AuditEntryRow.entity == "appraisal", AuditEntryRow.field == "reprinted"
    )
    waiting = r.session.scalars(
        select(AppraisalRow).where(
            AppraisalRow.id.in_(reprinted),
            AppraisalRow.status == AppraisalStatus.SIGNED,
            AppraisalRow.period_id.in_(list(periods)),
        )
    )
    for appraisal in waiting:
        if awaiting_signatures(appraisal):
            unsigned[appraisal.period_id] += 1
    out = []
    for period_id, total, _published in counts:
        if not unsigned[period_id]:
            continue
        period = periods[period_id]
        text = render(
            "due.signatures.period",
            {"period": r.label(period), "count": unsigned[period_id], "total": total},
            r.lang,
        )
        place = DuePlace("signoff", period.key)
        out.append(
            (to_domain(period), DueItem(DueKind.SIGNATURES, text, place, unsigned[period_id]))
        )
    return [item for _period, item in sorted(out, key=lambda pair: pair[0])]


def form_counts(period_ids: list[int]) -> Select[tuple[int, int, int]]:
    """Per period: its forms, and those published and not signed yet (read from the index on
    period and status alone: the appraisal rows are large)."""
    return (
        select(
            AppraisalRow.period_id,
            func.count(),
            func.sum(case((AppraisalRow.status == AppraisalStatus.PUBLISHED, 1), else_=0)),
        )
        .where(AppraisalRow.period_id.in_(period_ids))
        .group_by(AppraisalRow.period_id)
    )
