"""The bonus sheet (奖金核算表): from a published grade coefficient to the money finance pays.

No seed sets the amounts: the base bonus per role or person, the commission and points rules
are the company's (常用做法), entered by the officer. Seed 002 states the annual compliance
bonus ("若全年无重大违规，全员额外获得相当于1个月工资的奖励") and the team pool (团队绩效池);
seed 004 the fines in 元 (罚款 按规定执行), which are money, never points.

Every amount is kept in 分 (integer cents) so the columns add up exactly.

Worked example: base 2,000 元/月, grade A with coefficient 1.2 → 绩效奖金 2,400 元; a commission
of 1 % on 150,000 元 of sales → 1,500 元; +3 points at 50 元 a point → 150 元; a fine of 200 元;
a team pool share of 1,000 元 → 应发合计 = 2,400 + 1,500 + 150 − 200 + 1,000 = 4,850 元.

Choices where no seed speaks (常用做法, stated on the settings page):
- the base bonus is set per month; a quarterly sheet pays 3 months' worth; a year's sheet
  carries only the compliance bonus and the year's team pools (the monthly or quarterly sheets
  paid the rest), unless the officer says the year's sheet pays everything (12 months);
- a team pool is split among the team's appraised members in proportion to their total score,
  each share rounded down to the pool's unit (whole 元 or 分), the remainder to the highest
  score (ties: the lower employee number); a vetoed member gets no share;
- the compliance bonus (one month's pay) is paid on the year's sheet to each person with no
  compliance veto in the year; with no monthly pay recorded, one month's base bonus is used.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from .messages import Problem

POOL_UNITS = {"yuan": 100, "fen": 1}


def cents(yuan: float | Decimal) -> int:
    """元 → 分, rounded half up (2,400.005 → 240,001)."""
    return int((Decimal(str(yuan)) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def times(amount_cents: int, factor: float) -> int:
    """*amount_cents* × *factor*, rounded half up to the 分."""
    exact = Decimal(amount_cents) * Decimal(str(factor))
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class BonusSettings:
    """What the officer sets. Amounts in 元; the base bonus and the pay are per month."""

    base_by_role: Mapping[str, float] = field(default_factory=dict)
    base_by_person: Mapping[str, float] = field(default_factory=dict)  # employee no → 元
    pay_by_role: Mapping[str, float] = field(default_factory=dict)  # monthly pay (月工资)
    pay_by_person: Mapping[str, float] = field(default_factory=dict)
    commission_indicator: str = ""  # "" → no commission
    commission_rate: float = 0.0  # a fraction: 0.01 = 1 % of the indicator's actual
    yuan_per_point: float = 0.0  # 0 → bonus/penalty points pay nothing
    pool_unit: str = "yuan"  # team pool shares in whole 元 ("yuan") or 分 ("fen")
    # A year's sheet pays the base bonus × 12, commission, points and fines too (a company that
    # pays its bonus once a year); off: the monthly/quarterly sheets paid them, the year's sheet
    # carries only the compliance bonus and its team pools (nothing is paid twice).
    year_pays_all: bool = False

    def base_for(self, employee_no: str, role: str) -> float:
        if employee_no in self.base_by_person:
            return self.base_by_person[employee_no]
        return self.base_by_role.get(role, 0.0)

    def pay_for(self, employee_no: str, role: str) -> float | None:
        """The monthly pay recorded for the person (or their role); None when none is."""
        if employee_no in self.pay_by_person:
            return self.pay_by_person[employee_no]
        return self.pay_by_role.get(role)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("base_by_role", "base_by_person", "pay_by_role", "pay_by_person"):
            data[key] = {str(k): float(v) for k, v in getattr(self, key).items()}
        data["commission_rate"] = float(self.commission_rate)
        data["yuan_per_point"] = float(self.yuan_per_point)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BonusSettings:
        def amounts(key: str) -> dict[str, float]:
            return {str(k): float(v) for k, v in (data.get(key) or {}).items()}

        return cls(
            base_by_role=amounts("base_by_role"),
            base_by_person=amounts("base_by_person"),
            pay_by_role=amounts("pay_by_role"),
            pay_by_person=amounts("pay_by_person"),
            commission_indicator=str(data.get("commission_indicator") or ""),
            commission_rate=float(data.get("commission_rate") or 0.0),
            yuan_per_point=float(data.get("yuan_per_point") or 0.0),
            pool_unit=str(data.get("pool_unit") or "yuan"),
            year_pays_all=bool(data.get("year_pays_all", False)),
        )


def settings_problems(settings: BonusSettings) -> list[Problem]:
    """Why the settings cannot be saved (empty when they can)."""
    problems = []
    for key in ("base_by_role", "base_by_person", "pay_by_role", "pay_by_person"):
        for who, value in getattr(settings, key).items():
            if not value >= 0:  # also refuses NaN
                problems.append(Problem("bonus.amount_negative", {"who": who}, path=key))
    if not 0 <= settings.commission_rate <= 1:
        problems.append(Problem("bonus.rate_range", {}, path="commission_rate"))
    if settings.commission_rate > 0 and not settings.commission_indicator:
        problems.append(Problem("bonus.indicator_needed", {}, path="commission_indicator"))
    if not settings.yuan_per_point >= 0:
        problems.append(Problem("bonus.amount_negative", {"who": "+/-"}, path="yuan_per_point"))
    if settings.pool_unit not in POOL_UNITS:
        problems.append(Problem("bonus.pool_unit", {}, path="pool_unit"))
    return problems


@dataclass(frozen=True)
class BonusInput:
    """One appraised person as the sheet needs them (from the published result)."""

    staff_id: int
    employee_no: str
    name: str
    team_id: int | None
    team: str
    role: str
    grade: str
    coefficient: float
    total: float  # the total score
    vetoed: bool
    points: float  # bonus + penalty points after the caps (net)
    sales_actual: float | None  # the commission indicator's actual (None: not on the sheet)
    fines: float = 0.0  # the period's money fines, 元


@dataclass(frozen=True)
class BonusLine:
    """One row of the 奖金核算表; amounts in 分. ``compliance_note`` is a catalogue code saying
    why someone gets no compliance bonus ("" when they get it or the sheet has none)."""

    staff_id: int
    employee_no: str
    name: str
    team: str
    role: str
    grade: str
    coefficient: float
    total_score: float
    vetoed: bool
    base: int
    performance: int
    commission: int
    points: int
    fines: int
    pool: int
    compliance: int
    compliance_note: str = ""
    compliance_params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def payable(self) -> int:
        """应发合计 = 绩效奖金 + 提成 + 加减分奖罚 − 罚款 + 团队奖金池分配 + 合规奖金."""
        return (
            self.performance
            + self.commission
            + self.points
            - self.fines
            + self.pool
            + self.compliance
        )

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["compliance_params"] = dict(self.compliance_params)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BonusLine:
        return cls(**{**data, "compliance_params": dict(data.get("compliance_params") or {})})


AMOUNT_FIELDS = ("base", "performance", "commission", "points", "fines", "pool", "compliance")


def split_pool(
    pool_cents: int, scores: Sequence[tuple[str, float]], unit: str = "yuan"
) -> dict[str, int]:
    """A team pool split by score: each (key, score) gets pool × score ÷ Σscores, rounded down
    to the unit (100 分 = whole 元, or 1 分); what is left goes to the highest score (ties: the
    first key in order). People with no positive score get nothing; with nobody scoring,
    nothing is split (the caller says so)."""
    step = POOL_UNITS[unit]
    eligible = sorted((k, s) for k, s in scores if s > 0)
    if pool_cents <= 0 or not eligible:
        return {}
    weights = {k: Decimal(str(s)) for k, s in eligible}
    whole = Decimal(sum(weights.values()))
    shares = {k: int(Decimal(pool_cents) * w / whole) // step * step for k, w in weights.items()}
    top = min(eligible, key=lambda ks: (-ks[1], ks[0]))[0]
    shares[top] += pool_cents - sum(shares.values())
    return shares


def bonus_lines(
    people: Iterable[BonusInput],
    settings: BonusSettings,
    *,
    months: int,
    pools: Mapping[int, float] | None = None,
    compliance_vetoes: Mapping[int, Sequence[str]] | None = None,
    annual_only: bool = False,
) -> list[BonusLine]:
    """The sheet's rows, by employee number.

    *months*: how many months the period covers (the base bonus is per month).
    *pools*: team id → pool in 元 for the period (split by score among the team's members).
    *compliance_vetoes*: on a year's sheet, staff id → the months (labels) with a compliance
    veto in the year; None on any other sheet (no compliance bonus column amounts).
    *annual_only*: a year's sheet that pays only the compliance bonus and the pools (the
    period's sheets paid the rest): no base, commission, points or fines.
    """
    people = sorted(people, key=lambda p: p.employee_no)
    shares: dict[str, int] = {}
    for team_id, yuan in (pools or {}).items():
        members = [
            (p.employee_no, p.total) for p in people if p.team_id == team_id and not p.vetoed
        ]
        shares.update(split_pool(cents(yuan), members, settings.pool_unit))
    lines = []
    for p in people:
        p = replace(p, points=0.0, sales_actual=None, fines=0.0) if annual_only else p
        base = 0 if annual_only else cents(settings.base_for(p.employee_no, p.role)) * months
        coefficient = 0.0 if p.vetoed else p.coefficient  # the veto: coefficient 0, as the policy
        commission = 0
        if settings.commission_indicator and settings.commission_rate and p.sales_actual:
            commission = cents(
                Decimal(str(p.sales_actual)) * Decimal(str(settings.commission_rate))
            )
        points = cents(Decimal(str(p.points)) * Decimal(str(settings.yuan_per_point)))
        compliance, note, params = 0, "", {}
        if compliance_vetoes is not None:
            vetoed_in = list(compliance_vetoes.get(p.staff_id, ()))
            if vetoed_in:
                note, params = "bonus.compliance_excluded", {"months": "、".join(vetoed_in)}
            else:
                pay = settings.pay_for(p.employee_no, p.role)
                if pay is None:
                    pay = settings.base_for(p.employee_no, p.role)
                    note = "bonus.compliance_from_base"
                compliance = cents(pay)
        lines.append(
            BonusLine(
                staff_id=p.staff_id,
                employee_no=p.employee_no,
                name=p.name,
                team=p.team,
                role=p.role,
                grade=p.grade,
                coefficient=coefficient,
                total_score=p.total,
                vetoed=p.vetoed,
                base=base,
                performance=times(base, coefficient),
                commission=commission,
                points=points,
                fines=cents(p.fines),
                pool=shares.get(p.employee_no, 0),
                compliance=compliance,
                compliance_note=note,
                compliance_params=params,
            )
        )
    return lines


def totals(lines: Sequence[BonusLine]) -> dict[str, int]:
    """The totals row: every amount column and 应发合计, in 分."""
    out = {key: sum(getattr(line, key) for line in lines) for key in AMOUNT_FIELDS}
    out["payable"] = sum(line.payable for line in lines)
    return out


__all__ = [
    "AMOUNT_FIELDS",
    "POOL_UNITS",
    "BonusInput",
    "BonusLine",
    "BonusSettings",
    "bonus_lines",
    "cents",
    "settings_problems",
    "split_pool",
    "times",
]
