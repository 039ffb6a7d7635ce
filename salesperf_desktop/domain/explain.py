"""Why a total is what it is: an appraisal result as lines that add up at the printed precision.

    total = indicator points + team-share effect + bonus/penalty lines (+ cap corrections)

- indicator points: Σ of the dimension subtotals, each Σ of its items' points;
- team-share effect (seed 002, e.g. 30 %): the engine blends
  ``(1 − share) × indicator points + share × team result``, i.e. it adds
  ``(team result − indicator points) × share`` to the indicator points (a missing team result
  counts as 0, as the engine does);
- each bonus/penalty line (seed 004) with its catalogue name, count and reason; a cap adds a
  correction line (capped − raw);
- a veto changes the grade, never the total: it is a note line without points.

Rounding. Every screen and paper prints points with two decimals (``DIGITS``). Rounding each
number on its own would let the printed parts miss the printed whole by a cent or two (E003 in
the demo: 98.37 − 1.00 ≠ 97.36 would happen with other numbers), so the parts are reconciled
top-down: the total is shown exactly as everywhere else (``format(total, ".2f")``); it is split
into indicator points, team effect and bonus/penalty; the indicator points into the dimensions;
each dimension into its items; the bonus/penalty into its lines and caps. At each split every
part is its exact value rounded down or up to the cent (never further), and which parts are
rounded up is decided by the largest remainder (Hamilton's method, ties to the earlier part), so
the shown parts add up to the shown whole exactly. A part that is already a whole number of
cents (a −1 late arrival, a +15 commendation) is never moved.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .i18n import fmt_percent, pick
from .messages import Problem, render
from .results import AppraisalResult
from .team_goal import PERCENT, TEAM_GOAL
from .vocab import DIMENSIONS

DIGITS = 2
_SCALE = 10**DIGITS
# a scaled value this close to a whole cent is that cent (binary noise, e.g. 0.29 × 100)
_NOISE = 1e-7


def _paren(text: str, lang: str) -> str:
    return f" ({text})" if lang == "en" else f"（{text}）"


@dataclass(frozen=True, slots=True)
class ExplanationLine:
    """One line of the explanation: what it is, its exact points and its points as printed.

    ``kind``: item | dimension | items_points | team | adjustment | bonus_cap | penalty_cap |
    adjustments | veto | total. ``cents`` is the printed value in hundredths (None for a note
    line that adds nothing, the veto).
    """

    kind: str
    key: str  # the indicator, dimension or adjustment code ("" for the sums)
    points: float | None
    cents: int | None
    code: str  # catalogue code of the text (domain/messages/explain.py)
    params: Mapping[str, Any] = field(default_factory=dict)
    name: Mapping[str, str] = field(default_factory=dict)  # the thing's own name, localised
    note: str = ""  # the reason entered with a bonus/penalty event
    reasons: tuple[Problem, ...] = ()  # the veto's reasons
    approver: str = ""  # who approved the event (seed 004: +10/+15)
    document_no: str = ""  # the formal document that published it

    @property
    def shown(self) -> float | None:
        """The points as printed (two decimals), reconciled so the lines add up."""
        return None if self.cents is None else shown(self.cents)

    def amount(self, *, signed: bool = False) -> str:
        """The printed points: "97.37", or "+15.00" / "-1.00" / "0.00" with *signed*; "" for a
        note."""
        if self.cents is None:
            return ""
        text = f"{abs(self.cents) / _SCALE:.{DIGITS}f}"
        if self.cents < 0:
            return "-" + text
        return ("+" + text) if signed and self.cents > 0 else text

    def text(self, lang: str = "zh_CN") -> str:
        params = {**self.params, "name": pick(self.name, lang) or self.key}
        text = render(self.code, params, lang)
        told = [self.note] if self.note else []
        if told and (self.approver or self.document_no):  # "…公布。；审批：" reads badly
            told = [self.note.rstrip("。.;； ")]
        if self.approver:
            told.append(render("explain.approved_by", {"approver": self.approver}, lang))
        if self.document_no:
            told.append(render("explain.document_no", {"number": self.document_no}, lang))
        if told:
            text += _paren(("; " if lang == "en" else "；").join(told), lang)
        if self.reasons:
            sep = "; " if lang == "en" else "；"
            text += _paren(sep.join(r.message(lang) for r in self.reasons), lang)
        return text

    def to_dict(self, lang: str = "zh_CN") -> dict[str, Any]:
        return {
            "kind": self.kind,
            "key": self.key,
            "text": self.text(lang),
            "points": self.points,
            "shown": self.shown,
        }


@dataclass(frozen=True, slots=True)
class Explanation:
    """A result explained; at the printed precision:

    - Σ items of a dimension = the dimension; Σ dimensions = ``items_points``;
    - Σ ``adjustments`` (lines and caps) = ``adjustments_total``;
    - ``items_points`` + ``team`` + ``adjustments_total`` = ``total``, hence
      Σ ``terms()`` = ``total``.
    """

    items: tuple[ExplanationLine, ...]
    dimensions: tuple[ExplanationLine, ...]
    items_points: ExplanationLine
    team: ExplanationLine | None  # None when the sheet has no team share
    adjustments: tuple[ExplanationLine, ...]  # each bonus/penalty line, then the caps
    adjustments_total: ExplanationLine
    veto: ExplanationLine | None
    total: ExplanationLine
    grade: str = ""

    def items_of(self, dimension: str) -> tuple[ExplanationLine, ...]:
        return tuple(it for it in self.items if it.params.get("dimension") == dimension)

    def item(self, indicator: str) -> ExplanationLine | None:
        return next((it for it in self.items if it.key == indicator), None)

    @property
    def team_cents(self) -> int:
        return self.team.cents if self.team is not None and self.team.cents is not None else 0

    def terms(self) -> tuple[ExplanationLine, ...]:
        """The lines that add up to the total: dimensions, team share, bonus/penalty lines."""
        team = (self.team,) if self.team is not None else ()
        return (*self.dimensions, *team, *self.adjustments)

    def summary(self) -> tuple[ExplanationLine, ...]:
        """From the indicator points to the total: what a form prints under the items."""
        team = (self.team,) if self.team is not None else ()
        veto = (self.veto,) if self.veto is not None else ()
        return (self.items_points, *team, *self.adjustments, *veto, self.total)

    def lines(self) -> tuple[ExplanationLine, ...]:
        """Every line in reading order: each dimension's items and subtotal, then the summary."""
        out: list[ExplanationLine] = []
        for d in self.dimensions:
            out += [*self.items_of(d.key), d]
        return (*out, *self.summary())

    def to_dict(self, lang: str = "zh_CN") -> list[dict[str, Any]]:
        return [line.to_dict(lang) for line in self.lines()]


# ---- reconciled rounding ---------------------------------------------------------------------


def shown(cents: int) -> float:
    """Cents as the points printed (two decimals)."""
    return cents / _SCALE


def cents_of(value: float) -> int:
    """*value* in cents exactly as ``format(value, ".2f")`` prints it (the total everywhere)."""
    return round(float(f"{value:.{DIGITS}f}") * _SCALE)


def apportion(parts: Sequence[float], whole: int) -> list[int]:
    """*parts* in cents, each rounded down or up, adding up to *whole* cents.

    Largest remainder first (ties: the earlier part); a part within binary noise of a whole
    cent counts as that cent and moves last. If *whole* is out of reach (parts that do not add
    up to it), the surplus still goes round the parts one cent at a time so the sum holds.
    """
    if not parts:
        return []
    scaled = [p * _SCALE for p in parts]
    cents = [math.floor(s + _NOISE) for s in scaled]
    remainder = [s - c for s, c in zip(scaled, cents, strict=True)]  # in (−noise, 1)
    need = whole - sum(cents)
    up = sorted(range(len(parts)), key=lambda i: (-remainder[i], i))
    step = 1 if need > 0 else -1
    if need < 0:
        up.reverse()  # take back from the parts closest to rounding down
    for k in range(abs(need)):
        cents[up[k % len(up)]] += step
    return cents


# ---- the explanation -------------------------------------------------------------------------


def _team_effect(r: AppraisalResult) -> float:
    """What the team share adds to the indicator points (the engine's blend, rearranged)."""
    if r.team_share <= 0:
        return 0.0
    return r.team_part - r.team_share * r.items_points


def _goal_value(value: float | None, measure: str) -> str:
    """A team goal's target or actual as entered: a percentage with %, an amount as a number."""
    if value is None:
        return "—"
    return f"{value:g}%" if measure == PERCENT else f"{value:,.2f}".rstrip("0").rstrip(".")


def _team_code(r: AppraisalResult, params: dict[str, Any]) -> str:
    """The team line's text code, its *params* filled in: the team goal's result (seed 002) or
    the colleagues' mean; "missing" when there is none (counted as 0, and said so)."""
    goal = r.team_goal if r.team_basis == TEAM_GOAL else None
    if r.team_score is None:
        return "explain.team_goal_missing" if r.team_basis == TEAM_GOAL else "explain.team_missing"
    params["team_score"] = _num(r.team_score)
    if goal is None or goal.attainment is None:
        return "explain.team"
    params.update(
        goal=goal.name,
        target=_goal_value(goal.target, goal.measure),
        actual=_goal_value(goal.actual, goal.measure),
        attainment=fmt_percent(goal.attainment),
        cap=fmt_percent(goal.cap),
    )
    return "explain.team_goal"


def _adjustment_parts(r: AppraisalResult) -> list[tuple[str, float, dict[str, Any]]]:
    """(kind, points, params) of each cap applied: capped − raw."""
    adj = r.adjustments
    caps = []
    if not math.isclose(adj.bonus, adj.bonus_raw, abs_tol=1e-12):
        caps.append(
            (
                "bonus_cap",
                adj.bonus - adj.bonus_raw,
                {"cap": _num(adj.bonus), "raw": _num(adj.bonus_raw)},
            )
        )
    if not math.isclose(adj.penalty, adj.penalty_raw, abs_tol=1e-12):
        caps.append(
            (
                "penalty_cap",
                adj.penalty - adj.penalty_raw,
                {"cap": _num(-adj.penalty), "raw": _num(-adj.penalty_raw)},
            )
        )
    return caps


def _num(value: float) -> str:
    return f"{value:.{DIGITS}f}"


def _count(value: float) -> str:
    return f"{value:g}"


@dataclass(frozen=True, slots=True)
class Headline:
    """The top split of an explanation in cents, as ``explain`` shows it: indicator points,
    team-share effect (None without a team share), bonus/penalty and total. What a row of the
    entry grid shows; the lines below them are worked out only when asked for."""

    items: int
    team: int | None
    adjustments: int
    total: int


def headline(result: AppraisalResult) -> Headline:
    """The top split of *result*'s explanation (``explain`` splits the same way)."""
    r = result
    total_cents = cents_of(r.total)
    if r.team_share > 0:
        items_c, team_c, adj_c = apportion(
            [r.items_points, _team_effect(r), r.adjustments.total], total_cents
        )
        return Headline(items_c, team_c, adj_c, total_cents)
    # no team share: nothing may round onto a line that is not there
    items_c, adj_c = apportion([r.items_points, r.adjustments.total], total_cents)
    return Headline(items_c, None, adj_c, total_cents)


def explain(result: AppraisalResult) -> Explanation:
    """The explanation lines of *result*, reconciled to add up at two decimals."""
    r = result
    adj = r.adjustments
    effect = _team_effect(r)
    top = headline(r)
    total_cents, items_c, adj_c = top.total, top.items, top.adjustments
    team_c = top.team or 0

    dim_cents = apportion([d.points for d in r.dimensions], items_c)
    dims = []
    items: list[ExplanationLine] = []
    for d, dc in zip(r.dimensions, dim_cents, strict=True):
        members = [it for it in r.items if it.dimension == d.dimension]
        for it, ic in zip(members, apportion([it.points for it in members], dc), strict=True):
            items.append(
                ExplanationLine(
                    "item",
                    it.indicator,
                    it.points,
                    ic,
                    "explain.item",
                    {"dimension": d.dimension, "weight": _count(it.weight)},
                    name=dict(it.name),
                )
            )
        dims.append(
            ExplanationLine(
                "dimension",
                d.dimension,
                d.points,
                dc,
                "explain.dimension",
                {"weight": _count(d.weight)},
                name=DIMENSIONS.get(d.dimension, {}),
            )
        )

    items_line = ExplanationLine(
        "items_points", "", r.items_points, items_c, "explain.items_points"
    )
    team = None
    if r.team_share > 0:
        shown_items = f"{items_c / _SCALE:.{DIGITS}f}"
        params = {"share": fmt_percent(r.team_share), "items_points": shown_items}
        code = _team_code(r, params)
        team = ExplanationLine("team", "", effect, team_c, code, params)

    caps = _adjustment_parts(r)
    parts = [line.points for line in adj.lines] + [p for _, p, _ in caps]
    cents = apportion(parts, adj_c)
    n = len(adj.lines)
    adjustments = [
        ExplanationLine(
            "adjustment",
            line.code,
            line.points,
            c,
            "explain.adjustment" if line.count == 1 else "explain.adjustment_count",
            {"count": _count(line.count), "each": _count(line.points_each)},
            name=dict(line.name),
            note=line.note,
            approver=line.approver,
            document_no=line.document_no,
        )
        for line, c in zip(adj.lines, cents[:n], strict=True)
    ]
    for (kind, points, params), c in zip(caps, cents[n:], strict=True):
        adjustments.append(ExplanationLine(kind, kind, points, c, f"explain.{kind}", params))
    adj_line = ExplanationLine("adjustments", "", adj.total, adj_c, "explain.adjustments")

    veto = None
    if r.vetoed:
        veto = ExplanationLine(
            "veto", "", None, None, "explain.veto", {"grade": r.grade}, reasons=r.veto_reasons
        )
    total = ExplanationLine("total", "", r.total, total_cents, "explain.total", {"grade": r.grade})
    return Explanation(
        items=tuple(items),
        dimensions=tuple(dims),
        items_points=items_line,
        team=team,
        adjustments=tuple(adjustments),
        adjustments_total=adj_line,
        veto=veto,
        total=total,
        grade=r.grade,
    )
