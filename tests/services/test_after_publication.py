"""One rule for changes after publication, and one source for every total (issue #14, 1–2).

The demo company's October 2026: E005 刘洋 scores 66.76 (C) at publication; the ERP later
books the missing orders (销售目标达成率 actual 277,731 → 300,000, reason "ERP补录"). The
stored appraisal must follow at once, every screen and paper must say 68.15, the trail must
keep both, and the form handed out before must be printed again.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import delete, select

from salesperf_desktop.cli import main as cli_main
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.team_goal import TeamGoal
from salesperf_desktop.services import (
    appeals,
    charts_data,
    events,
    improvement,
    periods,
    reviews,
    signoff,
    targets,
    team_goals,
    workflow,
)
from salesperf_desktop.services.appraisals import period_results
from salesperf_desktop.services.entry import CellWrite, load_sheet, save_values
from salesperf_desktop.services.locking import LockedError
from salesperf_desktop.services.metrics_import import apply_import, default_mapping, plan_import
from salesperf_desktop.services.pdf.labels import label
from salesperf_desktop.services.printing import (
    PrintJob,
    collect_forms,
    print_forms,
    reprint_rows,
)
from salesperf_desktop.services.progress import run_to_end
from salesperf_desktop.services.results_export import export_period_results
from salesperf_desktop.storage.models import MetricEntryRow, PeriodRow, StaffRow
from tests.services.support import staff_id

D = dt.date
OCT = Period.month(2026, 10)
SEP = Period.month(2026, 9)
PUBLISHED_ON = D(2026, 11, 5)
SALES = "sales_achievement"


def publish(ctx, period: Period = OCT) -> int:
    workflow.publish(ctx, period, PUBLISHED_ON)
    return next(p.id for p in periods.published_periods(ctx) if p.key == str(period))


def grid_edit(ctx, employee_no: str, indicator: str, field: str, value, reason: str, month=OCT):
    """What the entry grid saves for one typed cell (``EntryGridModel`` → ``save_values``)."""
    save_values(
        ctx, month, [CellWrite(staff_id(ctx, employee_no), indicator, field, value)], reason=reason
    )


def _pair(total, grade) -> tuple[str, str]:
    """As the screens and the form print it."""
    return f"{total:.2f}", grade


def _signoff_row(ctx, period_id: int, employee_no: str) -> signoff.SignoffRecord:
    rows = signoff.period_signoff(ctx, period_id).rows
    return next(r for r in rows if r.employee_no == employee_no)


def _excel_total(path, employee_no: str, lang: str) -> tuple[float, str]:
    ws = load_workbook(path, read_only=True).worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    header = list(rows[1])
    total_col, grade_col = header.index(label("total", lang)), header.index(label("grade", lang))
    row = next(r for r in rows[2:] if r[0] == employee_no)
    return _pair(row[total_col], row[grade_col])


def every_surface(ctx, period_id: int, employee_no: str, tmp_path) -> dict[str, tuple]:
    """(total, grade) of one person in October on every screen and paper that shows it."""
    sid = staff_id(ctx, employee_no)
    results = period_results(ctx, OCT)
    person = results.by_staff()[sid]
    seen: dict[str, tuple] = {"compute_period": _pair(person.result.total, person.result.grade)}

    shown = load_sheet(ctx, OCT).person(sid).shown
    seen["entry grid"] = _pair(shown.total, shown.grade)
    row = _signoff_row(ctx, period_id, employee_no)
    seen["sign-off page"] = _pair(row.total, row.grade)
    use = next(r for r in improvement.list_result_use(ctx, period_id) if r.staff_id == sid)
    seen["plans page"] = _pair(use.total, use.grade)
    advice, _plan = improvement.advice_and_plan(ctx, row.appraisal_id)
    seen["plans advice"] = _pair(advice.total, advice.grade)
    pick = next(
        r
        for r in appeals.list_appealable(ctx)
        if r.period_key == str(OCT) and r.employee_no == employee_no
    )
    seen["appeal picker"] = _pair(pick.total, pick.grade)
    focus = reviews.result_focus(ctx, sid, str(OCT))
    seen["interview focus"] = _pair(focus.total, focus.grade)
    ranking = charts_data.team_ranking(results, None)
    i = ranking.names.index(person.name)
    sheet_total = person.result.sheet_total
    seen["chart"] = _pair(ranking.percents[i] * sheet_total / 100.0, ranking.grades[i])

    with ctx.session() as session:
        (form,) = collect_forms(session, PrintJob(period=str(OCT), staff_ids=(sid,)))
    seen["PDF form"] = _pair(form.total, form.grade)

    xlsx = tmp_path / f"export-{len(list(tmp_path.iterdir()))}.xlsx"
    run_to_end(export_period_results(ctx, OCT, xlsx))
    seen["Excel export"] = _excel_total(xlsx, employee_no, ctx.lang)

    # The command line runs with the window closed (its instance lock refuses otherwise): a
    # clean close checkpoints the -wal, as quitting the window does.
    ctx.close()
    db = str(ctx.db_path)
    out = tmp_path / "score.json"
    assert cli_main(["--db", db, "score", str(OCT), "--format", "json", "-o", str(out)]) == 0
    payload = json.loads(out.read_text(encoding="utf-8"))
    cli = next(p for p in payload["people"] if p["employee_no"] == employee_no)["result"]
    seen["CLI json"] = _pair(cli["total"], cli["grade"])
    out = tmp_path / "score.txt"
    assert cli_main(["--db", db, "--lang", "en", "score", str(OCT), "-o", str(out)]) == 0
    line = next(x for x in out.read_text("utf-8").splitlines() if x.startswith(employee_no))
    total_text, grade = re.search(r"(\d+\.\d\d)\s+([A-Z])\s", line).groups()
    seen["CLI table"] = (total_text, grade)
    cli_xlsx = tmp_path / "score.xlsx"
    args = ["--db", db, "--lang", "en", "score", str(OCT), "--format", "xlsx", "-o", str(cli_xlsx)]
    assert cli_main(args) == 0
    seen["CLI xlsx"] = _excel_total(cli_xlsx, employee_no, "en")
    return seen


def pdf_text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in reader.pages))


def test_a_value_changed_after_publication_reaches_every_screen_and_paper(demo_ctx, tmp_path):
    period_id = publish(demo_ctx)
    before = every_surface(demo_ctx, period_id, "E005", tmp_path)
    assert set(before.values()) == {("66.76", "C")}, before

    grid_edit(demo_ctx, "E005", SALES, "actual", 300000.0, "ERP补录")

    after = every_surface(demo_ctx, period_id, "E005", tmp_path)
    assert set(after.values()) == {("68.15", "C")}, after

    # the trail keeps the value's old and new, the old and new total, with the reason
    row = _signoff_row(demo_ctx, period_id, "E005")
    trail = signoff.appraisal_trail(demo_ctx, row.appraisal_id)
    value = next(e for e in trail if e.entity == "metric_entry")
    assert (value.field, value.old, value.new, value.reason) == (
        f"{SALES}.actual",
        "277731.0",
        "300000.0",
        "ERP补录",
    )
    total = next(e for e in trail if e.entity == "appraisal" and e.field == "total")
    assert round(float(total.old), 2) == 66.76 and round(float(total.new), 2) == 68.15
    assert total.reason == "ERP补录"

    # the form handed out before is superseded until printed again
    assert row.reprint_required
    (reprint,) = reprint_rows(demo_ctx)
    assert reprint.employee_no == "E005" and f"{reprint.previous_total:.2f}" == "66.76"
    job = PrintJob(period=str(OCT), staff_ids=(staff_id(demo_ctx, "E005"),), combined=True)
    outcome = run_to_end(print_forms(demo_ctx, job, tmp_path / "E005.pdf"))
    text = pdf_text(outcome.files[0])
    assert "68.15" in text and "66.76" in text  # the new result, and the one it replaces
    assert outcome.reprinted == [row.appraisal_id]
    assert not _signoff_row(demo_ctx, period_id, "E005").reprint_required
    assert reprint_rows(demo_ctx) == []


def test_every_person_reads_the_same_total_on_every_list(demo_ctx, tmp_path):
    """Lists of appraisals and scored periods print one number: E010's 105.425003… is 105.43
    everywhere (the rounded column 105.425 printed 105.42 on the sign-off page)."""
    period_id = publish(demo_ctx)
    grid_edit(demo_ctx, "E005", SALES, "actual", 300000.0, "ERP补录")
    scored = {
        p.employee_no: _pair(p.result.total, p.result.grade)
        for p in period_results(demo_ctx, OCT).people
    }
    sheet = load_sheet(demo_ctx, OCT)
    lists = {
        "entry grid": {p.employee_no: _pair(p.shown.total, p.shown.grade) for p in sheet.people},
        "sign-off page": {
            r.employee_no: _pair(r.total, r.grade)
            for r in signoff.period_signoff(demo_ctx, period_id).rows
        },
        "plans page": {
            r.employee_no: _pair(r.total, r.grade)
            for r in improvement.list_result_use(demo_ctx, period_id)
        },
        "appeal picker": {
            r.employee_no: _pair(r.total, r.grade)
            for r in appeals.list_appealable(demo_ctx)
            if r.period_key == str(OCT)
        },
    }
    xlsx = tmp_path / "all.xlsx"
    run_to_end(export_period_results(demo_ctx, OCT, xlsx))
    lists["Excel export"] = {no: _excel_total(xlsx, no, demo_ctx.lang) for no in scored}
    assert scored["E010"] == ("105.43", "S")
    for surface, shown in lists.items():
        assert shown == scored, surface


def test_a_grade_change_is_kept_in_the_trail(demo_ctx):
    period_id = publish(demo_ctx)
    grid_edit(demo_ctx, "E005", SALES, "actual", 420000.0, "大单补录")
    row = _signoff_row(demo_ctx, period_id, "E005")
    assert row.grade != "C"
    trail = signoff.appraisal_trail(demo_ctx, row.appraisal_id)
    grade = next(e for e in trail if e.entity == "appraisal" and e.field == "grade")
    assert (grade.old, grade.new, grade.reason) == ("C", row.grade, "大单补录")


def test_a_team_goal_change_moves_the_team_share_of_all_and_they_are_amended(demo_ctx):
    """The innovative team links 30 % to its team goal (seed 002): a rep's own value moves only
    the rep; a change of the team goal moves all three, and they are amended."""
    period_id = publish(demo_ctx)
    before = {r.employee_no: r.total for r in signoff.period_signoff(demo_ctx, period_id).rows}
    grid_edit(demo_ctx, "E007", "new_product_achievement", "actual", 260000.0, "ERP补录")
    rows = {r.employee_no: r for r in signoff.period_signoff(demo_ctx, period_id).rows}
    assert rows["E007"].total != before["E007"] and rows["E007"].reprint_required
    for no in ("E008", "E009"):  # the team goal, not the colleagues, drives their share
        assert rows[no].total == before[no] and not rows[no].reprint_required

    before = {no: r.total for no, r in rows.items()}
    goal = next(r for r in team_goals.team_goal_records(demo_ctx, OCT) if r.actual is not None)
    changed = {goal.team_id: TeamGoal(goal.name, goal.measure, goal.target, 16.0)}
    team_goals.save_team_goals(demo_ctx, OCT, changed, reason="区域数据更正")
    rows = {r.employee_no: r for r in signoff.period_signoff(demo_ctx, period_id).rows}
    fresh = {p.employee_no: p.result for p in period_results(demo_ctx, OCT).people}
    for no in ("E007", "E008", "E009"):
        # 19.4 % → 16 % of a 20 % target: 97 → 80 team points, 30 % × 17 = 5.1 less
        assert rows[no].total == pytest.approx(before[no] - 5.1, abs=1e-4), no
        assert rows[no].total == pytest.approx(fresh[no].total, abs=1e-4)
        assert rows[no].reprint_required
        trail = signoff.appraisal_trail(demo_ctx, rows[no].appraisal_id)
        assert any(e.field == "total" and e.reason == "区域数据更正" for e in trail), no
    # other teams are left alone: no amendment, nothing to reprint
    for no in ("E003", "E005", "E010"):
        assert rows[no].total == before[no] and not rows[no].reprint_required


def test_the_manager_follows_when_a_rep_reaches_target(demo_ctx):
    """A manager whose "reps who met target" is derived from the reps' results."""
    with demo_ctx.transaction() as s:
        manager = s.scalar(select(StaffRow.id).where(StaffRow.employee_no == "E002"))
        october = s.scalar(
            select(PeriodRow.id).where(PeriodRow.year == 2026, PeriodRow.number == 10)
        )
        s.execute(
            delete(MetricEntryRow).where(
                MetricEntryRow.staff_id == manager,
                MetricEntryRow.period_id == october,
                MetricEntryRow.indicator_code == "reps_on_target_share",
            )
        )
    period_id = publish(demo_ctx)
    before = _signoff_row(demo_ctx, period_id, "E002").total
    grid_edit(demo_ctx, "E005", SALES, "actual", 330000.0, "ERP补录")  # 103 % of target
    after = _signoff_row(demo_ctx, period_id, "E002")
    assert after.total > before and after.reprint_required
    fresh = period_results(demo_ctx, OCT, staff_ids=[staff_id(demo_ctx, "E002")]).people[0]
    assert after.total == pytest.approx(fresh.result.total, abs=1e-4)


def test_a_month_change_rescores_the_published_quarter_containing_it(demo_ctx):
    q3 = Period.quarter(2026, 3)
    quarter_id = publish(demo_ctx, q3)
    before = _signoff_row(demo_ctx, quarter_id, "E005").total
    grid_edit(demo_ctx, "E005", SALES, "actual", 400000.0, "ERP补录", month=SEP)
    after = _signoff_row(demo_ctx, quarter_id, "E005")
    assert after.total > before and after.reprint_required
    fresh = period_results(demo_ctx, q3, staff_ids=[staff_id(demo_ctx, "E005")]).people[0]
    assert after.total == pytest.approx(fresh.result.total, abs=1e-4)
    trail = signoff.appraisal_trail(demo_ctx, after.appraisal_id)
    assert any(e.field == "total" and e.reason == "ERP补录" for e in trail)


def test_every_writer_obeys_the_rule(demo_ctx, tmp_path):
    """Events, imports and targets re-score the stored result just as the grid does."""
    period_id = publish(demo_ctx)
    sid = staff_id(demo_ctx, "E005")

    def stored() -> float:
        return _signoff_row(demo_ctx, period_id, "E005").total

    def fresh() -> float:
        return period_results(demo_ctx, OCT, staff_ids=[sid]).people[0].result.total

    start = stored()
    praise = events.EventDraft(
        "adjustment",
        D(2026, 10, 20),
        "praise_company",
        note="表扬",
        approver="分管副总经理",
        document_no="司发〔2026〕35号",
    )
    event_id = events.add_event(demo_ctx, sid, OCT, praise, reason="补登表扬")
    assert stored() > start and stored() == pytest.approx(fresh(), abs=1e-4)
    events.delete_event(demo_ctx, event_id, reason="登错了")
    assert stored() == pytest.approx(start, abs=1e-4)

    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["工号", "姓名", "月份", "指标", "目标值", "实际值"])
    wb.active.append(["E005", "刘洋", "2026-10", SALES, 320000, 300000])
    wb.save(tmp_path / "erp.xlsx")
    plan = run_to_end(plan_import(demo_ctx, tmp_path / "erp.xlsx", default_mapping()))
    assert plan.problems == [] and len(plan.changes) == 1
    run_to_end(apply_import(demo_ctx, plan, reason="ERP补录", backup=False))
    assert round(stored(), 2) == 68.15

    plan = {sid: [320000.0] * 9 + [300000.0, 320000.0, 320000.0]}
    targets.apply_targets(demo_ctx, SALES, 2026, plan, reason="目标下调", skip_locked=True)
    assert stored() == pytest.approx(fresh(), abs=1e-4) and round(stored(), 2) > 68.15


def test_a_signed_appraisal_refuses_the_change_and_names_the_appeal(demo_ctx):
    period_id = publish(demo_ctx)
    row = _signoff_row(demo_ctx, period_id, "E005")
    signoff.sign(
        demo_ctx,
        row.appraisal_id,
        [signoff.SignatureInput(r, "签字人", D(2026, 11, 10)) for r in signoff.SIGNER_ROLES],
    )
    with pytest.raises(LockedError) as refused:
        grid_edit(demo_ctx, "E005", SALES, "actual", 300000.0, "ERP补录")
    assert refused.value.code == "locked.signed"
    assert "申诉" in refused.value.message("zh_CN") and "appeal" in str(refused.value)
    sid = staff_id(demo_ctx, "E005")
    with pytest.raises(LockedError):
        events.add_event(
            demo_ctx,
            sid,
            OCT,
            events.EventDraft(
                "adjustment",
                D(2026, 10, 20),
                "praise_company",
                approver="分管副总经理",
                document_no="司发〔2026〕35号",
            ),
            reason="补登",
        )
    assert _signoff_row(demo_ctx, period_id, "E005").total == row.total


def test_the_amended_form_keeps_its_result_beside_the_composition(demo_ctx, tmp_path):
    """The 结果更正 table joins the total's block without pushing it a page on: E005's amended
    October form is two pages, 得分构成 and the total, the amendment, 上级评语 and the
    signatures on the second (a KeepTogether nested in the block left page 2 empty)."""
    publish(demo_ctx)
    grid_edit(demo_ctx, "E005", SALES, "actual", 300000.0, "ERP补录")
    job = PrintJob(period=str(OCT), staff_ids=(staff_id(demo_ctx, "E005"),), combined=True)
    outcome = run_to_end(print_forms(demo_ctx, job, tmp_path / "E005.pdf"))
    reader = PdfReader(io.BytesIO(outcome.files[0].read_bytes()))
    pages = [re.sub(r"\s+", "", page.extract_text() or "") for page in reader.pages]
    assert len(pages) == 2
    for needle in ("得分构成", "总分：68.15", "结果更正", "上级评语", "签字确认"):
        assert needle in pages[1], needle
