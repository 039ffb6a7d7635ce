"""Cycles drive the work (issue #18 point 2) on the demo company.

Seed 002 lets innovative-business teams use “季度考核+年度总评”: the demo's 创新产品组 is appraised
by quarter. Its reps' months are entered and scored, but give no grade, no coefficient, no
appraisal and no form; their third quarter is their appraisal (published, printed, signed) and
2026 their annual review (年度总评). Before issue #18 E007 got a monthly S with 1.50 in September.
"""

from __future__ import annotations

import datetime as dt

from salesperf_desktop.domain.cycles import NOT_GRADED
from salesperf_desktop.domain.due import DueKind
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import periods, signoff, workflow
from salesperf_desktop.services.appraisals import period_results
from salesperf_desktop.services.due import due_this_month
from salesperf_desktop.services.entry import load_sheet
from salesperf_desktop.services.improvement import list_result_use
from salesperf_desktop.services.pdf.form_data import forms_for_period
from salesperf_desktop.services.staff import TeamData, list_teams, save_team

SEP, OCT, Q3, YEAR = (Period.parse(k) for k in ("2026-09", "2026-10", "2026-Q3", "2026"))
INNOVATIVE = ("E007", "E008", "E009")


def _people(ctx, period):
    return {p.employee_no: p for p in period_results(ctx, period).people}


def test_a_quarterly_reps_month_is_scored_without_grade_or_coefficient(demo_ctx):
    people = _people(demo_ctx, SEP)
    e007 = people["E007"].result
    assert people["E007"].cycle == "quarterly"
    assert (e007.grade, e007.coefficient) == ("", None)  # was S, 1.50 before issue #18
    assert f"{e007.total:.2f}" == "104.16"  # the points and the running total stay
    assert NOT_GRADED in [f.code for f in e007.flags]
    assert people["E003"].cycle == "monthly" and people["E003"].result.grade == "S"
    # the grid shows the same (the in-memory sheet scores like compute_period)
    row = next(p for p in load_sheet(demo_ctx, OCT).people if p.employee_no == "E007")
    assert row.cycle == "quarterly" and (row.result.grade, row.result.coefficient) == ("", None)
    # the month's forced-distribution guide compares the nine monthly people only
    got = period_results(demo_ctx, SEP)
    assert got.distribution_cycle == "monthly" and got.distribution.cohort_size == 9


def test_the_quarter_is_their_appraisal_and_the_year_their_annual_review(demo_ctx):
    people = _people(demo_ctx, Q3)
    e007 = people["E007"].result
    assert (e007.grade, e007.coefficient, f"{e007.total:.2f}") == ("S", 1.5, "103.65")
    assert (people["E009"].result.grade, people["E009"].result.coefficient) == ("D", 0.0)  # veto
    got = period_results(demo_ctx, Q3)
    # the quarter's guide compares the quarterly three with each other, not with roll-ups
    assert got.distribution_cycle == "quarterly" and got.distribution.cohort_size == 3
    assert got.distributions["monthly"].cohort_size == 9
    year = _people(demo_ctx, YEAR)["E007"].result
    assert year.grade == "S" and year.coefficient == 1.5
    with demo_ctx.session() as session:
        (form,) = [f for f in forms_for_period(session, YEAR) if f.employee_no == "E007"]
        assert form.period_label == "2026年（年度总评）"
        september = {f.employee_no for f in forms_for_period(session, SEP)}
    assert not september & set(INNOVATIVE)  # no monthly form for them


def test_publishing_a_month_leaves_them_out_and_publishing_the_quarter_appraises_them(
    demo_ctx,
):
    assert workflow.publish(demo_ctx, OCT, dt.date(2026, 11, 5)) == 9
    october = next(p for p in periods.published_periods(demo_ctx) if p.key == "2026-10")
    rows = {r.employee_no for r in signoff.period_signoff(demo_ctx, october.id).rows}
    assert len(rows) == 9 and not rows & set(INNOVATIVE)

    # seed 002: the quarter has ended, so 本月待办 asks for the quarter to be published
    due = due_this_month(demo_ctx, dt.date(2026, 11, 20))
    publish = [i.place.period for i in due.group(DueKind.PUBLISH).items]
    assert publish == ["2026-Q3"]

    # publishing the quarter: everyone (the monthly people's roll-up, as before issue #18)
    assert workflow.publish(demo_ctx, Q3, dt.date(2026, 10, 9)) == 12
    quarter = next(p for p in periods.published_periods(demo_ctx) if p.key == "2026-Q3")
    rows = {r.employee_no: r for r in signoff.period_signoff(demo_ctx, quarter.id).rows}
    assert (rows["E007"].grade, f"{rows['E007'].total:.2f}") == ("S", "103.65")
    use = {r.employee_no: r for r in list_result_use(demo_ctx, quarter.id)}
    assert use["E007"].coefficient == 1.5 and use["E009"].coefficient == 0.0
    # their review interviews are due after the quarter (the monthly people's after the month)
    due = due_this_month(demo_ctx, dt.date(2026, 10, 12))
    interviews = {i.text.split("，")[0].split()[0] for i in due.group(DueKind.INTERVIEWS).items}
    assert set(INNOVATIVE) <= interviews
    assert not any(
        i.place.period == "2026-Q3" and "E003" in i.text
        for i in due.group(DueKind.INTERVIEWS).items
    )


def test_a_team_set_to_quarterly_is_enough(demo_ctx):
    team = next(t for t in list_teams(demo_ctx) if t.name == "华东成熟产品组")
    assert _people(demo_ctx, OCT)["E003"].result.grade  # monthly: graded
    save_team(
        demo_ctx,
        TeamData(team.code, team.name, team.product_line, "quarterly", team.manager_id),
        team.id,
    )
    e003 = _people(demo_ctx, OCT)["E003"]
    assert e003.cycle == "quarterly" and (e003.result.grade, e003.result.coefficient) == ("", None)
    assert _people(demo_ctx, Period.quarter(2026, 4))["E003"].result.grade


def test_the_interview_starts_from_the_month_without_a_grade(demo_ctx):
    from salesperf_desktop.services.reviews import result_focus
    from tests.services.support import staff_id

    focus = result_focus(demo_ctx, staff_id(demo_ctx, "E007"), "2026-09")
    assert (focus.grade, focus.coefficient) == ("", None) and focus.weakest_items
    quarter = result_focus(demo_ctx, staff_id(demo_ctx, "E007"), "2026-Q3")
    assert (quarter.grade, quarter.coefficient) == ("S", 1.5)
