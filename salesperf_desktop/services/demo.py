"""The demo company "E Company": a full database for a newcomer to look around in.

Thirteen people in the register: twelve sales staff in three teams (domain.library.demo) and the
compliance officer; six months of entries (May–October 2026) with ratings and events; May–August
published and signed, September published (its appeal window spans the National Day holiday),
October still being entered. A few GROW interviews with action items show the review cycle.
Everything the demo writes (the company, teams, people, reviews, notes) is in the language it is
made in (``ctx.lang``: the window's, or the command line's ``--lang``).
"""

from __future__ import annotations

import copy
import datetime as dt
import threading
from collections.abc import Generator
from dataclasses import dataclass

from sqlalchemy import func, select

from salesperf_desktop.domain.i18n import pick
from salesperf_desktop.domain.library import demo as demo_data
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.status import (
    ActionStatus,
    AppraisalStatus,
    PeriodStatus,
    RaterRole,
    StaffStatus,
)
from salesperf_desktop.services.appraisals import publish_period, start_appraisals, stored_period
from salesperf_desktop.services.overview import staff_count
from salesperf_desktop.services.progress import Cancelled, Progress
from salesperf_desktop.services.seeding import add_template
from salesperf_desktop.storage.models import (
    ActionItemRow,
    AppraisalRow,
    EventRow,
    GrowInterviewRow,
    MetricEntryRow,
    PeriodRow,
    RatingRow,
    SettingRow,
    SignatureRow,
    StaffRow,
    TeamGoalRow,
    TeamRow,
    TemplateRow,
)

FIRST_MONTH = (2026, 5)
MONTHS = 6
PUBLISHED_ON = {
    5: dt.date(2026, 6, 5),
    6: dt.date(2026, 7, 6),
    7: dt.date(2026, 8, 5),
    8: dt.date(2026, 9, 4),
    9: dt.date(2026, 9, 30),
}
SIGNED_MONTHS = (5, 6, 7, 8)
COMPLIANCE_NO = "C001"


def has_staff(ctx) -> bool:
    return staff_count(ctx) > 0


def _director_template(session, lang: str) -> None:
    """The director is appraised on the manager sheet for the whole office (seed 004)."""
    if session.scalar(select(TemplateRow).where(TemplateRow.code == "sales_director")) is not None:
        return
    manager = session.scalar(select(TemplateRow).where(TemplateRow.code == "sales_manager"))
    if manager is None:
        return
    doc = copy.deepcopy(manager.current.definition)
    doc["code"] = "sales_director"
    doc["role"] = "director"
    doc["name"] = {
        "zh_CN": "销售总监考核表",
        "zh_TW": "銷售總監考核表",
        "en": "Sales director sheet",
    }
    note = {
        "zh_CN": "演示：总监沿用经理考核表",
        "zh_TW": "示範：總監沿用經理考核表",
        "en": "demo: the manager sheet for the director",
    }
    add_template(session, doc, note=pick(note, lang))


@dataclass(frozen=True)
class DemoCompany:
    """What the demo wrote: its name in the reader's language, the people in the register (the
    twelve sales staff and the compliance officer) and the months of figures."""

    company: str
    staff: int
    months: int


def create_demo_company(
    ctx, *, cancel: threading.Event | None = None
) -> Generator[Progress, None, DemoCompany]:
    """Fill the database with E Company; all in one transaction (cancel leaves nothing)."""
    lang = ctx.lang
    total_steps = MONTHS + 3
    with ctx.transaction() as session:
        if session.scalar(select(func.count()).select_from(StaffRow)):
            raise ValueError("the database already has staff; the demo goes into an empty database")
        company = pick(demo_data.COMPANY["name"], lang)
        yield Progress(0, total_steps, step="progress.demo_staff")
        people = add_demo_staff(session, lang)
        _director_template(session, lang)
        periods = yield from add_demo_months(session, people, total_steps, cancel, lang)
        add_demo_team_goals(session, periods, lang)
        run_demo_workflow(session, periods, lang)
        yield Progress(MONTHS + 2, total_steps, step="progress.demo_reviews")
        _demo_interviews(session, people, periods, lang)
        _demo_appeal(session, people, periods, lang)
        _store_company(session, company, demo_data.person_name(demo_data.HR_OFFICER, lang))
    yield Progress(total_steps, total_steps, step="progress.done")
    return DemoCompany(company, len(people) + 1, len(periods))


def add_demo_staff(session, lang: str) -> dict[str, StaffRow]:
    """The three teams, the compliance officer and the twelve people, with their bosses and
    mentors; returns the people by employee ID (the compliance officer is not among them)."""
    teams: dict[str, TeamRow] = {}
    for t in demo_data.TEAMS:
        team = TeamRow(
            code=t["code"],
            name=pick(t["name"], lang),
            product_line=t["product_line"],
            cycle="quarterly" if t["product_line"] == "innovative" else "monthly",
        )
        session.add(team)
        teams[t["code"]] = team
    officer = demo_data.COMPLIANCE_OFFICER
    compliance = StaffRow(
        employee_no=COMPLIANCE_NO,
        name=demo_data.person_name(officer, lang),
        role="compliance",
        region=pick(demo_data.REGIONS["shanghai"], lang),
        product_line="any",
        hire_date=dt.date(2016, 2, 15),
        status=StaffStatus.REGULAR,
        notes=pick(officer["title"], lang),
    )
    session.add(compliance)
    people: dict[str, StaffRow] = {}
    for p in demo_data.STAFF:
        team = teams.get(p["team"]) if p["team"] else None
        people[p["employee_id"]] = StaffRow(
            employee_no=p["employee_id"],
            name=demo_data.person_name(p, lang),
            role=p["role"],
            team=team,
            region=pick(p["region"], lang),
            product_line=(team.product_line if team else "any"),
            hire_date=dt.date.fromisoformat(p["hire_date"]),
            status=StaffStatus(p["status"]),
            notes=pick(p["title"], lang),
        )
        session.add(people[p["employee_id"]])
    session.flush()
    for p in demo_data.STAFF:
        person = people[p["employee_id"]]
        person.supervisor_id = people[p["supervisor"]].id if p["supervisor"] else None
        if p["business_mentor"]:
            person.business_mentor_id = people[p["business_mentor"]].id
        if p["compliance_mentor"]:
            person.compliance_mentor_id = compliance.id
    for t in demo_data.TEAMS:
        teams[t["code"]].manager_id = people[t["leader"]].id
    return people


def add_demo_months(
    session,
    people: dict[str, StaffRow],
    total_steps: int,
    cancel: threading.Event | None,
    lang: str = "zh_CN",
) -> Generator[Progress, None, dict[tuple[int, int], PeriodRow]]:
    """Six months of entries, ratings and events; returns the months' periods by (year, month)."""
    year, month = FIRST_MONTH
    periods: dict[tuple[int, int], PeriodRow] = {}
    for record in demo_data.demo_months(year, month, MONTHS):
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        key = (record["year"], record["month"])
        if key not in periods:
            periods[key] = stored_period(session, Period.month(*key), create=True)
            month = Period.month(*key).label(lang)
            yield Progress(
                len(periods), total_steps, step="progress.demo_month", params={"month": month}
            )
        person = people[record["employee_id"]]
        for entry in record["entries"]:
            _add_entry(session, person, periods[key], entry)
        for ev in record["events"]:
            _add_event(session, person, periods[key], ev, lang)
    session.flush()
    return periods


def _add_entry(session, person: StaffRow, period: PeriodRow, entry: dict) -> None:
    if entry.get("target") is not None or entry.get("actual") is not None:
        session.add(
            MetricEntryRow(
                staff_id=person.id,
                period_id=period.id,
                indicator_code=entry["indicator"],
                target=entry.get("target"),
                actual=entry.get("actual"),
                base=entry.get("base"),
            )
        )
    for role, value in (entry.get("ratings") or {}).items():
        if value is None:
            continue
        rater_id = {"supervisor": person.supervisor_id, "self": person.id}.get(role)
        session.add(
            RatingRow(
                staff_id=person.id,
                period_id=period.id,
                indicator_code=entry["indicator"],
                rater_role=RaterRole(role),
                rater_id=rater_id,
                value=float(value),
            )
        )


def _add_event(session, person: StaffRow, period: PeriodRow, ev: dict, lang: str) -> None:
    if ev["kind"] == "key_incident":
        category, code = f"incident_{ev['polarity']}", ""
    else:
        code = ev["code"]
        category = "veto" if code == "compliance_veto" else "adjustment"
    session.add(
        EventRow(
            staff_id=person.id,
            period_id=period.id,
            occurred_on=dt.date.fromisoformat(ev["date"]),
            category=category,
            code=code,
            quantity=float(ev.get("count", 1)),
            points=ev.get("points"),
            note=pick(ev.get("note"), lang) or "",
            approver=pick(ev.get("approver"), lang) or "",
            document_no=ev.get("document_no", ""),
            recorded_by="HR",
        )
    )


def add_demo_team_goals(session, periods: dict[tuple[int, int], PeriodRow], lang: str) -> None:
    """Each month's team goal of the teams with one (seed 002's team pool)."""
    for code, goal in demo_data.TEAM_GOALS.items():
        team = session.scalar(select(TeamRow).where(TeamRow.code == code))
        for (_year, month), period in periods.items():
            actual = goal["actual"].get(month)
            session.add(
                TeamGoalRow(
                    team_id=team.id,
                    period_id=period.id,
                    name=pick(goal["name"], lang),
                    measure=goal["measure"],
                    target=goal["target"],
                    actual=actual,
                )
            )
    session.flush()


def run_demo_workflow(session, periods: dict[tuple[int, int], PeriodRow], lang: str) -> None:
    """May–August published and signed, September published, October still being entered."""
    for (y, m), period in periods.items():
        domain_month = Period.month(y, m)
        start_appraisals(session, domain_month)
        if m in PUBLISHED_ON:
            publish_period(session, domain_month, PUBLISHED_ON[m], lang=lang)
        if m in SIGNED_MONTHS:
            _sign_month(session, period, PUBLISHED_ON[m] + dt.timedelta(days=7), lang)
        elif m not in PUBLISHED_ON:
            period.status = PeriodStatus.ENTERED if m < 10 else PeriodStatus.OPEN


def _sign_month(session, period: PeriodRow, signed_on: dt.date, lang: str) -> None:
    """Everyone signed a week after publication (employee, supervisor, HR); the month locked."""
    for appraisal in session.scalars(
        select(AppraisalRow).where(AppraisalRow.period_id == period.id)
    ):
        person = session.get(StaffRow, appraisal.staff_id)
        boss = session.get(StaffRow, person.supervisor_id) if person.supervisor_id else None
        for role, name in (
            ("employee", person.name),
            ("supervisor", boss.name if boss else person.name),
            ("hr", demo_data.person_name(demo_data.HR_OFFICER, lang)),
        ):
            appraisal.signatures.append(
                SignatureRow(role=role, signer_name=name, signed_on=signed_on)
            )
        appraisal.status = AppraisalStatus.SIGNED
        appraisal.locked_on = signed_on
    period.status = PeriodStatus.LOCKED
    period.locked_on = signed_on


def _store_company(session, company: str, officer: str) -> None:
    """The company name (replacing the default) and the HR officer's name, unless set."""
    row = session.get(SettingRow, "company_name")
    if row is None:
        session.add(SettingRow(key="company_name", value=company))
    else:
        row.value = company
    if session.get(SettingRow, "officer_name") is None:
        session.add(SettingRow(key="officer_name", value=officer))


def _demo_interviews(session, people: dict[str, StaffRow], periods, lang: str) -> None:
    """September reviews (GROW) with action items; one is followed up in October."""
    september, october = periods[(2026, 9)], periods[(2026, 10)]
    manager = people["E002"]
    rep = people["E005"]
    texts = {key: _texts(part, lang) for key, part in demo_data.REVIEWS.items()}
    first_text, second_text, follow_text = texts["first"], texts["second"], texts["follow_up"]
    first = GrowInterviewRow(
        staff_id=rep.id,
        period_id=september.id,
        held_on=dt.date(2026, 10, 9),
        interviewer_id=manager.id,
        **_grow(first_text, "career_notes"),
    )
    meetings, quotations, visits = first_text["actions"]
    first.actions = [
        ActionItemRow(what=meetings, owner=rep.name, due_on=dt.date(2026, 10, 15)),
        ActionItemRow(what=quotations, owner=rep.name, due_on=dt.date(2026, 10, 31)),
        ActionItemRow(
            what=visits,
            owner=manager.name,
            due_on=dt.date(2026, 10, 20),
            status=ActionStatus.DONE,
        ),
    ]
    session.add(first)
    second = GrowInterviewRow(
        staff_id=people["E004"].id,
        period_id=september.id,
        held_on=dt.date(2026, 10, 10),
        interviewer_id=manager.id,
        **_grow(second_text),
    )
    (training,) = second_text["actions"]
    second.actions = [
        ActionItemRow(what=training, owner=people["E004"].name, due_on=dt.date(2026, 11, 6))
    ]
    session.add(second)
    session.flush()
    follow_up = GrowInterviewRow(
        staff_id=rep.id,
        period_id=october.id,
        held_on=dt.date(2026, 11, 6),
        interviewer_id=manager.id,
        **_grow(follow_text),
    )
    session.add(follow_up)
    session.flush()
    done = first.actions[1]
    done.status = ActionStatus.DONE
    done.followed_up_in_id = follow_up.id
    done.follow_up_note = follow_text["note"]


def _texts(part: dict, lang: str) -> dict:
    """A review's texts in *lang* (its action items too)."""
    return {
        key: tuple(pick(a, lang) for a in value) if key == "actions" else pick(value, lang)
        for key, value in part.items()
    }


def _grow(texts: dict, *more: str) -> dict[str, str]:
    keys = ("goal", "reality", "options", "will", "resources", *more)
    return {key: texts[key] for key in keys if key in texts}


def _demo_appeal(session, people: dict[str, StaffRow], periods, lang: str) -> None:
    """One September appeal across the National Day holiday, decided (rejected) in time."""
    from salesperf_desktop.services.appeals import decide_appeal, file_appeal

    appraisal = session.scalar(
        select(AppraisalRow).where(
            AppraisalRow.staff_id == people["E004"].id,
            AppraisalRow.period_id == periods[(2026, 9)].id,
        )
    )
    if appraisal is None or appraisal.published_on is None:
        return
    text = _texts(demo_data.APPEAL, lang)
    officer = demo_data.person_name(demo_data.HR_OFFICER, lang)
    appeal = file_appeal(
        session,
        appraisal.id,
        filed_on=dt.date(2026, 10, 9),
        reason=text["reason"],
        evidence=[(text["evidence_name"], text["evidence"].encode())],
        actor=officer,
    )
    decide_appeal(
        session,
        appeal.id,
        outcome="rejected",
        reason=text["decision"],
        decided_on=dt.date(2026, 10, 14),
        actor=officer,
    )
