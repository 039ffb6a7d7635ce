"""带教成果: the mentors' KPI of seed 002 (§三(三) 导师制与能力跃迁).

Seed 002: new employees get two mentors, a 业务导师 (client development, negotiation) and a
合规导师 (promotion rules, red lines); “考核导师的‘带教成果’（如学员转正后首单周期、合规零失误率），
将团队能力提升纳入管理者KPI”. The register holds each person's ``business_mentor`` and
``compliance_mentor``; this module works out, for one month, what each mentor's mentees show.

Definitions (the seed names the two figures; how they are counted is the usual practice,
常用做法, said so on screen and in the user guide):

- **Mentees of a month**: the people whose business or compliance mentor is the mentor and who
  are *new* in the month: on probation, or hired within the ``NEW_MONTHS`` (12) months that end
  with the month's last day; hired on or before that day and not gone before the month began.
- **首单周期 (first-sale cycle)**, the business mentor's figure: the register keeps the hire date
  (入职日期), not a confirmation date, so the cycle is counted from the hire date. The first sale
  is the first month, from the month of hire up to the month appraised, in which the mentee has
  an actual above 0 on a sales indicator (``SALES_INDICATORS``); sales are entered per month, so
  the sale counts on that month's first day. Cycle = calendar days from the hire date to that
  day (0 when the first sale is in the month of hire). A mentee without a first sale yet counts
  with the days so far (to the first day of the next month): the cycle is at least that long,
  and leaving such a mentee out would flatter the mentor. The mentor's figure is the mean over
  the mentees with a hire date, to one decimal; fewer days is better.
- **合规零失误率 (zero compliance error rate)**, the compliance mentor's figure: the share of the
  mentees with no compliance error in the month, i.e. no compliance veto event (合规一票否决)
  and no failed compliance veto item on their sheet. Other penalties (lateness, a rule breach)
  are not compliance errors.

Each figure is written as the mentor's actual of an indicator of the library
(``FIRST_SALE_INDICATOR``: actual = the mean days; ``ZERO_ERROR_INDICATOR``: a ratio whose
target is the number of mentees and whose actual those without an error).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .i18n import fmt_number, fmt_percent
from .messages import render
from .periods import Period

BUSINESS = "business"
COMPLIANCE = "compliance"
KINDS = (BUSINESS, COMPLIANCE)

FIRST_SALE_INDICATOR = "mentor_first_sale_days"
ZERO_ERROR_INDICATOR = "mentor_compliance_clean_rate"
INDICATOR_OF = {BUSINESS: FIRST_SALE_INDICATOR, COMPLIANCE: ZERO_ERROR_INDICATOR}
INDICATORS = frozenset(INDICATOR_OF.values())

#: The indicators whose actual is a sales amount: an actual above 0 is a sale.
SALES_INDICATORS = frozenset(
    {
        "sales_achievement",
        "new_product_achievement",
        "key_product_achievement",
        "key_region_achievement",
        "distributor_stockin_achievement",
    }
)

#: A mentee counts as new for this many months after the hire date (常用做法).
NEW_MONTHS = 12

#: What a compliance error was: a veto event, or a failed compliance veto item.
VETO_EVENT = "veto_event"
VETO_ITEM = "veto_item"


@dataclass(frozen=True, slots=True)
class Mentee:
    """What the register says of a person with a mentor."""

    staff_id: int
    employee_no: str
    name: str
    hire_date: dt.date | None
    probation: bool
    leave_date: dt.date | None = None
    business_mentor: int | None = None
    compliance_mentor: int | None = None

    def mentor(self, kind: str) -> int | None:
        return self.business_mentor if kind == BUSINESS else self.compliance_mentor


def first_day(month: Period) -> dt.date:
    return dt.date(month.year, month.number, 1)


def next_first_day(month: Period) -> dt.date:
    """The first day of the month after *month*."""
    if month.number == 12:
        return dt.date(month.year + 1, 1, 1)
    return dt.date(month.year, month.number + 1, 1)


def _months_before(day: dt.date, months: int) -> dt.date:
    """*day* moved back by *months* calendar months (the last day of a shorter month)."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    last = (next_first_day(Period.month(year, month)) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last))


def is_new(mentee: Mentee, month: Period, months: int = NEW_MONTHS) -> bool:
    """True when *mentee* counts for the mentors in *month* (see the module's definitions)."""
    start, end = first_day(month), next_first_day(month) - dt.timedelta(days=1)
    if mentee.hire_date is not None and mentee.hire_date > end:
        return False  # not yet hired
    if mentee.leave_date is not None and mentee.leave_date < start:
        return False  # gone before the month
    if mentee.probation:
        return True
    return mentee.hire_date is not None and mentee.hire_date > _months_before(end, months)


@dataclass(frozen=True, slots=True)
class FirstSale:
    """One mentee's first-sale cycle as of a month."""

    mentee: Mentee
    first_month: Period | None  # None: no sale yet
    days: int | None  # None: no hire date, so no cycle

    @property
    def pending(self) -> bool:
        return self.first_month is None


def first_sale(mentee: Mentee, sale_months: Iterable[Period], month: Period) -> FirstSale:
    """The mentee's first sale up to *month*, from the months with a sales actual above 0."""
    hire = mentee.hire_date
    hired = Period.month(hire.year, hire.month) if hire is not None else None
    candidates = [m for m in sale_months if not month < m and (hired is None or not m < hired)]
    first = min(candidates) if candidates else None
    if hire is None:
        return FirstSale(mentee, first, None)
    until = first_day(first) if first is not None else next_first_day(month)
    return FirstSale(mentee, first, max(0, (until - hire).days))


@dataclass(frozen=True, slots=True)
class Clean:
    """One mentee's compliance in a month: the errors found (none: zero errors)."""

    mentee: Mentee
    errors: tuple[str, ...]  # VETO_EVENT / VETO_ITEM

    @property
    def clean(self) -> bool:
        return not self.errors


@dataclass(frozen=True, slots=True)
class MentorOutcome:
    """A mentor's 带教成果 of one kind for a month."""

    mentor_id: int
    kind: str  # BUSINESS or COMPLIANCE
    cycles: tuple[FirstSale, ...] = ()  # BUSINESS
    checks: tuple[Clean, ...] = ()  # COMPLIANCE

    @property
    def indicator(self) -> str:
        return INDICATOR_OF[self.kind]

    @property
    def mentees(self) -> tuple[Mentee, ...]:
        return tuple(c.mentee for c in (self.cycles if self.kind == BUSINESS else self.checks))

    @property
    def counted(self) -> int:
        """How many mentees the figure is made of."""
        if self.kind == BUSINESS:
            return sum(1 for c in self.cycles if c.days is not None)
        return len(self.checks)

    @property
    def target(self) -> float | None:
        """The entry's target: the mentees counted for a rate; none for the days."""
        return float(self.counted) if self.kind == COMPLIANCE and self.counted else None

    @property
    def actual(self) -> float | None:
        """The entry's actual: the mean days (one decimal), or the mentees without an error."""
        if not self.counted:
            return None
        if self.kind == BUSINESS:
            days = [c.days for c in self.cycles if c.days is not None]
            return round(sum(days) / len(days), 1)
        return float(sum(1 for c in self.checks if c.clean))

    @property
    def figure(self) -> float | None:
        """The figure the rule scores: the mean days, or the zero-error rate."""
        actual, target = self.actual, self.target
        if actual is None:
            return None
        return actual if self.kind == BUSINESS else actual / target  # type: ignore[operator]

    def figure_text(self, lang: str = "zh_CN") -> str:
        figure = self.figure
        if figure is None:
            return render("mentoring.no_mentees", {}, lang)
        if self.kind == BUSINESS:
            return render("mentoring.days", {"days": fmt_number(figure)}, lang)
        return fmt_percent(figure)

    def explain(self, lang: str = "zh_CN") -> list[str]:
        """How the figure was made: one line per mentee, then the figure."""
        lines = [render("mentoring.mentees_heading", {}, lang)]
        if self.kind == BUSINESS:
            lines += [_cycle_line(c, lang) for c in self.cycles]
            if self.counted:
                params = {"days": fmt_number(self.figure), "count": self.counted}
                lines.append(render("mentoring.cycle_total", params, lang))
        else:
            lines += [_clean_line(c, lang) for c in self.checks]
            if self.counted:
                params = {
                    "rate": fmt_percent(self.figure),
                    "clean": int(self.actual or 0),
                    "count": self.counted,
                }
                lines.append(render("mentoring.clean_total", params, lang))
        if not self.counted:
            lines.append(render("mentoring.no_mentees", {}, lang))
        return lines


def _who(m: Mentee) -> str:
    return f"{m.employee_no} {m.name}"


def _cycle_line(c: FirstSale, lang: str) -> str:
    m = c.mentee
    if c.days is None:
        return render("mentoring.no_hire_date", {"who": _who(m)}, lang)
    params = {"who": _who(m), "hired": m.hire_date.isoformat(), "days": c.days}  # type: ignore[union-attr]
    if c.first_month is None:
        return render("mentoring.no_sale_yet", params, lang)
    return render("mentoring.first_sale", {**params, "month": str(c.first_month)}, lang)


def _clean_line(c: Clean, lang: str) -> str:
    if c.clean:
        return render("mentoring.clean", {"who": _who(c.mentee)}, lang)
    what = "、" if lang != "en" else ", "
    reasons = what.join(render(f"mentoring.{e}", {}, lang) for e in c.errors)
    return render("mentoring.error", {"who": _who(c.mentee), "what": reasons}, lang)


def outcomes(
    people: Iterable[Mentee],
    month: Period,
    sale_months: Mapping[int, Iterable[Period]],
    errors: Mapping[int, Iterable[str]],
) -> list[MentorOutcome]:
    """Every mentor's outcome for *month*, mentors in order of id, business before compliance.

    *sale_months*: staff id → the months with a sales actual above 0; *errors*: staff id → the
    compliance errors of *month* (``VETO_EVENT`` / ``VETO_ITEM``).
    """
    new = sorted((m for m in people if is_new(m, month)), key=lambda m: m.employee_no)
    found: dict[tuple[int, str], list[Mentee]] = {}
    for m in new:
        for kind in KINDS:
            mentor = m.mentor(kind)
            if mentor is not None and mentor != m.staff_id:
                found.setdefault((mentor, kind), []).append(m)
    result = []
    for (mentor, kind), mentees in sorted(
        found.items(), key=lambda x: (x[0][0], KINDS.index(x[0][1]))
    ):
        if kind == BUSINESS:
            cycles = tuple(first_sale(m, sale_months.get(m.staff_id, ()), month) for m in mentees)
            result.append(MentorOutcome(mentor, kind, cycles=cycles))
        else:
            checks = tuple(
                Clean(m, tuple(sorted(set(errors.get(m.staff_id, ()))))) for m in mentees
            )
            result.append(MentorOutcome(mentor, kind, checks=checks))
    return result
