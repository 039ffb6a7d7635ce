"""The grid model on its own: cells checked before anything is saved, a failed save undone."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from sqlalchemy import select

from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.status import AppraisalStatus, PeriodKind
from salesperf_desktop.services.entry import load_sheet
from salesperf_desktop.services.locking import LockedError
from salesperf_desktop.storage.models import AppraisalRow, PeriodRow, StaffRow
from salesperf_desktop.ui.entry.grid_model import EntryGridModel
from tests.ui.entry.test_grid_view import type_in_cell
from tests.ui_support import entry_tab, grid_row, wait_loaded

OCT = Period.month(2026, 10)


def test_invalid_input_is_refused_with_a_reason(qtbot, demo_ctx):
    tab = entry_tab(qtbot, demo_ctx)
    model, view = tab.model, tab.table
    row = grid_row(model, "E004")
    tcol = model.column_of("sales_achievement", "target")
    old = model.index(row, tcol).data()
    view.setCurrentIndex(model.index(row, tcol))
    type_in_cell(qtbot, view, "abc")
    assert model.index(row, tcol).data() == old
    assert "abc" in tab.message.text()
    assert model.index(row, tcol).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(row, tcol).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert not model.setData(model.index(row, tcol), "-5")
    assert "负数" in tab.message.text() and "-5" in tab.message.text()  # the officer's language
    assert model.undo_stack.count() == 0


def test_cells_go_to_the_saver_given_at_construction(qtbot, demo_ctx):
    saved = []
    model = EntryGridModel(lambda writes, reason: saved.append((writes, reason)))
    model.set_sheet(load_sheet(demo_ctx, OCT), None, "zh_CN")
    row = grid_row(model, "E003")
    col = model.column_of("sales_achievement", "actual")
    assert model.setData(model.index(row, col), "4321")
    assert model.flush()
    ((writes, reason),) = saved
    assert [(w.indicator, w.field, w.value) for w in writes] == [
        ("sales_achievement", "actual", 4321.0)
    ]
    assert reason == ""


def test_a_save_that_fails_puts_the_old_value_back_and_says_why(qtbot, demo_ctx):
    def refuse(writes, reason):
        raise LockedError("locked.period", period="2026-10")

    model = EntryGridModel(refuse)
    refusals = []
    model.refused.connect(refusals.append)
    model.set_sheet(load_sheet(demo_ctx, OCT), None, "zh_CN")
    row = grid_row(model, "E003")
    col = model.column_of("sales_achievement", "actual")
    old = model.index(row, col).data()
    assert model.setData(model.index(row, col), "4321")
    assert model.index(row, col).data() == "4321"  # shown at once
    assert not model.flush()
    assert model.index(row, col).data() == old
    assert refusals == [render("locked.period", {"period": "2026-10"}, "zh_CN")]
    assert "2026-10 已签字锁定" in refusals[0] and "申诉" in refusals[0]  # the way forward
    assert model.undo_stack.count() == 0


def test_a_month_locked_behind_the_open_grid_refuses_the_edit_in_chinese(qtbot, demo_ctx):
    tab = entry_tab(qtbot, demo_ctx)
    model, view = tab.model, tab.table
    row = grid_row(model, "E003")
    col = model.column_of("sales_achievement", "actual")
    old = model.index(row, col).data()
    with demo_ctx.transaction() as session:  # E003's October form signed elsewhere meanwhile
        appraisal = session.scalar(
            select(AppraisalRow)
            .join(PeriodRow, PeriodRow.id == AppraisalRow.period_id)
            .join(StaffRow, StaffRow.id == AppraisalRow.staff_id)
            .where(
                StaffRow.employee_no == "E003",
                PeriodRow.kind == PeriodKind.MONTH,
                PeriodRow.year == 2026,
                PeriodRow.number == 10,
            )
        )
        appraisal.status = AppraisalStatus.SIGNED
    view.setCurrentIndex(model.index(row, col))
    type_in_cell(qtbot, view, "432100")
    qtbot.waitUntil(lambda: bool(tab.message.text()))
    shown = tab.message.text()
    assert "已签字" in shown and "申诉" in shown and "2026-10" in shown
    assert not re.search(r"[A-Za-z]", shown.replace("2026-10", ""))
    assert model.index(row, col).data() == old


def test_a_published_month_asks_the_reason_provider_and_cancel_changes_nothing(qtbot, demo_ctx):
    saved = []
    model = EntryGridModel(lambda writes, reason: saved.append(reason), lambda: None)
    model.set_sheet(load_sheet(demo_ctx, Period.month(2026, 9)), None, "zh_CN")
    row = grid_row(model, "E003")
    col = model.column_of("sales_achievement", "actual")
    old = model.index(row, col).data()
    assert not model.setData(model.index(row, col), "1")
    assert model.flush() and saved == []
    assert model.index(row, col).data() == old
    assert model.undo_stack.count() == 0


def _computed_cents(model, row) -> dict[str, int]:
    """The computed columns of *row* as shown, in cents (a blank team share is none)."""
    out = {}
    for c, col in enumerate(model.columns):
        if col.kind in ("points", "adjust", "team", "total"):
            text = model.index(row, c).data()
            out[col.kind] = round(float(text) * 100) if text else 0
    return out


def test_the_grids_columns_add_up_for_everyone_in_every_demo_month_and_quarter(
    qapp, qtbot, demo_ctx
):
    """指标得分 + 加减分 + 团队分享 = 总分 as shown, and the total is the one the forms print."""
    from salesperf_desktop.i18n_qt import install_translators, remove_translators
    from salesperf_desktop.services.appraisals import period_results
    from tests.services.test_explanations import demo_periods

    model = EntryGridModel(lambda writes, reason: None)
    install_translators(qapp, "zh_CN")
    try:
        model.set_sheet(load_sheet(demo_ctx, OCT), None, "zh_CN")
    finally:
        remove_translators(qapp)
    titles = [c.title for c in model.columns if c.kind != "value"]
    assert titles == ["工号", "姓名", "总分", "等级", "指标得分", "加减分", "团队分享"]
    for period in demo_periods():
        sheet = load_sheet(demo_ctx, period)
        totals = {p.employee_no: p.result.total for p in period_results(demo_ctx, period).people}
        seen = []
        for code, _template, _people in EntryGridModel.templates(sheet, None):  # one at a time
            model.set_sheet(sheet, None, "zh_CN", code)
            for row in range(model.rowCount()):
                who = model.index(row, 0).data()
                seen.append(who)
                shown = _computed_cents(model, row)
                assert shown["points"] + shown["adjust"] + shown["team"] == shown["total"], (
                    period,
                    who,
                )
                assert shown["total"] == round(float(f"{totals[who]:.2f}") * 100), (period, who)
        assert sorted(seen) == sorted(totals) and len(seen) >= 10, period


def test_the_innovative_teams_october_shows_the_team_share_it_gains(qtbot, demo_ctx):
    """Seed 002's 30 % team link to the team goal: E007 (90.59 points) in a team whose market
    share reached 19.4 % of a 20 % target (97 points) gains (97 − 90.59) × 30 % = +1.92 at the
    printed cent: 90.59 + 0 + 1.92 = 92.51."""
    tab = entry_tab(qtbot, demo_ctx)
    tab.show_place(OCT, None, "rep_innovative")
    model = tab.model
    row = grid_row(model, "E007")
    shown = {
        col.kind: model.index(row, c).data()
        for c, col in enumerate(model.columns)
        if col.kind in ("points", "adjust", "team", "total")
    }
    assert shown == {"points": "90.59", "adjust": "0", "team": "1.92", "total": "92.51"}
    team_col = next(c for c, col in enumerate(model.columns) if col.kind == "team")
    tip = model.index(row, team_col).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == (
        "团队目标“区域市场份额达标率”：目标 20%，实际 19.4%，达成率 97%（封顶 120%），"
        "团队得分 97.00；团队挂钩 30%：（97.00 − 指标得分 90.59）× 30%  1.92"
    )
    tab.show_place(OCT, None, "rep_mature")
    e003 = grid_row(model, "E003")  # a mature-products rep has no team share: blank, not 0
    team_col = next(c for c, col in enumerate(model.columns) if col.kind == "team")
    assert model.index(e003, team_col).data() == ""


def test_someone_no_template_fits_is_named_above_the_grid(qtbot, demo_ctx, chinese):
    """The officer retired the probation sheet: November's grid names the probationer it
    leaves out, in Chinese, and October (started on it) does not."""
    from sqlalchemy import select

    from salesperf_desktop.services.templates import set_archived
    from salesperf_desktop.storage.models import TemplateRow

    with demo_ctx.session() as s:
        ids = list(s.scalars(select(TemplateRow.id).where(TemplateRow.code.like("probation%"))))
    for template_id in ids:
        set_archived(demo_ctx, template_id)
    tab = entry_tab(qtbot, demo_ctx, period="2026-11")
    assert tab.message.isVisible() and tab.message.kind == "info"
    assert "本期考核未包括：E012 黄磊（没有适用的考核模板）" in tab.message.text()
    tab.period_box.setCurrentIndex(tab.period_box.findData("2026-10"))
    wait_loaded(qtbot, tab)
    assert not tab.message.isVisible()  # everyone is in October's appraisal


def test_a_totals_tooltip_explains_the_person_it_is_asked_for_and_follows_an_edit(qtbot, demo_ctx):
    """The lines behind a total are worked out when the officer hovers over it (not for the
    whole company with the sheet: at 3,000 people that was seconds at every start), they add up
    to the total shown, and an edit brings new lines."""
    from salesperf_desktop.domain.explain import explain

    tab = entry_tab(qtbot, demo_ctx)
    model = tab.model
    total = model.total_column()
    row = grid_row(model, "E004")
    person = model.person_at(row)
    tip = model.index(row, total).data(Qt.ItemDataRole.ToolTipRole)
    summary = explain(person.shown).summary()
    assert tip.splitlines() == [f"{line.text('zh_CN')}  {line.amount()}" for line in summary]
    assert tip.splitlines()[-1].endswith(model.index(row, total).data())
    others = [p.staff_id for p in model.rows if p.staff_id != person.staff_id]
    assert all(model._explained.get(sid) is None for sid in others)  # nobody else's worked out
    tcol = model.column_of("sales_achievement", "actual")
    before = model.index(row, total).data()
    old = float(model.index(row, tcol).data().replace(",", ""))
    assert model.setData(model.index(row, tcol), f"{old * 1.1:.2f}")  # plausible: no question
    wait_loaded(qtbot, tab)
    after = model.index(row, total).data()
    assert after != before
    assert (
        model.index(row, total).data(Qt.ItemDataRole.ToolTipRole).splitlines()[-1].endswith(after)
    )
