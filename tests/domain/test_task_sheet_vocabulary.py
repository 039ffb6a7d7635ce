"""Seed 004's task sheet vocabulary: the five task types, the five poor-quality reasons and the
"points averaged" check (重点不突出，表现为每项任务的分值平均化)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from salesperf_desktop.domain.adjustments import DEFAULT_CATALOGUE
from salesperf_desktop.domain.task_sheet import (
    POOR_QUALITY_CODE,
    QUALITY_REASONS,
    TASK_TYPES,
    decode_reasons,
    encode_reasons,
    points_averaged,
    reasons_text,
)


def test_the_five_task_types_are_the_seeds_words():
    # seed 004: "具体含5类任务：年度列入公司大事分解为本岗位的岗位任务；公司上级领导下达的任务；
    # 日常工作和月初可预见的所有工作(本月目标)；本岗位应建立健全的文档或管理制度；…提出当月5~7个
    # 重点解决的问题。"
    assert [t.label("zh_CN") for t in TASK_TYPES] == [
        "年度列入公司大事分解为本岗位的岗位任务",
        "公司上级领导下达的任务",
        "日常工作和月初可预见的所有工作(本月目标)",
        "本岗位应建立健全的文档或管理制度",
        "提出当月5~7个重点解决的问题",
    ]
    assert all(t.label("zh_TW") and t.label("en") for t in TASK_TYPES)


def test_the_five_reasons_are_the_seeds_and_go_with_the_minus_ten_item():
    # seed 004 差错扣分 4: "工作任务书填报质量不好的，扣10分。包括：公司年度计划没有分解到本岗位；
    # 本岗位常规工作任务偏离岗位说明书规定；任务目标没有量化；任务措施不具体；重点不突出，表现为
    # 每项任务的分值平均化。"
    assert [r.label("zh_CN") for r in QUALITY_REASONS] == [
        "公司年度计划没有分解到本岗位",
        "本岗位常规工作任务偏离岗位说明书规定",
        "任务目标没有量化",
        "任务措施不具体",
        "重点不突出，表现为每项任务的分值平均化",
    ]
    assert DEFAULT_CATALOGUE.get(POOR_QUALITY_CODE).points == -10


def test_reasons_are_stored_in_the_seeds_order_each_once():
    stored = encode_reasons(["measures_vague", "plan_not_broken_down", "measures_vague", "x"])
    assert stored == "plan_not_broken_down,measures_vague"
    assert decode_reasons(stored) == ("plan_not_broken_down", "measures_vague")
    assert decode_reasons("") == () and decode_reasons(None) == ()
    assert reasons_text(decode_reasons(stored)) == "公司年度计划没有分解到本岗位；任务措施不具体"


def test_points_averaged_worked_examples():
    # 100 points over 5 tasks as 5 × 20: every task the same — 分值平均化
    assert points_averaged([20, 20, 20, 20, 20])
    # 6 and 7 tasks split as evenly as one decimal allows
    assert points_averaged([16.7, 16.7, 16.7, 16.7, 16.6, 16.6])
    assert points_averaged([14.3] * 6 + [14.2])
    # 按工作的重要程度划分分值: a focus — no warning
    assert not points_averaged([30, 25, 20, 15, 10])
    assert not points_averaged([21, 20, 20, 20, 19])
    # one task (or none) is compared with nothing
    assert not points_averaged([100]) and not points_averaged([])


@given(st.lists(st.floats(0.1, 100, allow_nan=False), min_size=2, max_size=7), st.randoms())
def test_points_averaged_does_not_depend_on_the_order(points, rnd):
    shuffled = list(points)
    rnd.shuffle(shuffled)
    assert points_averaged(points) == points_averaged(shuffled)


@given(st.integers(2, 7), st.floats(1, 50, allow_nan=False), st.floats(1, 50, allow_nan=False))
def test_a_task_a_point_or_more_apart_is_a_focus(n, each, extra):
    equal = [each] * n
    assert points_averaged(equal)
    assert not points_averaged([*equal[:-1], each + extra])
