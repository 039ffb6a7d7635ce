"""The entry sheet: live scores match compute_period; writes are validated, locked, audited."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services.appraisals import compute_period
from salesperf_desktop.services.entry import (
    CellError,
    CellWrite,
    load_sheet,
    parse_cell,
    save_values,
)
from salesperf_desktop.services.locking import LockedError
from salesperf_desktop.storage.models import AuditEntryRow, RatingRow

OCT, SEP, AUG = Period.month(2026, 10), Period.month(2026, 9), Period.month(2026, 8)


def _totals(ctx, month):
    with ctx.session() as s:
        res = compute_period(s, month, use_frozen_results=False)
    return {p.staff_id: round(p.result.total, 6) for p in res.people}


def test_sheet_scores_match_compute_period(demo_ctx):
    sheet = load_sheet(demo_ctx, OCT)
    assert {p.staff_id: round(p.result.total, 6) for p in sheet.people} == _totals(demo_ctx, OCT)


def test_edit_rescores_and_saved_value_matches_engine(demo_ctx):
    sheet = load_sheet(demo_ctx, OCT)
    rep = next(p for p in sheet.people if p.employee_no == "E003")
    before = rep.result.total
    target = rep.get("sales_achievement", "target")
    changed = sheet.set_local(rep.staff_id, "sales_achievement", "actual", target * 1.2)
    assert rep.staff_id in changed and rep.result.total > before
    save_values(
        demo_ctx, OCT, [CellWrite(rep.staff_id, "sales_achievement", "actual", target * 1.2)]
    )
    assert _totals(demo_ctx, OCT)[rep.staff_id] == round(rep.result.total, 6)


def test_team_share_and_manager_rescore_team(demo_ctx):
    sheet = load_sheet(demo_ctx, OCT)
    manager = next(p for p in sheet.people if p.employee_no == "E002")
    # not entered for the manager: derived from the reps' achievement
    del manager.values["reps_on_target_share"]
    sheet.score_all()
    rep = next(p for p in sheet.people if p.employee_no == "E003")
    target = rep.get("sales_achievement", "target")
    changed = sheet.set_local(rep.staff_id, "sales_achievement", "actual", 2 * target)
    assert manager.staff_id in changed  # manager's "reps who met target" follows the reps
    met = manager.result.item("reps_on_target_share")
    changed = sheet.set_local(rep.staff_id, "sales_achievement", "actual", 0.0)
    assert manager.staff_id in changed
    assert manager.result.item("reps_on_target_share").actual == met.actual - 1


def test_parse_cell_refuses_bad_input():
    assert parse_cell("target", "1,200") == 1200
    assert parse_cell("actual", "１，２００．５") == 1200.5  # typed with a Chinese input method
    assert parse_cell("actual", "85％") == parse_cell("actual", "85%") == 0.85
    assert parse_cell("actual", "") is None
    assert parse_cell("passed", "是") is True
    assert parse_cell("rating:peer", "4, 5；3") == (4, 5, 3)
    for field, text, code in [
        ("target", "abc", "cell.not_number"),
        ("target", "-5", "negative"),
        ("actual", "#DIV/0!", "cell.excel_error"),
        ("actual", "1,5", "cell.ambiguous_separator"),
        ("actual", "12万", "cell.unit_in_number"),
        ("passed", "maybe", "not_yes_no"),
    ]:
        with pytest.raises(CellError) as err:
            parse_cell(field, text)
        assert err.value.code == code


def test_ratings_written_per_rater(demo_ctx):
    sheet = load_sheet(demo_ctx, OCT)
    rep = next(p for p in sheet.people if p.employee_no == "E003")
    save_values(
        demo_ctx,
        OCT,
        [
            CellWrite(rep.staff_id, "teamwork_sharing", "rating:peer", (4.0, 5.0)),
            CellWrite(rep.staff_id, "teamwork_sharing", "rating:self", 3.0),
        ],
    )
    with demo_ctx.session() as s:
        rows = s.scalars(
            select(RatingRow).where(
                RatingRow.staff_id == rep.staff_id,
                RatingRow.indicator_code == "teamwork_sharing",
                RatingRow.period_id == sheet.period_id,
            )
        ).all()
    sheet2 = load_sheet(demo_ctx, OCT)
    assert sorted(r.value for r in rows if r.rater_role.value == "peer") == [4.0, 5.0]
    assert sheet2.person(rep.staff_id).get("teamwork_sharing", "rating:peer") == (4.0, 5.0)
    assert sheet2.person(rep.staff_id).get("teamwork_sharing", "rating:self") == 3.0


def test_published_needs_reason_and_is_audited_locked_refused(demo_ctx):
    sep = load_sheet(demo_ctx, SEP)
    aug = load_sheet(demo_ctx, AUG)
    rep = sep.people[1]
    w = CellWrite(rep.staff_id, "sales_achievement", "actual", 1.0)
    with pytest.raises(ValueError):
        save_values(demo_ctx, SEP, [w])
    save_values(demo_ctx, SEP, [w], reason="ERP correction")
    with demo_ctx.session() as s:
        # the demo's own appeal has audit rows of its own; look only at entry changes
        audit = s.scalars(select(AuditEntryRow).where(AuditEntryRow.entity == "metric_entry")).all()
    assert [(a.field, a.new_value, a.reason) for a in audit] == [
        ("sales_achievement.actual", "1.0", "ERP correction")
    ]
    assert aug.read_only and all(p.locked for p in aug.people)
    with pytest.raises(LockedError):
        save_values(
            demo_ctx, AUG, [CellWrite(rep.staff_id, "sales_achievement", "actual", 1.0)], reason="x"
        )


def test_the_tab_offers_stored_months_and_the_clock_s_month_then_quarters_and_years(demo_ctx):
    from salesperf_desktop.services.periods import month_choices

    keys = [p.format() for p in month_choices(demo_ctx, dt.date(2027, 2, 3))]
    assert keys[0] == "2027-02" and "2026-10" in keys
    months = [k for k in keys if len(k) == 7 and "Q" not in k]
    assert months == sorted(months, reverse=True)
    assert keys.index("2026-Q4") > keys.index(months[-1])  # quarters after the months
    assert keys[-1] == "2026" and "2027" in keys


def test_the_month_befores_figures_are_there_for_the_plausibility_questions(demo_ctx):
    """October's sheet knows September's entries as entered (a rating as its score), and
    nothing for what September did not have."""
    from salesperf_desktop.storage.models import MetricEntryRow, PeriodRow

    with demo_ctx.session() as s:
        september = s.scalar(select(PeriodRow).where(PeriodRow.year == 2026, PeriodRow.number == 9))
        entries = s.scalars(
            select(MetricEntryRow).where(MetricEntryRow.period_id == september.id)
        ).all()
        ratings = s.scalars(select(RatingRow).where(RatingRow.period_id == september.id)).all()
        entered = [(e.staff_id, e.indicator_code, e.target, e.actual) for e in entries]
        rated = [(r.staff_id, r.indicator_code, r.rater_role.value, r.value) for r in ratings]
    sheet = load_sheet(demo_ctx, Period.month(2026, 10))
    assert entered and rated
    for staff_id, code, target, actual in entered:
        assert sheet.last_month(staff_id, code, "target") == target
        assert sheet.last_month(staff_id, code, "actual") == actual
    single = [key for key in rated if sum(k[:3] == key[:3] for k in rated) == 1]
    assert single
    for staff_id, code, role, score in single:
        got = sheet.last_month(staff_id, code, f"rating:{role}")
        assert got == ((score,) if role == "peer" else score)  # peers: a tuple of scores
    assert sheet.last_month(entered[0][0], "no_such_indicator", "actual") is None


def test_a_month_not_begun_is_scored_once_per_template_and_edits_stay_their_own(demo_ctx):
    """With nothing entered, everyone on a template has the same items scored (worked out once
    and shared: a month not begun at 3,000 staff); an edit of one person re-scores that
    person alone, and the others' results stay as they were."""
    month = Period.month(2026, 11)
    sheet = load_sheet(demo_ctx, month)
    reps = [p for p in sheet.people if p.role == "sales_rep" and not p.values]
    same = [p for p in reps if p.template is reps[0].template]
    assert len(same) >= 2
    first, other = same[0], same[1]
    assert first.result.items is other.result.items  # scored once
    before = other.result
    snapshot = [(it.indicator, it.points, it.value, it.scored) for it in before.items]
    # As a sheet scored person by person gives (compute_period, which scores every month).
    assert {p.staff_id: round(p.result.total, 6) for p in sheet.people} == _totals(demo_ctx, month)

    sheet.set_local(first.staff_id, "sales_achievement", "actual", 1.0)
    assert first.result.items is not other.result.items
    assert other.result is before or other.result.items is before.items
    assert [(it.indicator, it.points, it.value, it.scored) for it in other.result.items] == snapshot
