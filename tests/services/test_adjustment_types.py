"""The catalogue the officer keeps: add and edit types, retire instead of delete, audited;
her types count in the score, a fine never does."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from salesperf_desktop.domain.adjustments import AdjustmentType
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import adjustment_types as at
from salesperf_desktop.services import events
from salesperf_desktop.storage.models import AuditEntryRow
from tests.services.support import sheet_person, staff_id

OCT = Period.month(2026, 10)
DAY = dt.date(2026, 10, 14)


def _audited(ctx) -> list[str]:
    with ctx.session() as s:
        rows = s.scalars(
            select(AuditEntryRow).where(AuditEntryRow.entity == "adjustment_type")
        ).all()
        return [r.field for r in rows]


def test_a_type_of_her_own_is_added_edited_and_counts_in_the_score(demo_ctx):
    mentoring = AdjustmentType("", 2, {"zh_CN": "带教新人"}, per_unit=True, unit={"zh_CN": "人"})
    code = at.save_type(demo_ctx, mentoring)
    assert code == "custom_1"
    listed = {r.kind.code: r for r in at.list_types(demo_ctx)}
    assert listed[code].kind.label("zh_CN") == "带教新人" and not listed[code].shipped
    sid = staff_id(demo_ctx, "E003")
    base = sheet_person(demo_ctx, OCT, "E003").result.total
    events.add_event(demo_ctx, sid, OCT, events.EventDraft("adjustment", DAY, code, 2))
    assert sheet_person(demo_ctx, OCT, "E003").result.total == pytest.approx(base + 4)
    # she changes the points: the month not yet published follows
    at.save_type(demo_ctx, replace(listed[code].kind, points=3))
    assert sheet_person(demo_ctx, OCT, "E003").result.total == pytest.approx(base + 6)
    line = next(x for x in sheet_person(demo_ctx, OCT, "E003").result.adjustments.lines)
    assert line.name["zh_CN"] == "带教新人"
    assert _audited(demo_ctx) == [code, code]


def test_a_shipped_type_edited_keeps_its_place_and_her_points(demo_ctx):
    complaint = at.load_catalogue(demo_ctx).get("customer_complaint")
    at.save_type(demo_ctx, replace(complaint, points=-2), lang="zh_CN")
    catalogue = at.load_catalogue(demo_ctx)
    assert catalogue.get("customer_complaint").points == -2
    sid = staff_id(demo_ctx, "E004")
    base = sheet_person(demo_ctx, OCT, "E004").result.total
    events.add_event(
        demo_ctx, sid, OCT, events.EventDraft("adjustment", DAY, "customer_complaint", 1)
    )
    assert sheet_person(demo_ctx, OCT, "E004").result.total == pytest.approx(base - 2)


def test_a_type_in_use_is_retired_never_deleted_and_its_events_keep_their_meaning(demo_ctx):
    sid = staff_id(demo_ctx, "E003")
    code = at.save_type(demo_ctx, AdjustmentType("", 5, {"zh_CN": "合理化建议被采纳"}))
    eid = events.add_event(demo_ctx, sid, OCT, events.EventDraft("adjustment", DAY, code))
    with pytest.raises(at.AdjustmentTypeError) as err:
        at.delete_type(demo_ctx, code)
    assert err.value.message("zh_CN") == (
        "“合理化建议被采纳”已有 1 条事件在用，不能删除；请改为停用（以往事件保持原意）。"
    )
    with pytest.raises(at.AdjustmentTypeError) as err:
        at.delete_type(demo_ctx, "shirking")
    assert "随软件提供" in err.value.message("zh_CN")
    at.set_retired(demo_ctx, code, True)
    base = sheet_person(demo_ctx, OCT, "E003").result.total
    listed = events.list_events(demo_ctx, sid, OCT)
    assert [e.points_total for e in listed if e.id == eid] == [5]  # still counts
    assert ("adjustment", code) not in events.kind_choices(at.load_catalogue(demo_ctx))
    with pytest.raises(events.EventError) as refused:
        events.add_event(demo_ctx, sid, OCT, events.EventDraft("adjustment", DAY, code))
    assert refused.value.message("zh_CN") == "“合理化建议被采纳”已停用，不能再记录新的事件。"
    # the event recorded before may still be corrected
    events.update_event(demo_ctx, eid, events.EventDraft("adjustment", DAY, code, note="补充"))
    assert sheet_person(demo_ctx, OCT, "E003").result.total == pytest.approx(base)
    at.set_retired(demo_ctx, code, False)
    assert ("adjustment", code) in events.kind_choices(at.load_catalogue(demo_ctx))
    unused = at.save_type(demo_ctx, AdjustmentType("", 1, {"zh_CN": "临时项目"}))
    at.delete_type(demo_ctx, unused)
    assert unused not in at.load_catalogue(demo_ctx)


def test_a_name_taken_is_refused_in_chinese(demo_ctx):
    with pytest.raises(at.AdjustmentTypeError) as err:
        at.save_type(demo_ctx, AdjustmentType("", 1, {"zh_CN": "顾客表扬"}), lang="zh_CN")
    assert err.value.message("zh_CN") == "已有名为“顾客表扬”的加减分项。"


def test_a_fine_is_recorded_in_yuan_and_never_moves_the_score(demo_ctx):
    sid = staff_id(demo_ctx, "E003")
    base = sheet_person(demo_ctx, OCT, "E003").result.total
    fine = events.EventDraft("adjustment", DAY, "fine_money", note="违反报销制度")
    with pytest.raises(events.EventError) as err:
        events.add_event(demo_ctx, sid, OCT, fine)
    assert err.value.message("zh_CN") == "“罚款（元）”是罚款：请填写金额（元，大于 0）。"
    events.add_event(demo_ctx, sid, OCT, replace(fine, amount=200.0))
    assert sheet_person(demo_ctx, OCT, "E003").result.total == pytest.approx(base)
    [row] = [e for e in events.list_events(demo_ctx, sid, OCT) if e.code == "fine_money"]
    assert (row.points_total, row.fine_total, row.amount) == (None, 200.0, 200.0)
    assert all(e.code != "fine_money" for e in events.engine_events(demo_ctx, sid, OCT))


def test_praise_without_approver_or_document_is_refused_and_both_are_stored(demo_ctx):
    sid = staff_id(demo_ctx, "E004")
    praise = events.EventDraft("adjustment", DAY, "praise_company", note="签下两家医院")
    with pytest.raises(events.EventError) as err:
        events.add_event(demo_ctx, sid, OCT, praise)
    assert err.value.message("zh_CN") == "“受到公司级表扬”须经公司分管副总经理审批：请填写审批人。"
    assert (
        err.value.message("zh_TW") == "「受到公司級表揚」須經公司分管副總經理審批：請填寫審批人。"
    )
    with pytest.raises(events.EventError) as err:
        events.add_event(demo_ctx, sid, OCT, replace(praise, approver="分管副总经理 陈立"))
    assert err.value.message("zh_CN") == "“受到公司级表扬”须有正式文件公布：请填写文号。"
    signed = replace(praise, approver="分管副总经理 陈立", document_no="司发〔2026〕35号")
    eid = events.add_event(demo_ctx, sid, OCT, signed)
    [row] = [e for e in events.list_events(demo_ctx, sid, OCT) if e.id == eid]
    assert (row.approver, row.document_no, row.points_total) == (
        "分管副总经理 陈立",
        "司发〔2026〕35号",
        10,
    )


def test_how_a_type_in_use_counts_cannot_change_under_its_events(demo_ctx):
    """The dialog locks 计分方式 for a type in use; the service refuses it too (an import or a
    second window must not turn recorded −1s into fines)."""
    sid = staff_id(demo_ctx, "E003")
    code = at.save_type(demo_ctx, AdjustmentType("", -2, {"zh_CN": "报表迟交"}))
    events.add_event(demo_ctx, sid, OCT, events.EventDraft("adjustment", DAY, code))
    kind = at.load_catalogue(demo_ctx).get(code)
    with pytest.raises(at.AdjustmentTypeError) as err:
        at.save_type(demo_ctx, replace(kind, money=True))
    assert err.value.message("zh_CN") == (
        "“报表迟交”已有 1 条事件在用，计分方式不能再改（以往事件保持原意）；请另建一个项目。"
    )
    at.save_type(demo_ctx, replace(kind, points=-3))  # its points may change (audited)
    assert at.load_catalogue(demo_ctx).get(code).points == -3
