"""Template saving, versions in use, duplicates, archive, custom indicators, template files."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services.appraisals import start_appraisals
from salesperf_desktop.services.staff import StaffData, save_staff
from salesperf_desktop.services.templates import (
    TemplateInvalid,
    add_indicator,
    check_indicator,
    duplicate_template,
    get_template,
    list_indicators,
    list_templates,
    save_template,
    set_archived,
    template_by_code,
    unique_code,
    versions,
)
from salesperf_desktop.storage.models import AppraisalRow, TemplateRow


def _tid(ctx, code="rep_mature"):
    with ctx.session() as s:
        return s.scalar(select(TemplateRow.id).where(TemplateRow.code == code))


def _doc(ctx, code="rep_mature"):
    return get_template(ctx, _tid(ctx, code)).definition


def test_seed_templates_are_listed(ctx):
    codes = {t.code for t in list_templates(ctx)}
    assert {"rep_mature", "rep_innovative", "rep_distributor", "sales_manager"} <= codes


def test_editing_an_unused_template_changes_it_in_place(ctx):
    doc = _doc(ctx)
    doc["team_share"] = 0.3
    out = save_template(ctx, doc, _tid(ctx))
    assert (out.version, out.new_version) == (1, False)
    assert _doc(ctx)["team_share"] == 0.3


def test_editing_a_template_in_use_makes_a_new_version_and_the_appraisal_keeps_its_own(ctx):
    save_staff(ctx, StaffData("E1", "张三", hire_date=dt.date(2024, 1, 1)))
    with ctx.transaction() as s:
        (appraisal,) = start_appraisals(s, Period.parse("2026-09"))
        old_version_id = appraisal.template_version_id
    doc = _doc(ctx)
    doc["items"][0]["weight"] -= 5
    doc["items"][1]["weight"] += 5
    out = save_template(ctx, doc, _tid(ctx))
    assert (out.version, out.new_version) == (2, True)
    with ctx.session() as s:
        a = s.scalar(select(AppraisalRow))
        assert a.template_version_id == old_version_id
        assert a.template_version.version == 1
        assert a.template_snapshot["items"][0]["weight"] == doc["items"][0]["weight"] + 5
    assert [v[0] for v in versions(ctx, _tid(ctx))] == [2, 1]
    assert versions(ctx, _tid(ctx))[1][2] == 1  # version 1 used by one appraisal


def test_invalid_templates_are_refused_with_coded_problems(ctx):
    doc = _doc(ctx)
    doc["items"][0]["weight"] += 7
    with pytest.raises(TemplateInvalid) as err:
        save_template(ctx, doc, _tid(ctx))
    assert err.value.report.errors[0].code == "weights_sum"
    assert "100" in err.value.messages("en")[0]


def test_duplicate_and_archive(ctx):
    original = get_template(ctx, _tid(ctx))
    new_id = duplicate_template(ctx, _tid(ctx), "rep_mature_east")
    set_archived(ctx, _tid(ctx))
    copy_row = get_template(ctx, new_id)
    assert copy_row.name["en"].endswith(" (copy)") and copy_row.version == 1
    assert copy_row.name["zh_CN"] == original.name["zh_CN"] + "（副本）"
    assert "rep_mature" not in {t.code for t in list_templates(ctx)}
    assert "rep_mature" in {t.code for t in list_templates(ctx, include_archived=True)}
    with pytest.raises(TemplateInvalid) as err:
        duplicate_template(ctx, new_id, "rep_mature_east")
    assert "already exists" in err.value.messages("en")[0]
    assert unique_code(ctx, "rep_mature_east") == "rep_mature_east_2"
    assert unique_code(ctx, "brand_new") == "brand_new"
    assert template_by_code(ctx, "rep_mature_east").id == new_id
    assert template_by_code(ctx, "nope") is None


def _custom(code="hospital_listing"):
    return {
        "code": code,
        "dimension": "results",
        "measure": "count",
        "name": {"zh_CN": "医院准入数"},
        "default_rule": {"kind": "linear", "cap": 1.0},
        "default_weight": 10,
    }


def test_custom_indicator(ctx):
    assert check_indicator(ctx, _custom()) == []
    assert add_indicator(ctx, _custom()) == "hospital_listing"
    with pytest.raises(TemplateInvalid) as err:
        add_indicator(ctx, {**_custom(), "name": {}, "default_rule": {"kind": "nope"}})
    codes = {p.code for p in err.value.report.errors}
    assert {"template.indicator_code_taken", "template.name_missing", "rule_kind_unknown"} <= codes
    assert "hospital_listing" in err.value.messages("en")[0]
    ind = next(i for i in list_indicators(ctx) if i["code"] == "hospital_listing")
    assert not ind["builtin"]
