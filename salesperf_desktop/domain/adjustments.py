"""Bonus and penalty points outside the weighted sum (seed 004), with editable defaults.

Points are signed: a commendation is +15, a rule breach −15. Per-unit items (attendance,
overtime) multiply by the event's count. A milestone's points are given per event (seed 002:
e.g. 10 top-tier hospital trials completed → extra points).

The officer edits the catalogue (names, points, unit, approver, document number); a type in use
is retired, never deleted, so past events keep their meaning. A money fine (seed 004: "管理标准、
规章制度中规定罚款数额的，按规定执行") is an amount in 元, kept apart from the points: it never
enters the score.
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
    unit: Mapping[str, str] = field(default_factory=dict)  # what one unit is: 次, 天 …
    approver: Mapping[str, str] = field(default_factory=dict)  # who approves it; {}: nobody
    document_required: bool = False  # a formal document (文号) must be recorded with it
    money: bool = False  # a fine in 元 stated per event; never points
    retired: bool = False  # no longer offered for new events; past events keep it
    source: Mapping[str, str] = field(default_factory=dict)  # the seed clause, or 常用做法

    def label(self, lang: str = "zh_CN") -> str:
        return pick(self.name, lang) or self.code

    def unit_label(self, lang: str = "zh_CN") -> str:
        return pick(self.unit, lang)

    def approver_label(self, lang: str = "zh_CN") -> str:
        return pick(self.approver, lang)

    @property
    def needs_approval(self) -> bool:
        return any(v.strip() for v in self.approver.values())

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "code": self.code,
            "points": self.points,
            "name": dict(self.name),
            "per_unit": self.per_unit,
            "veto": self.veto,
            "points_per_event": self.points_per_event,
        }
        for key in ("unit", "approver", "source"):
            if getattr(self, key):
                data[key] = dict(getattr(self, key))
        for key in ("document_required", "money", "retired"):
            if getattr(self, key):
                data[key] = True
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AdjustmentType:
        return cls(
            code=str(data["code"]),
            points=float(data.get("points", 0.0)),
            name=dict(data.get("name") or {}),
            per_unit=bool(data.get("per_unit", False)),
            veto=bool(data.get("veto", False)),
            points_per_event=bool(data.get("points_per_event", False)),
            unit=dict(data.get("unit") or {}),
            approver=dict(data.get("approver") or {}),
            document_required=bool(data.get("document_required", False)),
            money=bool(data.get("money", False)),
            retired=bool(data.get("retired", False)),
            source=dict(data.get("source") or {}),
        )


def _t(code: str, points: float, zh_cn: str, zh_tw: str, en: str, **kw: Any) -> AdjustmentType:
    return AdjustmentType(code, points, {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}, **kw)


def _l(zh_cn: str, zh_tw: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}


_TIMES = _l("次", "次", "occurrence")
_DAYS = _l("天", "天", "day")
_SEED_004_PRAISE = _l(
    "种子文件 004：表扬加10分由部门领导报公司分管副总经理确定；加15分报公司总经理办公会研究决定；"
    "均需有正式文件公布",
    "種子檔案 004：表揚加10分由部門領導報公司分管副總經理確定；加15分報公司總經理辦公會研究決定；"
    "均需有正式公文公布",
    "Seed 004: +10 decided by the deputy general manager in charge, +15 by the general "
    "manager's office meeting; each published in a formal document",
)


DEFAULT_TYPES: tuple[AdjustmentType, ...] = (
    _t(
        "commendation_company",
        15,
        "受到公司级嘉奖",
        "受到公司級嘉獎",
        "Company-level commendation",
        approver=_l("公司总经理办公会", "公司總經理辦公會", "General manager's office meeting"),
        document_required=True,
        source=_SEED_004_PRAISE,
    ),
    _t(
        "praise_company",
        10,
        "受到公司级表扬",
        "受到公司級表揚",
        "Company-level praise",
        approver=_l("公司分管副总经理", "公司分管副總經理", "Deputy general manager in charge"),
        document_required=True,
        source=_SEED_004_PRAISE,
    ),
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
        unit=_TIMES,
    ),
    _t(
        "personal_leave_day",
        -1,
        "事假（天）",
        "事假（天）",
        "Personal leave (day)",
        per_unit=True,
        unit=_DAYS,
    ),
    _t(
        "sick_leave_day",
        0,
        "病假（天，不扣分）",
        "病假（天，不扣分）",
        "Sick leave (day, no deduction)",
        per_unit=True,
        unit=_DAYS,
    ),
    _t(
        "voluntary_overtime",
        1,
        "主动加班",
        "主動加班",
        "Voluntary overtime",
        per_unit=True,
        unit=_TIMES,
    ),
    _t(
        "unplanned_task",
        1,
        "服从计划外工作安排",
        "服從計畫外工作安排",
        "Unplanned task accepted",
        per_unit=True,
        unit=_TIMES,
    ),
    _t("milestone", 0, "里程碑奖励", "里程碑獎勵", "Milestone bonus", points_per_event=True),
    _t(
        "shirking",
        -1,
        "无故推卸临时性工作任务",
        "無故推卸臨時性工作任務",
        "Temporary task refused without cause",
        per_unit=True,
        unit=_TIMES,
        source=_l(
            "种子文件 004：临时性工作任务主动积极承担加1分，无故推卸减1分",
            "種子檔案 004：臨時性工作任務主動積極承擔加1分，無故推卸減1分",
            "Seed 004: a temporary task taken on +1, refused without cause −1",
        ),
    ),
    _t(
        "customer_praise",
        1,
        "顾客表扬",
        "顧客表揚",
        "Customer praise",
        per_unit=True,
        unit=_TIMES,
        source=_l(
            "种子文件 004：顾客表扬加分（分值为常用做法，由公司确定）",
            "種子檔案 004：顧客表揚加分（分值為常用做法，由公司確定）",
            "Seed 004: customer praise earns points (how many: common practice)",
        ),
    ),
    _t(
        "customer_complaint",
        -1,
        "顾客投诉",
        "顧客投訴",
        "Customer complaint",
        per_unit=True,
        unit=_TIMES,
        source=_l(
            "种子文件 004：顾客投诉扣分（分值为常用做法，由公司确定）",
            "種子檔案 004：顧客投訴扣分（分值為常用做法，由公司確定）",
            "Seed 004: a customer complaint costs points (how many: common practice)",
        ),
    ),
    _t(
        "compliance_enablement",
        1,
        "合规赋能分",
        "合規賦能分",
        "Compliance enablement points",
        per_unit=True,
        unit=_TIMES,
        source=_l(
            "种子文件 002：对主动参与合规培训、提出合规优化建议的行为给予加分（分值为常用做法）",
            "種子檔案 002：對主動參與合規培訓、提出合規優化建議的行為給予加分（分值為常用做法）",
            "Seed 002: points for joining compliance training or proposing compliance "
            "improvements (how many: common practice)",
        ),
    ),
    _t(
        "fine_money",
        0,
        "罚款（元）",
        "罰款（元）",
        "Fine (yuan)",
        money=True,
        source=_l(
            "种子文件 004：管理标准、规章制度中规定罚款数额的，按规定执行",
            "種子檔案 004：管理標準、規章制度中規定罰款數額的，按規定執行",
            "Seed 004: where the rules set a fine, the fine is applied as they set it",
        ),
    ),
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

    def overlaid(self, stored: Iterable[AdjustmentType]) -> Catalogue:
        """This catalogue with the officer's stored types: an edited type replaces the shipped
        one in its place; a type of her own comes after the shipped ones."""
        mine = {t.code: t for t in stored}
        merged = [mine.pop(t.code, t) for t in self._types.values()]
        return Catalogue([*merged, *mine.values()])

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
    # The type as the officer's catalogue held it when the event was read (a type of her own,
    # edited points); None: look the code up in the catalogue scored with.
    kind: AdjustmentType | None = None
    # Who approved it and the formal document that published it (seed 004: +10/+15 均需有
    # 正式文件公布); printed with the event's line on the form.
    approver: str = ""
    document_no: str = ""

    def to_dict(self) -> dict[str, Any]:
        data = {
            "code": self.code,
            "count": self.count,
            "points": self.points,
            "note": self.note,
            "date": self.date,
        }
        if self.kind is not None:
            data["kind"] = self.kind.to_dict()
        data.update(_paperwork(self.approver, self.document_no))
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AdjustmentEvent:
        kind = data.get("kind")
        return cls(
            code=str(data["code"]),
            count=data.get("count", 1),
            points=data.get("points"),
            note=str(data.get("note") or ""),
            date=data.get("date"),
            kind=None if kind is None else AdjustmentType.from_dict(kind),
            approver=str(data.get("approver") or ""),
            document_no=str(data.get("document_no") or ""),
        )


def _paperwork(approver: str, document_no: str) -> dict[str, str]:
    """The approval keys of a stored event or line, only when recorded (results stored before
    they were kept read the same)."""
    return {
        key: value for key, value in (("approver", approver), ("document_no", document_no)) if value
    }


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
    approver: str = ""
    document_no: str = ""

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
            **_paperwork(self.approver, self.document_no),
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
            approver=str(data.get("approver") or ""),
            document_no=str(data.get("document_no") or ""),
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
    point_overrides: Mapping[str, float] | None = None,
) -> AdjustmentOutcome:
    """Sum events into bonus and penalty totals, each optionally capped (caps are magnitudes).

    *point_overrides* are a template's own points per code; they also apply to a type the event
    carries from the officer's catalogue. Money fines are left out (see ``fine_yuan``)."""
    lines: list[AdjustmentLine] = []
    flags: list[Problem] = []
    bonus = penalty = 0.0
    vetoed = False
    veto_notes: list[str] = []
    for ev in events:
        kind = _kind_of(ev, catalogue, point_overrides)
        if kind is not None and kind.money:
            continue  # a fine is money, never points (seed 004: 罚款 按规定执行)
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
                approver=ev.approver,
                document_no=ev.document_no,
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


def _kind_of(
    ev: AdjustmentEvent, catalogue: Catalogue, point_overrides: Mapping[str, float] | None
) -> AdjustmentType | None:
    kind = ev.kind if ev.kind is not None else catalogue.get(ev.code)
    if kind is not None and point_overrides and ev.code in point_overrides:
        kind = replace(kind, points=float(point_overrides[ev.code]))
    return kind


def fine_yuan(kind: AdjustmentType | None, amount: float | None, count: float) -> float | None:
    """The money an event fines, in 元 (amount each × count), or None when its kind is not a
    fine: a fine is kept apart from the points."""
    if kind is None or not kind.money:
        return None
    return (amount or 0.0) * count


# ---- the officer's rules for recording an event and editing a type -----------------------


def paperwork_problem(
    kind: AdjustmentType, approver: str, document_no: str, amount: float | None
) -> Problem | None:
    """What an event of *kind* still lacks before it may be recorded, or None.

    Seed 004: "表扬加10分，由部门领导报公司分管副总经理确定；加15分报公司总经理办公会研究决定。
    所有公司级表扬，均需有正式文件公布" — so +10 and +15 name who approved them and the
    document that published them. A fine states its amount in 元 (按规定执行)."""
    if kind.money and (amount is None or amount <= 0):
        return Problem("event.amount_required", {"name": dict(kind.name)})
    if kind.needs_approval and not approver.strip():
        return Problem(
            "event.approver_required", {"name": dict(kind.name), "role": dict(kind.approver)}
        )
    if kind.document_required and not document_no.strip():
        return Problem("event.document_required", {"name": dict(kind.name)})
    return None


def type_problems(kind: AdjustmentType, catalogue: Catalogue, lang: str) -> list[Problem]:
    """Why a type as the officer edited it cannot be saved (empty: it can)."""
    out: list[Problem] = []
    name = kind.label(lang).strip()
    if not name or name == kind.code:
        out.append(Problem("adjustment.name_required", {}))
    elif any(t.code != kind.code and t.label(lang).strip() == name for t in catalogue):
        out.append(Problem("adjustment.name_taken", {"name": name}))
    fixed = not (kind.money or kind.points_per_event or kind.veto)
    if fixed and not -1000 <= kind.points <= 1000:
        out.append(Problem("adjustment.points_range", {"value": kind.points}))
    if kind.per_unit and not kind.unit_label(lang).strip():
        out.append(Problem("adjustment.unit_required", {}))
    return out


def new_code(catalogue: Catalogue) -> str:
    """A code for a type of the officer's own, unused in *catalogue*."""
    n = 1
    while f"custom_{n}" in catalogue:
        n += 1
    return f"custom_{n}"
