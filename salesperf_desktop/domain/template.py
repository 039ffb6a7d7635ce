"""Appraisal templates: parsing, validation and serialisation of the documented JSON format.

See docs/design/template-format.md. A parsed `Template` holds pre-parsed rules so scoring a
whole cohort parses each rule once.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from .adjustments import DEFAULT_CATALOGUE, Catalogue
from .dimension_ranges import check_dimension_ranges
from .grades import DEFAULT_GRADES, GradeScale, check_grades
from .i18n import pick
from .messages import Problem
from .policy import Policy
from .rules import Rule, check_rule, parse_rule
from .team_goal import TEAM_BASES
from .vocab import CYCLES, DIMENSIONS, GROWTH_BASES, MEASURES, RATERS

SCHEMA = 1
#: A single weight outside this share of the sheet total draws a warning (seed 004: 5–30 %).
WEIGHT_SHARE_RANGE = (0.05, 0.30)
DEFAULT_RATER_WEIGHTS: dict[str, float] = {"supervisor": 70.0, "self": 10.0, "peer": 20.0}

_ITEM_KEYS = {
    "indicator",
    "dimension",
    "weight",
    "measure",
    "rule",
    "name",
    "rater_weights",
    "growth_base",
}
_TEMPLATE_KEYS = {
    "schema",
    "code",
    "name",
    "role",
    "product_line",
    "cycle",
    "sheet_total",
    "rater_weights",
    "team_share",
    "team_basis",
    "team_goal_cap",
    "adjustment_caps",
    "adjustment_points",
    "grades",
    "items",
}


@dataclass(frozen=True, slots=True)
class ValidationReport:
    problems: tuple[Problem, ...] = ()

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "warning")

    @property
    def ok(self) -> bool:
        return not self.errors

    def messages(self, lang: str = "zh_CN") -> list[str]:
        return [p.message(lang) for p in self.problems]

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        return {"ok": self.ok, "problems": [p.to_dict(lang) for p in self.problems]}


class TemplateError(ValueError):
    """Raised by `parse_template` for a template with errors; `.report` lists them all."""

    def __init__(self, report: ValidationReport):
        self.report = report
        super().__init__("; ".join(p.message("en") for p in report.errors))


@dataclass(frozen=True, slots=True)
class TemplateItem:
    indicator: str
    dimension: str
    weight: float
    measure: str
    rule: Rule
    name: Mapping[str, str] = field(default_factory=dict)
    rater_weights: Mapping[str, float] | None = None  # overrides the template's for this item
    growth_base: str | None = None  # "previous_year" | "previous_period" (which base to enter)
    extra: Mapping[str, Any] = field(default_factory=dict)  # unknown keys, kept for round trips

    def label(self, lang: str = "zh_CN") -> str:
        return pick(self.name, lang) or self.indicator

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.extra)
        data.update(
            indicator=self.indicator,
            dimension=self.dimension,
            weight=self.weight,
            measure=self.measure,
            rule=self.rule.to_dict(),
            name=dict(self.name),
        )
        if self.rater_weights is not None:
            data["rater_weights"] = dict(self.rater_weights)
        if self.growth_base is not None:
            data["growth_base"] = self.growth_base
        return data


@dataclass(frozen=True, slots=True)
class Template:
    code: str
    name: Mapping[str, str]
    items: tuple[TemplateItem, ...]
    sheet_total: float = 100.0
    role: str = "any"
    product_line: str = "any"
    cycle: str = "monthly"
    rater_weights: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_RATER_WEIGHTS))
    team_share: float = 0.0
    #: what drives the team share: the team goal (seed 002) or the colleagues' mean (older files)
    team_basis: str = "colleagues"
    #: the team goal's attainment cap; None = like the sheet's achievement items (常用做法)
    team_goal_cap: float | None = None
    bonus_cap: float | None = None
    penalty_cap: float | None = None
    adjustment_points: Mapping[str, float] = field(default_factory=dict)
    grades: GradeScale = field(default_factory=lambda: GradeScale.from_dict(DEFAULT_GRADES))
    extra: Mapping[str, Any] = field(default_factory=dict)
    #: What other modules work out once from the template and keep with it (the scoring
    #: plan). Not part of its value: not compared, printed or written out.
    derived: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    # Pickled without ``derived``: the plan holds closures, and is cheap to work out again where
    # the template arrives (a month's sheet crosses from the reader process with a few templates).
    def __getstate__(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in _VALUE_FIELDS)

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for name, value in zip(_VALUE_FIELDS, state, strict=True):
            object.__setattr__(self, name, value)
        object.__setattr__(self, "derived", {})

    def label(self, lang: str = "zh_CN") -> str:
        return pick(self.name, lang) or self.code

    def item(self, indicator: str) -> TemplateItem | None:
        for it in self.items:
            if it.indicator == indicator:
                return it
        return None

    def catalogue(self, base: Catalogue = DEFAULT_CATALOGUE) -> Catalogue:
        """The adjustment catalogue with this template's edited points applied."""
        return base.with_points(self.adjustment_points) if self.adjustment_points else base

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.extra)
        data.update(
            schema=SCHEMA,
            code=self.code,
            name=dict(self.name),
            role=self.role,
            product_line=self.product_line,
            cycle=self.cycle,
            sheet_total=self.sheet_total,
            rater_weights=dict(self.rater_weights),
            team_share=self.team_share,
            adjustment_caps={"bonus": self.bonus_cap, "penalty": self.penalty_cap},
            grades=self.grades.to_dict(),
            items=[it.to_dict() for it in self.items],
        )
        if self.adjustment_points:
            data["adjustment_points"] = dict(self.adjustment_points)
        if self.team_basis != "colleagues":
            data["team_basis"] = self.team_basis
        if self.team_goal_cap is not None:
            data["team_goal_cap"] = self.team_goal_cap
        return data


# the fields a template's value is made of (what is pickled: ``Template.__getstate__``)
_VALUE_FIELDS = tuple(f.name for f in fields(Template) if f.name != "derived")


# ---- validation ------------------------------------------------------------------------------


def _is_num(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)


def check_names(value: Any, path: str, out: list[Problem]) -> None:
    """A name or text per language, {"zh_CN": "…", "en": "…"}: an object of texts (or null)."""
    if value is None:
        return
    if not isinstance(value, Mapping) or not all(isinstance(v, str) for v in value.values()):
        out.append(Problem("template.names_expected", {"field": path}, path=path))


def _check_text(data: Mapping[str, Any], key: str, path: str, out: list[Problem]) -> bool:
    """False (and a problem) when *key* is present but not a text."""
    if key in data and not isinstance(data[key], str):
        out.append(Problem("template.text_expected", {"field": path}, path=path))
        return False
    return True


def _check_rater_weights(data: Any, path: str, out: list[Problem]) -> None:
    if not isinstance(data, Mapping):
        out.append(Problem("not_an_object", {"field": path}, path=path))
        return
    total = 0.0
    for rater, w in data.items():
        if rater not in RATERS:
            out.append(Problem("rater_unknown", {"rater": rater}, path=path))
        if not _is_num(w) or w < 0:
            out.append(Problem("rater_weight_invalid", {"rater": rater, "value": w}, path=path))
        else:
            total += w
    if total <= 0 and not any(p.code == "rater_weight_invalid" for p in out):
        out.append(Problem("rater_weights_zero", {}, path=path))
    elif total > 0 and abs(total - 100) > 1e-6:
        out.append(Problem("rater_weights_sum", {"total": total}, severity="warning", path=path))


def _check_header(data: Mapping[str, Any], out: list[Problem]) -> Any:
    """Check the sheet-wide fields; returns the usable sheet total (None when invalid)."""
    schema = data.get("schema", SCHEMA)
    if schema != SCHEMA:
        out.append(Problem("schema_unsupported", {"schema": schema}, path="schema"))
    if not isinstance(data.get("code"), str) or not data.get("code"):
        out.append(Problem("field_missing", {"field": "code"}, path="code"))
    check_names(data.get("name"), "name", out)
    _check_text(data, "role", "role", out)
    _check_text(data, "product_line", "product_line", out)
    sheet_total = data.get("sheet_total", 100)
    if not _is_num(sheet_total) or sheet_total <= 0:
        out.append(Problem("sheet_total_invalid", {"value": sheet_total}, path="sheet_total"))
        sheet_total = None
    cycle = data.get("cycle", "monthly")
    if cycle not in CYCLES:
        out.append(Problem("cycle_unknown", {"value": cycle}, path="cycle"))
    if "rater_weights" in data:
        _check_rater_weights(data["rater_weights"], "rater_weights", out)
    team_share = data.get("team_share", 0.0)
    if not _is_num(team_share) or not 0 <= team_share < 1:
        out.append(Problem("team_share_range", {"value": team_share}, path="team_share"))
    basis = data.get("team_basis", "colleagues")
    if basis not in TEAM_BASES:
        out.append(Problem("team_basis_unknown", {"value": basis}, path="team_basis"))
    cap = data.get("team_goal_cap")
    if cap is not None and (not _is_num(cap) or cap <= 0):
        out.append(Problem("team_goal_cap_range", {"value": cap}, path="team_goal_cap"))
    return sheet_total


def _check_adjustment_caps(data: Mapping[str, Any], out: list[Problem]) -> None:
    """The bonus and penalty caps, when given, must be non-negative numbers."""
    caps = data.get("adjustment_caps") or {}
    if not isinstance(caps, Mapping):
        out.append(Problem("not_an_object", {"field": "adjustment_caps"}, path="adjustment_caps"))
        return
    for which in ("bonus", "penalty"):
        v = caps.get(which)
        if v is not None and (not _is_num(v) or v < 0):
            out.append(
                Problem(
                    "cap_invalid", {"which": which, "value": v}, path=f"adjustment_caps.{which}"
                )
            )


def _check_adjustment_points(data: Mapping[str, Any], out: list[Problem]) -> None:
    """Per-event point overrides must be numbers; codes outside the catalogue are warned about."""
    points = data.get("adjustment_points") or {}
    if not isinstance(points, Mapping):
        out.append(
            Problem("not_an_object", {"field": "adjustment_points"}, path="adjustment_points")
        )
        return
    for code, v in points.items():
        if code not in DEFAULT_CATALOGUE:
            out.append(
                Problem(
                    "adjustment_unknown",
                    {"code": code},
                    severity="warning",
                    path="adjustment_points",
                )
            )
        if not _is_num(v):
            out.append(
                Problem(
                    "field_type",
                    {"field": f"adjustment_points.{code}", "expected": "number"},
                    path="adjustment_points",
                )
            )


def _check_item_code(
    item: Mapping[str, Any], i: int, path: str, seen: set[str], out: list[Problem]
) -> str:
    """The item's indicator code (or "#n" when missing), recorded in *seen* to catch duplicates."""
    code = item.get("indicator")
    if not isinstance(code, str) or not code:
        out.append(Problem("field_missing", {"field": "indicator"}, path=path))
        code = f"#{i + 1}"
    elif code in seen:
        out.append(Problem("indicator_duplicate", {"indicator": code}, path=path))
    seen.add(code)
    return code


def _check_item_vocab(item: Mapping[str, Any], code: str, path: str, out: list[Problem]) -> None:
    """The item's dimension, measure and growth base must come from the known vocabularies."""
    texts = [
        _check_text(item, key, f"{path}.{key}", out)
        for key in ("dimension", "measure", "growth_base")
    ]
    if not all(texts):
        return
    dimension = item.get("dimension")
    if dimension not in DIMENSIONS:
        # a company may add its own dimension; accept it but point it out
        out.append(
            Problem(
                "dimension_unknown",
                {"indicator": code, "dimension": dimension},
                severity="warning",
                path=f"{path}.dimension",
            )
        )
    measure = item.get("measure")
    if measure not in MEASURES:
        out.append(
            Problem(
                "measure_unknown", {"indicator": code, "measure": measure}, path=f"{path}.measure"
            )
        )
    gb = item.get("growth_base")
    if gb is not None and gb not in GROWTH_BASES:
        out.append(
            Problem(
                "growth_base_invalid", {"indicator": code, "value": gb}, path=f"{path}.growth_base"
            )
        )


def _check_item_rule(item: Mapping[str, Any], code: str, path: str, out: list[Problem]) -> None:
    """The item's rule must be valid, and a veto rule needs a pass/fail measure."""
    rule = item.get("rule")
    if rule is None:
        out.append(Problem("field_missing", {"field": "rule"}, path=f"{path}.rule"))
        return
    for p in check_rule(rule):
        out.append(Problem(p.code, {**p.params, "indicator": code}, p.severity, f"{path}.rule"))
    if (
        isinstance(rule, Mapping)
        and rule.get("kind") == "veto"
        and item.get("measure") != "pass_fail"
    ):
        out.append(Problem("veto_needs_pass_fail", {"indicator": code}, path=f"{path}.rule"))


def _check_item_weight(
    item: Mapping[str, Any], code: str, path: str, sheet_total: Any, out: list[Problem]
) -> float | None:
    """The item's weight (None when invalid), warned about when its share of the sheet is odd."""
    weight = item.get("weight")
    if not _is_num(weight) or weight < 0:
        out.append(
            Problem("weight_invalid", {"indicator": code, "value": weight}, path=f"{path}.weight")
        )
        return None
    rule = item.get("rule")
    is_veto_item = isinstance(rule, Mapping) and rule.get("kind") == "veto" and weight == 0
    if sheet_total and not is_veto_item:
        share = weight / sheet_total
        low, high = WEIGHT_SHARE_RANGE
        if share < low - 1e-9 or share > high + 1e-9:
            out.append(
                Problem(
                    "weight_out_of_range",
                    {"indicator": code, "weight": weight, "share": share, "low": low, "high": high},
                    severity="warning",
                    path=f"{path}.weight",
                )
            )
    return weight


def _check_item(
    item: Any, i: int, seen: set[str], sheet_total: Any, out: list[Problem]
) -> float | None:
    """Every problem with the i-th item; returns its weight, None when it has no valid weight."""
    path = f"items[{i}]"
    if not isinstance(item, Mapping):
        out.append(Problem("not_an_object", {"field": path}, path=path))
        return None
    first = len(out)
    code = _check_item_code(item, i, path, seen, out)
    _check_item_vocab(item, code, path, out)
    check_names(item.get("name"), f"{path}.name", out)
    if "rater_weights" in item and item["rater_weights"] is not None:
        _check_rater_weights(item["rater_weights"], f"{path}.rater_weights", out)
    _check_item_rule(item, code, path, out)
    weight = _check_item_weight(item, code, path, sheet_total, out)
    _name_the_indicator(out, first, item.get("name"))
    return weight


def _name_the_indicator(out: list[Problem], first: int, names: Any) -> None:
    """The item's problems (from *first* on) say the indicator's name, not its code:
    "产品知识测试成绩", not "product_knowledge_test" (``render`` picks the reader's language)."""
    if not isinstance(names, Mapping) or not any(isinstance(v, str) and v for v in names.values()):
        return
    for n in range(first, len(out)):
        p = out[n]
        if "indicator" in p.params:
            params = {**p.params, "indicator_names": dict(names)}
            out[n] = Problem(p.code, params, p.severity, p.path)


def _check_items(items: list[Any], sheet_total: Any, out: list[Problem]) -> None:
    """Check each item, then that the weights add up to the sheet total."""
    seen: set[str] = set()
    total = 0.0
    weights_ok = True
    for i, item in enumerate(items):
        weight = _check_item(item, i, seen, sheet_total, out)
        if weight is None:
            weights_ok = False
        else:
            total += weight
    if weights_ok and sheet_total and abs(total - sheet_total) > 1e-6 * max(1.0, sheet_total):
        out.append(
            Problem("weights_sum", {"total": total, "sheet_total": sheet_total}, path="items")
        )


def validate_template(data: Any) -> ValidationReport:
    """Every problem with a template dict: errors block use, warnings are advice."""
    out: list[Problem] = []
    if not isinstance(data, Mapping):
        return ValidationReport((Problem("not_an_object", {"field": "template"}),))
    sheet_total = _check_header(data, out)
    _check_adjustment_caps(data, out)
    _check_adjustment_points(data, out)
    if "grades" in data:
        out.extend(check_grades(data["grades"]))
    items = data.get("items")
    if not isinstance(items, list) or not items:
        out.append(Problem("items_empty", {}, path="items"))
    else:
        _check_items(items, sheet_total, out)
        # seed 003's dimension ranges, for a template following its five-dimension scheme
        out.extend(check_dimension_ranges(data))
    return ValidationReport(tuple(out))


def _floats(data: Mapping[str, Any]) -> dict[str, float]:
    return {str(k): float(v) for k, v in data.items()}


def _follows_policy(data: Mapping[str, Any], key: str, product_default: Any) -> bool:
    """A template without its own *key*, or with the product's old default there (which was
    never a company choice), follows the company policy."""
    return key not in data or not data[key] or data[key] == product_default


def _with_rating_mapping(rule: Mapping[str, Any], policy: Policy | None) -> Mapping[str, Any]:
    """A rating scale that does not say how ratings map to points takes the policy's mapping."""
    if policy is None or rule.get("kind") != "scale" or "zero_based" in rule:
        return rule
    return {**rule, "zero_based": policy.rating_zero_based}


def parse_template(data: Mapping[str, Any], policy: Policy | None = None) -> Template:
    """Validate and build a Template; raises TemplateError listing every error.

    With *policy* (the company's 考核制度, domain/policy.py) a template that follows it (no grade
    bands or rater weights of its own, or the product's old defaults) takes the policy's bands
    (scaled to its sheet total) and rater weights, and rating scales that do not say otherwise
    take its rating-to-points mapping.
    """
    report = validate_template(data)
    if not report.ok:
        raise TemplateError(report)
    sheet_total = float(data.get("sheet_total", 100))
    items = tuple(
        TemplateItem(
            indicator=it["indicator"],
            dimension=it["dimension"],
            weight=float(it["weight"]),
            measure=it["measure"],
            rule=parse_rule(_with_rating_mapping(it["rule"], policy)),
            name=dict(it.get("name") or {}),
            rater_weights=None if it.get("rater_weights") is None else _floats(it["rater_weights"]),
            growth_base=it.get("growth_base"),
            extra={k: v for k, v in it.items() if k not in _ITEM_KEYS},
        )
        for it in data["items"]
    )
    caps = data.get("adjustment_caps") or {}
    if policy is not None and _follows_policy(data, "grades", DEFAULT_GRADES):
        grades = policy.scale_for(sheet_total)
    elif "grades" in data:
        grades = GradeScale.from_dict(data["grades"])
    else:
        # the default S–D scale is on 100 points; a 120-point sheet scales it
        grades = GradeScale.from_dict(DEFAULT_GRADES).scaled(sheet_total / 100.0)
    return Template(
        code=data["code"],
        name=dict(data.get("name") or {}),
        items=items,
        sheet_total=sheet_total,
        role=str(data.get("role", "any")),
        product_line=str(data.get("product_line", "any")),
        cycle=str(data.get("cycle", "monthly")),
        rater_weights=_floats(
            policy.rater_weights
            if policy is not None and _follows_policy(data, "rater_weights", DEFAULT_RATER_WEIGHTS)
            else data.get("rater_weights") or DEFAULT_RATER_WEIGHTS
        ),
        team_share=float(data.get("team_share", 0.0)),
        team_basis=str(data.get("team_basis", "colleagues")),
        team_goal_cap=None if data.get("team_goal_cap") is None else float(data["team_goal_cap"]),
        bonus_cap=None if caps.get("bonus") is None else float(caps["bonus"]),
        penalty_cap=None if caps.get("penalty") is None else float(caps["penalty"]),
        adjustment_points=_floats(data.get("adjustment_points") or {}),
        grades=grades,
        extra={k: v for k, v in data.items() if k not in _TEMPLATE_KEYS},
    )
