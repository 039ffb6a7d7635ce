"""The Templates tab's and the Interviews page's lists read columns (the current version only,
counts per version, no copies; interviews without their objects) and the tabs fill what is
shown: on a messy demo company (templates edited in use, archived, duplicated, her own
indicator, an archived one, interviews with actions in every state) every list, tree, label
and picker says exactly what the reads they replace said (kept below as the reference), and
the officer still clicks through them."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select, update
from sqlalchemy.orm import aliased, selectinload

from salesperf_desktop.domain.status import ActionStatus
from salesperf_desktop.services import choices, reviews, templates
from salesperf_desktop.storage.models import (
    AppraisalRow,
    GrowInterviewRow,
    IndicatorRow,
    StaffRow,
    TemplateRow,
)
from salesperf_desktop.ui import templates_tab as templates_tab_module
from salesperf_desktop.ui.reviews_tab import ReviewsTab
from salesperf_desktop.ui.templates_tab import TemplatesTab
from tests.services.support import staff_id
from tests.ui_support import ui_for

TODAY = dt.date(2026, 11, 20)

# ----------------------------------------------------------------------------- the references
# The reads as they were: ORM rows with every version loaded, definitions deep-copied, the use
# of every version counted; interviews with their person, period and actions as objects.


def _old_usage(session) -> dict[int, int]:
    stmt = select(AppraisalRow.template_version_id, func.count()).group_by(
        AppraisalRow.template_version_id
    )
    return dict(session.execute(stmt).all())


def old_list_templates(ctx, *, include_archived=False) -> list[templates.TemplateRecord]:
    with ctx.session() as session:
        stmt = (
            select(TemplateRow)
            .options(selectinload(TemplateRow.versions))
            .order_by(TemplateRow.code)
        )
        if not include_archived:
            stmt = stmt.where(TemplateRow.archived.is_(False))
        usage = _old_usage(session)
        rows = []
        for t in session.scalars(stmt):
            current = t.current
            rows.append(
                templates.TemplateRecord(
                    id=t.id,
                    code=t.code,
                    name=dict(t.name),
                    role=t.role,
                    product_line=t.product_line,
                    version=current.version if current else 0,
                    version_id=current.id if current else None,
                    definition=copy.deepcopy(current.definition) if current else {},
                    team_id=t.team_id,
                    archived=t.archived,
                    in_use=usage.get(current.id, 0) if current else 0,
                )
            )
        return rows


def old_versions(ctx, template_id) -> list[tuple[int, str, int]]:
    with ctx.session() as session:
        usage = _old_usage(session)
        template = session.get(TemplateRow, template_id)
        return [
            (v.version, v.created_at.strftime("%Y-%m-%d %H:%M"), usage.get(v.id, 0))
            for v in sorted(template.versions, key=lambda v: v.version, reverse=True)
        ]


def old_list_indicators(ctx) -> list[dict]:
    with ctx.session() as session:
        rows = session.scalars(
            select(IndicatorRow)
            .where(IndicatorRow.archived.is_(False))
            .order_by(IndicatorRow.dimension, IndicatorRow.code)
        )
        return [{**templates.indicator_entry(i), "builtin": i.builtin} for i in rows]


def old_interview_rows(session, *, staff_id=None, today=None) -> list[reviews.InterviewRecord]:
    from salesperf_desktop.storage.models import PeriodRow

    interviewer = aliased(StaffRow)
    query = (
        select(GrowInterviewRow, StaffRow, PeriodRow, interviewer.name)
        .join(StaffRow, StaffRow.id == GrowInterviewRow.staff_id)
        .join(PeriodRow, PeriodRow.id == GrowInterviewRow.period_id)
        .outerjoin(interviewer, interviewer.id == GrowInterviewRow.interviewer_id)
        .options(selectinload(GrowInterviewRow.actions))
        .order_by(GrowInterviewRow.held_on.desc(), GrowInterviewRow.id.desc())
    )
    if staff_id is not None:
        query = query.where(GrowInterviewRow.staff_id == staff_id)
    return [
        reviews.InterviewRecord(
            id=gi.id,
            held_on=gi.held_on,
            staff_id=person.id,
            staff_name=person.name,
            employee_no=person.employee_no,
            period_key=period.key,
            interviewer=who or "",
            goal=(gi.goal.splitlines() or [""])[0],
            open_actions=sum(1 for a in gi.actions if a.status is ActionStatus.OPEN),
            overdue_actions=sum(1 for a in gi.actions if reviews.is_overdue(a, today)),
        )
        for gi, person, period, who in session.execute(query)
    ]


# ----------------------------------------------------------------------------- the messy company


@pytest.fixture
def messy_ctx(demo_ctx):
    ctx = demo_ctx
    listed = templates.list_templates(ctx)
    in_use = next(t for t in listed if t.in_use)
    templates.save_template(ctx, in_use.definition, in_use.id, note="v2")  # a new version
    doc = templates.get_template(ctx, in_use.id).definition
    doc["items"][0]["weight"] -= 2
    doc["items"][1]["weight"] += 2
    templates.save_template(ctx, doc, in_use.id)  # edited in place (v2 is not used)
    unused = next(t for t in listed if not t.in_use)
    templates.set_archived(ctx, unused.id)
    templates.duplicate_template(ctx, in_use.id, "zz_copy")
    templates.add_indicator(
        ctx,
        {
            "code": "hospital_listing",
            "dimension": "behaviour",
            "measure": "count",
            "unit": "",
            "name": {"zh_CN": "医院准入数"},
            "default_rule": {"kind": "linear", "floor": 0, "cap": 1.0},
            "default_weight": 5,
        },
    )
    with ctx.transaction() as s:
        s.execute(
            update(IndicatorRow).where(IndicatorRow.code == "sales_achievement").values(archived=1)
        )
    e1, e2, e3 = (staff_id(ctx, no) for no in ("E001", "E002", "E003"))
    D = dt.date
    A = reviews.ActionDraft
    for draft in (
        reviews.InterviewDraft(
            e2,
            "2026-10",
            D(2026, 11, 5),
            e1,
            "提高准入\n第二行",
            actions=[
                A("拜访三家医院", "E002", D(2026, 11, 1)),  # open, overdue
                A("复盘", "E002", D(2026, 12, 1)),  # open, not yet due
                A("培训", "E001", None),  # open, no date
                A("旧事", "E002", D(2026, 10, 1), ActionStatus.DONE),
                A("放弃", "E002", D(2026, 10, 1), ActionStatus.DROPPED),
            ],
        ),
        reviews.InterviewDraft(e3, "2026-10", D(2026, 11, 5), None, "", reality="无目标"),
        reviews.InterviewDraft(
            e2, "2026-09", D(2026, 10, 8), e1, "回款", actions=[A("催款", "E002")]
        ),
    ):
        reviews.store_interview(ctx, draft)
    return ctx


def test_the_reads_answer_as_the_reads_they_replace(messy_ctx):
    ctx = messy_ctx
    for archived in (False, True):
        new = templates.list_templates(ctx, include_archived=archived)
        assert new == old_list_templates(ctx, include_archived=archived)
    everyone = templates.list_templates(ctx, include_archived=True)
    assert any(t.archived for t in everyone) and any(t.version > 1 for t in everyone)
    for t in everyone:
        assert templates.versions(ctx, t.id) == old_versions(ctx, t.id)
    assert templates.list_indicators(ctx) == old_list_indicators(ctx)
    with ctx.session() as s:
        people = [None, *s.scalars(select(GrowInterviewRow.staff_id).distinct())]
        for person in people:
            for today in (TODAY, dt.date(2026, 10, 2), dt.date(2027, 1, 1)):
                new = reviews.interview_rows(s, staff_id=person, today=today)
                assert new == old_interview_rows(s, staff_id=person, today=today)
        assert any(r.overdue_actions for r in reviews.interview_rows(s, today=TODAY))


def _texts(model) -> list[list]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _tree_texts(tree) -> list[tuple]:
    out = []
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        out.append((group.text(0),))
        out += [tuple(group.child(i).text(c) for c in range(3)) for i in range(group.childCount())]
    return out


def _what_the_tab_shows(qtbot, ctx) -> dict:
    tab = TemplatesTab(ui_for(ctx, today=TODAY))
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    qtbot.waitExposed(tab)
    seen: dict = {}
    for archived in (False, True):
        tab.show_archived.setChecked(archived)
        seen[archived, "list"] = _texts(tab.list_model)
        for row in range(tab.list_model.rowCount()):
            qtbot.mouseClick(
                tab.list_view.viewport(),
                Qt.MouseButton.LeftButton,
                pos=tab.list_view.visualRect(tab.list_model.index(row, 0)).center(),
            )
            seen[archived, row] = (
                _texts(tab.items_model),
                tab.summary.text(),
                tab.versions_label.text(),
                tab.archive_button.text(),
            )
    tab.pages.tabBar().setCurrentIndex(1)  # the library, as she opens it
    seen["library"] = _tree_texts(tab.library.tree)
    tab.pages.tabBar().setCurrentIndex(2)
    seen["items"] = _texts(tab.adjustments.model)
    return seen


def test_the_templates_tab_shows_what_it_showed(qtbot, messy_ctx, monkeypatch):
    new = _what_the_tab_shows(qtbot, messy_ctx)
    assert "✓" in [t[-1] for t in new["library"]] and new["items"]
    monkeypatch.setattr(templates_tab_module, "list_templates", old_list_templates)
    monkeypatch.setattr(templates_tab_module, "versions", old_versions)
    monkeypatch.setattr(templates_tab_module, "list_indicators", old_list_indicators)
    assert new == _what_the_tab_shows(
        qtbot,
        messy_ctx,
    )


def test_a_page_not_shown_is_read_when_she_opens_it(qtbot, messy_ctx):
    tab = TemplatesTab(ui_for(messy_ctx, today=TODAY))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.list_model.rowCount() and tab.is_loaded()
    assert tab.library.tree.topLevelItemCount() == 0  # not shown yet, not read
    tab.pages.tabBar().setCurrentIndex(1)
    assert tab.library.tree.topLevelItemCount() > 0
    assert "医院准入数" in [t[0] for t in _tree_texts(tab.library.tree)]
    templates.set_archived(messy_ctx, templates.template_by_code(messy_ctx, "zz_copy").id)
    tab.events.changed.emit("templates")  # shown: read again at once
    assert "医院准入数" in [t[0] for t in _tree_texts(tab.library.tree)]
    assert all("zz_copy" not in str(r) for r in _texts(tab.list_model))


def test_the_interviews_page_lists_and_filters_as_before(qtbot, messy_ctx):
    tab = ReviewsTab(ui_for(messy_ctx, today=TODAY))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    page = tab.interviews
    people = choices.people(messy_ctx)
    combo = page.person_filter
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All staff",
        *(f"{p.employee_no} {p.name}" for p in people),
    ]
    with messy_ctx.session() as s:
        old = old_interview_rows(s, today=TODAY)
    assert [page.model.key(r) for r in range(page.model.rowCount())] == [r.id for r in old]
    assert ["3", "1"] in [row[4:6] for row in _texts(page.model)]  # open actions, overdue
    e2 = staff_id(messy_ctx, "E002")
    combo.setCurrentIndex(
        combo.findText(next(f"{p.employee_no} {p.name}" for p in people if p.id == e2))
    )
    assert page.person_id() == e2
    with messy_ctx.session() as s:
        mine = old_interview_rows(s, staff_id=e2, today=TODAY)
    assert [page.model.key(r) for r in range(page.model.rowCount())] == [r.id for r in mine]
    page.refresh()  # a refresh keeps her choice
    assert page.person_id() == e2 and combo.currentText().startswith("E002")
    page.show_person(None)
    assert page.person_id() is None and page.model.rowCount() == len(old)
    page.show_person(staff_id(messy_ctx, "E003"))
    assert [r[1] for r in _texts(page.model)] == [
        next(f"{p.employee_no} {p.name}" for p in people if p.employee_no == "E003")
    ]
