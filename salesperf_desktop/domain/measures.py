"""Turning what was entered (target, actual, base, ratings, pass/fail) into the value a rule scores.

Every case that cannot give a value returns a flag instead of a silent zero.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from math import isfinite
from typing import NamedTuple

from .messages import Problem

# measures computed as actual ÷ target
RATIO_MEASURES = frozenset({"achievement", "ratio", "share", "expense_usage"})


class RaterDetail(NamedTuple):
    """How one kind of rater counted in a rated item (a named tuple: several per rated item
    of every result, so it is the cheapest immutable record)."""

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
            rater=str(data["rater"]),
            weight=float(data["weight"]),  # type: ignore[arg-type]
            share=float(data["share"]),  # type: ignore[arg-type]
            scores=tuple(data.get("scores") or ()),  # type: ignore[arg-type]
            mean=data.get("mean"),  # type: ignore[arg-type]
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
            RaterDetail(rater=rater, weight=w, share=0.0, scores=(), mean=None),
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
        if mean is not None:
            share = w / present_weight
            scores = tuple(ratings[rater])
            details.append(
                RaterDetail(rater=rater, weight=w, share=share, scores=scores, mean=mean)
            )
            continue
        scores = ratings.get(rater)
        if scores:  # rated by a rater whose weight is 0
            details.append(
                RaterDetail(rater=rater, weight=w, share=0.0, scores=tuple(scores), mean=None)
            )
        else:
            details.append(absent)
        if missing is not None and means:
            if flags is None:
                flags = []
            flags.append(missing)
    if not means:
        return None, tuple(details), [*(flags or ()), _err("no_ratings")]
    value = sum(products) / present_weight
    if not isfinite(value):  # absurd ratings (±1e307) overflow the weighted sum
        return None, tuple(details), [*(flags or ()), _err("value_not_finite")]
    return value, tuple(details), flags
