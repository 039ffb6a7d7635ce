"""Bonus and penalty points outside the weighted sum (seed 004), with editable defaults.

Points are signed: a commendation is +15, a rule breach −15. Per-unit items (attendance,
overtime) multiply by the event's count. A milestone's points are given per event (seed 002:
e.g. 10 top-tier hospital trials completed → extra points).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from .i18n import pick
from .messages import Problem


@dataclass(frozen=True, slots=True)
class AdjustmentType:
    code: str
    points: float  # signed points per event / per unit
    name: Mapping[str, str]
    per_unit: bool = False  # counted per late arrival, per day …
    veto: bool = False  # recording it vetoes the appraisal (compliance)
    points_per_event: bool = False  # the event states its own points (milestones)

    def label(self, lang: str = "zh_CN") -> str:
        return pick(self.name, lang) or self.code

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "points": self.points,
            "name": dict(self.name),
            "per_unit": self.per_unit,
            "veto": self.veto,
            "points_per_event": self.points_per_event,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AdjustmentType:
        return cls(
            code=str(data["code"]),
            points=float(data.get("points", 0.0)),
            name=dict(data.get("name") or {}),
            per_unit=bool(data.get("per_unit", False)),
            veto=bool(data.get("veto", False)),
            points_per_event=bool(data.get("points_per_event", False)),
        )


def _t(code: str, points: float, zh_cn: str, zh_tw: str, en: str, **kw: bool) -> AdjustmentType:
    return AdjustmentType(code, points, {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}, **kw)


DEFAULT_TYPES: tuple[AdjustmentType, ...] = (
    _t(
        "commendation_company", 15, "受到公司级嘉奖", "受到公司級嘉獎", "Company-level commendation"
    ),
    _t("praise_company", 10, "受到公司级表扬", "受到公司級表揚", "Company-level praise"),
    _t(
        "serious_error_criticism",
        -100,
        "严重工作失误，受全公司通报批评",
        "嚴重工作失誤，受全公司通報批評",
        "Serious error with company-wide criticism",
    ),
    _t("error_criticism", -20, "工作失误受到批评", "工作失誤受到批評", "Error with criticism"),
    _t(
        "rule_breach",
        -15,
        "违反管理标准、规章制度",
        "違反管理標準、規章制度",
        "Breach of management standards or rules",
    ),
    _t(
        "poor_task_sheet",
        -10,
        "工作任务书填报质量不好",
        "工作任務書填報品質不佳",
        "Poor quality of the work task sheet",
    ),
    _t(
        "late_or_early_leave",
        -1,
        "迟到/早退",
        "遲到/早退",
        "Late arrival / early leave",
        per_unit=True,
    ),
    _t("personal_leave_day", -1, "事假（天）", "事假（天）", "Personal leave (day)", per_unit=True),
    _t(
        "sick_leave_day",
        0,
        "病假（天，不扣分）",
        "病假（天，不扣分）",
        "Sick leave (day, no deduction)",
        per_unit=True,
    ),
    _t("voluntary_overtime", 1, "主动加班", "主動加班", "Voluntary overtime", per_unit=True),
    _t(
        "unplanned_task",
        1,
        "服从计划外工作安排",
        "服從計畫外工作安排",
        "Unplanned task accepted",
        per_unit=True,
    ),
    _t("milestone", 0, "里程碑奖励", "里程碑獎勵", "Milestone bonus", points_per_event=True),
    _t("compliance_veto", 0, "合规一票否决", "合規一票否決", "Compliance veto", veto=True),
    # Points a committee sets directly when it upholds an appeal (seed 002); the event states them.
    _t(
        "appeal_adjustment",
        0,
        "申诉复核调整",
        "申訴複核調整",
        "Adjustment after an appeal",
        points_per_event=True,
    ),
)


class Catalogue:
    """The adjustment types in use: seed defaults, optionally edited by the HR officer."""

    __slots__ = ("_types",)

    def __init__(self, types: Iterable[AdjustmentType] = DEFAULT_TYPES):
        self._types: dict[str, AdjustmentType] = {t.code: t for t in types}

    def __contains__(self, code: object) -> bool:
        return code in self._types

    def __iter__(self):
        return iter(self._types.values())

    def __len__(self) -> int:
        return len(self._types)

    def get(self, code: str) -> AdjustmentType | None:
        return self._types.get(code)

    def with_points(self, overrides: Mapping[str, float]) -> Catalogue:
        """A copy with some points edited (unknown codes are ignored; validate them first)."""
        return Catalogue(
            replace(t, points=float(overrides[t.code])) if t.code in overrides else t
            for t in self._types.values()
        )

    def to_dict(self) -> list[dict[str, Any]]:
        return [t.to_dict() for t in self._types.values()]

    @classmethod
    def from_dict(cls, data: Iterable[Mapping[str, Any]]) -> Catalogue:
        return cls(AdjustmentType.from_dict(d) for d in data)


DEFAULT_CATALOGUE = Catalogue()


@dataclass(frozen=True, slots=True)
class AdjustmentEvent:
    """One recorded key event: `count` units of `code`; `points` overrides the catalogue."""

    code: str
    count: float = 1
    points: float | None = None
    note: str = ""
    date: str | None = None  # ISO date, informational

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "count": self.count,
            "points": self.points,
            "note": self.note,
            "date": self.date,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AdjustmentEvent:
        return cls(
            code=str(data["code"]),
            count=data.get("count", 1),
            points=data.get("points"),
            note=str(data.get("note") or ""),
            date=data.get("date"),
        )


@dataclass(frozen=True, slots=True)
class AdjustmentLine:
    """One event as it counted: what, how many, points each, points in total, why."""

    code: str
    name: Mapping[str, str]
    count: float
    points_each: float
    points: float
    note: str = ""
    veto: bool = False

    def to_dict(self, lang: str = "zh_CN") -> dict[str, Any]:
        return {
            "code": self.code,
            "name": dict(self.name),
            "label": pick(self.name, lang) or self.code,
            "count": self.count,
            "points_each": self.points_each,
            "points": self.points,
            "note": self.note,
            "veto": self.veto,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AdjustmentLine:
        return cls(
            code=data["code"],
            name=dict(data.get("name") or {}),
            count=data.get("count", 1),
            points_each=data["points_each"],
            points=data["points"],
            note=data.get("note", ""),
            veto=bool(data.get("veto", False)),
        )


@dataclass(frozen=True, slots=True)
class AdjustmentOutcome:
    lines: tuple[AdjustmentLine, ...] = ()
    bonus_raw: float = 0.0
    penalty_raw: float = 0.0  # ≤ 0
    bonus: float = 0.0  # after the cap
    penalty: float = 0.0  # after the cap, ≤ 0
    vetoed: bool = False
    veto_notes: tuple[str, ...] = ()
    flags: tuple[Problem, ...] = field(default_factory=tuple)

    @property
    def total(self) -> float:
        return self.bonus + self.penalty


def apply_adjustments(
    events: Iterable[AdjustmentEvent],
    catalogue: Catalogue = DEFAULT_CATALOGUE,
    *,
    bonus_cap: float | None = None,
    penalty_cap: float | None = None,
) -> AdjustmentOutcome:
    """Sum events into bonus and penalty totals, each optionally capped (caps are magnitudes)."""
    lines: list[AdjustmentLine] = []
    flags: list[Problem] = []
    bonus = penalty = 0.0
    vetoed = False
    veto_notes: list[str] = []
    for ev in events:
        kind = catalogue.get(ev.code)
        if kind is None and ev.points is None:
            # an unknown item with no stated points cannot count; say so instead of a silent 0
            flags.append(Problem("adjustment_unknown", {"code": ev.code}, severity="warning"))
            continue
        each = float(ev.points) if ev.points is not None else kind.points  # type: ignore[union-attr]
        count = ev.count if ev.count is not None else 1
        points = each * count
        is_veto = bool(kind and kind.veto)
        name = kind.name if kind else {"zh_CN": ev.code, "en": ev.code}
        lines.append(
            AdjustmentLine(
                code=ev.code,
                name=name,
                count=count,
                points_each=each,
                points=points,
                note=ev.note,
                veto=is_veto,
            )
        )
        if is_veto:
            vetoed = True
            veto_notes.append(ev.note or (pick(name, "zh_CN")))
        if points > 0:
            bonus += points
        else:
            penalty += points
    bonus_capped, penalty_capped = bonus, penalty
    if bonus_cap is not None and bonus > bonus_cap:
        bonus_capped = bonus_cap
        flags.append(Problem("bonus_capped", {"raw": bonus, "cap": bonus_cap}, severity="info"))
    if penalty_cap is not None and -penalty > penalty_cap:
        penalty_capped = -penalty_cap
        flags.append(
            Problem("penalty_capped", {"raw": -penalty, "cap": penalty_cap}, severity="info")
        )
    return AdjustmentOutcome(
        lines=tuple(lines),
        bonus_raw=bonus,
        penalty_raw=penalty,
        bonus=bonus_capped,
        penalty=penalty_capped,
        vetoed=vetoed,
        veto_notes=tuple(veto_notes),
        flags=tuple(flags),
    )
