"""The company's appraisal policy (考核制度): the choices the seeds leave to the company.

Grade bands and their bonus coefficients, the forced-distribution guide, rater weights, how a
rating maps to points, the promotion and improvement-plan rules and the appeal day limits. The
product proposes defaults; the officer confirms them (``services/policy.py`` keeps each
confirmed version). Every default says where it comes from (``SOURCES``): a seed and its clause,
quoted exactly as the seed file has it, or 常用做法 (common practice) when no seed states it.

Worked example (the defaults): a total of 86.5 on a 100-point sheet is an A (85 ≤ 86.5 < 95)
with coefficient 1.2; on the 120-point department sheet the same bands are scaled by 1.2, so A
starts at 102. Two A's (or better) in a row give a promotion hint; a C or D calls for an
improvement plan. An appeal is filed within 3 working days of publication and decided within 5
(seed 002).
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .due import INTERVIEW_WORKING_DAYS
from .grades import DEFAULT_GRADES, GradeScale, check_grades
from .messages import Problem, render

#: The rater roles whose weights the policy sets (as in templates' ``rater_weights``).
RATER_ROLES: tuple[str, ...] = ("supervisor", "self", "peer")

#: Where the seed files live (beside the brief); ``Source.seed`` names one of them.
SEED_002 = "002_9e53e16b46827ba8.txt"


@dataclass(frozen=True, slots=True)
class Source:
    """Where a default comes from: a seed file, the clause and its exact words; or, with no
    seed, 常用做法 and a note (catalogue code) saying what the seeds do (and do not) say."""

    seed: str | None
    clause: str = ""
    quote: str = ""
    note: str = ""


SOURCES: dict[str, Source] = {
    # No seed gives these: 常用做法; the note (a catalogue code, domain/messages/policy.py)
    # says what the seeds do say nearby.
    "grades": Source(None, note="policy.source.grades"),
    "distribution": Source(None, note="policy.source.distribution"),
    "rater_weights": Source(None, note="policy.source.rater_weights"),
    "rating_zero_based": Source(None, note="policy.source.rating"),
    "promotion": Source(None, note="policy.source.promotion"),
    "improvement": Source(None, note="policy.source.improvement"),
    "interview_working_days": Source(None, note="policy.source.interview"),
    # Stated by seed 002, quoted exactly as the seed file has it.
    "appeal_filing_days": Source(
        SEED_002,
        clause="五、方案落地的保障體系 (二)制度保障 申訴機制透明化",
        quote="可在3個工作日內(nèi)提交",
    ),
    "appeal_decision_days": Source(
        SEED_002,
        clause="五、方案落地的保障體系 (二)制度保障 申訴機制透明化",
        quote="委員會需在5個工作日內(nèi)給出復(fù)核結(jié)果",
    ),
}


# The seed files carry a reading after some characters, as their web source printed it
# ("內(nèi)", "結(jié)"); a quote is stored exactly as the file has it and shown without them.
_READING = re.compile(r"\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\)")


def readable(quote: str) -> str:
    """*quote* without the seed file's pinyin readings: 工作日內(nèi) → 工作日內."""
    return _READING.sub("", quote)


def source_text(key: str, lang: str = "zh_CN") -> str:
    """Where the default of *key* comes from, in *lang* (the policy page shows it)."""
    source = SOURCES[key]
    if source.seed:
        params = {"seed": source.seed[:3], "clause": source.clause, "quote": readable(source.quote)}
        return render("policy.source.seed", params, lang)
    return render(source.note, {}, lang)


@dataclass(frozen=True, slots=True)
class Policy:
    """The company's choices. ``grades`` are on a 100-point sheet (scaled for others)."""

    grades: GradeScale = field(default_factory=lambda: GradeScale.from_dict(DEFAULT_GRADES))
    rater_weights: Mapping[str, float] = field(
        default_factory=lambda: {"supervisor": 70.0, "self": 10.0, "peer": 20.0}
    )
    rating_zero_based: bool = True
    promotion_grades: tuple[str, ...] = ("S", "A")
    promotion_run: int = 2
    plan_grades: tuple[str, ...] = ("C", "D")
    appeal_filing_days: int = 3
    appeal_decision_days: int = 5
    interview_working_days: int = INTERVIEW_WORKING_DAYS  # after publication

    # ------------------------------------------------------------------ use
    def scale_for(self, sheet_total: float) -> GradeScale:
        """The grade bands for a sheet of *sheet_total* points (100 → as stored)."""
        if math.isclose(sheet_total, 100.0):
            return self.grades
        return self.grades.scaled(sheet_total / 100.0)

    def promotion_due(self, grades_oldest_first: list[str]) -> bool:
        """True when the last ``promotion_run`` grades are all promotion grades."""
        run = grades_oldest_first[-self.promotion_run :]
        return len(run) == self.promotion_run and all(g in self.promotion_grades for g in run)

    def needs_plan(self, grade: str | None) -> bool:
        return grade is not None and grade in self.plan_grades

    # ------------------------------------------------------------------ round trip
    def to_dict(self) -> dict[str, Any]:
        return {
            "grades": self.grades.to_dict(),
            "rater_weights": {k: float(v) for k, v in self.rater_weights.items()},
            "rating_zero_based": self.rating_zero_based,
            "promotion_grades": list(self.promotion_grades),
            "promotion_run": self.promotion_run,
            "plan_grades": list(self.plan_grades),
            "appeal_filing_days": self.appeal_filing_days,
            "appeal_decision_days": self.appeal_decision_days,
            "interview_working_days": self.interview_working_days,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Policy:
        """A policy from stored data; missing keys take the defaults (older versions)."""
        d = DEFAULT_POLICY
        return cls(
            grades=GradeScale.from_dict(data["grades"]) if "grades" in data else d.grades,
            rater_weights={
                str(k): float(v) for k, v in (data.get("rater_weights") or d.rater_weights).items()
            },
            rating_zero_based=bool(data.get("rating_zero_based", d.rating_zero_based)),
            promotion_grades=tuple(data.get("promotion_grades", d.promotion_grades)),
            promotion_run=int(data.get("promotion_run", d.promotion_run)),
            plan_grades=tuple(data.get("plan_grades", d.plan_grades)),
            appeal_filing_days=int(data.get("appeal_filing_days", d.appeal_filing_days)),
            appeal_decision_days=int(data.get("appeal_decision_days", d.appeal_decision_days)),
            interview_working_days=int(
                data.get("interview_working_days", d.interview_working_days)
            ),
        )


DEFAULT_POLICY = Policy()


def changes(old: Policy, new: Policy) -> dict[str, tuple[Any, Any]]:
    """What differs between two policies, key by key (for the audit trail)."""
    a, b = old.to_dict(), new.to_dict()
    return {k: (a.get(k), b[k]) for k in b if a.get(k) != b[k]}


def validate_policy(policy: Policy) -> list[Problem]:
    """Problems that make a policy unusable; empty when it can be confirmed.

    Bands best first with strictly falling minimums (so they never overlap), the lowest band
    open below; coefficients not negative and never higher for a worse grade; the distribution
    guide's shares add up to 100 %; rater weights not negative, the supervisor's above 0, the
    sum 100 %; the promotion and plan grades exist; day limits (appeals, the review
    interview) 1–30.
    """
    problems = check_grades(policy.grades.to_dict(), "grades")
    bands = policy.grades.bands
    for better, worse in itertools.pairwise(bands):
        if worse.coefficient > better.coefficient:
            problems.append(
                Problem(
                    "policy.coefficient_rises",
                    {"grade": worse.grade, "better": better.grade},
                    path="grades",
                )
            )
    names = {b.grade for b in bands}
    weights = policy.rater_weights
    for role, value in weights.items():
        if role not in RATER_ROLES:
            problems.append(Problem("policy.rater_unknown", {"role": role}, path="rater_weights"))
        elif not math.isfinite(value) or value < 0:
            problems.append(Problem("policy.rater_negative", {"role": role}, path="rater_weights"))
    if weights.get("supervisor", 0) <= 0:
        problems.append(Problem("policy.supervisor_needed", {}, path="rater_weights"))
    total = sum(v for v in weights.values() if math.isfinite(v))
    if abs(total - 100.0) > 1e-6:
        problems.append(
            Problem("policy.rater_sum", {"total": round(total, 2)}, path="rater_weights")
        )
    for key, grades in (("promotion", policy.promotion_grades), ("plan", policy.plan_grades)):
        for g in grades:
            if g not in names:
                problems.append(Problem("policy.grade_unknown", {"grade": g}, path=key))
    if not policy.promotion_grades:
        problems.append(Problem("policy.promotion_grades_empty", {}, path="promotion"))
    if not 1 <= policy.promotion_run <= 12:
        problems.append(
            Problem("policy.promotion_run", {"value": policy.promotion_run}, path="run")
        )
    for key in ("appeal_filing_days", "appeal_decision_days", "interview_working_days"):
        value = getattr(policy, key)
        if not 1 <= value <= 30:
            problems.append(Problem("policy.days_range", {"value": value}, path=key))
    return problems


__all__ = [
    "DEFAULT_POLICY",
    "RATER_ROLES",
    "SOURCES",
    "Policy",
    "Source",
    "changes",
    "source_text",
    "validate_policy",
]
