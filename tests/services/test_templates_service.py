"""Template saving, versions in use, duplicates, archive, custom indicators, template files."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest
from sqlalchemy import select

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services.appraisals import start_appraisals
from salesperf_desktop.services.staff import StaffData, save_staff
from salesperf_desktop.services.template_io import (
    TemplateFileError,
    export_template,
    import_template,
)
from salesperf_desktop.services.templates import (
    TemplateInvalid,
    add_indicator,
    duplicate_template,
    get_template,
    list_indicators,
    list_templates,
    save_template,
    set_archived,
    versions,
)
from salesperf_desktop.storage.models import AppraisalRow, TemplateRow


def _tid(ctx, code="rep_mature"):
    with ctx.session() as s:
        return s.scalar(select(TemplateRow.id).where(TemplateRow.code == code))


def _doc(ctx, code="rep_mature"):
    with ctx.session() as s:
        return get_template(s, _tid(ctx, code)).definition


def test_seed_templates_are_listed(ctx):
    with ctx.session() as s:
        codes = {t.code for t in list_templates(s)}
    assert {"rep_mature", "rep_innovative", "rep_distributor", "sales_manager"} <= codes


def test_editing_an_unused_template_changes_it_in_place(ctx):
    doc = _doc(ctx)
    doc["team_share"] = 0.3
    with ctx.transaction() as s:
        out = save_template(s, doc, _tid(ctx))
    assert (out.version, out.new_version) == (1, False)
    assert _doc(ctx)["team_share"] == 0.3


def test_editing_a_template_in_use_makes_a_new_version_and_the_appraisal_keeps_its_own(ctx):
    with ctx.transaction() as s:
        save_staff(s, StaffData("E1", "张三", hire_date=dt.date(2024, 1, 1)))
        (appraisal,) = start_appraisals(s, Period.parse("2026-09"))
        old_version_id = appraisal.template_version_id
    doc = _doc(ctx)
    doc["items"][0]["weight"] -= 5
    doc["items"][1]["weight"] += 5
    with ctx.transaction() as s:
        out = save_template(s, doc, _tid(ctx))
    assert (out.version, out.new_version) == (2, True)
    with ctx.session() as s:
        a = s.scalar(select(AppraisalRow))
        assert a.template_version_id == old_version_id
        assert a.template_version.version == 1
        assert a.template_snapshot["items"][0]["weight"] == doc["items"][0]["weight"] + 5
        assert [v[0] for v in versions(s, _tid(ctx))] == [2, 1]
        assert versions(s, _tid(ctx))[1][2] == 1  # version 1 used by one appraisal


def test_invalid_templates_are_refused_with_coded_problems(ctx):
    doc = _doc(ctx)
    doc["items"][0]["weight"] += 7
    with ctx.transaction() as s, pytest.raises(TemplateInvalid) as err:
        save_template(s, doc, _tid(ctx))
    assert err.value.report.errors[0].code == "weights_sum"
    assert "100" in err.value.messages("en")[0]


def test_duplicate_and_archive(ctx):
    with ctx.transaction() as s:
        new_id = duplicate_template(s, _tid(ctx), "rep_mature_east", "en")
        set_archived(s, _tid(ctx))
    with ctx.session() as s:
        copy_row = get_template(s, new_id)
        assert copy_row.name["en"].endswith(" (copy)") and copy_row.version == 1
        assert "rep_mature" not in {t.code for t in list_templates(s)}
        assert "rep_mature" in {t.code for t in list_templates(s, include_archived=True)}
    with ctx.transaction() as s, pytest.raises(TemplateInvalid) as err:
        duplicate_template(s, new_id, "rep_mature_east", "en")
    assert "already exists" in err.value.messages("en")[0]


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
    with ctx.transaction() as s:
        add_indicator(s, _custom())
        with pytest.raises(TemplateInvalid) as err:
            add_indicator(s, {**_custom(), "name": {}, "default_rule": {"kind": "nope"}})
    codes = {p.code for p in err.value.report.errors}
    assert {"indicator_code_taken", "name_missing", "rule_kind_unknown"} <= codes
    with ctx.session() as s:
        ind = next(i for i in list_indicators(s) if i.code == "hospital_listing")
        assert not ind.builtin


def test_template_file_round_trip_with_custom_indicator(ctx, tmp_path):
    with ctx.transaction() as s:
        add_indicator(s, _custom())
        doc = copy.deepcopy(get_template(s, _tid(ctx)).definition)
        doc["code"] = "rep_custom"
        doc["items"][0]["weight"] -= 10
        doc["items"].append(
            {
                "indicator": "hospital_listing",
                "dimension": "results",
                "weight": 10,
                "measure": "count",
                "rule": {"kind": "linear", "cap": 1.0},
                "name": {"zh_CN": "医院准入数"},
            }
        )
        tid = save_template(s, doc).template_id
        path = export_template(s, tid, tmp_path / "rep_custom")
    assert path.name == "rep_custom.salesperf-template.json"
    data = json.loads(path.read_text("utf-8"))
    assert data["format"] == "salesperf-template" and data["format_version"] == 1
    assert [e["code"] for e in data["indicators"]] == ["hospital_listing"]

    # same code: refused unless as a new version, or under a new code
    with ctx.transaction() as s, pytest.raises(TemplateFileError) as err:
        import_template(s, path, "en")
    assert err.value.code_clash == "rep_custom"
    with ctx.transaction() as s:
        same = import_template(s, path, "en", as_new_version=True)
        other = import_template(s, path, "en", new_code="rep_custom_b")
    assert same.version == 1  # identical content: nothing new
    assert other.code == "rep_custom_b"


def test_bad_template_files_report_every_problem(ctx, tmp_path):
    bad = tmp_path / "bad.salesperf-template.json"
    bad.write_text("{oops", encoding="utf-8")
    with ctx.transaction() as s, pytest.raises(TemplateFileError):
        import_template(s, bad)
    with ctx.session() as s:
        env = json.loads(json.dumps(_envelope(s)))
    env["template"]["items"][0]["weight"] = 99
    env["template"]["items"][1]["rule"] = {"kind": "piecewise", "points": [[1, 1], [0.5, 0.5]]}
    bad.write_text(json.dumps(env), encoding="utf-8")
    with ctx.transaction() as s, pytest.raises(TemplateFileError) as err:
        import_template(s, bad, "zh_CN", new_code="x1")
    text = "\n".join(err.value.messages)
    assert "100" in text and "严格递增" in text
    with ctx.session() as s:
        assert s.scalar(select(TemplateRow).where(TemplateRow.code == "x1")) is None
    env["format_version"] = 99
    bad.write_text(json.dumps(env), encoding="utf-8")
    with ctx.transaction() as s, pytest.raises(TemplateFileError) as err:
        import_template(s, bad, "en")
    assert "newer" in err.value.messages[0]


def _envelope(s):
    from salesperf_desktop.services.template_io import template_envelope

    return template_envelope(
        s, s.scalar(select(TemplateRow.id).where(TemplateRow.code == "rep_mature"))
    )
