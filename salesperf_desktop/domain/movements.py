"""Staff movements and leave within a period (seed 004: "转岗、晋升、降职等特殊阶段员工的考评另行
制定"; "事假一天扣一分，病假不扣分").

A person's history is a list of dated moves (transfer to another team, promotion, demotion:
team and role before and after, effective from a day). For a period the history cuts the
period into *parts*, one per team/role held in it; each part counts its working days (Chinese
working days, the caller's ``is_workday``).

Rules chosen here (what an HR officer expects; the user guide says the same):

* **One entry per person and month.** The officer enters the month's target and actual once,
  as the sales ledger has them; they are not split between the teams. A part is scored on the
  whole period's input with its own team (team score, team goal) and its own template (a
  promotion or demotion changes the sheet), and the period's total is the parts' totals
  weighted by working days. Splitting target and actual by the same share would give the same
  attainment, so one entry loses nothing and asks the officer for no invented split.
* **Leave.** 事假 (personal leave) deducts one point per working day through the adjustment
  catalogue's ``personal_leave_day`` item (one event per period, its note naming the leave
  record: counted once, visible, with its source); 病假 (sick leave) deducts nothing. Both are
  short: the month's targets stand. 产假 (maternity) and 其他 (other long leave: work injury,
  marriage, bereavement …) are statutory or granted: no points are deducted and the targets are
  prorated by the working days present. Leave over every working day of the period: the person
  is not graded for it and is named with the reason (never dropped silently).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from .adjustments import AdjustmentEvent, AdjustmentType
from .items import IndicatorInput
from .messages import Problem, render
from .results import AppraisalResult
from .scoring import PersonPeriodInput, score
from .template import Template

IsWorkday = Callable[[dt.date], bool]

MOVE_KINDS = ("transfer", "promotion", "demotion")
LEAVE_KINDS = ("personal", "sick", "maternity", "other")
# leave whose working days are deducted as points (seed 004: 事假一天扣一分)
DEDUCTED_LEAVE = "personal"
PERSONAL_LEAVE_ITEM = "personal_leave_day"  # the catalogue item (−1 per day)
# leave that leaves the targets as entered (short); the other kinds prorate the targets
TARGETS_STAND = frozenset({"personal", "sick"})


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a person works: their team, role and product line (they pick the template)."""

    team_id: int | None
    role: str
    product_line: str = ""


@dataclass(frozen=True, slots=True)
class Move:
    effective: dt.date  # the first day in the new placement
    kind: str  # transfer | promotion | demotion
    before: Placement
    after: Placement


@dataclass(frozen=True, slots=True)
class Leave:
    kind: str  # personal | sick | maternity | other
    start: dt.date
    end: dt.date  # inclusive


@dataclass(frozen=True, slots=True)
class Part:
    """A stretch of the period in one placement and its working days."""

    start: dt.date
    end: dt.date
    placement: Placement
    workdays: int


def days(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]


def workdays_between(start: dt.date, end: dt.date, is_workday: IsWorkday) -> int:
    return sum(1 for d in days(start, end) if is_workday(d))


def placement_on(day: dt.date, moves: Sequence[Move], current: Placement) -> Placement:
    """The placement held on *day*: after the last move effective by then, else before the
    first move (the register's current placement when there is no move)."""
    ordered = sorted(moves, key=lambda m: m.effective)
    if not ordered:
        return current
    held = ordered[0].before
    for move in ordered:
        if move.effective <= day:
            held = move.after
    return held


def parts(
    start: dt.date,
    end: dt.date,
    moves: Sequence[Move],
    current: Placement,
    is_workday: IsWorkday,
) -> tuple[Part, ...]:
    """The period from *start* to *end* cut at each move effective inside it; consecutive
    stretches in the same placement are one part. Every day is in exactly one part."""
    cuts = sorted({m.effective for m in moves if start < m.effective <= end})
    bounds = [start, *cuts]
    out: list[Part] = []
    for i, first in enumerate(bounds):
        last = bounds[i + 1] - dt.timedelta(days=1) if i + 1 < len(bounds) else end
        placement = placement_on(first, moves, current)
        count = workdays_between(first, last, is_workday)
        if out and out[-1].placement == placement:
            prev = out[-1]
            out[-1] = Part(prev.start, last, placement, prev.workdays + count)
        else:
            out.append(Part(first, last, placement, count))
    return tuple(out)


def leave_workdays(
    leaves: Sequence[Leave], start: dt.date, end: dt.date, is_workday: IsWorkday
) -> dict[str, int]:
    """Working days on leave in the period, by kind; a day in two records counts once (for the
    kind recorded first)."""
    seen: set[dt.date] = set()
    out: dict[str, int] = {}
    for leave in sorted(leaves, key=lambda lv: (lv.start, lv.end)):
        first, last = max(leave.start, start), min(leave.end, end)
        if first > last:
            continue
        for d in days(first, last):
            if d not in seen and is_workday(d):
                seen.add(d)
                out[leave.kind] = out.get(leave.kind, 0) + 1
    return out


def on_leave_throughout(
    leaves: Sequence[Leave], start: dt.date, end: dt.date, is_workday: IsWorkday
) -> bool:
    """Every working day of the period is a leave day (the person is not graded for it)."""
    total = workdays_between(start, end, is_workday)
    return total > 0 and sum(leave_workdays(leaves, start, end, is_workday).values()) >= total


def leave_events(
    leaves: Sequence[Leave],
    start: dt.date,
    end: dt.date,
    is_workday: IsWorkday,
    note: str,
    kind: AdjustmentType | None = None,
) -> tuple[AdjustmentEvent, ...]:
    """The period's personal-leave deduction as one event of the catalogue's 事假 item (its
    count the working days), or nothing; *note* names the leave record as its source, *kind*
    is the item as the officer's catalogue holds it."""
    count = leave_workdays(leaves, start, end, is_workday).get(DEDUCTED_LEAVE, 0)
    if not count:
        return ()
    event = AdjustmentEvent(
        PERSONAL_LEAVE_ITEM, count=count, note=note, date=start.isoformat(), kind=kind
    )
    return (event,)


def present_share(
    leaves: Sequence[Leave], start: dt.date, end: dt.date, is_workday: IsWorkday
) -> float:
    """The share of the period's working days not on a leave that prorates targets (1.0: none)."""
    total = workdays_between(start, end, is_workday)
    if total == 0:
        return 1.0
    by_kind = leave_workdays(leaves, start, end, is_workday)
    away = sum(n for kind, n in by_kind.items() if kind not in TARGETS_STAND)
    return max(0.0, (total - away) / total)


def prorate_targets(items: Mapping[str, IndicatorInput], share: float) -> dict[str, IndicatorInput]:
    """The entered targets scaled by *share* (actuals, ratings and bases as entered)."""
    if share >= 1.0:
        return dict(items)
    return {
        code: replace(inp, target=inp.target * share) if inp.target is not None else inp
        for code, inp in items.items()
    }


def combine(
    scored: Sequence[tuple[AppraisalResult, int]], template: Template, note: Problem
) -> AppraisalResult:
    """The period's result from its parts' results weighted by working days.

    Shown on the last part's sheet (*template*, the one the person is on at the end); the
    indicator points, the team part and the total are the weighted combinations, the adjustments
    (the person's own events, the same in every part) count once, and *note* says how it was
    combined. A part without working days weighs nothing; with none at all, parts weigh equally.
    """
    if len(scored) == 1:
        return scored[0][0]
    whole = sum(n for _, n in scored)
    weights = [n / whole if whole else 1 / len(scored) for _, n in scored]
    last = scored[-1][0]
    items_points = sum(w * r.items_points for (r, _), w in zip(scored, weights, strict=True))
    team_part = sum(w * r.team_part for (r, _), w in zip(scored, weights, strict=True))
    total = (1.0 - last.team_share) * items_points + team_part + last.adjustments.total
    if any(r.team_share != last.team_share for r, _ in scored):
        total = sum(w * r.total for (r, _), w in zip(scored, weights, strict=True))
        team_part = total - last.adjustments.total - (1.0 - last.team_share) * items_points
    vetoed = any(r.vetoed for r, _ in scored)
    band = template.grades.grade_for(total, vetoed)
    return replace(
        last,
        items_points=items_points,
        team_part=team_part,
        total=total,
        vetoed=vetoed,
        grade=band.grade,
        coefficient=band.coefficient,
        complete=all(r.complete for r, _ in scored),
        flags=(*last.flags, note),
    )


def _dates(part: Part, lang: str) -> str:
    if part.start.month == part.end.month and part.start.year == part.end.year:
        return render("move.dates_month", {"first": part.start.day, "last": part.end.day}, lang)
    params = {"m1": part.start.month, "d1": part.start.day, "m2": part.end.month}
    return render("move.dates", {**params, "d2": part.end.day}, lang)


def prorated_note(
    shown: Sequence[Part],
    team_name: Callable[[int | None], str],
    role_name: Callable[[str], str],
    lang: str = "zh_CN",
    kind: str = "month",
) -> Problem:
    """ "本月 1–14 日在华东组（10 个工作日），15–31 日在华南组（12 个工作日），按工作日折算": the
    parts as the grid, the explanation and the printed form say them (the role is named when it
    changes: a promotion or demotion)."""
    roles = {p.placement.role for p in shown}
    texts = []
    for part in shown:
        where = team_name(part.placement.team_id) or render("move.no_team", {}, lang)
        if len(roles) > 1:
            where = render(
                "move.where_role", {"team": where, "role": role_name(part.placement.role)}, lang
            )
        params = {"dates": _dates(part, lang), "where": where, "days": part.workdays}
        texts.append(render("move.part", params, lang))
    parts_text = render("move.sep", {}, lang).join(texts)
    when = render(f"move.when.{kind}", {}, lang)
    return Problem("move.prorated", {"when": when, "parts": parts_text}, "warning")


def score_part(
    template: Template,
    person_input: PersonPeriodInput,
    team_pct: float | None,
    lang: str = "zh_CN",
) -> AppraisalResult:
    """One earlier part of a person who moved: the period's input on that part's template, with
    that team's score (*team_pct*: % of the sheet, as ``score_many`` gives team scores)."""
    ts = None
    if team_pct is not None and template.team_share > 0:
        ts = team_pct * template.sheet_total / 100.0
    return score(template, person_input, team_score=ts, lang=lang)
