"""Turning what was entered (target, actual, base, ratings, pass/fail) into the value a rule scores.

Every case that cannot give a value returns a flag instead of a silent zero.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from math import isfinite

from .messages import Problem

# measures computed as actual ÷ target
RATIO_MEASURES = frozenset({"achievement", "ratio", "share", "expense_usage"})


@dataclass(frozen=True, slots=True)
class RaterDetail:
    """How one kind of rater counted in a rated item."""

    rater: str
    weight: float  # as configured (e.g. 70)
    share: float  # effective share after redistribution (0 when absent)
    scores: tuple[float, ...]
    mean: float | None

    @property
    def present(self) -> bool:
        return self.mean is not None

    def to_dict(self) -> dict[str, object]:
        return {
            "rater": self.rater,
            "weight": self.weight,
            "share": self.share,
            "scores": list(self.scores),
            "mean": self.mean,
            "present": self.present,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> RaterDetail:
        return cls(
            str(data["rater"]),
            float(data["weight"]),  # type: ignore[arg-type]
            float(data["share"]),  # type: ignore[arg-type]
            tuple(data.get("scores") or ()),  # type: ignore[arg-type]
            data.get("mean"),  # type: ignore[arg-type]
        )


def _err(code: str, **params: float) -> Problem:
    return Problem(code, params, "error")


def _finite(value: float | None) -> bool:
    return value is None or math.isfinite(value)


def ratio_value(
    actual: float | None, target: float | None, *, target_optional: bool = False
) -> tuple[float | None, list[Problem]]:
    """actual ÷ target with the edge cases flagged; a raw count when the target is optional."""
    if actual is None:
        return None, [_err("missing_actual")]
    if not (math.isfinite(actual) and _finite(target)):
        return None, [_err("value_not_finite")]
    flags: list[Problem] = []
    if actual < 0:
        flags.append(Problem("negative_actual", {"actual": actual}, "warning"))
    if target is None:
        if target_optional:
            return float(actual), flags
        return None, [*flags, _err("target_missing")]
    if target == 0:
        return None, [*flags, _err("target_zero")]
    if target < 0:
        return None, [*flags, _err("negative_target", target=target)]
    return actual / target, flags


def growth_value(actual: float | None, base: float | None) -> tuple[float | None, list[Problem]]:
    """(actual − base) ÷ base; no history, a zero or a negative base cannot give a rate."""
    if actual is None:
        return None, [_err("missing_actual")]
    if not (math.isfinite(actual) and _finite(base)):
        return None, [_err("value_not_finite")]
    flags: list[Problem] = []
    if actual < 0:
        flags.append(Problem("negative_actual", {"actual": actual}, "warning"))
    if base is None:
        return None, [*flags, _err("no_base")]
    if base == 0:
        return None, [*flags, _err("base_zero")]
    if base < 0:
        return None, [*flags, _err("negative_base", base=base)]
    return (actual - base) / base, flags


def combine_ratings(
    ratings: Mapping[str, Sequence[float]] | None,
    weights: Mapping[str, float],
) -> tuple[float | None, tuple[RaterDetail, ...], list[Problem]]:
    """Weighted mean over the raters present; several ratings of one kind are averaged first.

    A weighted rater with no rating is left out and its share goes to the others in
    proportion (never counted as zero). Ratings from a rater kind without weight are ignored.
    """
    value, details, flags = combine_with_table(ratings, weights, rater_table(weights))
    return value, details, flags if flags is not None else []


_NO_SCORES: Mapping[str, Sequence[float]] = {}
_detail_new = object.__new__
# RaterDetail is frozen: its dataclass __init__ goes through object.__setattr__ per field.
# Writing the slots directly builds the very same object at about half the cost (hot path).
_set_rater = RaterDetail.rater.__set__  # type: ignore[attr-defined]
_set_weight = RaterDetail.weight.__set__  # type: ignore[attr-defined]
_set_share = RaterDetail.share.__set__  # type: ignore[attr-defined]
_set_scores = RaterDetail.scores.__set__  # type: ignore[attr-defined]
_set_mean = RaterDetail.mean.__set__  # type: ignore[attr-defined]


def _detail(
    rater: str, weight: float, share: float, scores: tuple[float, ...], mean: float | None
) -> RaterDetail:
    d = _detail_new(RaterDetail)
    _set_rater(d, rater)
    _set_weight(d, weight)
    _set_share(d, share)
    _set_scores(d, scores)
    _set_mean(d, mean)
    return d


#: Per configured rater: (kind, weight, its detail when it gave no score, its "missing" flag).
RaterTable = tuple[tuple[str, float, RaterDetail, Problem | None], ...]


def rater_table(weights: Mapping[str, float]) -> RaterTable:
    """What `combine_with_table` needs from `weights`, worked out once per template item.

    The detail of a rater without scores and the "rater missing" flag do not depend on the
    ratings, so they are built here and shared (both are immutable).
    """
    return tuple(
        (
            rater,
            w,
            _detail(rater, w, 0.0, (), None),
            Problem("rater_missing", {"rater": rater}, "info") if w > 0 else None,
        )
        for rater, w in weights.items()
    )


def combine_with_table(
    ratings: Mapping[str, Sequence[float]] | None,
    weights: Mapping[str, float],
    table: RaterTable,
) -> tuple[float | None, tuple[RaterDetail, ...], list[Problem] | None]:
    """`combine_ratings` with the weights' table given; flags is None when there are none."""
    flags: list[Problem] | None = None
    means: dict[str, float] = {}
    products: list[float] = []  # weight × mean, in the order the raters came
    present_weight = 0.0
    if ratings:
        for rater, scores in ratings.items():
            if not scores:
                continue
            mean = sum(scores) / len(scores)
            if not isfinite(mean):
                return None, (), [_err("value_not_finite")]
            w = weights.get(rater, 0)
            if w <= 0:
                if flags is None:
                    flags = []
                flags.append(Problem("rater_unweighted", {"rater": rater}, "warning"))
                continue
            means[rater] = mean
            products.append(w * mean)
            present_weight += w
    else:
        ratings = _NO_SCORES
    details = []
    for rater, w, absent, missing in table:
        mean = means.get(rater)
        if mean is None:
            scores = ratings.get(rater)
            details.append(_detail(rater, w, 0.0, tuple(scores), None) if scores else absent)
            if missing is not None and means:
                if flags is None:
                    flags = []
                flags.append(missing)
        else:
            # _detail() inlined: this is the hot path of every rated item
            d = _detail_new(RaterDetail)
            _set_rater(d, rater)
            _set_weight(d, w)
            _set_share(d, w / present_weight)
            _set_scores(d, tuple(ratings[rater]))
            _set_mean(d, mean)
            details.append(d)
    if not means:
        return None, tuple(details), [*(flags or ()), _err("no_ratings")]
    value = sum(products) / present_weight
    if not isfinite(value):  # absurd ratings (±1e307) overflow the weighted sum
        return None, tuple(details), [*(flags or ()), _err("value_not_finite")]
    return value, tuple(details), flags
