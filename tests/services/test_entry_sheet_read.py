"""The Monthly entry sheet's cheaper read (issue #19) gives what the old rules gave, on messy data.

Old rules, new paths:
- the month before's figures (the plausibility questions) were read with the sheet for everyone;
  now one indicator at a time when a question needs it (``EntrySheet.last_month``);
- the lock index read every signed appraisal of the history; now only those covering the month;
- ``score_many`` scored every member fully, then a team-share member once more with the team
  score; now each member's items are scored once and the total is made once.

The demo company, made messy: a transfer within October, 事假, a leaver, a quarterly rep, missing
targets and ratings, two supervisor ratings of one cell, managers whose "reps who met target" is
derived, and signed month, quarter and year appraisals.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import text

from salesperf_desktop.domain import cycles
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.scoring import (
    AppraisalResult,
    CohortMember,
    manager_input,
    pooled_in_mean,
    score,
    score_many,
)
from salesperf_desktop.services import appraisals as ap
from salesperf_desktop.services import movements as mvs
from salesperf_desktop.services.entry import _value_dict, fields_for, load_sheet
from salesperf_desktop.services.metrics_import import lock_index
from tests.services.support import opened_copy, staff_id

SEPTEMBER, OCTOBER, NOVEMBER = (Period.month(2026, n) for n in (9, 10, 11))
CHANNEL = 3  # 渠道分销组


def _sql(ctx, statement: str, **params) -> None:
    with ctx.transaction() as s:
        s.execute(text(statement), params)


def _make_messy(ctx) -> None:
    mvs.record_move(
        ctx,
        staff_id(ctx, "E005"),
        mvs.MoveDraft(dt.date(2026, 10, 15), "transfer", CHANNEL, "sales_rep", "支援渠道"),
    )
    leave = mvs.LeaveDraft("personal", dt.date(2026, 10, 19), dt.date(2026, 10, 20))
    mvs.record_leave(ctx, staff_id(ctx, "E003"), leave)
    _sql(ctx, "UPDATE staff SET leave_date = '2026-10-20' WHERE employee_no = 'E009'")
    # missing targets and ratings; the managers' met-target share derived from their reps
    _sql(ctx, "UPDATE metric_entries SET target = NULL WHERE id % 5 = 0")
    _sql(ctx, "DELETE FROM ratings WHERE id % 4 = 0")
    _sql(ctx, "DELETE FROM metric_entries WHERE indicator_code = :c", c=ap.MET_TARGET_INDICATOR)
    # a second supervisor rating of one cell in September (the sheet shows the last)
    _sql(
        ctx,
        "INSERT INTO ratings (staff_id, period_id, indicator_code, rater_role, rater_id, value,"
        " comment) SELECT staff_id, period_id, indicator_code, rater_role, NULL, value - 7, ''"
        " FROM ratings WHERE rater_role = 'supervisor' AND period_id ="
        " (SELECT id FROM periods WHERE year = 2026 AND number = 9) ORDER BY id LIMIT 1",
    )


def _sign_quarter_and_year(ctx) -> None:
    """E004's Q4 and E010's 2026 appraisals signed (a copy of their August one)."""
    for kind, number, employee_no in (("quarter", 4, "E004"), ("year", 1, "E010")):
        _sql(
            ctx,
            "INSERT INTO periods (kind, year, number, status) VALUES (:k, 2026, :n, 'published')",
            k=kind,
            n=number,
        )
        _sql(
            ctx,
            "INSERT INTO appraisals (staff_id, period_id, template_version_id, status,"
            " supervisor_comment, created_at) SELECT a.staff_id,"
            " (SELECT id FROM periods WHERE kind = :k AND year = 2026), a.template_version_id,"
            " 'signed', '', a.created_at FROM appraisals a JOIN staff s ON s.id = a.staff_id"
            " WHERE s.employee_no = :e ORDER BY a.id DESC LIMIT 1",
            k=kind,
            e=employee_no,
        )


@pytest.fixture(scope="module")
def messy(demo_file, tmp_path_factory):
    ctx = opened_copy(demo_file, tmp_path_factory.mktemp("messy"))
    _make_messy(ctx)
    _sign_quarter_and_year(ctx)
    yield ctx
    ctx.close()


def test_the_data_is_messy_where_it_matters(messy):
    sheet = load_sheet(messy, OCTOBER)
    people = {p.employee_no: p for p in sheet.people}
    assert sheet.moved and people["E005"].prorate is not None
    assert people["E003"].adjust_input is not None
    assert people["E007"].cycle == cycles.QUARTERLY
    assert "E009" in people  # left on the 20th: still appraised in October
    assert any(p.template.team_share > 0 for p in sheet.people)
    derived = [r for r in (p.result for p in sheet.people) if r.item(ap.MET_TARGET_INDICATOR)]
    assert any(r.item(ap.MET_TARGET_INDICATOR).actual is not None for r in derived)


# ---- the month before, read per indicator when asked ----------------------------------------


@pytest.mark.parametrize("month", [OCTOBER, NOVEMBER, SEPTEMBER])
def test_the_month_befores_figures_are_what_reading_it_with_the_sheet_gave(messy, month):
    sheet = load_sheet(messy, month)
    before = month.previous()
    with messy.session() as s:
        old = ap.monthly_inputs(s, [p.staff_id for p in sheet.people], [month, before])
    asked = 0
    for p in sheet.people:
        items = old[p.staff_id][before].items
        for item, _template in sheet.indicators(sheet.people):
            for field_name in (*fields_for(item, p.template.rater_weights), "passed", "base"):
                inp = items.get(item.indicator)
                want = _value_dict(inp).get(field_name) if inp is not None else None
                assert sheet.last_month(p.staff_id, item.indicator, field_name) == want
                asked += want is not None
    assert asked > (0 if month == SEPTEMBER else 100)  # (August has no entries in this file)


# ---- the lock index of one month ----------------------------------------------------------


def test_a_months_lock_index_says_what_the_whole_ones_says(messy):
    with messy.session() as s:
        whole = lock_index(s)
        staff = [p.id for p in ap.eligible_staff(s, Period.of_year(2026))]
        locked = 0
        for number in range(4, 13):
            month = Period.month(2026, number)
            one = lock_index(s, [month])
            for sid in staff:
                assert one.is_locked(sid, month) == whole.is_locked(sid, month)
                locked += one.is_locked(sid, month)
            assert one.needs_audit(month) == whole.needs_audit(month)
            with pytest.raises(ValueError):
                one.is_locked(staff[0], Period.month(2026, 3 if number != 3 else 4))
    assert locked  # locked months, and the signed quarter and year in the open months
    assert whole.is_locked(staff_id(messy, "E004"), Period.month(2026, 11))
    assert whole.is_locked(staff_id(messy, "E010"), Period.month(2026, 10))


# ---- score_many: the items scored once --------------------------------------------------------


def _old_score_many(members, team_goals, met_target_indicator, lang):
    """``score_many`` as it was before issue #19's stop 19 (results only)."""
    inputs = {m.person_id: m.input for m in members}
    first = {m.person_id: score(m.template, m.input, lang=lang) for m in members}
    for m in members:
        if m.manages is None or m.template.item(met_target_indicator) is None:
            continue
        if met_target_indicator in m.input.items:
            continue
        rates = []
        for rep in members:
            if rep.team == m.manages and rep.person_id != m.person_id and rep.manages is None:
                it = first[rep.person_id].item("sales_achievement")
                rates.append(it.value if it is not None else None)
        _got, inputs[m.person_id] = manager_input(m.input, m.manages, rates, met_target_indicator)
        first[m.person_id] = score(m.template, inputs[m.person_id], lang=lang)
    computed: dict[str, list[float]] = {}
    for m in members:
        if m.team is not None and pooled_in_mean(m):
            r = first[m.person_id]
            computed.setdefault(m.team, []).append(r.items_points / r.sheet_total * 100.0)
    scores = {t: sum(v) / len(v) for t, v in computed.items()}
    results: dict[str, AppraisalResult] = {}
    for m in members:
        r = first[m.person_id]
        if m.template.team_share > 0:
            pct = scores.get(m.team) if m.team is not None else None
            ts = None if pct is None else pct * m.template.sheet_total / 100.0
            goal = team_goals.get(m.team) if m.team is not None else None
            r = score(m.template, inputs[m.person_id], team_score=ts, team_goal=goal, lang=lang)
        results[m.person_id] = r if m.graded else cycles.interim(r)
    return results, scores


@pytest.mark.parametrize("basis", ["team_goal", "colleagues"])
@pytest.mark.parametrize("month", [OCTOBER, NOVEMBER, SEPTEMBER])
def test_the_cohort_scores_as_the_old_rule_scored_it(messy, month, basis):
    """The grid's totals and marks: every person's whole result (items, subtotals, team part,
    adjustments, veto, grade, flags) and the team scores, with the team share following the
    team goal (the demo's) or the colleagues' mean."""
    sheet = load_sheet(messy, month)
    if basis == "colleagues":
        for p in sheet.people:
            p.template = dataclasses.replace(p.template, team_basis="colleagues")
    members: list[CohortMember] = [sheet._member(p) for p in sheet.people]
    new = score_many(
        members, team_goals=sheet.team_goals, met_target_indicator=ap.MET_TARGET_INDICATOR
    )
    old, old_scores = _old_score_many(members, sheet.team_goals, ap.MET_TARGET_INDICATOR, "zh_CN")
    assert {k: r.to_dict() for k, r in new.results.items()} == {
        k: r.to_dict() for k, r in old.items()
    }
    assert new.results == old and new.team_scores == old_scores
