"""Form data from stored data: the engine's explained result plus comments, GROW, plan, appeal.

Uses the frozen result of a published appraisal when there is one (``compute_period`` does);
otherwise the live computation, marked as a draft on the form.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from salesperf_desktop.domain.i18n import pick
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.periods import Period as DomainPeriod
from salesperf_desktop.services.appraisals import (
    PeriodResults,
    PersonResult,
    compute_period,
    stored_period,
)
from salesperf_desktop.services.pdf.forms import (
    AppraisalForm,
    FormAction,
    FormAdjustment,
    FormAppeal,
    FormDimension,
    FormInterview,
    FormItem,
    FormPlan,
    TaskRow,
    TaskSheetForm,
)
from salesperf_desktop.services.pdf.labels import label, role_text, status_text
from salesperf_desktop.settings import SPECS
from salesperf_desktop.storage.models import (
    Appeal,
    Appraisal,
    Event,
    GrowInterview,
    ImprovementPlan,
    Setting,
    Staff,
    TaskSheet,
)

_DEFAULT_COMPANY = next(s.default for s in SPECS if s.key == "company_name")


def company_name(session: Session) -> str:
    row = session.get(Setting, "company_name")
    return str(row.value) if row is not None and row.value else _DEFAULT_COMPANY


def _iso(value) -> str:
    return value.isoformat() if value else ""


def _period_ids(session: Session, period: DomainPeriod) -> list[int]:
    """The stored period and, for a quarter or year, its months (interviews hang on either)."""
    ids = []
    for p in (period, *period.months()):
        row = stored_period(session, p)
        if row is not None and row.id not in ids:
            ids.append(row.id)
    return ids


class _Extras:
    """Comments, GROW interviews, plans and appeals for many people, loaded in a few queries."""

    def __init__(self, session: Session, period: DomainPeriod, people: Sequence[PersonResult]):
        staff_ids = [p.staff_id for p in people]
        appraisal_ids = [p.appraisal_id for p in people if p.appraisal_id]
        self.comments: dict[int, str] = {}
        self.plans: dict[int, ImprovementPlan] = {}
        self.appeals: dict[int, list[Appeal]] = defaultdict(list)
        self.interviews: dict[int, list[GrowInterview]] = defaultdict(list)
        self.staff_names: dict[int, str] = {}
        if appraisal_ids:
            for a in session.scalars(select(Appraisal).where(Appraisal.id.in_(appraisal_ids))):
                self.comments[a.id] = a.supervisor_comment or ""
            for plan in session.scalars(
                select(ImprovementPlan)
                .where(ImprovementPlan.appraisal_id.in_(appraisal_ids))
                .order_by(ImprovementPlan.created_on, ImprovementPlan.id)
            ):
                self.plans[plan.appraisal_id] = plan  # the latest one wins
            for appeal in session.scalars(
                select(Appeal)
                .where(Appeal.appraisal_id.in_(appraisal_ids))
                .order_by(Appeal.filed_on, Appeal.id)
            ):
                self.appeals[appeal.appraisal_id].append(appeal)
        period_ids = _period_ids(session, period)
        if staff_ids and period_ids:
            for iv in session.scalars(
                select(GrowInterview)
                .options(selectinload(GrowInterview.actions))
                .where(
                    GrowInterview.staff_id.in_(staff_ids),
                    GrowInterview.period_id.in_(period_ids),
                )
                .order_by(GrowInterview.held_on, GrowInterview.id)
            ):
                self.interviews[iv.staff_id].append(iv)
        interviewer_ids = {
            iv.interviewer_id for ivs in self.interviews.values() for iv in ivs if iv.interviewer_id
        }
        if interviewer_ids:
            for s in session.scalars(select(Staff).where(Staff.id.in_(interviewer_ids))):
                self.staff_names[s.id] = s.name


def build_appraisal_form(
    person: PersonResult, extras: _Extras, lang: str, company: str
) -> AppraisalForm:
    r = person.result
    period = r.period
    period_key = str(period) if period else ""
    form = AppraisalForm(
        lang=lang,
        company=company,
        period_key=period_key,
        period_label=period.label(lang) if period else "",
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
    for it in r.items:
        d = it.to_dict(lang)
        errors = [render(f.code, f.params, lang) for f in it.flags if f.severity == "error"]
        form.items.append(
            FormItem(
                dimension=d["dimension_label"],
                indicator=d["label"],
                weight=it.weight,
                measure=it.measure,
                target=it.target,
                actual=it.actual,
                value=it.value,
                rule_text=d["rule_text"],
                points=it.points,
                scored=it.scored,
                vetoed=it.vetoed,
                note="; ".join(errors),
            )
        )
    form.dimensions = [
        FormDimension(d.to_dict(lang)["label"], d.weight, d.points) for d in r.dimensions
    ]
    form.items_points = r.items_points
    form.team_share = r.team_share
    form.team_score = r.team_score
    form.team_part = r.team_part
    form.individual_part = r.individual_part
    adj = r.adjustments
    for line in adj.lines:
        d = line.to_dict(lang)
        form.adjustments.append(
            FormAdjustment(
                label=d.get("label") or line.code,
                count=d.get("count") or 0,
                points_each=d.get("points_each") or 0.0,
                points=d.get("points") or 0.0,
                note=d.get("note") or "",
                veto=bool(d.get("veto")),
            )
        )
    form.bonus, form.penalty, form.adjustments_total = adj.bonus, adj.penalty, adj.total
    form.vetoed = r.vetoed
    form.veto_reasons = [render(p.code, p.params, lang) for p in r.veto_reasons]
    form.total, form.grade, form.coefficient = r.total, r.grade, r.coefficient
    form.complete = r.complete
    form.notes = [
        render(f.code, f.params, lang)
        for f in (*r.flags, *adj.flags)
        if f.severity in ("error", "warning")
    ]

    if person.appraisal_id:
        form.supervisor_comment = extras.comments.get(person.appraisal_id, "")
        plan = extras.plans.get(person.appraisal_id)
        if plan is not None:
            form.plan = FormPlan(
                goals=plan.goals,
                actions=plan.actions,
                support=plan.support,
                review_dates=[str(d) for d in plan.review_dates or ()],
                outcome=plan.outcome,
            )
        for appeal in extras.appeals.get(person.appraisal_id, ()):
            form.appeals.append(
                FormAppeal(
                    number=appeal.number,
                    filed_on=_iso(appeal.filed_on),
                    reason=appeal.reason,
                    outcome=label(f"outcome_{appeal.outcome.value}", lang),
                    decided_on=_iso(appeal.decided_on),
                    decision=appeal.decision_reason,
                )
            )
    for iv in extras.interviews.get(person.staff_id, ()):
        form.interviews.append(
            FormInterview(
                held_on=_iso(iv.held_on),
                interviewer=extras.staff_names.get(iv.interviewer_id or 0, ""),
                goal=iv.goal,
                reality=iv.reality,
                options=iv.options,
                will=iv.will,
                resources=iv.resources,
            )
        )
        for act in iv.actions:
            form.actions.append(
                FormAction(
                    what=act.what,
                    owner=act.owner,
                    due=_iso(act.due_on),
                    status=label(f"action_{act.status.value}", lang),
                )
            )
    return form


def forms_from_results(
    session: Session, results: PeriodResults, lang: str, company: str | None = None
) -> list[AppraisalForm]:
    company = company if company is not None else company_name(session)
    extras = _Extras(session, results.period, results.people)
    return [build_appraisal_form(p, extras, lang, company) for p in results.people]


def forms_for_period(
    session: Session,
    period: DomainPeriod,
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
    period: DomainPeriod | str,
    lang: str = "zh_CN",
    *,
    company: str | None = None,
) -> AppraisalForm:
    """One person's appraisal form. Raises LookupError when the person is not appraised then."""
    if isinstance(period, str):
        period = DomainPeriod.parse(period)
    forms = forms_for_period(session, period, lang=lang, staff_ids=[staff_id], company=company)
    if not forms:
        raise LookupError(f"staff {staff_id} has no appraisal result for {period}")
    return forms[0]


# ---------------------------------------------------------------------------- task sheets


def task_sheet_for(
    session: Session,
    staff_id: int,
    month: DomainPeriod | str,
    lang: str = "zh_CN",
    *,
    company: str | None = None,
) -> TaskSheetForm:
    """The monthly work task sheet; an empty one (to fill in by hand) when none is stored."""
    if isinstance(month, str):
        month = DomainPeriod.parse(month)
    if month.kind != "month":
        raise ValueError("a work task sheet is monthly")
    staff = session.get(Staff, staff_id)
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
        select(TaskSheet).where(TaskSheet.staff_id == staff_id, TaskSheet.period_id == row.id)
    )
    if sheet is not None:
        form.issued_on = _iso(sheet.issued_on)
        form.note = sheet.note or ""
        form.tasks = [
            TaskRow(
                no=i,
                title=t.title,
                steps=t.steps,
                measure=t.measure,
                due=_iso(t.due_on),
                points=t.points,
                score=t.score,
            )
            for i, t in enumerate(sheet.tasks, start=1)
        ]
    for ev in session.scalars(
        select(Event)
        .where(
            Event.staff_id == staff_id,
            Event.period_id == row.id,
            Event.category.in_(("incident_positive", "incident_negative")),
        )
        .order_by(Event.occurred_on, Event.id)
    ):
        sign = "+" if ev.category == "incident_positive" else "−"
        form.guidance.append(f"{ev.occurred_on.isoformat()} {sign} {ev.note}")
    return form
