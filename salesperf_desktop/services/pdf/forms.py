"""What a printed form shows, as plain picklable data (no ORM objects, no Qt).

Batch printing sends these to worker processes, so they hold only strings, numbers and lists.
Texts are already in the form's language; numbers stay numbers and are formatted when drawn.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from salesperf_desktop.domain.i18n import fmt_number, fmt_percent
from salesperf_desktop.domain.vocab import RATE_MEASURES


@dataclass
class FormItem:
    dimension: str  # localised label
    indicator: str  # localised label
    weight: float
    measure: str
    target: float | None
    actual: float | None
    value: float | None
    rule_text: str
    points: float
    scored: bool = True
    vetoed: bool = False
    note: str = ""  # error flags, localised
    # What the target column holds: the figure the measure divides by, named (应收货款金额,
    # 基期销售额（2025年9月）, 满分 …); for growth ``target`` is the base period's figure.
    target_label: str = ""


@dataclass
class FormDimension:
    label: str
    weight: float
    points: float


@dataclass
class FormLine:
    """One line from the indicator points to the total (domain/explain.py), as printed."""

    kind: str  # items_points | team | adjustment | bonus_cap | penalty_cap | veto | total
    text: str  # localised
    amount: str  # "90.37", "+10.00", "-0.65"; "" for the veto note


@dataclass
class FormInterview:
    held_on: str
    interviewer: str
    goal: str
    reality: str
    options: str
    will: str
    resources: str


@dataclass
class FormAction:
    what: str
    owner: str
    due: str
    status: str


@dataclass
class FormPlan:
    goals: str
    actions: str
    support: str
    review_dates: list[str]
    outcome: str


@dataclass
class FormAppeal:
    number: str
    filed_on: str
    reason: str
    outcome: str
    decided_on: str
    decision: str


@dataclass
class FormAmendment:
    """The stored result was amended after publication (an upheld appeal or a correction).

    The form prints the new result; this keeps the old one beside it (seed 002: both values
    are kept) with the appeal that changed it.
    """

    appeal_number: str  # "" for a correction without an appeal
    outcome: str  # localised decision, e.g. 申诉成立 ("" without an appeal)
    decided_on: str
    decision: str  # the committee's reason, or the correction note
    amended_on: str
    previous_total: float | None
    previous_grade: str
    previous_coefficient: float | None = None


@dataclass
class FormHeading:
    """Whose form, for which period: the head of every printed form."""

    lang: str
    company: str
    period_key: str
    period_label: str
    staff_id: int
    employee_no: str
    name: str
    team: str
    role: str
    supervisor: str


@dataclass
class AppraisalForm(FormHeading):
    """One person's appraisal form (seed 003 业绩考核表) for one period."""

    template_label: str
    template_code: str
    template_version: int
    sheet_total: float
    status: str  # localised appraisal status ("" when no appraisal yet)
    frozen: bool  # the published (frozen) result, not a live computation
    items: list[FormItem] = field(default_factory=list)
    dimensions: list[FormDimension] = field(default_factory=list)
    items_points: float = 0.0
    # indicator points → team share → bonus/penalty → total; the amounts add up as printed
    explanation: list[FormLine] = field(default_factory=list)
    total: float = 0.0
    grade: str = ""
    coefficient: float = 0.0
    complete: bool = True
    notes: list[str] = field(default_factory=list)
    supervisor_comment: str = ""
    self_summary: str = ""  # the person's own (自我总结), in its own box
    policy_note: str = ""  # "考核制度第 2 版": the company policy the result was scored with
    interviews: list[FormInterview] = field(default_factory=list)
    actions: list[FormAction] = field(default_factory=list)
    plan: FormPlan | None = None
    appeals: list[FormAppeal] = field(default_factory=list)
    appraisal_id: int | None = None
    amendment: FormAmendment | None = None
    published_on: str = ""
    appeal_days: int = 3  # the policy's appeal_filing_days (seed 002: 3)
    appeal_deadline: str = ""  # last day to file, on the working-day calendar ("" unpublished)
    calendar_source: str = "official"  # official | entered (HR's notice) | estimated
    estimated_years: str = ""  # "2027": years whose make-up working days are not published yet

    kind = "appraisal"


@dataclass
class TaskRecord:
    no: int
    title: str
    steps: str
    measure: str
    due: str
    points: float
    score: float | None
    task_type: str = ""  # seed 004's task type, in the form's language ("" when not chosen)


@dataclass
class TaskSheetForm(FormHeading):
    """The monthly work task sheet (seed 004 工作任务书)."""

    issued_on: str = ""
    approved_on: str = ""  # the appraiser's approval (seed 004: 工作任务书的审核)
    quality: str = ""  # "poor quality: reasons" when the sheet was judged so (the −10 item)
    note: str = ""
    tasks: list[TaskRecord] = field(default_factory=list)
    guidance: list[str] = field(default_factory=list)  # key incidents logged by the evaluator

    kind = "task_sheet"

    @property
    def total_points(self) -> float:
        return sum(t.points for t in self.tasks)

    @property
    def total_score(self) -> float | None:
        scores = [t.score for t in self.tasks if t.score is not None]
        return sum(scores) if scores else None


# ---------------------------------------------------------------------------- number formats


def fmt_amount(value: float | None) -> str:
    """Targets and actuals: money and counts with thousands separators, small numbers plain."""
    if value is None:
        return "—"
    if abs(value) >= 1000:
        return f"{value:,.0f}" if abs(value - round(value)) < 0.005 else f"{value:,.2f}"
    return fmt_number(value)


def is_rate(measure: str, target: float | None) -> bool:
    return measure in RATE_MEASURES or (measure == "count" and bool(target))


def fmt_value(measure: str, value: float | None, target: float | None, lang: str) -> str:
    """The measured value the rule scored: a rate as %, a rating or count as a number."""
    from salesperf_desktop.services.pdf.labels import label

    if value is None:
        return "—"
    if measure == "pass_fail":
        return label("pass" if value >= 1 else "fail", lang)
    if is_rate(measure, target):
        return fmt_percent(value)
    return fmt_number(value)


def fmt_points(value: float) -> str:
    return f"{value:.2f}"
