"""The bonus/penalty catalogue the officer edits, with worked examples from the seeds."""

from __future__ import annotations

from dataclasses import replace

from salesperf_desktop.domain.adjustments import (
    DEFAULT_CATALOGUE,
    AdjustmentEvent,
    AdjustmentType,
    apply_adjustments,
    fine_yuan,
    new_code,
    paperwork_problem,
    type_problems,
)


def test_the_missing_seed_items_ship_each_quoting_its_clause():
    shirking = DEFAULT_CATALOGUE.get("shirking")
    # seed 004: 临时性工作任务主动积极承担加1分，无故推卸减1分
    assert (shirking.points, shirking.per_unit) == (-1, True)
    assert "无故推卸减1分" in shirking.source["zh_CN"]
    # seed 004: 顾客表扬加分，顾客投诉扣分 (how many is the company's: common practice)
    assert DEFAULT_CATALOGUE.get("customer_praise").points > 0
    assert DEFAULT_CATALOGUE.get("customer_complaint").points < 0
    assert "常用做法" in DEFAULT_CATALOGUE.get("customer_praise").source["zh_CN"]
    # seed 002: 合规赋能分 for joining compliance training or proposing improvements
    enabling = DEFAULT_CATALOGUE.get("compliance_enablement")
    assert enabling.label("zh_CN") == "合规赋能分" and enabling.points > 0
    assert "合规培训" in enabling.source["zh_CN"]
    # seed 004: 管理标准、规章制度中规定罚款数额的，按规定执行 — money, not points
    fine = DEFAULT_CATALOGUE.get("fine_money")
    assert fine.money and "罚款数额" in fine.source["zh_CN"]


def test_seed_004_praise_names_its_approver_and_needs_a_document():
    praise, commendation = (
        DEFAULT_CATALOGUE.get("praise_company"),
        DEFAULT_CATALOGUE.get("commendation_company"),
    )
    # 表扬加10分，由部门领导报公司分管副总经理确定；加15分报公司总经理办公会研究决定
    assert praise.approver_label("zh_CN") == "公司分管副总经理"
    assert commendation.approver_label("zh_CN") == "公司总经理办公会"
    # 所有公司级表扬，均需有正式文件公布
    assert praise.document_required and commendation.document_required
    assert not DEFAULT_CATALOGUE.get("late_or_early_leave").needs_approval


def test_shirking_twice_costs_two_points_and_a_fine_never_counts():
    events = [
        AdjustmentEvent("shirking", count=2),  # refused two temporary tasks: −1 each
        AdjustmentEvent("customer_praise"),  # +1
        AdjustmentEvent("fine_money", count=1, points=None),  # 200 元: money only
    ]
    outcome = apply_adjustments(events, DEFAULT_CATALOGUE)
    assert outcome.total == -1
    assert [line.code for line in outcome.lines] == ["shirking", "customer_praise"]
    fine = DEFAULT_CATALOGUE.get("fine_money")
    assert fine_yuan(fine, 200.0, 1) == 200  # 罚款 200 元, 按规定执行
    assert fine_yuan(fine, 50.0, 3) == 150
    assert fine_yuan(DEFAULT_CATALOGUE.get("shirking"), None, 2) is None


def test_paperwork_refused_until_approver_document_and_amount_are_given():
    praise = DEFAULT_CATALOGUE.get("praise_company")
    assert paperwork_problem(praise, "", "", None).code == "event.approver_required"
    assert paperwork_problem(praise, "分管副总经理 陈立", " ", None).code == (
        "event.document_required"
    )
    assert paperwork_problem(praise, "分管副总经理 陈立", "司发〔2026〕35号", None) is None
    fine = DEFAULT_CATALOGUE.get("fine_money")
    assert paperwork_problem(fine, "", "", 0).code == "event.amount_required"
    assert paperwork_problem(fine, "", "", 200) is None


def test_an_edited_type_travels_with_its_event_and_a_template_override_still_wins():
    edited = replace(DEFAULT_CATALOGUE.get("customer_complaint"), points=-3)
    event = AdjustmentEvent("customer_complaint", count=2, kind=edited)
    assert apply_adjustments([event], DEFAULT_CATALOGUE).total == -6
    overridden = apply_adjustments(
        [event], DEFAULT_CATALOGUE, point_overrides={"customer_complaint": -2}
    )
    assert overridden.total == -4
    assert AdjustmentEvent.from_dict(event.to_dict()) == event


def test_the_officers_types_overlay_the_shipped_ones_in_place():
    mine = AdjustmentType("custom_1", 2, {"zh_CN": "合理化建议被采纳"})
    retired = replace(DEFAULT_CATALOGUE.get("sick_leave_day"), retired=True)
    catalogue = DEFAULT_CATALOGUE.overlaid([mine, retired])
    codes = [t.code for t in catalogue]
    assert codes[-1] == "custom_1"
    assert codes.index("sick_leave_day") == [t.code for t in DEFAULT_CATALOGUE].index(
        "sick_leave_day"
    )
    assert catalogue.get("sick_leave_day").retired
    assert new_code(catalogue) == "custom_2"
    assert AdjustmentType.from_dict(mine.to_dict()) == mine


def test_a_type_needs_a_unique_name_points_in_range_and_a_unit_when_per_unit():
    def codes(kind):
        return [p.code for p in type_problems(kind, DEFAULT_CATALOGUE, "zh_CN")]

    assert codes(AdjustmentType("", 1, {"zh_CN": " "})) == ["adjustment.name_required"]
    assert codes(AdjustmentType("", 1, {"zh_CN": "顾客表扬"})) == ["adjustment.name_taken"]
    assert codes(AdjustmentType("", 5000, {"zh_CN": "大奖"})) == ["adjustment.points_range"]
    assert codes(AdjustmentType("", 1, {"zh_CN": "带教新人"}, per_unit=True)) == [
        "adjustment.unit_required"
    ]
    ok = AdjustmentType("", 1, {"zh_CN": "带教新人"}, per_unit=True, unit={"zh_CN": "人"})
    assert codes(ok) == []
