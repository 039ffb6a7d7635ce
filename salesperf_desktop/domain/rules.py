"""Scoring rules: data (JSON dicts) that map a measured value to a fraction of an item's weight.

points = fraction × weight. Rules are parsed once per template and then evaluated many times,
so `fraction()` is kept free of allocation and validation.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Mapping
from itertools import pairwise
from typing import Any, ClassVar

from .i18n import fmt_number, fmt_percent, pick
from .messages import Problem
from .vocab import MEASURES, RATE_MEASURES


class RuleError(ValueError):
    """A rule dict that cannot be used; `.problems` holds every coded problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(p.message("en") for p in problems))

    @property
    def code(self) -> str:
        return self.problems[0].code

    def message(self, lang: str = "zh_CN") -> str:
        return (
            "；".join(p.message(lang) for p in self.problems)
            if lang.startswith("zh")
            else str(self)
        )


def _noun(measure: str | None, lang: str) -> str:
    if measure is None:
        return {"en": "value"}.get(lang, "数值" if lang == "zh_CN" else "數值")
    return pick(MEASURES.get(measure), lang) or measure


def _value_text(value: float, measure: str | None) -> str:
    return fmt_percent(value) if measure is None or measure in RATE_MEASURES else fmt_number(value)


def _direction(fractions_by_rising_value: tuple[float, ...]) -> bool | None:
    """True if never falling, False if never rising (an inverse rule), None if mixed."""
    steps = list(pairwise(fractions_by_rising_value))
    if all(a <= b for a, b in steps):
        return True
    if all(a >= b for a, b in steps):
        return False
    return None


class Rule:
    """Base of all rule kinds. Subclasses are immutable after construction."""

    __slots__ = ()
    kind: ClassVar[str] = ""
    #: True when the fraction never falls as the value rises; False for inverse rules.
    increasing: bool | None = True
    is_veto: ClassVar[bool] = False

    def fraction(self, value: float) -> float:
        raise NotImplementedError

    @property
    def max_fraction(self) -> float:
        raise NotImplementedError

    def describe(self, lang: str = "zh_CN", measure: str | None = None) -> str:
        raise NotImplementedError

    def to_dict(self) -> dict[str, Any]:
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self.to_dict() == other.to_dict()  # type: ignore[union-attr]

    def __hash__(self) -> int:
        return hash(repr(self.to_dict()))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.to_dict()!r})"


class LinearRule(Rule):
    """fraction = value ÷ full_at; 0 below `floor`; never above `cap` (nor below 0)."""

    __slots__ = ("cap", "floor", "full_at")
    kind = "linear"
    increasing = True

    def __init__(self, floor: float = 0.0, cap: float = 1.0, full_at: float = 1.0):
        self.floor = floor
        self.cap = cap
        self.full_at = full_at

    def fraction(self, value: float) -> float:
        if value < self.floor:
            return 0.0
        f = value / self.full_at
        if f > self.cap:
            return self.cap
        return f if f > 0.0 else 0.0

    @property
    def max_fraction(self) -> float:
        return self.cap

    def describe(self, lang: str = "zh_CN", measure: str | None = None) -> str:
        noun = _noun(measure, lang)
        floor = _value_text(self.floor, measure)
        cap = fmt_percent(self.cap)
        full = _value_text(self.full_at, measure)
        if lang == "en":
            text = f"Linear on {noun}"
            if self.full_at != 1.0:
                text += f", full weight at {full}"
            if self.floor > 0:
                text += f"; 0 below {floor}"
            return text + f", capped at {cap}"
        text = f"按{noun}线性计分" if lang == "zh_CN" else f"按{noun}線性計分"
        if self.full_at != 1.0:
            text += f"，{full}得满分" if lang == "zh_CN" else f"，{full}得滿分"
        if self.floor > 0:
            text += f"，低于{floor}得0分" if lang == "zh_CN" else f"，低於{floor}得0分"
        return text + f"，最高{cap}"

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": "linear", "floor": self.floor, "cap": self.cap}
        if self.full_at != 1.0:
            data["full_at"] = self.full_at
        return data


class PiecewiseRule(Rule):
    """Linear interpolation between breakpoints; `below` before the first, last value after."""

    __slots__ = ("below", "increasing", "xs", "ys")
    kind = "piecewise"

    def __init__(self, points: list[tuple[float, float]], below: float | None = None):
        self.xs = tuple(p[0] for p in points)
        self.ys = tuple(p[1] for p in points)
        self.below = self.ys[0] if below is None else below
        self.increasing = _direction((self.below, *self.ys))

    def fraction(self, value: float) -> float:
        xs = self.xs
        if value < xs[0]:
            return self.below
        i = bisect_right(xs, value)
        if i >= len(xs):
            return self.ys[-1]
        x0, x1 = xs[i - 1], xs[i]
        y0, y1 = self.ys[i - 1], self.ys[i]
        y = y0 + (y1 - y0) * (value - x0) / (x1 - x0)
        # Between y0 and y1, as interpolated; rounding may put it a hair outside (below 0 near
        # a point worth 0, which would print as -0.00).
        return min(max(y, min(y0, y1)), max(y0, y1))

    @property
    def max_fraction(self) -> float:
        return max(self.below, *self.ys)

    def describe(self, lang: str = "zh_CN", measure: str | None = None) -> str:
        noun = _noun(measure, lang)
        pts = ", ".join(
            f"{_value_text(x, measure)}→{fmt_percent(y)}"
            for x, y in zip(self.xs, self.ys, strict=True)
        )
        first = _value_text(self.xs[0], measure)
        last = _value_text(self.xs[-1], measure)
        below = fmt_percent(self.below)
        top = fmt_percent(self.ys[-1])
        if lang == "en":
            return (
                f"Piecewise-linear on {noun} ({pts} of the weight, interpolated between); "
                f"below {first}: {below}; from {last}: {top}"
            )
        if lang == "zh_TW":
            return f"按{noun}分段線性計分（{pts}，其間按比例）；低於{first}得{below}，{last}以上得{top}"
        return f"按{noun}分段线性计分（{pts}，其间按比例）；低于{first}得{below}，{last}以上得{top}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "piecewise",
            "points": [[x, y] for x, y in zip(self.xs, self.ys, strict=True)],
            "below": self.below,
        }


class BandsRule(Rule):
    """Steps: the highest band whose `min` ≤ value gives the fraction, else `otherwise`."""

    __slots__ = ("fractions", "increasing", "mins", "otherwise")
    kind = "bands"

    def __init__(self, bands: list[tuple[float, float]], otherwise: float = 0.0):
        ordered = sorted(bands, key=lambda b: b[0], reverse=True)
        self.mins = tuple(b[0] for b in ordered)
        self.fractions = tuple(b[1] for b in ordered)
        self.otherwise = otherwise
        self.increasing = _direction((otherwise, *reversed(self.fractions)))

    def fraction(self, value: float) -> float:
        for m, f in zip(self.mins, self.fractions, strict=True):
            if value >= m:
                return f
        return self.otherwise

    @property
    def max_fraction(self) -> float:
        return max(self.otherwise, *self.fractions)

    def describe(self, lang: str = "zh_CN", measure: str | None = None) -> str:
        noun = _noun(measure, lang)
        steps = [
            (_value_text(m, measure), fmt_percent(f))
            for m, f in zip(self.mins, self.fractions, strict=True)
        ]
        other = fmt_percent(self.otherwise)
        if lang == "en":
            parts = ", ".join(f"≥ {m} → {f}" for m, f in steps)
            return f"Bands on {noun}: {parts} of the weight; otherwise {other}"
        parts = "，".join(f"≥{m}得{f}" for m, f in steps)
        if lang == "zh_TW":
            return f"按{noun}分檔計分：{parts}，其餘得{other}"
        return f"按{noun}分档计分：{parts}，其余得{other}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "bands",
            "bands": [
                {"min": m, "fraction": f} for m, f in zip(self.mins, self.fractions, strict=True)
            ],
            "otherwise": self.otherwise,
        }


class ScaleRule(Rule):
    """A rated scale min…max with optional behaviour anchors.

    zero_based (default): fraction = (rating − min) ÷ (max − min), so the lowest rating earns 0.
    zero_based false: fraction = rating ÷ max (a 1 on a 1–5 scale still earns 20 %).
    Ratings outside the scale are clamped to it.
    """

    __slots__ = ("anchors", "hi", "lo", "zero_based")
    kind = "scale"
    increasing = True

    def __init__(
        self,
        lo: float,
        hi: float,
        anchors: Mapping[str, Any] | None = None,
        zero_based: bool = True,
    ):
        self.lo = lo
        self.hi = hi
        self.anchors = dict(anchors or {})
        self.zero_based = zero_based

    def fraction(self, value: float) -> float:
        v = self.lo if value < self.lo else self.hi if value > self.hi else value
        if self.zero_based:
            return (v - self.lo) / (self.hi - self.lo)
        return v / self.hi if v > 0 else 0.0

    @property
    def max_fraction(self) -> float:
        return 1.0

    def anchor_text(self, value: float, lang: str = "zh_CN") -> str:
        """The anchor text of the nearest anchor at or below `value` (for forms)."""
        best: tuple[float, Any] | None = None
        for key, text in self.anchors.items():
            k = float(key)
            if k <= value and (best is None or k > best[0]):
                best = (k, text)
        return pick(best[1], lang) if best else ""

    def describe(self, lang: str = "zh_CN", measure: str | None = None) -> str:
        lo, hi = fmt_number(self.lo), fmt_number(self.hi)
        if lang == "en":
            if self.zero_based:
                return f"Rated {lo}–{hi}; points = (rating − {lo}) ÷ ({hi} − {lo}) × weight"
            return f"Rated {lo}–{hi}; points = rating ÷ {hi} × weight"
        word, weight = ("评分", "权重") if lang == "zh_CN" else ("評分", "權重")
        if self.zero_based:
            return f"按{lo}–{hi}分{word}，得分 =（{word}−{lo}）÷（{hi}−{lo}）× {weight}"
        return f"按{lo}–{hi}分{word}，得分 = {word} ÷ {hi} × {weight}"

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": "scale", "min": self.lo, "max": self.hi}
        if self.anchors:
            data["anchors"] = dict(self.anchors)
        if not self.zero_based:
            data["zero_based"] = False
        return data


class VetoRule(Rule):
    """Pass (value ≥ 0.5) earns the full weight; a fail vetoes the whole appraisal."""

    __slots__ = ()
    kind = "veto"
    increasing = True
    is_veto = True

    def fraction(self, value: float) -> float:
        return 1.0 if value >= 0.5 else 0.0

    @property
    def max_fraction(self) -> float:
        return 1.0

    def describe(self, lang: str = "zh_CN", measure: str | None = None) -> str:
        return {
            "zh_CN": "一票否决：不通过则考核结果为最低等级",
            "zh_TW": "一票否決：不通過則考核結果為最低等級",
            "en": "Veto: a fail forces the lowest grade",
        }.get(lang, "一票否决：不通过则考核结果为最低等级")

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "veto"}


RULE_KINDS: tuple[str, ...] = ("linear", "piecewise", "bands", "scale", "veto")


# ---- parsing ---------------------------------------------------------------------------------


def _num(
    data: Mapping[str, Any], key: str, default: float | None, problems: list[Problem]
) -> float:
    raw = data.get(key, default)
    if raw is None and default is None:
        problems.append(Problem("field_missing", {"field": key}))
        return math.nan
    if isinstance(raw, bool) or not isinstance(raw, int | float) or not math.isfinite(raw):
        problems.append(Problem("rule_number", {"field": key}))
        return math.nan
    return float(raw)


def _parse_linear(data: Mapping[str, Any], problems: list[Problem]) -> Rule | None:
    """A linear rule: floor, cap and the rate at which the item is full."""
    floor = _num(data, "floor", 0.0, problems)
    cap = _num(data, "cap", 1.0, problems)
    full_at = _num(data, "full_at", 1.0, problems)
    if problems:
        return None
    if full_at <= 0:
        problems.append(Problem("rule_full_at", {}))
    if cap <= 0:
        problems.append(Problem("rule_negative", {"field": "cap"}))
    elif cap < floor / full_at if full_at > 0 else False:
        problems.append(Problem("rule_cap_below_floor", {"floor": floor, "cap": cap}))
    return None if problems else LinearRule(floor, cap, full_at)


def _is_breakpoint(p: Any) -> bool:
    """True when *p* is a pair of finite numbers (a piecewise breakpoint)."""
    return (
        isinstance(p, list | tuple)
        and len(p) == 2
        and all(
            isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) for v in p
        )
    )


def _parse_piecewise(data: Mapping[str, Any], problems: list[Problem]) -> Rule | None:
    """A piecewise rule: ascending (rate, fraction) breakpoints and an optional value below."""
    raw_points = data.get("points")
    if not isinstance(raw_points, list) or not raw_points:
        problems.append(Problem("rule_breakpoints_empty", {}))
        return None
    points: list[tuple[float, float]] = []
    for p in raw_points:
        if not _is_breakpoint(p):
            problems.append(Problem("rule_breakpoint_shape", {}))
            return None
        points.append((float(p[0]), float(p[1])))
    for (x0, _), (x1, _) in pairwise(points):
        if x1 <= x0:
            problems.append(Problem("rule_breakpoints_order", {"previous": x0, "value": x1}))
            break
    if any(y < 0 for _, y in points):
        problems.append(Problem("rule_negative", {"field": "points"}))
    below = None
    if data.get("below") is not None:
        below = _num(data, "below", 0.0, problems)
        if below < 0:
            problems.append(Problem("rule_negative", {"field": "below"}))
    return None if problems else PiecewiseRule(points, below)


def _parse_bands(data: Mapping[str, Any], problems: list[Problem]) -> Rule | None:
    """A bands rule: distinct (min, fraction) bands and the fraction otherwise."""
    raw_bands = data.get("bands")
    if not isinstance(raw_bands, list) or not raw_bands:
        problems.append(Problem("rule_bands_empty", {}))
        return None
    bands: list[tuple[float, float]] = []
    for b in raw_bands:
        if not isinstance(b, Mapping):
            problems.append(Problem("not_an_object", {"field": "bands[]"}))
            return None
        m = _num(b, "min", None, problems)
        f = _num(b, "fraction", None, problems)
        if problems:
            return None
        if f < 0:
            problems.append(Problem("rule_negative", {"field": "fraction"}))
        if any(m == other for other, _ in bands):
            problems.append(Problem("rule_bands_duplicate", {"min": m}))
        bands.append((m, f))
    otherwise = _num(data, "otherwise", 0.0, problems)
    if otherwise < 0:
        problems.append(Problem("rule_negative", {"field": "otherwise"}))
    return None if problems else BandsRule(bands, otherwise)


def _check_anchors(anchors: Any, lo: float, hi: float, problems: list[Problem]) -> Mapping:
    """The scale's anchors as a mapping, each key checked to lie within [lo, hi]."""
    if not isinstance(anchors, Mapping):
        problems.append(Problem("not_an_object", {"field": "anchors"}))
        anchors = {}
    for key in anchors:
        try:
            k = float(key)
        except (TypeError, ValueError):
            k = math.nan
        if not (lo <= k <= hi):
            problems.append(Problem("rule_anchor_outside", {"anchor": key}))
    return anchors


def _parse_scale(data: Mapping[str, Any], problems: list[Problem]) -> Rule | None:
    """A rating scale rule: min, max, whether it counts from zero, and labelled anchors."""
    lo = _num(data, "min", None, problems)
    hi = _num(data, "max", None, problems)
    if problems:
        return None
    zero_based = data.get("zero_based", True)
    if not isinstance(zero_based, bool):
        problems.append(Problem("field_type", {"field": "zero_based", "expected": "true/false"}))
    if lo >= hi:
        problems.append(Problem("rule_scale_range", {"min": lo, "max": hi}))
    elif zero_based is False and hi <= 0:
        problems.append(Problem("rule_scale_range", {"min": 0, "max": hi}))
    anchors = _check_anchors(data.get("anchors") or {}, lo, hi, problems)
    return None if problems else ScaleRule(lo, hi, anchors, zero_based)


def _parse_veto(_data: Mapping[str, Any], _problems: list[Problem]) -> Rule | None:
    """A veto rule has no parameters."""
    return VetoRule()


_PARSERS = {
    "linear": _parse_linear,
    "piecewise": _parse_piecewise,
    "bands": _parse_bands,
    "scale": _parse_scale,
    "veto": _parse_veto,
}


def _parse(data: Any, problems: list[Problem]) -> Rule | None:
    """Build the rule *data* describes, or append why not to *problems* and return None."""
    if not isinstance(data, Mapping):
        problems.append(Problem("not_an_object", {"field": "rule"}))
        return None
    kind = data.get("kind")
    parser = _PARSERS.get(kind) if isinstance(kind, str) else None
    if parser is None:
        problems.append(Problem("rule_kind_unknown", {"kind": kind}))
        return None
    return parser(data, problems)


def check_rule(data: Any) -> list[Problem]:
    """Every problem with a rule dict (empty when it is valid)."""
    problems: list[Problem] = []
    _parse(data, problems)
    return problems


def parse_rule(data: Any) -> Rule:
    """Build a Rule from its JSON dict; raises RuleError with coded problems when invalid."""
    problems: list[Problem] = []
    rule = _parse(data, problems)
    if rule is None or problems:
        raise RuleError(problems or [Problem("rule_kind_unknown", {"kind": None})])
    return rule


__all__ = [
    "RULE_KINDS",
    "BandsRule",
    "LinearRule",
    "PiecewiseRule",
    "Rule",
    "RuleError",
    "ScaleRule",
    "VetoRule",
    "check_rule",
    "parse_rule",
]
