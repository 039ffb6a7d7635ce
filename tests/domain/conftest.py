"""Templates from the seeds, shared by the domain tests."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from salesperf_desktop.domain.template import Template, parse_template


def _name(zh: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh, "zh_TW": zh, "en": en}


# Seed 004: the sales manager's 100-point sheet.
MANAGER_SHEET: dict[str, Any] = {
    "schema": 1,
    "code": "manager_seed004",
    "name": _name("销售经理考核表", "Sales manager sheet"),
    "role": "sales_manager",
    "cycle": "monthly",
    "sheet_total": 100,
    "rater_weights": {"supervisor": 70, "self": 10, "peer": 20},
    "items": [
        {
            "indicator": "sales_plan_completion",
            "dimension": "results",
            "weight": 40,
            "measure": "achievement",
            "rule": {
                "kind": "piecewise",
                "points": [[0.6, 0.6], [1.0, 1.0], [1.5, 1.5]],
                "below": 0,
            },
            "name": _name("销售计划完成率", "Sales plan completion"),
        },
        {
            "indicator": "reps_met_target",
            "dimension": "management",
            "weight": 20,
            "measure": "ratio",
            "rule": {
                "kind": "bands",
                "bands": [{"min": 0.9, "fraction": 1.0}, {"min": 0.7, "fraction": 0.5}],
            },
            "name": _name("营销人员达标率", "Share of reps who met target"),
        },
        {
            "indicator": "expense_usage",
            "dimension": "management",
            "weight": 20,
            "measure": "expense_usage",
            "rule": {"kind": "piecewise", "points": [[0.8, 1.0], [1.0, 0.8], [1.2, 0.0]]},
            "name": _name("销售费用使用率", "Sales expense usage"),
        },
        {
            "indicator": "info_system",
            "dimension": "management",
            "weight": 15,
            "measure": "rating",
            "rule": {"kind": "scale", "min": 1, "max": 5},
            "name": _name("信息系统管理", "Information-system management"),
        },
        {
            "indicator": "work_attitude",
            "dimension": "management",
            "weight": 5,
            "measure": "rating",
            "rule": {"kind": "scale", "min": 1, "max": 5},
            "name": _name("工作态度", "Work attitude"),
        },
    ],
}

REP_SHEET: dict[str, Any] = {
    "schema": 1,
    "code": "rep_mature",
    "name": _name("销售代表（成熟产品）", "Sales rep (mature products)"),
    "role": "sales_rep",
    "cycle": "monthly",
    "sheet_total": 100,
    "rater_weights": {"supervisor": 70, "self": 10, "peer": 20},
    "items": [
        {
            "indicator": "sales_achievement",
            "dimension": "results",
            "weight": 30,
            "measure": "achievement",
            "rule": {"kind": "linear", "floor": 0.6, "cap": 1.2},
            "name": _name("销售目标达成率", "Sales target achievement"),
        },
        {
            "indicator": "collection_rate",
            "dimension": "results",
            "weight": 15,
            "measure": "ratio",
            "rule": {"kind": "linear", "floor": 0.5, "cap": 1.0},
            "name": _name("回款率", "Collection rate"),
        },
        {
            "indicator": "sales_growth",
            "dimension": "results",
            "weight": 10,
            "measure": "growth",
            "growth_base": "previous_year",
            "rule": {"kind": "piecewise", "points": [[0.0, 0.5], [0.2, 1.0]], "below": 0},
            "name": _name("销售增长率", "Sales growth"),
        },
        {
            "indicator": "effective_visits",
            "dimension": "behaviour",
            "weight": 20,
            "measure": "count",
            "rule": {"kind": "linear", "floor": 0.5, "cap": 1.0},
            "name": _name("有效拜访完成率", "Visit-plan completion"),
        },
        {
            "indicator": "product_knowledge",
            "dimension": "skill_compliance",
            "weight": 15,
            "measure": "rating",
            "rule": {"kind": "scale", "min": 0, "max": 100},
            "name": _name("产品知识", "Product knowledge"),
        },
        {
            "indicator": "compliance",
            "dimension": "skill_compliance",
            "weight": 0,
            "measure": "pass_fail",
            "rule": {"kind": "veto"},
            "name": _name("合规", "Compliance"),
        },
        {
            "indicator": "teamwork",
            "dimension": "team_growth",
            "weight": 10,
            "measure": "rating",
            "rule": {"kind": "scale", "min": 1, "max": 5},
            "name": _name("团队协作", "Teamwork"),
        },
    ],
}


@pytest.fixture
def manager_dict() -> dict[str, Any]:
    return copy.deepcopy(MANAGER_SHEET)


@pytest.fixture
def rep_dict() -> dict[str, Any]:
    return copy.deepcopy(REP_SHEET)


@pytest.fixture
def manager_template() -> Template:
    return parse_template(MANAGER_SHEET)


@pytest.fixture
def rep_template() -> Template:
    return parse_template(REP_SHEET)
