"""salesperf-cli score: the explained results of a period, as a table, JSON, CSV or a workbook."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

from salesperf_desktop.cli import CliError
from salesperf_desktop.cli.common import open_context, parse_period
from salesperf_desktop.domain.explain import explain
from salesperf_desktop.domain.i18n import pick
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services.appraisals import period_results


def register(sub) -> None:
    p = sub.add_parser(
        "score",
        help="score a period (month 2026-09, quarter 2026-Q3 or year 2026) and print the breakdown",
    )
    p.add_argument("period", help="2026-09 (month), 2026-Q3 (quarter) or 2026 (year)")
    p.add_argument("--team", help="only this team (its code or name)")
    p.add_argument(
        "--format",
        choices=["table", "json", "csv", "xlsx"],
        default="table",
        help="what is printed: table (the default), json or csv (for programs), xlsx (an Excel workbook)",
    )
    p.add_argument("--detail", action="store_true", help="table: every indicator of every person")
    p.add_argument("-o", "--output", type=Path, help="write to this file (required for xlsx)")
    p.set_defaults(func=run)


def _fmt(value, digits: int = 2) -> str:
    if value is None:
        return "—"
    return f"{value:.{digits}f}"


def run(args) -> int:
    from salesperf_desktop.cli.print_forms import selection

    period = parse_period(args.period)
    if args.format == "xlsx" and not args.output:
        raise CliError.coded("cli.xlsx_needs_output")
    with open_context(args) as ctx:
        team_id, _ = selection(ctx, args)
        lang = ctx.lang
        if args.format == "xlsx":
            from salesperf_desktop.services.progress import run_to_end
            from salesperf_desktop.services.results_export import export_period_results

            run_to_end(export_period_results(ctx, period, args.output, team_id=team_id))
            print(args.output)
            return 0
        results = period_results(ctx, period, team_id=team_id)
    if args.format == "json":
        text = json.dumps(_json(results, period, lang), ensure_ascii=False, indent=2)
    elif args.format == "csv":
        text = _csv(results)
    else:
        text = _table(results, lang, args.detail)
    if args.output:
        # CSV: a byte-order mark, so that Excel reads the Chinese names as UTF-8
        if args.format == "csv":
            args.output.write_text(text + "\r\n", encoding="utf-8-sig", newline="")
        else:
            args.output.write_text(text, encoding="utf-8")
        print(args.output)
    else:
        sys.stdout.write(text + "\n")
    return 0


def _json(results, period: Period, lang: str) -> dict:
    return {
        "period": str(period),
        "team_scores": results.team_scores,
        "people": [
            {
                "employee_no": p.employee_no,
                "name": p.name,
                "team": p.team_name,
                "template": p.template_code,
                "template_version": p.template_version,
                "frozen": p.frozen,
                "result": p.result.to_dict(lang),
                "explanation": explain(p.result).to_dict(lang),
            }
            for p in results.people
        ],
    }


def _csv(results) -> str:
    """One line per person; text that a spreadsheet could run as a formula is quoted."""
    from salesperf_desktop.services.xlsx_io import csv_cell

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["employee_no", "name", "team", "total", "grade", "coefficient", "vetoed"])
    for p in results.people:
        r = p.result
        row = [p.employee_no, p.name, p.team_name, r.total, r.grade, r.coefficient, r.vetoed]
        writer.writerow([csv_cell(v) for v in row])
    return out.getvalue().rstrip("\r\n")


def _pad(text: str, width: int, right: bool = False) -> str:
    """*text* padded to *width* terminal columns (a Chinese character takes two)."""
    from unicodedata import east_asian_width

    used = sum(2 if east_asian_width(ch) in "WF" else 1 for ch in text)
    fill = " " * max(0, width - used)
    return fill + text if right else text + fill


def _cut(text: str, width: int) -> str:
    from unicodedata import east_asian_width

    out, used = "", 0
    for ch in text:
        used += 2 if east_asian_width(ch) in "WF" else 1
        if used > width:
            break
        out += ch
    return out


def _table(results, lang: str, detail: bool) -> str:
    def word(key: str) -> str:
        return render(f"cli.score.{key}", {}, lang)

    lines = [
        _pad(word("id"), 8)
        + _pad(word("name"), 10)
        + _pad(word("team"), 16)
        + _pad(word("total"), 8, right=True)
        + "  "
        + _pad(word("grade"), 6)
        + _pad(word("coefficient"), 6, right=True)
        + "  "
        + word("notes")
    ]
    for p in results.people:
        r = p.result
        notes = "; ".join(render(f.code, f.params, lang) for f in r.flags)
        if r.vetoed:
            notes = f"{word('veto')}; {notes}" if notes else word("veto")
        lines.append(
            _pad(p.employee_no, 8)
            + _pad(p.name, 10)
            + _pad(_cut(p.team_name, 14), 16)
            + f"{r.total:>8.2f}  "
            + _pad(r.grade, 6)
            + f"{r.coefficient:>6.2f}  {notes}"
        )
        if detail:
            lines += _detail(r, lang)
    if results.without_template:
        names = ("、" if lang != "en" else ", ").join(results.without_template)
        lines.append(render("cli.score.without_template", {"names": names}, lang))
    if results.not_graded:  # leave all period: named with the reason
        names = ("；" if lang != "en" else "; ").join(results.not_graded)
        lines.append(render("cli.score.not_graded", {"names": names}, lang))
    return "\n".join(lines)


def _detail(r, lang: str) -> list[str]:
    """Every indicator, the dimension subtotals, then the lines from the indicator points to the
    total (team share, bonus/penalty, caps, veto): the printed numbers add up (domain/explain)."""
    e = explain(r)
    lines = []
    for item in r.items:
        shown = e.item(item.indicator)
        figures = render(
            "cli.score.item",
            {
                "target": _fmt(item.target),
                "actual": _fmt(item.actual),
                "value": _fmt(item.value, 3),
            },
            lang,
        )
        lines.append(
            f"    {_pad(_cut(item.label(lang), 24), 26)}{item.weight:>6g}  {figures}  "
            f"→ {shown.amount()}  [{item.rule_text(lang)}]"
        )
    for d in e.dimensions:
        lines.append(f"    = {pick(d.name, lang) or d.key}: {d.amount()} / {d.params['weight']}")
    for line in e.summary():
        if line.kind == "total":
            lines.append(f"  = {line.amount():>9}  {line.text(lang)}")
        else:
            amount = line.amount(signed=line.kind != "items_points")
            lines.append(f"    {amount:>9}  {line.text(lang)}")
    return lines
