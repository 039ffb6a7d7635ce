"""The 奖金核算表's arithmetic (domain/bonus.py), with worked examples a payroll clerk can check."""

from __future__ import annotations

import pytest

from salesperf_desktop.domain.bonus import (
    BonusInput,
    BonusSettings,
    bonus_lines,
    settings_problems,
    split_pool,
    totals,
)


def person(no, *, team_id=1, role="sales_rep", grade="A", coefficient=1.2, total=90.0, **kw):
    values = {
        "staff_id": int(no[1:]),
        "employee_no": no,
        "name": f"员工{no}",
        "team_id": team_id,
        "team": "华东成熟产品组",
        "role": role,
        "grade": grade,
        "coefficient": coefficient,
        "total": total,
        "vetoed": False,
        "points": 0.0,
        "sales_actual": None,
        "fines": 0.0,
    }
    values.update(kw)
    return BonusInput(**values)


SETTINGS = BonusSettings(base_by_role={"sales_rep": 2000, "sales_manager": 4000})


def test_base_2000_times_coefficient_1_2_is_2400():
    (line,) = bonus_lines([person("E003")], SETTINGS, months=1)
    assert (line.base, line.performance) == (200_000, 240_000)  # 分: 2,000.00 元 → 2,400.00 元
    assert line.payable == 240_000


def test_a_quarter_pays_three_months_of_base_and_a_person_override_wins():
    settings = BonusSettings(base_by_role={"sales_rep": 2000}, base_by_person={"E004": 2500})
    a, b = bonus_lines([person("E003"), person("E004", coefficient=1.0)], settings, months=3)
    assert (a.base, a.performance) == (600_000, 720_000)
    assert (b.base, b.performance) == (750_000, 750_000)


def test_commission_points_and_fines_make_the_payable_amount():
    # 1 % of 150,000 元 of sales = 1,500; +3 points × 50 元 = 150; a fine of 200 元;
    # 2,400 + 1,500 + 150 − 200 = 3,850 元
    settings = BonusSettings(
        base_by_role={"sales_rep": 2000},
        commission_indicator="sales_achievement",
        commission_rate=0.01,
        yuan_per_point=50,
    )
    (line,) = bonus_lines(
        [person("E003", sales_actual=150_000.0, points=3.0, fines=200.0)], settings, months=1
    )
    assert (line.commission, line.points, line.fines) == (150_000, 15_000, 20_000)
    assert line.payable == 385_000
    # a penalty point costs money the same way: −2 points → −100 元
    (minus,) = bonus_lines([person("E003", points=-2.0)], settings, months=1)
    assert minus.points == -10_000


def test_without_rules_no_commission_and_no_points_money():
    (line,) = bonus_lines([person("E003", sales_actual=150_000.0, points=5.0)], SETTINGS, months=1)
    assert (line.commission, line.points) == (0, 0)


def test_a_compliance_veto_gives_coefficient_0():
    (line,) = bonus_lines(
        [person("E005", vetoed=True, grade="D", coefficient=0.8)], SETTINGS, months=1
    )
    assert (line.coefficient, line.performance) == (0.0, 0)


def test_pool_split_by_score_in_whole_yuan_remainder_to_the_highest_score():
    # 10,000 元 over scores 95, 85, 70: exact shares 3,800 / 3,400 / 2,800 (no remainder);
    # 1,000 元 over 95, 85, 70 → 380 / 340 / 280; 1,001 元 → 380.38 → 380, 340.34 → 340,
    # 280.28 → 280, the 1 元 left goes to the 95.
    scores = [("E003", 95.0), ("E004", 85.0), ("E005", 70.0)]
    assert split_pool(1_000_000, scores) == {"E003": 380_000, "E004": 340_000, "E005": 280_000}
    assert split_pool(100_100, scores) == {"E003": 38_100, "E004": 34_000, "E005": 28_000}
    # in 分: 1,001 元 splits exactly (380.38 / 340.34 / 280.28); 10.01 元 → 3.8038 → 3.80,
    # 3.4034 → 3.40, 2.8028 → 2.80, the 0.01 元 left goes to the highest score
    assert split_pool(100_100, scores, "fen") == {"E003": 38_038, "E004": 34_034, "E005": 28_028}
    assert split_pool(1_001, scores, "fen") == {"E003": 381, "E004": 340, "E005": 280}
    # a tie for the highest score: the lower employee number gets the remainder
    assert split_pool(100_100, [("E007", 90.0), ("E006", 90.0)]) == {"E006": 50_100, "E007": 50_000}
    assert split_pool(100_000, [("E003", 0.0)]) == {}


def test_a_vetoed_member_has_no_share_of_the_team_pool():
    people = [
        person("E003", total=95.0),
        person("E004", total=85.0),
        person("E005", total=70.0, vetoed=True),
        person("E010", team_id=2, total=99.0),
    ]
    lines = {
        line.employee_no: line for line in bonus_lines(people, SETTINGS, months=1, pools={1: 1000})
    }
    # 1,000 元 over 95 and 85: 527.78 → 527, 472.22 → 472, 1 元 to the 95
    assert (lines["E003"].pool, lines["E004"].pool, lines["E005"].pool) == (52_800, 47_200, 0)
    assert lines["E010"].pool == 0  # another team
    assert totals(list(lines.values()))["pool"] == 100_000


def test_compliance_bonus_one_month_pay_and_a_vetoed_person_excluded_with_the_reason():
    # seed 002: 若全年无重大违规，全员额外获得相当于1个月工资的奖励
    settings = BonusSettings(base_by_role={"sales_rep": 2000}, pay_by_person={"E003": 8000})
    people = [person("E003"), person("E004"), person("E009", vetoed=True)]
    lines = bonus_lines(
        people, settings, months=12, compliance_vetoes={9: ["2026年8月"]}, annual_only=True
    )
    e003, e004, e009 = lines
    assert e003.compliance == 800_000 and e003.compliance_note == ""
    # no pay recorded: one month's base bonus (常用做法)
    assert e004.compliance == 200_000 and e004.compliance_note == "bonus.compliance_from_base"
    assert e009.compliance == 0
    assert (e009.compliance_note, dict(e009.compliance_params)) == (
        "bonus.compliance_excluded",
        {"months": "2026年8月"},
    )
    # the year's sheet pays nothing twice: no base, commission, points or fines
    assert [line.performance for line in lines] == [0, 0, 0]
    assert [line.payable for line in lines] == [800_000, 200_000, 0]


def test_totals_add_up_and_lines_round_trip():
    lines = bonus_lines(
        [person("E003", fines=12.5), person("E004", coefficient=1.5)], SETTINGS, months=1
    )
    t = totals(lines)
    assert t["performance"] == 240_000 + 300_000
    assert t["payable"] == sum(line.payable for line in lines) == 540_000 - 1_250
    assert [type(line).from_dict(line.to_dict()) for line in lines] == lines


def test_settings_round_trip_and_refusals():
    s = BonusSettings(
        base_by_role={"sales_rep": 2000.0},
        pay_by_person={"E003": 8000.0},
        commission_indicator="sales_achievement",
        commission_rate=0.01,
        yuan_per_point=50.0,
        pool_unit="fen",
        year_pays_all=True,
    )
    assert BonusSettings.from_dict(s.to_dict()) == s
    assert settings_problems(s) == []
    codes = [
        p.code
        for p in settings_problems(
            BonusSettings(base_by_role={"sales_rep": -1}, commission_rate=0.02, pool_unit="jiao")
        )
    ]
    assert codes == ["bonus.amount_negative", "bonus.indicator_needed", "bonus.pool_unit"]
    assert [
        p.code
        for p in settings_problems(BonusSettings(commission_indicator="x", commission_rate=1.5))
    ] == ["bonus.rate_range"]
    assert settings_problems(BonusSettings(base_by_role={"x": float("nan")}))


@pytest.mark.parametrize("rate,actual,expected", [(0.005, 123_456.78, 61_728), (0.01, 0.0, 0)])
def test_commission_rounds_half_up_to_the_fen(rate, actual, expected):
    settings = BonusSettings(commission_indicator="sales", commission_rate=rate)
    (line,) = bonus_lines([person("E003", sales_actual=actual)], settings, months=1)
    assert line.commission == expected  # 617.2839 元 → 617.28
