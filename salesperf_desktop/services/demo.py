"""The demo company "E Company": a full database for a newcomer to look around in.

Twelve sales staff in three teams (domain.library.demo), six months of entries (May–October
2026) with ratings and events; May–August published and signed, September published (its
appeal window spans the National Day holiday), October still being entered. A few GROW
interviews with action items show the review cycle.
"""

from __future__ import annotations

import copy
import datetime as dt
import threading
from collections.abc import Generator

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
from salesperf_desktop.services.progress import Cancelled, Progress
from salesperf_desktop.services.seeding import add_template
from salesperf_desktop.storage.models import (
    ActionItemRow,
    AppraisalRow,
    EventRow,
    GrowInterviewRow,
    MetricEntryRow,
    RatingRow,
    SignatureRow,
    StaffRow,
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
    with ctx.session() as session:
        return bool(session.scalar(select(func.count()).select_from(StaffRow)))


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
    add_template(session, doc, note="demo: the manager sheet for the director")


def create_demo_company(
    ctx, *, cancel: threading.Event | None = None
) -> Generator[Progress, None, str]:
    """Fill the database with E Company; all in one transaction (cancel leaves nothing)."""
    lang = ctx.lang
    total_steps = MONTHS + 3
    with ctx.transaction() as session:
        if session.scalar(select(func.count()).select_from(StaffRow)):
            raise ValueError("the database already has staff; the demo goes into an empty database")
        ctx_company = pick(demo_data.COMPANY["name"], lang)
        yield Progress(0, total_steps, "staff")

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
            name=officer["name"],
            role="compliance",
            region=pick({"zh_CN": "上海", "zh_TW": "上海", "en": "Shanghai"}, lang),
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
                name=p["name"],
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
        _director_template(session, lang)
        ctx.settings_company = ctx_company
        yield Progress(1, total_steps, "entries")

        year, month = FIRST_MONTH
        records = list(demo_data.demo_months(year, month, MONTHS))
        periods = {}
        for step, record in enumerate(records):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            key = (record["year"], record["month"])
            if key not in periods:
                periods[key] = stored_period(session, Period.month(*key), create=True)
                yield Progress(2 + len(periods) - 1, total_steps, f"{key[0]}-{key[1]:02d}")
            period = periods[key]
            person = people[record["employee_id"]]
            for entry in record["entries"]:
                ratings = entry.get("ratings") or {}
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
                for role, value in ratings.items():
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
            for ev in record["events"]:
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
                        note=ev.get("note", ""),
                        recorded_by="HR",
                    )
                )
            del step
        session.flush()

        # Workflow: earlier months published and signed, September published, October open.
        for (y, m), period in periods.items():
            domain_month = Period.month(y, m)
            start_appraisals(session, domain_month)
            if m in PUBLISHED_ON:
                publish_period(session, domain_month, PUBLISHED_ON[m], lang=lang)
            if m in SIGNED_MONTHS:
                signed_on = PUBLISHED_ON[m] + dt.timedelta(days=7)
                for appraisal in session.scalars(
                    select(AppraisalRow).where(AppraisalRow.period_id == period.id)
                ):
                    person = session.get(StaffRow, appraisal.staff_id)
                    boss = (
                        session.get(StaffRow, person.supervisor_id)
                        if person.supervisor_id
                        else None
                    )
                    for role, name in (
                        ("employee", person.name),
                        ("supervisor", boss.name if boss else person.name),
                        ("hr", "周婷"),
                    ):
                        appraisal.signatures.append(
                            SignatureRow(role=role, signer_name=name, signed_on=signed_on)
                        )
                    appraisal.status = AppraisalStatus.SIGNED
                    appraisal.locked_on = signed_on
                period.status = PeriodStatus.LOCKED
                period.locked_on = PUBLISHED_ON[m] + dt.timedelta(days=7)
            elif m not in PUBLISHED_ON:
                period.status = PeriodStatus.ENTERED if m < 10 else PeriodStatus.OPEN
        yield Progress(MONTHS + 2, total_steps, "reviews")

        _demo_interviews(session, people, periods)
        _demo_appeal(session, people, periods)
        from salesperf_desktop.storage.models import SettingRow

        row = session.get(SettingRow, "company_name")
        if row is None:
            session.add(SettingRow(key="company_name", value=ctx_company))
        else:
            row.value = ctx_company
        if session.get(SettingRow, "officer_name") is None:
            session.add(SettingRow(key="officer_name", value="周婷"))
    yield Progress(total_steps, total_steps, "done")
    return f"{ctx_company}: {len(people)} staff, {len(periods)} months"


def _demo_interviews(session, people: dict[str, StaffRow], periods) -> None:
    """September reviews (GROW) with action items; one is followed up in October."""
    september, october = periods[(2026, 9)], periods[(2026, 10)]
    manager = people["E002"]
    rep = people["E005"]
    first = GrowInterviewRow(
        staff_id=rep.id,
        period_id=september.id,
        held_on=dt.date(2026, 10, 9),
        interviewer_id=manager.id,
        goal="9月销售目标达成率提升到100%；重点医院新增2家。",
        reality="实际达成约85%：南京两家重点医院招标推迟，拜访计划完成率偏低，报价单出错导致订单延误。",
        options="1. 调整拜访路线，优先三甲医院；2. 请产品经理协同做科室会；3. 报价单提交前由助理复核。",
        will="10月拜访计划完成率≥90%；10月15日前完成两家医院科室会；报价单双人复核。",
        resources="产品经理陪访2次；科室会物料预算3000元。",
        career_notes="希望一年内成为高级销售代表，需要加强学术推广能力。",
    )
    first.actions = [
        ActionItemRow(what="完成两家重点医院科室会", owner=rep.name, due_on=dt.date(2026, 10, 15)),
        ActionItemRow(what="报价单提交前双人复核", owner=rep.name, due_on=dt.date(2026, 10, 31)),
        ActionItemRow(
            what="安排产品经理陪访两次",
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
        goal="保持回款率在95%以上，新产品占比提升到25%。",
        reality="回款率97%，新产品占比19%，杭州区域新品推广进展慢。",
        options="参加新品学术推广培训；与张伟结对学习。",
        will="11月底前新产品占比达到22%。",
        resources="新品培训名额1个。",
    )
    second.actions = [
        ActionItemRow(
            what="参加新品学术推广培训", owner=people["E004"].name, due_on=dt.date(2026, 11, 6)
        )
    ]
    session.add(second)
    session.flush()
    follow_up = GrowInterviewRow(
        staff_id=rep.id,
        period_id=october.id,
        held_on=dt.date(2026, 11, 6),
        interviewer_id=manager.id,
        goal="10月目标达成率100%。",
        reality="科室会已完成一家，另一家延到11月；报价单已实行双人复核。",
        options="与医院设备科提前沟通排期。",
        will="11月10日前完成第二家科室会。",
    )
    session.add(follow_up)
    session.flush()
    done = first.actions[1]
    done.status = ActionStatus.DONE
    done.followed_up_in_id = follow_up.id
    done.follow_up_note = "10月起已执行双人复核。"
    _ = AppraisalRow  # appraisals of September carry the results these interviews discuss


def _demo_appeal(session, people: dict[str, StaffRow], periods) -> None:
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
    appeal = file_appeal(
        session,
        appraisal.id,
        filed_on=dt.date(2026, 10, 9),
        reason="杭州两家医院的回款已于9月30日到账，应计入9月回款率。",
        evidence=[("银行回单.txt", "2026-09-30 到账 ¥86,000（杭州市第一人民医院）".encode())],
        actor="周婷",
    )
    decide_appeal(
        session,
        appeal.id,
        outcome="rejected",
        reason="到账时间为9月30日18:40，按财务制度计入10月回款。",
        decided_on=dt.date(2026, 10, 14),
        actor="周婷",
    )
