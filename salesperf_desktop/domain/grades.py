"""Grade bands (S/A/B/C/D…), bonus coefficients, veto and the forced-distribution check."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .messages import Problem

DEFAULT_GRADES: dict[str, Any] = {
    "bands": [
        {"grade": "S", "min": 95, "coefficient": 1.5},
        {"grade": "A", "min": 85, "coefficient": 1.2},
        {"grade": "B", "min": 70, "coefficient": 1.0},
        {"grade": "C", "min": 60, "coefficient": 0.8},
        {"grade": "D", "min": None, "coefficient": 0.0},
    ],
    "distribution": {"S": 0.10, "A": 0.20, "B": 0.40, "C": 0.20, "D": 0.10},
}


@dataclass(frozen=True, slots=True)
class GradeBand:
    grade: str
    min: float | None  # None only for the lowest grade: everything below the others
    coefficient: float

    def to_dict(self) -> dict[str, Any]:
        return {"grade": self.grade, "min": self.min, "coefficient": self.coefficient}


@dataclass(frozen=True, slots=True)
class GradeScale:
    """Bands best first. The last band is the lowest grade (and the one a veto forces)."""

    bands: tuple[GradeBand, ...]
    distribution: Mapping[str, float] | None = None

    @property
    def lowest(self) -> GradeBand:
        return self.bands[-1]

    def band(self, grade: str) -> GradeBand | None:
        for b in self.bands:
            if b.grade == grade:
                return b
        return None

    def grade_for(self, total: float, vetoed: bool = False) -> GradeBand:
        """The band for a total; a veto forces the lowest band whatever the points."""
        if vetoed:
            return self.lowest
        for b in self.bands:
            if b.min is not None and total >= b.min:
                return b
        return self.lowest

    def scaled(self, factor: float) -> GradeScale:
        """The same scale on a sheet `factor` times larger (e.g. 100 → 120 points)."""
        return GradeScale(
            tuple(
                GradeBand(b.grade, None if b.min is None else b.min * factor, b.coefficient)
                for b in self.bands
            ),
            self.distribution,
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"bands": [b.to_dict() for b in self.bands]}
        if self.distribution is not None:
            data["distribution"] = dict(self.distribution)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GradeScale:
        """Parse a validated `grades` dict (see `check_grades`)."""
        bands = tuple(
            GradeBand(
                str(b["grade"]),
                None if b.get("min") is None else float(b["min"]),
                float(b.get("coefficient", 1.0)),
            )
            for b in data["bands"]
        )
        dist = data.get("distribution")
        return cls(bands, None if dist is None else {str(k): float(v) for k, v in dist.items()})


def grade_for(total: float, vetoed: bool = False, scale: GradeScale | None = None) -> GradeBand:
    """Module-level convenience over `GradeScale.grade_for` (default S/A/B/C/D scale)."""
    return (scale or GradeScale.from_dict(DEFAULT_GRADES)).grade_for(total, vetoed)


def _is_num(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)


def check_grades(data: Any, path: str = "grades") -> list[Problem]:
    """Problems with a `grades` dict: bands best first with falling minimums, sane shares."""
    if not isinstance(data, Mapping):
        return [Problem("not_an_object", {"field": path}, path=path)]
    bands = data.get("bands")
    if not isinstance(bands, list) or not bands:
        return [Problem("grades_empty", {}, path=f"{path}.bands")]
    problems: list[Problem] = []
    seen: set[str] = set()
    previous: float | None = None
    for i, b in enumerate(bands):
        p = f"{path}.bands[{i}]"
        if not isinstance(b, Mapping) or not isinstance(b.get("grade"), str) or not b["grade"]:
            problems.append(Problem("field_missing", {"field": "grade"}, path=p))
            continue
        grade = b["grade"]
        if grade in seen:
            problems.append(Problem("grade_duplicate", {"grade": grade}, path=p))
        seen.add(grade)
        lo = b.get("min")
        last = i == len(bands) - 1
        if lo is None:
            if not last:
                problems.append(Problem("grade_min_missing", {"grade": grade}, path=p))
        elif not _is_num(lo):
            problems.append(Problem("field_type", {"field": "min", "expected": "number"}, path=p))
        else:
            if previous is not None and lo >= previous:
                problems.append(Problem("grade_order", {"grade": grade}, path=p))
            previous = lo
        coefficient = b.get("coefficient", 1.0)
        if not _is_num(coefficient) or coefficient < 0:
            problems.append(
                Problem("grade_coefficient_invalid", {"grade": grade, "value": coefficient}, path=p)
            )
    dist = data.get("distribution")
    if dist is not None:
        if not isinstance(dist, Mapping):
            problems.append(Problem("not_an_object", {"field": "distribution"}, path=path))
        else:
            total = 0.0
            for grade, share in dist.items():
                if grade not in seen:
                    problems.append(
                        Problem("distribution_unknown_grade", {"grade": grade}, path=path)
                    )
                if not _is_num(share) or not 0 <= share <= 1:
                    problems.append(
                        Problem(
                            "distribution_share_invalid",
                            {"grade": grade, "value": share},
                            path=path,
                        )
                    )
                else:
                    total += share
            if abs(total - 1.0) > 1e-6:
                problems.append(Problem("distribution_sum", {"total": total}, path=path))
    return problems


@dataclass(frozen=True, slots=True)
class DistributionRow:
    grade: str
    expected_share: float
    expected_count: float
    actual_count: int
    actual_share: float

    @property
    def deviation(self) -> float:
        """Actual minus expected head count (positive: more people than the guide allows)."""
        return self.actual_count - self.expected_count

    def to_dict(self) -> dict[str, Any]:
        return {
            "grade": self.grade,
            "expected_share": self.expected_share,
            "expected_count": self.expected_count,
            "actual_count": self.actual_count,
            "actual_share": self.actual_share,
            "deviation": self.deviation,
        }


@dataclass(frozen=True, slots=True)
class DistributionReport:
    cohort_size: int
    rows: tuple[DistributionRow, ...] = field(default_factory=tuple)
    tolerance: float = 1.0  # head count a grade may deviate before it counts as off-guide

    @property
    def deviations(self) -> tuple[DistributionRow, ...]:
        """Rows whose head count is off the guide by more than the tolerance."""
        return tuple(r for r in self.rows if abs(r.deviation) > self.tolerance)

    @property
    def ok(self) -> bool:
        return not self.deviations

    def to_dict(self) -> dict[str, Any]:
        return {
            "cohort_size": self.cohort_size,
            "tolerance": self.tolerance,
            "rows": [r.to_dict() for r in self.rows],
            "ok": self.ok,
        }


def check_distribution(
    grades: Iterable[str],
    distribution: Mapping[str, float],
    *,
    tolerance: float = 1.0,
    order: Iterable[str] | None = None,
) -> DistributionReport:
    """Compare a cohort's grades with a forced-distribution guide, grade by grade.

    Expected counts are shares × cohort size (not rounded, so small teams see e.g. 0.5);
    a grade is reported as a deviation when its actual count is off by more than `tolerance`.
    """
    counts = Counter(grades)
    n = sum(counts.values())
    names = list(order) if order is not None else list(distribution)
    for g in list(distribution) + sorted(counts):
        if g not in names:
            names.append(g)
    rows = tuple(
        DistributionRow(
            grade=g,
            expected_share=float(distribution.get(g, 0.0)),
            expected_count=float(distribution.get(g, 0.0)) * n,
            actual_count=counts.get(g, 0),
            actual_share=counts.get(g, 0) / n if n else 0.0,
        )
        for g in names
    )
    return DistributionReport(n, rows, tolerance)
