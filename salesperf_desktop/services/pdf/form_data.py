"""Form data from stored data: the engine's explained result plus comments, GROW, plan, appeal.

Uses the frozen result of a published appraisal when there is one (``compute_period`` does);
otherwise the live computation, marked as a draft on the form.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from salesperf_desktop.domain.cycles import QUARTERLY, is_interim
from salesperf_desktop.domain.denominators import denominator_label, denominator_value
from salesperf_desktop.domain.explain import explain
from salesperf_desktop.domain.i18n import pick
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.status import status_word
from salesperf_desktop.domain.task_sheet import decode_reasons, reasons_text, task_type
from salesperf_desktop.domain.vocab import DIMENSIONS
from salesperf_desktop.services.appeals import (
    AMENDMENT_KEY,
    AppealRecord,
    appeal_rows,
    appeal_window,
)
from salesperf_desktop.services.appraisals import (
    PeriodResults,
    PersonResult,
    compute_period,
    stored_period,
)
from salesperf_desktop.services.audit import trail_for_appraisal
from salesperf_desktop.services.improvement import PlanDraft, plans_for
from salesperf_desktop.services.pdf.forms import (
    AppraisalForm,
    FormAction,
    FormAmendment,
    FormAppeal,
    FormDimension,
    FormInterview,
    FormItem,
    FormLine,
    FormPlan,
    TaskRecord,
    TaskSheetForm,
)
from salesperf_desktop.services.pdf.labels import colon, label, role_text, status_text
from salesperf_desktop.services.policy import policy_for_period
from salesperf_desktop.services.reviews import (
    ActionRecord,
    InterviewDraft,
    actions_of,
    interview_rows,
    load_interview,
)
from salesperf_desktop.services.self_summary import summaries_in
from salesperf_desktop.services.workdays import YearSource, load_calendar
from salesperf_desktop.settings import SPECS
from salesperf_desktop.storage.models import (
    AppraisalRow,
    EventRow,
    SettingRow,
    StaffRow,
    TaskSheetRow,
)

_DEFAULTS = {s.key: s.default for s in SPECS}


def company_name(session: Session) -> str:
    row = session.get(SettingRow, "company_name")
    return str(row.value) if row is not None and row.value else _DEFAULTS["company_name"]


def _iso(value) -> str:
    return value.isoformat() if value else ""


def _period_keys(period: Period) -> set[str]:
    """The period and, for a quarter or year, its months (interviews hang on either)."""
    return {str(period), *(str(m) for m in period.months())}


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


@dataclass
class _Interview:
    held_on: str
    interviewer: str
    draft: InterviewDraft
    actions: list[ActionRecord]


@dataclass
class _Appraisal:
    comment: str
    published_on: dt.date | None
    amendment: dict | None
    previous_coefficient: float | None = None


class _Extras:
    """Comments, GROW interviews, plans, appeals and amendments for many people.

    Read through the reviews services (GROW: ``reviews``; plans: ``improvement``; appeals:
    ``appeals``), so the form shows what the Reviews tab shows. Only the supervisor's comment,
    the publication date and the amendment note are read from the appraisal row itself.
    """

    def __init__(self, session: Session, period: Period, people: Sequence[PersonResult], lang: str):
        staff_ids = {p.staff_id for p in people}
        appraisal_ids = [p.appraisal_id for p in people if p.appraisal_id]
        self.appraisals: dict[int, _Appraisal] = {}
        self.plans: dict[int, PlanDraft] = {}
        self.appeals: dict[int, list[AppealRecord]] = defaultdict(list)
        self.interviews: dict[int, list[_Interview]] = defaultdict(list)
        # The texts of each template item (dimension, name, rule in words, what the target
        # column holds), worked out once for everyone scored on that item: keyed by the item
        # object, kept alive here.
        self.item_texts: dict[tuple, tuple] = {}
        stored = stored_period(session, period)
        policy = policy_for_period(session, stored)
        self.filing_days = policy.policy.appeal_filing_days
        self.policy_note = render(
            "policy.footnote" if policy.confirmed else "policy.footnote_unconfirmed",
            {"version": policy.version},
            lang,
        )
        self.summaries = summaries_in(session, stored.id) if stored is not None else {}
        self.calendar = load_calendar(session)
        last = period.months()[-1]  # results are published after the period: maybe next year
        self.publication_year = last.year + (1 if last.number == 12 else 0)
        if appraisal_ids:
            for a in session.scalars(
                select(AppraisalRow)
                .options(selectinload(AppraisalRow.period))
                .where(AppraisalRow.id.in_(appraisal_ids))
            ):
                self.appraisals[a.id] = _Appraisal(
                    comment=a.supervisor_comment or "",
                    published_on=a.published_on or a.period.published_on,
                    amendment=(a.result or {}).get(AMENDMENT_KEY),
                )
            self.plans = plans_for(session, appraisal_ids)
            for row in reversed(appeal_rows(session, appraisal_ids=appraisal_ids)):
                self.appeals[row.appraisal_id].append(row)  # oldest first on the form
            for aid, extra in self.appraisals.items():
                if extra.amendment:
                    extra.previous_coefficient = _previous_coefficient(
                        session, aid, extra.amendment.get("appeal_id")
                    )
        keys = _period_keys(period)
        if staff_ids:
            found = [
                row
                for row in interview_rows(session)
                if row.staff_id in staff_ids and row.period_key in keys
            ]
            for row in sorted(found, key=lambda r: (r.held_on, r.id)):
                self.interviews[row.staff_id].append(
                    _Interview(
                        held_on=_iso(row.held_on),
                        interviewer=row.interviewer,
                        draft=load_interview(session, row.id),
                        actions=actions_of(session, row.id),
                    )
                )

    def filing_deadline(self, appraisal_id: int | None) -> tuple[str, str, str]:
        """(last day to file an appeal, the calendar's source, its estimated years) for the form:
        the source is official, entered (HR's notice) or estimated."""
        extra = self.appraisals.get(appraisal_id or 0)
        if extra is None or extra.published_on is None:
            year = self.calendar.year(self.publication_year)
            estimated = "" if year.official else str(year.year)
            return "", year.source.value, estimated
        window = appeal_window(
            extra.published_on, calendar=self.calendar, filing_days=self.filing_days
        )
        if window.estimated_years:
            return (
                window.filing_deadline.isoformat(),
                YearSource.ESTIMATED.value,
                ", ".join(map(str, window.estimated_years)),
            )
        entered = any(y.source is YearSource.ENTERED for y in window.years)
        source = YearSource.ENTERED if entered else YearSource.OFFICIAL
        return window.filing_deadline.isoformat(), source.value, ""


def _previous_coefficient(session: Session, appraisal_id: int, appeal_id: int | None):
    """The bonus coefficient before the amendment, from the audit trail (None: not recorded)."""
    changes = [
        e
        for e in trail_for_appraisal(session, appraisal_id)
        if e.entity == "appraisal" and e.field == "coefficient" and e.appeal_id == appeal_id
    ]
    return _float(changes[-1].old_value) if changes else None  # the latest amendment's


def _amendment(extra: _Appraisal, appeals: Sequence[AppealRecord], lang: str):
    note = extra.amendment or {}
    appeal = next((a for a in appeals if a.id == note.get("appeal_id")), None)
    return FormAmendment(
        appeal_number=note.get("appeal_number") or "",
        outcome=status_word(appeal.outcome, lang) if appeal else "",
        decided_on=_iso(appeal.decided_on) if appeal else "",
        decision=(appeal.decision_reason if appeal else "") or note.get("reason") or "",
        amended_on=note.get("amended_on") or "",
        previous_total=note.get("previous_total"),
        previous_grade=note.get("previous_grade") or "",
        previous_coefficient=extra.previous_coefficient,
    )


def build_appraisal_form(
    person: PersonResult, extras: _Extras, lang: str, company: str
) -> AppraisalForm:
    """One person's form: the heading, the scored result, then the reviews around it."""
    form = _form_heading(person, lang, company)
    _add_result(form, person.result, lang, extras.item_texts)
    _add_appraisal_records(form, person, extras, lang)
    _add_interviews(form, extras.interviews.get(person.staff_id, ()), lang)
    return form


def _period_label(period: Period | None, cycle: str, lang: str) -> str:
    """The period as the form names it; a quarterly person's quarter is their 季度考核 and their
    year their 年度总评 (seed 002), said beside the period."""
    if period is None:
        return ""
    text = period.label(lang)
    if cycle == QUARTERLY and period.kind != "month":
        what = label("quarterly_appraisal" if period.kind == "quarter" else "annual_review", lang)
        text += f" ({what})" if lang == "en" else f"（{what}）"
    return text


def _form_heading(person: PersonResult, lang: str, company: str) -> AppraisalForm:
    r = person.result
    period = r.period
    return AppraisalForm(
        lang=lang,
        company=company,
        period_key=str(period) if period else "",
        period_label=_period_label(period, person.cycle, lang),
        staff_id=person.staff_id,
        employee_no=person.employee_no,
        name=person.name,
        team=person.team_name,
        role=role_text(person.role, lang),
        supervisor=person.supervisor_name,
        template_label=pick(r.template_name, lang) or r.template_code,
        template_code=person.template_code,
        template_version=person.template_version,
        sheet_total=r.sheet_total,
        status=status_text(
            person.appraisal_status.value if person.appraisal_status else None, lang
        ),
        frozen=person.frozen,
    )


def _item_texts(it, period, lang: str, known: dict[tuple, tuple]) -> tuple[str, str, str, str]:
    """(dimension, indicator, rule in words, what the target column holds) of a scored item:
    those of its template item in the period."""
    key = (id(it.item), period, lang)
    found = known.get(key)
    if found is None or found[0] is not it.item:
        texts = (
            pick(DIMENSIONS.get(it.dimension), lang) or it.dimension,
            it.label(lang),
            it.rule_text(lang),
            denominator_label(it, period, lang),
        )
        found = known[key] = (it.item, texts)
    return found[1]


def _add_result(form: AppraisalForm, r, lang: str, item_texts: dict) -> None:
    """Items, dimension subtotals, the lines to the total (team share, bonus/penalty, caps,
    veto) and the notes.

    Points are the explanation's (domain/explain.py): rounded to the cent so that the printed
    items add up to their subtotal, the subtotals to the indicator points, and those with the
    team share and bonus/penalty lines to the total."""
    e = explain(r)
    for it in r.items:
        dimension, indicator, rule_text, divisor = _item_texts(it, r.period, lang, item_texts)
        errors = [render(f.code, f.params, lang) for f in it.flags if f.severity == "error"]
        form.items.append(
            FormItem(
                dimension=dimension,
                indicator=indicator,
                weight=it.weight,
                measure=it.measure,
                target=denominator_value(it) if divisor is not None else it.target,
                actual=it.actual,
                value=it.value,
                rule_text=rule_text,
                points=e.item(it.indicator).shown,
                scored=it.scored,
                vetoed=it.vetoed,
                note="; ".join(errors),
                target_label=divisor or "",
            )
        )
    form.dimensions = [
        FormDimension(d.to_dict(lang)["label"], d.weight, shown.shown)
        for d, shown in zip(r.dimensions, e.dimensions, strict=True)
    ]
    form.items_points = e.items_points.shown
    form.explanation = [
        FormLine(
            line.kind,
            line.text(lang),
            line.amount(signed=line.kind not in ("items_points", "total")),
        )
        for line in e.summary()
    ]
    form.total, form.grade, form.coefficient = r.total, r.grade, r.coefficient
    form.complete = r.complete
    form.notes = [
        render(f.code, f.params, lang)
        for f in (*r.flags, *r.adjustments.flags)
        if f.severity in ("error", "warning")
    ]


def _add_appraisal_records(
    form: AppraisalForm, person: PersonResult, extras: _Extras, lang: str
) -> None:
    """The appeal deadline, the supervisor's comment, the plan, appeals and an amendment."""
    form.appraisal_id = person.appraisal_id
    form.appeal_days = extras.filing_days
    form.appeal_deadline, form.calendar_source, form.estimated_years = extras.filing_deadline(
        person.appraisal_id
    )
    form.policy_note = extras.policy_note
    form.self_summary = extras.summaries.get(person.staff_id, "")
    extra = extras.appraisals.get(person.appraisal_id or 0)
    if extra is None:
        return
    form.supervisor_comment = extra.comment
    form.published_on = _iso(extra.published_on)
    plan = extras.plans.get(person.appraisal_id)
    if plan is not None:
        form.plan = FormPlan(
            goals=plan.goals,
            actions=plan.actions,
            support=plan.support,
            review_dates=[d.isoformat() for d in plan.review_dates],
            outcome=plan.outcome,
        )
    appeals = extras.appeals.get(person.appraisal_id, [])
    form.appeals = [
        FormAppeal(
            number=appeal.number,
            filed_on=_iso(appeal.filed_on),
            reason=appeal.reason,
            outcome=status_word(appeal.outcome, lang),
            decided_on=_iso(appeal.decided_on),
            decision=appeal.decision_reason,
        )
        for appeal in appeals
    ]
    if extra.amendment and person.frozen:
        form.amendment = _amendment(extra, appeals, lang)
        if form.amendment.previous_coefficient is None:
            # No coefficient change in the trail: the amendment left it as it was.
            form.amendment.previous_coefficient = person.result.coefficient


def _add_interviews(form: AppraisalForm, interviews, lang: str) -> None:
    """The person's GROW interviews of the period and their action items."""
    for iv in interviews:
        d = iv.draft
        form.interviews.append(
            FormInterview(
                held_on=iv.held_on,
                interviewer=iv.interviewer,
                goal=d.goal,
                reality=d.reality,
                options=d.options,
                will=d.will,
                resources=d.resources,
            )
        )
        for act in iv.actions:
            what = act.what
            if act.follow_up_note:
                what += "\n" + label("follow_up", lang) + colon(lang) + act.follow_up_note
            form.actions.append(
                FormAction(
                    what=what,
                    owner=act.owner,
                    due=_iso(act.due_on),
                    status=status_word(act.status, lang),
                )
            )


def forms_from_results(
    session: Session,
    results: PeriodResults,
    lang: str,
    company: str | None = None,
) -> list[AppraisalForm]:
    company = company if company is not None else company_name(session)
    # a quarterly person's month is an interim result: no grade, no form (domain/cycles.py)
    people = [p for p in results.people if not is_interim(p.result)]
    extras = _Extras(session, results.period, people, lang)
    forms = [build_appraisal_form(p, extras, lang, company) for p in people]
    from salesperf_desktop.services.mentoring import form_notes  # (it builds on the grid's)

    mentoring = form_notes(session, results.period, ((p.staff_id, p.result) for p in people), lang)
    for p, form in zip(people, forms, strict=True):
        form.notes += mentoring.get(p.staff_id, [])
    return forms


def forms_for_period(
    session: Session,
    period: Period,
    *,
    lang: str = "zh_CN",
    team_id: int | None = None,
    staff_ids: Iterable[int] | None = None,
    company: str | None = None,
) -> list[AppraisalForm]:
    results = compute_period(session, period, team_id=team_id, staff_ids=staff_ids, lang=lang)
    return forms_from_results(session, results, lang, company)


def form_data_for(
    session: Session,
    staff_id: int,
    period: Period | str,
    lang: str = "zh_CN",
    *,
    company: str | None = None,
) -> AppraisalForm:
    """One person's appraisal form. Raises LookupError when the person is not appraised then."""
    if isinstance(period, str):
        period = Period.parse(period)
    forms = forms_for_period(session, period, lang=lang, staff_ids=[staff_id], company=company)
    if not forms:
        raise LookupError(f"staff {staff_id} has no appraisal result for {period}")
    return forms[0]


# ---------------------------------------------------------------------------- task sheets


def task_sheet_for(
    session: Session,
    staff_id: int,
    month: Period | str,
    lang: str = "zh_CN",
    *,
    company: str | None = None,
) -> TaskSheetForm:
    """The monthly work task sheet; an empty one (to fill in by hand) when none is stored."""
    if isinstance(month, str):
        month = Period.parse(month)
    if month.kind != "month":
        raise ValueError("a work task sheet is monthly")
    staff = session.get(StaffRow, staff_id)
    if staff is None:
        raise LookupError(f"no staff {staff_id}")
    form = TaskSheetForm(
        lang=lang,
        company=company if company is not None else company_name(session),
        period_key=str(month),
        period_label=month.label(lang),
        staff_id=staff.id,
        employee_no=staff.employee_no,
        name=staff.name,
        team=staff.team.name if staff.team else "",
        role=role_text(staff.role, lang),
        supervisor=staff.supervisor.name if staff.supervisor else "",
    )
    row = stored_period(session, month)
    if row is None:
        return form
    sheet = session.scalar(
        select(TaskSheetRow).where(
            TaskSheetRow.staff_id == staff_id, TaskSheetRow.period_id == row.id
        )
    )
    if sheet is not None:
        form.issued_on = _iso(sheet.issued_on)
        form.approved_on = _iso(sheet.approved_on)
        form.note = sheet.note or ""
        form.tasks = [
            TaskRecord(
                no=i,
                title=t.title,
                steps=t.steps,
                measure=t.measure,
                due=_iso(t.due_on),
                points=t.points,
                score=t.score,
                task_type=kind.label(lang) if (kind := task_type(t.task_type)) else "",
            )
            for i, t in enumerate(sheet.tasks, start=1)
        ]
        reasons = decode_reasons(sheet.quality_reasons)
        if reasons:  # judged of poor quality (the −10 item, seed 004 差错扣分 4)
            form.quality = render(
                "form.task_quality", {"reasons": reasons_text(reasons, lang)}, lang
            )
    for ev in session.scalars(
        select(EventRow)
        .where(
            EventRow.staff_id == staff_id,
            EventRow.period_id == row.id,
            EventRow.category.in_(("incident_positive", "incident_negative")),
        )
        .order_by(EventRow.occurred_on, EventRow.id)
    ):
        sign = "+" if ev.category == "incident_positive" else "−"
        form.guidance.append(f"{ev.occurred_on.isoformat()} {sign} {ev.note}")
    return form
