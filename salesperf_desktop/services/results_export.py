"""Excel export of a period's results, for the officer's payroll and filing.

Sheets:
- **Summary** — one row per person: total, % of sheet, grade, bonus coefficient, a column per
  dimension subtotal, indicator points, team share (beside it, when a template links the share
  to seed 002's team goal: the team's goal, its target, actual and attainment), bonus/penalty,
  veto, status and notes. The
  parts are the explanation's (domain/explain.py), to the cent: subtotals add up to the
  indicator points, and indicator points + team share + bonus + penalty = the total as shown.
- **Breakdown** — one row per person × indicator (target, actual, rate, rule, points). One long,
  filterable sheet rather than a sheet per indicator: reps and managers have different indicator
  sets, 30+ indicators would make 30+ sheets, and an HR officer filters or pivots one table
  (AutoFilter on every column) — e.g. "everyone's collection rate" is one filter away.
- **Adjustments** — each bonus/penalty/attendance line with its reason.
- **Distribution** — the grade counts against the forced-distribution guide.

Frozen headers, number formats (0.00, percentages), column widths; texts in the chosen language.
"""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path
from typing import TYPE_CHECKING

from salesperf_desktop.domain.explain import explain
from salesperf_desktop.domain.i18n import pick
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.team_goal import PERCENT, TEAM_GOAL
from salesperf_desktop.services.appraisals import PeriodResults, period_results
from salesperf_desktop.services.files import replace_file
from salesperf_desktop.services.pdf.forms import is_rate
from salesperf_desktop.services.pdf.labels import label, role_text, status_text
from salesperf_desktop.services.progress import Progress
from salesperf_desktop.services.xlsx_io import save_workbook

if TYPE_CHECKING:
    from openpyxl.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

PCT = "0.0%"
PTS = "0.00"
AMOUNT = "#,##0.##"
GOAL_PERCENT = '0.0"%"'  # a percentage goal is entered as 20 for 20 %
GOAL_COLUMNS = ("team_goal", "team_goal_target", "team_goal_actual", "team_goal_attainment")


def _x(key: str, lang: str) -> str:
    return render(f"export.{key}", {}, lang)


def export_period_results(
    ctx,
    period: Period,
    path: Path | str,
    *,
    lang: str | None = None,
    team_id: int | None = None,
) -> Generator[Progress, None, Path]:
    """Score *period* (everyone, or one team) and write its workbook: File ▸ Export and the CLI."""
    lang = lang or ctx.lang
    results = period_results(ctx, period, team_id=team_id, lang=lang)
    company = ctx.settings.get("company_name")
    return (yield from export_results(results, path, lang=lang, company=company))


def export_results(
    results: PeriodResults, path: Path | str, *, lang: str = "zh_CN", company: str | None = None
) -> Generator[Progress, None, Path]:
    """Write the workbook (atomically: a temporary file renamed at the end)."""
    from openpyxl import Workbook

    path = Path(path)
    steps = len(results.people) + 2
    yield Progress(0, steps, step="progress.exporting_results")
    wb = Workbook()
    _summary_sheet(wb.active, results, lang, company)
    yield from _breakdown_sheet(wb.create_sheet(_x("breakdown", lang)), results, lang, steps)
    _adjustments_sheet(wb.create_sheet(_x("adjustments", lang)), results, lang)
    _distribution_sheet(wb.create_sheet(_x("distribution", lang)), results, lang)
    yield Progress(steps - 1, steps, step="progress.saving_workbook")
    _save_atomically(wb, path)
    yield Progress(steps, steps, step="progress.done")
    return path


def _header(ws: Worksheet, row: int, names: list[str], widths: list[float]) -> None:
    """Bold, shaded, wrapped headings with frozen panes and an AutoFilter under them."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="E4EAF2")
    for col, (name, width) in enumerate(zip(names, widths, strict=True), start=1):
        cell = ws.cell(row=row, column=col, value=name)
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = ws.cell(row=row + 1, column=3)
    ws.auto_filter.ref = f"A{row}:{get_column_letter(len(names))}{row}"


def _write_row(ws: Worksheet, row: int, values: list, formats: dict[int, str]) -> None:
    for c, value in enumerate(values, start=1):
        ws.cell(row=row, column=c, value=value)
    for c, fmt in formats.items():
        ws.cell(row=row, column=c).number_format = fmt


def _title(results: PeriodResults, lang: str, company: str | None) -> str:
    text = render(
        "export.title", {"company": company or "", "period": results.period.label(lang)}, lang
    )
    return text.strip(" —")


def _dimensions(results: PeriodResults, lang: str) -> list[tuple[str, str]]:
    """The dimensions of everyone's sheets, (code, label) in first-seen order."""
    dims: dict[str, str] = {}
    for p in results.people:
        for d in p.result.dimensions:
            if d.dimension not in dims:
                dims[d.dimension] = d.to_dict(lang)["label"]
    return list(dims.items())


def _summary_sheet(ws: Worksheet, results: PeriodResults, lang: str, company: str | None) -> None:
    """One row per person: total, % of sheet, grade, coefficient, dimension subtotals, notes."""
    from openpyxl.styles import Font

    ws.title = _x("summary", lang)
    ws.cell(row=1, column=1, value=_title(results, lang, company)).font = Font(bold=True, size=13)
    dims = _dimensions(results, lang)
    goals = any(p.result.team_basis == TEAM_GOAL for p in results.people)
    goal_names = [_x(key, lang) for key in GOAL_COLUMNS] if goals else []
    names = [
        label("employee_no", lang),
        label("name", lang),
        label("team", lang),
        label("role", lang),
        label("template", lang),
        *[lab for _, lab in dims],
        label("items_points", lang),
        label("team_share", lang),
        *goal_names,
        label("bonus", lang),
        label("penalty", lang),
        label("veto", lang),
        label("total", lang),
        _x("sheet_total", lang),
        _x("percent", lang),
        label("grade", lang),
        label("coefficient", lang),
        label("status", lang),
        _x("flags", lang),
    ]
    goal_widths = [22, 10, 10, 10] if goals else []
    widths = [10, 12, 18, 12, 22, *[14] * len(dims), 12, 10, *goal_widths]
    widths += [8, 8, 8, 10, 8, 10, 7, 10, 10, 50]
    _header(ws, 2, names, widths)
    base = 6 + len(dims) + 4 + len(goal_names)  # the column before the total
    formats = {c: PTS for c in range(6, base)}
    formats.update({base + 1: PTS, base + 3: PCT, base + 5: PTS})  # total, percent, coefficient
    first_goal = 8 + len(dims)  # after the team share
    for r, p in enumerate(results.people, start=3):
        if goals:
            goal = p.result.team_goal
            number = GOAL_PERCENT if goal is not None and goal.measure == PERCENT else AMOUNT
            formats.update({first_goal + 1: number, first_goal + 2: number, first_goal + 3: PCT})
            formats.pop(first_goal, None)  # the goal's name
        _write_row(ws, r, _summary_values(p, dims, lang, goals=goals), formats)


def _goal_values(p, lang: str) -> list:
    """The team goal beside the team share: its name, target, actual and attainment (blank
    for a person whose template does not follow a team goal)."""
    res = p.result
    if res.team_basis != TEAM_GOAL:
        return [None] * len(GOAL_COLUMNS)
    goal = res.team_goal
    if goal is None:
        return [render("team_goal.not_entered", {}, lang), None, None, None]
    return [goal.name, goal.target, goal.actual, goal.attainment]


def _summary_values(p, dims: list[tuple[str, str]], lang: str, *, goals: bool = False) -> list:
    res = p.result
    e = explain(res)
    subtotal = {d.key: d.shown for d in e.dimensions}
    bonus = sum(a.cents for a in e.adjustments if a.kind == "bonus_cap" or a.points > 0)
    penalty = e.adjustments_total.cents - bonus
    notes = "; ".join(
        render(f.code, f.params, lang) for f in res.flags if f.severity in ("error", "warning")
    )
    return [
        p.employee_no,
        p.name,
        p.team_name,
        role_text(p.role, lang),
        f"{pick(res.template_name, lang) or res.template_code} v{p.template_version}",
        *[subtotal.get(code) for code, _ in dims],
        e.items_points.shown,
        e.team.shown if e.team is not None else None,
        *(_goal_values(p, lang) if goals else []),
        bonus / 100,
        penalty / 100,
        _x("yes", lang) if res.vetoed else "",
        res.total,  # exact: shown as 0.00 it is the explanation's total
        res.sheet_total,
        res.percent / 100.0,
        res.grade,
        res.coefficient,
        status_text(p.appraisal_status.value if p.appraisal_status else None, lang),
        notes,
    ]


def _breakdown_sheet(
    ws: Worksheet, results: PeriodResults, lang: str, steps: int
) -> Generator[Progress, None, None]:
    """One row per person × indicator (one filterable sheet); progress per person."""
    from openpyxl.styles import Alignment

    wrap = Alignment(wrap_text=True, vertical="top")
    names = [
        label("employee_no", lang),
        label("name", lang),
        label("team", lang),
        label("dimension", lang),
        label("indicator", lang),
        label("weight", lang) if lang != "en" else "Weight",
        label("target", lang),
        label("actual", lang),
        _x("value", lang),
        label("rule", lang),
        label("points", lang),
        _x("max_points", lang),
        _x("flags", lang),
    ]
    _header(ws, 1, names, [10, 12, 18, 18, 24, 8, 14, 14, 12, 60, 9, 10, 40])
    row = 2
    for i, p in enumerate(results.people, start=1):
        e = explain(p.result)  # points to the cent, adding up to the summary's subtotals
        for it in p.result.items:
            d = it.to_dict(lang)
            notes = "; ".join(
                render(f.code, f.params, lang) for f in it.flags if f.severity != "info"
            )
            values = [
                p.employee_no,
                p.name,
                p.team_name,
                d["dimension_label"],
                d["label"],
                it.weight,
                it.target,
                it.actual,
                it.value,
                d["rule_text"],
                e.item(it.indicator).shown,
                it.max_points,
                notes,
            ]
            value_format = PCT if is_rate(it.measure, it.target) else PTS
            formats = {6: "0.##", 7: AMOUNT, 8: AMOUNT, 9: value_format, 11: PTS, 12: PTS}
            _write_row(ws, row, values, formats)
            ws.cell(row=row, column=10).alignment = wrap
            row += 1
        yield Progress(i, steps, step="progress.exporting_results", item=p.name)


def _adjustments_sheet(ws: Worksheet, results: PeriodResults, lang: str) -> None:
    """Each bonus, penalty and attendance line with its reason."""
    names = [
        label("employee_no", lang),
        label("name", lang),
        label("adj_item", lang),
        label("adj_count", lang),
        label("adj_each", lang),
        label("points", lang),
        label("adj_reason", lang),
    ]
    _header(ws, 1, names, [10, 12, 26, 8, 8, 9, 60])
    row = 2
    for p in results.people:
        for line in p.result.adjustments.lines:
            values = [
                p.employee_no,
                p.name,
                line.to_dict(lang)["label"],
                line.count,
                line.points_each,
                line.points,
                line.note,
            ]
            _write_row(ws, row, values, {4: "0.##", 5: "0.##", 6: PTS})
            row += 1


def _distribution_sheet(ws: Worksheet, results: PeriodResults, lang: str) -> None:
    """The grade counts against the forced-distribution guide."""
    names = [
        label("grade", lang),
        _x("expected_share", lang),
        _x("expected_count", lang),
        _x("actual_count", lang),
        _x("actual_share", lang),
        _x("deviation", lang),
    ]
    _header(ws, 1, names, [8, 12, 12, 12, 12, 10])
    ws.freeze_panes = "A2"
    if results.distribution is None:
        return
    formats = {2: PCT, 3: "0.0", 5: PCT, 6: "+0.0;-0.0;0"}
    for r, dist in enumerate(results.distribution.rows, start=2):
        values = [
            dist.grade,
            dist.expected_share,
            dist.expected_count,
            dist.actual_count,
            dist.actual_share,
            dist.deviation,
        ]
        _write_row(ws, r, values, formats)


def _save_atomically(wb: Workbook, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    save_workbook(wb, part)
    replace_file(part, path)
