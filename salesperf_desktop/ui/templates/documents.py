"""A template document's own texts and a new one, without the editor's widgets (the Templates
tab lists rules with these at start; the editor loads when first opened)."""

from __future__ import annotations

import copy

from salesperf_desktop.domain.grades import DEFAULT_GRADES
from salesperf_desktop.domain.rules import parse_rule
from salesperf_desktop.domain.template import DEFAULT_RATER_WEIGHTS, SCHEMA


def blank_template(code: str = "") -> dict:
    return {
        "schema": SCHEMA,
        "code": code,
        "name": {},
        "role": "sales_rep",
        "product_line": "any",
        "cycle": "monthly",
        "sheet_total": 100,
        "rater_weights": dict(DEFAULT_RATER_WEIGHTS),
        "team_share": 0.0,
        "team_basis": "team_goal",  # seed 002: the share follows the team goal
        "adjustment_caps": {"bonus": None, "penalty": None},
        "grades": copy.deepcopy(DEFAULT_GRADES),
        "items": [],
    }


def rule_text(item: dict, lang: str) -> str:
    try:
        return parse_rule(item["rule"]).describe(lang, item.get("measure"))
    except (ValueError, KeyError):
        return ""
