"""salesperf-cli appeals: list appeals, show deadlines, file one, record the decision."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from salesperf_desktop.cli import CliError
from salesperf_desktop.cli.common import open_context
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.status import status_word
from salesperf_desktop.services import appeals, calendar_workbook, workdays


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def register(sub) -> None:
    p = sub.add_parser("appeals", help="appeals: list, deadlines, file, decide")
    cmds = p.add_subparsers(dest="appeals_command", metavar="ACTION", required=True)

    ls = cmds.add_parser("list", help="every appeal with its deadlines and flags")
    ls.add_argument("--today", type=_date, help="date the overdue flags are computed for")
    ls.set_defaults(func=run_list)

    dl = cmds.add_parser("deadline", help="working-day deadlines for a publication date")
    dl.add_argument("published", type=_date, help="publication date, e.g. 2026-09-30")
    dl.add_argument("--filed", type=_date, help="filing date (gives the decision due date)")
    dl.set_defaults(func=run_deadline)

    cal = cmds.add_parser(
        "calendar", help="working-day calendar: each year official or estimated; HR's notice"
    )
    cal.add_argument("years", type=int, nargs="*", help="years to show (default: this and next)")
    cal.add_argument(
        "--import", dest="import_path", type=Path, help="enter the notice from a workbook"
    )
    cal.add_argument("--template", type=Path, help="write a blank notice workbook")
    cal.set_defaults(func=run_calendar)

    fl = cmds.add_parser("file", help="file an appeal against a published result")
    fl.add_argument("employee_no")
    fl.add_argument("period", help="e.g. 2026-09 or 2026-Q3")
    fl.add_argument(
        "--reason", required=True, help="why the result is contested (printed on the form)"
    )
    fl.add_argument("--on", type=_date, default=None, help="filing date (default today)")
    fl.add_argument("--evidence", type=Path, nargs="*", default=[], help="files to attach")
    fl.set_defaults(func=run_file)

    dc = cmds.add_parser("decide", help="record the committee's decision")
    dc.add_argument("number", help="appeal number, e.g. AP-2026-001")
    dc.add_argument("outcome", choices=["upheld", "partly_upheld", "rejected"])
    dc.add_argument(
        "--reason", required=True, help="the reason for the decision (printed on the form)"
    )
    dc.add_argument("--on", type=_date, default=None, help="decision date (default today)")
    dc.add_argument(
        "--points", type=float, default=None, help="points added/taken off directly (upheld only)"
    )
    dc.add_argument(
        "--comment",
        default=None,
        help="the supervisor's comment (上级评语) as rewritten by the decision (upheld only)",
    )
    dc.set_defaults(func=run_decide)


def _flags(r: appeals.AppealRecord, lang: str) -> str:
    on = (("late", r.late), ("overdue", r.overdue), ("decided_late", r.decided_late))
    return "、".join(render(f"cli.appeal.flag.{flag}", {}, lang) for flag, set_ in on if set_)


def _word(lang: str, message: str, **params) -> str:
    return render(f"cli.appeal.{message}", params, lang)


def _print_calendar(years, lang: str) -> None:
    """Each year's working-day calendar: official, entered by HR, or estimated."""
    for year in years:
        note = _word(lang, f"calendar.{_CALENDAR_NOTES[year.source]}")
        print(f"{_word(lang, 'calendar')}\t{year.year}\t{note}")


def run_list(args) -> int:
    with open_context(args) as ctx:
        rows = appeals.list_appeals(ctx, today=args.today)
        days = [d for r in rows for d in (r.published_on, r.filing_deadline, r.decision_due)]
        years = workdays.calendar_years(ctx, sorted({d.year for d in days if d is not None}))
        lang = ctx.lang
    for r in rows:
        print(
            f"{r.number}\t{r.employee_no}\t{r.staff_name}\t{r.period_key}"
            f"\t{_word(lang, 'filed', date=r.filed_on)}"
            f"\t{_word(lang, 'file_by', date=r.filing_deadline)}"
            f"\t{_word(lang, 'due', date=r.decision_due)}\t{status_word(r.outcome, lang)}"
            f"\t{r.decided_on or ''}\t{_flags(r, lang)}"
            f"\t{_word(lang, 'files', count=len(r.evidence))}"
        )
    _print_calendar(years, lang)
    return 0


def run_deadline(args) -> int:
    with open_context(args) as ctx:
        filing, decision = appeals.appeal_days(ctx)
        window = appeals.deadlines(ctx, args.published, args.filed)
        lang = ctx.lang
    filing_line = _word(
        lang, "deadline_filing", date=window.filing_deadline, days=filing, published=args.published
    )
    print(filing_line)
    if window.decision_due:
        late = _word(lang, "late_mark") if window.late else ""
        decision_line = _word(
            lang, "deadline_decision", date=window.decision_due, days=decision, filed=args.filed
        )
        print(decision_line + late)
    _print_calendar(window.years, lang)
    return 0


_CALENDAR_NOTES = {
    workdays.YearSource.OFFICIAL: "official",
    workdays.YearSource.ENTERED: "entered",
    workdays.YearSource.ESTIMATED: "estimated",
}


def run_calendar(args) -> int:
    with open_context(args) as ctx:
        lang = ctx.lang
        if args.template:
            calendar_workbook.write_notice_template(args.template, lang)
            print(_word(lang, "template_written", path=args.template))
        if args.import_path:
            try:
                result = calendar_workbook.import_notice_workbook(ctx, args.import_path)
            except calendar_workbook.CalendarImportError as refused:
                raise CliError("\n".join(refused.messages(ctx.lang))) from refused
            print(result.message(ctx.lang))
        this_year = ctx.today().year
        years = args.years or [this_year, this_year + 1]
        _print_calendar(workdays.calendar_years(ctx, years), lang)
    print(_word(lang, "source", version=workdays.package_version()))
    return 0


def run_file(args) -> int:
    with open_context(args) as ctx:
        appraisal_id = appeals.appraisal_id_for(ctx, args.employee_no, args.period)
        if appraisal_id is None:
            raise CliError.coded(
                "cli.no_appraisal", employee_no=args.employee_no, period=args.period
            )
        try:
            appeal = appeals.submit_appeal(
                ctx,
                appraisal_id,
                filed_on=args.on or ctx.today(),
                reason=args.reason,
                evidence_files=args.evidence,
            )
        except appeals.AppealError as exc:
            raise CliError(str(exc)) from exc
        lang = ctx.lang
    late = _word(lang, "late_filed") if appeal.late else ""
    print(
        f"{appeal.number}\t{_word(lang, 'file_by', date=appeal.filing_deadline)}"
        f"\t{_word(lang, 'due', date=appeal.decision_due)}{late}"
    )
    return 0


def run_decide(args) -> int:
    with open_context(args) as ctx:
        appeal_id = appeals.appeal_id_by_number(ctx, args.number)
        if appeal_id is None:
            raise CliError.coded("cli.no_appeal", number=args.number)
        corrections = appeals.Corrections(points=args.points, supervisor_comment=args.comment)
        try:
            decision = appeals.record_decision(
                ctx,
                appeal_id,
                outcome=args.outcome,
                reason=args.reason,
                decided_on=args.on or ctx.today(),
                corrections=corrections or None,
            )
        except appeals.AppealError as exc:
            raise CliError(str(exc)) from exc
        lang = ctx.lang
    late = f"\t{_word(lang, 'decided_late')}" if decision.decided_late else ""
    print(f"{decision.number}\t{status_word(decision.outcome, lang)}{late}")
    if decision.amendment:
        a = decision.amendment
        print(
            _word(
                lang,
                "amended",
                old_total=a.old_total,
                new_total=a.new_total,
                old_grade=a.old_grade,
                new_grade=a.new_grade,
            )
        )
    return 0
