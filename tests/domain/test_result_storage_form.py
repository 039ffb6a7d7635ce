"""A stored result splits into the part shared by everyone on the same template version and
language and the person's own part; joined back it is the dict ``to_dict`` wrote, exactly."""

from __future__ import annotations

import json

from salesperf_desktop.domain.results import (
    AppraisalResult,
    join_result,
    shared_items,
    split_result,
)


def _result(points: float, label: str = "销售额达成率") -> dict:
    item = {
        "indicator": "sales",
        "name": {"zh_CN": "销售额", "en": "Sales"},
        "label": label,
        "dimension": "performance",
        "dimension_label": "业绩",
        "weight": 40.0,
        "measure": "achievement",
        "target": 100.0,
        "actual": 93.5,
        "base": None,
        "value": 0.935,
        "rule": {"kind": "piecewise", "points": [[0.6, 0.6], [1.0, 1.0], [1.5, 1.5]], "below": 0.0},
        "rule_text": "达成率 60% 起按比例计分，120% 封顶",
        "fraction": 0.935,
        "points": points,
        "max_points": 48.0,
        "scored": True,
        "vetoed": False,
        "raters": [],
        "flags": [],
    }
    return {"schema": 1, "lang": "zh_CN", "items": [item], "total": points, "grade": "B"}


def test_split_and_join_give_back_the_same_json_key_for_key():
    stored = _result(37.4)
    shared, own = split_result(stored)
    assert json.dumps(join_result(own, shared)) == json.dumps(stored)
    assert "rule_text" not in own["items"][0] and own["items"][0]["points"] == 37.4


def test_two_people_on_the_same_template_share_one_part_and_differ_in_their_own():
    shared_a, own_a = split_result(_result(37.4))
    shared_b, own_b = split_result(_result(12.0))
    assert shared_a == shared_b and own_a != own_b
    assert split_result(_result(12.0, label="Sales"))[0] != shared_a  # another language


def test_a_result_without_items_to_share_is_kept_whole():
    odd = {"schema": 1, "items": [{"indicator": "x"}], "total": 1.0}
    shared, own = split_result(odd)
    assert shared is None and join_result(own, shared) == odd


def test_shared_items_build_the_same_result_as_the_whole_json():
    stored = _result(37.4)
    stored |= _tail()
    shared, own = split_result(stored)
    assert AppraisalResult.from_dict(own, shared_items(shared)) == AppraisalResult.from_dict(stored)


def _tail() -> dict:
    return {
        "template": {"code": "rep", "name": {"zh_CN": "代表"}, "sheet_total": 100.0},
        "dimensions": [{"dimension": "performance", "weight": 40.0, "points": 37.4}],
        "items_points": 37.4,
        "team": {"share": 0.0, "team_score": None, "team_part": 0.0},
        "adjustments": {
            "lines": [],
            "bonus_raw": 0.0,
            "penalty_raw": 0.0,
            "bonus": 0.0,
            "penalty": 0.0,
            "flags": [],
        },
        "veto": {"vetoed": False, "reasons": []},
        "coefficient": 0.8,
        "complete": True,
    }
