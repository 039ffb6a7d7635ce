"""Template files: export with the custom indicators a template uses; import checks everything
first and writes nothing when anything is wrong."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest
from sqlalchemy import select

from salesperf_desktop.services.template_io import (
    TemplateFileError,
    export_template,
    import_template,
    template_envelope,
)
from salesperf_desktop.services.templates import (
    add_indicator,
    get_template,
    list_indicators,
    save_template,
    template_by_code,
)
from salesperf_desktop.storage.models import ImportBatchRow, TemplateRow
from tests.services.test_templates import _custom, _tid


def test_template_file_round_trip_with_custom_indicator(ctx, tmp_path):
    add_indicator(ctx, _custom())
    doc = copy.deepcopy(get_template(ctx, _tid(ctx)).definition)
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
    tid = save_template(ctx, doc).template_id
    path = export_template(ctx, tid, tmp_path / "rep_custom")
    assert path.name == "rep_custom.salesperf-template.json"
    data = json.loads(path.read_text("utf-8"))
    assert data["format"] == "salesperf-template" and data["format_version"] == 1
    assert [e["code"] for e in data["indicators"]] == ["hospital_listing"]

    # same code: refused unless as a new version, or under a new code
    with pytest.raises(TemplateFileError) as err:
        import_template(ctx, path, "en")
    assert err.value.code_clash == "rep_custom"
    batches = _batches(ctx)
    same = import_template(ctx, path, "en", as_new_version=True)
    assert same.version == 1  # identical content: nothing new
    assert _batches(ctx) == batches  # and no import batch recorded for it
    other = import_template(ctx, path, "en", new_code="rep_custom_b")
    assert _batches(ctx) == batches + 1
    assert other.code == "rep_custom_b"


def _batches(ctx) -> int:
    from sqlalchemy import func, select

    from salesperf_desktop.storage.models import ImportBatchRow

    with ctx.session() as s:
        return s.scalar(select(func.count()).select_from(ImportBatchRow))


def test_bad_template_files_report_every_problem(ctx, tmp_path):
    bad = tmp_path / "bad.salesperf-template.json"
    bad.write_text("{oops", encoding="utf-8")
    with pytest.raises(TemplateFileError):
        import_template(ctx, bad)
    with ctx.session() as s:
        env = json.loads(json.dumps(_envelope(s)))
    env["template"]["items"][0]["weight"] = 99
    env["template"]["items"][1]["rule"] = {"kind": "piecewise", "points": [[1, 1], [0.5, 0.5]]}
    bad.write_text(json.dumps(env), encoding="utf-8")
    with pytest.raises(TemplateFileError) as err:
        import_template(ctx, bad, "zh_CN", new_code="x1")
    text = "\n".join(err.value.messages)
    assert "100" in text and "严格递增" in text
    with ctx.session() as s:
        assert s.scalar(select(TemplateRow).where(TemplateRow.code == "x1")) is None
    env["format_version"] = 99
    bad.write_text(json.dumps(env), encoding="utf-8")
    with pytest.raises(TemplateFileError) as err:
        import_template(ctx, bad, "en")
    assert "newer" in err.value.messages[0]


def _envelope(s):
    return template_envelope(
        s,
        s.scalar(select(TemplateRow.id).where(TemplateRow.code == "rep_mature")),
        exported_at=dt.datetime(2026, 11, 20, 9, 30),
    )


def test_an_import_adds_the_files_custom_indicators_and_notes_the_batch(ctx, tmp_path):
    add_indicator(ctx, _custom())
    doc = copy.deepcopy(get_template(ctx, _tid(ctx)).definition)
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
    path = export_template(ctx, save_template(ctx, doc).template_id, tmp_path / "c.json")
    assert path.name == "c.salesperf-template.json"
    data = json.loads(path.read_text("utf-8"))
    data["indicators"][0]["code"] = "hospital_listing_2"
    data["template"]["items"][-1]["indicator"] = "hospital_listing_2"
    path.write_text(json.dumps(data), "utf-8")
    done = import_template(ctx, path, "en", new_code="rep_other")
    assert (done.code, done.version, done.indicators_added) == ("rep_other", 1, 1)
    assert "hospital_listing_2" in {i["code"] for i in list_indicators(ctx)}
    assert template_by_code(ctx, "rep_other") is not None
    with ctx.session() as s:
        batches = s.scalars(select(ImportBatchRow).where(ImportBatchRow.kind == "template"))
        assert [b.file_name for b in batches] == ["c.salesperf-template.json"]
