"""Excel export of a period's results, for the officer's payroll and filing.

Sheets:
- **Summary** — one row per person: total, % of sheet, grade, bonus coefficient, a column per
  dimension subtotal, team part, bonus/penalty, veto, status and notes.
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

from salesperf_desktop.domain.i18n import pick
from salesperf_desktop.domain.messages import render
from salesperf_desktop.services.appraisals import PeriodResults
from salesperf_desktop.services.files import replace_file
from salesperf_desktop.services.pdf.forms import is_rate
from salesperf_desktop.services.pdf.labels import label, role_text, status_text
from salesperf_desktop.services.progress import Progress


def _t(zh_cn: str, zh_tw: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}


TEXTS = {
    "summary": _t("汇总", "彙總", "Summary"),
    "breakdown": _t("指标明细", "指標明細", "Breakdown"),
    "adjustments": _t("加减分", "加減分", "Adjustments"),
    "distribution": _t("等级分布", "等級分布", "Distribution"),
    "title": _t("%1 %2 考核结果", "%1 %2 考核結果", "%1 — appraisal results %2"),
    "percent": _t("得分率", "得分率", "% of sheet"),
    "sheet_total": _t("满分", "滿分", "Sheet total"),
    "max_points": _t("最高可得", "最高可得", "Max points"),
    "vetoed": _t("否决", "否決", "Vetoed"),
    "yes": _t("是", "是", "yes"),
    "expected_share": _t("指导比例", "指導比例", "Guide share"),
    "expected_count": _t("指导人数", "指導人數", "Guide head count"),
    "actual_count": _t("实际人数", "實際人數", "Actual head count"),
    "actual_share": _t("实际比例", "實際比例", "Actual share"),
    "deviation": _t("偏差", "偏差", "Deviation"),
    "flags": _t("说明", "說明", "Notes"),
    "value": _t("达成率/评分", "達成率/評分", "Rate / rating"),
}

PCT = "0.0%"
PTS = "0.00"
AMOUNT = "#,##0.##"


def _x(key: str, lang: str) -> str:
    return pick(TEXTS[key], lang)


def export_results(
    results: PeriodResults, path: Path | str, *, lang: str = "zh_CN", company: str | None = None
) -> Generator[Progress, None, Path]:
    """Write the workbook (atomically: a temporary file renamed at the end)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    path = Path(path)
    people = results.people
    steps = len(people) + 2
    yield Progress(0, steps, "")
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="E4EAF2")
    wrap = Alignment(wrap_text=True, vertical="top")

    def header(ws, row: int, names: list[str], widths: list[float]) -> None:
        for col, (name, width) in enumerate(zip(names, widths, strict=True), start=1):
            cell = ws.cell(row=row, column=col, value=name)
            cell.font, cell.fill = bold, fill
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            ws.column_dimensions[get_column_letter(col)].width = width
        ws.freeze_panes = ws.cell(row=row + 1, column=3)
        ws.auto_filter.ref = f"A{row}:{get_column_letter(len(names))}{row}"

    wb = Workbook()
    period = results.period
    title = (
        _x("title", lang).replace("%1", company or "").replace("%2", period.label(lang)).strip(" —")
    )

    # ---- summary
    ws = wb.active
    ws.title = _x("summary", lang)
    ws.cell(row=1, column=1, value=title).font = Font(bold=True, size=13)
    dims: list[tuple[str, str]] = []  # (code, label) in first-seen order
    for p in people:
        for d in p.result.dimensions:
            if d.dimension not in [c for c, _ in dims]:
                dims.append((d.dimension, d.to_dict(lang)["label"]))
    names = [
        label("employee_no", lang),
        label("name", lang),
        label("team", lang),
        label("role", lang),
        label("template", lang),
        *[lab for _, lab in dims],
        label("items_points", lang),
        label("team_part", lang),
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
    widths = [10, 12, 18, 12, 22, *[14] * len(dims), 12, 10, 8, 8, 8, 10, 8, 10, 7, 10, 10, 50]
    header(ws, 2, names, widths)
    n_dims = len(dims)
    for r, p in enumerate(people, start=3):
        res = p.result
        subtotal = {d.dimension: d.points for d in res.dimensions}
        notes = "; ".join(
            render(f.code, f.params, lang) for f in res.flags if f.severity in ("error", "warning")
        )
        row = [
            p.employee_no,
            p.name,
            p.team_name,
            role_text(p.role, lang),
            f"{pick(res.template_name, lang) or res.template_code} v{p.template_version}",
            *[subtotal.get(code) for code, _ in dims],
            res.items_points,
            res.team_part if res.team_share else None,
            res.adjustments.bonus,
            res.adjustments.penalty,
            _x("yes", lang) if res.vetoed else "",
            res.total,
            res.sheet_total,
            res.percent / 100.0,
            res.grade,
            res.coefficient,
            status_text(p.appraisal_status.value if p.appraisal_status else None, lang),
            notes,
        ]
        for c, value in enumerate(row, start=1):
            ws.cell(row=r, column=c, value=value)
        for c in range(6, 6 + n_dims + 4):
            ws.cell(row=r, column=c).number_format = PTS
        base = 6 + n_dims + 4
        ws.cell(row=r, column=base + 1).number_format = PTS  # total
        ws.cell(row=r, column=base + 3).number_format = PCT  # percent
        ws.cell(row=r, column=base + 5).number_format = PTS  # coefficient

    # ---- breakdown: one row per person × indicator
    wb_b = wb.create_sheet(_x("breakdown", lang))
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
    header(wb_b, 1, names, [10, 12, 18, 18, 24, 8, 14, 14, 12, 60, 9, 10, 40])
    row = 2
    for i, p in enumerate(people, start=1):
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
                it.points,
                it.max_points,
                notes,
            ]
            for c, value in enumerate(values, start=1):
                wb_b.cell(row=row, column=c, value=value)
            wb_b.cell(row=row, column=6).number_format = "0.##"
            wb_b.cell(row=row, column=7).number_format = AMOUNT
            wb_b.cell(row=row, column=8).number_format = AMOUNT
            wb_b.cell(row=row, column=9).number_format = (
                PCT if is_rate(it.measure, it.target) else PTS
            )
            wb_b.cell(row=row, column=10).alignment = wrap
            wb_b.cell(row=row, column=11).number_format = PTS
            wb_b.cell(row=row, column=12).number_format = PTS
            row += 1
        yield Progress(i, steps, p.name)

    # ---- adjustments
    ws_a = wb.create_sheet(_x("adjustments", lang))
    names = [
        label("employee_no", lang),
        label("name", lang),
        label("adj_item", lang),
        label("adj_count", lang),
        label("adj_each", lang),
        label("points", lang),
        label("adj_reason", lang),
    ]
    header(ws_a, 1, names, [10, 12, 26, 8, 8, 9, 60])
    row = 2
    for p in people:
        for line in p.result.adjustments.lines:
            d = line.to_dict(lang)
            for c, value in enumerate(
                [
                    p.employee_no,
                    p.name,
                    d["label"],
                    line.count,
                    line.points_each,
                    line.points,
                    line.note,
                ],
                start=1,
            ):
                ws_a.cell(row=row, column=c, value=value)
            for c in (4, 5):
                ws_a.cell(row=row, column=c).number_format = "0.##"
            ws_a.cell(row=row, column=6).number_format = PTS
            row += 1

    # ---- distribution against the forced-distribution guide
    ws_d = wb.create_sheet(_x("distribution", lang))
    names = [
        label("grade", lang),
        _x("expected_share", lang),
        _x("expected_count", lang),
        _x("actual_count", lang),
        _x("actual_share", lang),
        _x("deviation", lang),
    ]
    header(ws_d, 1, names, [8, 12, 12, 12, 12, 10])
    ws_d.freeze_panes = "A2"
    if results.distribution is not None:
        for r, dist in enumerate(results.distribution.rows, start=2):
            values = [
                dist.grade,
                dist.expected_share,
                dist.expected_count,
                dist.actual_count,
                dist.actual_share,
                dist.deviation,
            ]
            for c, value in enumerate(values, start=1):
                ws_d.cell(row=r, column=c, value=value)
            for c, fmt in ((2, PCT), (3, "0.0"), (5, PCT), (6, "+0.0;-0.0;0")):
                ws_d.cell(row=r, column=c).number_format = fmt

    yield Progress(steps - 1, steps, "")
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    wb.save(part)
    replace_file(part, path)
    yield Progress(steps, steps, "")
    return path
