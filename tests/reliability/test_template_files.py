"""Malformed template files: each is refused with a coded problem naming the place in the file,
nothing is written, and no other exception escapes (a fuzz test mutates a valid file).

The cases are the ones a reliability probe found giving tracebacks (wrong types, 10^400, deep
nesting, an assignment that is not an object) and the other ways a file can be wrong: missing
fields, NaN, too big, not UTF-8, not JSON, a folder instead of a file.
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salesperf_desktop.domain.messages import CATALOGUE, render
from salesperf_desktop.domain.template import validate_template
from salesperf_desktop.services.template_io import (
    MAX_FILE_BYTES,
    TemplateFileError,
    TemplateImported,
    export_template,
    import_template,
)
from salesperf_desktop.services.templates import get_template, list_templates

_VALID: dict = {}


def valid_envelope(ctx, tmp_path: Path) -> dict:
    """The shipped rep_mature template as the program exports it (made once)."""
    if not _VALID:
        tid = next(t.id for t in list_templates(ctx) if t.code == "rep_mature")
        path = export_template(ctx, tid, tmp_path / "rep_mature")
        _VALID.update(json.loads(path.read_text(encoding="utf-8")))
    return copy.deepcopy(_VALID)


def _set(path: list, value):
    def mutate(env):
        node = env
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return ("envelope", mutate)


def _delete(path: list):
    def mutate(env):
        node = env
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]

    return ("envelope", mutate)


def _text(replace_from: str, replace_to: str):
    """Edit the JSON text itself (for what json.dumps cannot write: 1e400, NaN)."""

    def edit(text: str) -> str:
        assert replace_from in text
        return text.replace(replace_from, replace_to, 1)

    return ("text", edit)


def _bytes(edit):
    return ("bytes", edit)


# (case, change to the envelope or its text or its bytes, expected code, expected path)
CASES = [
    (
        "weight is text",
        _set(["template", "items", 0, "weight"], "20"),
        "weight_invalid",
        "template.items[0].weight",
    ),
    (
        "weight 10^400",
        _text('"weight": 20', '"weight": 1e400'),
        "template_file.not_finite",
        "template.items[0].weight",
    ),
    (
        "weight NaN",
        _text('"weight": 20', '"weight": NaN'),
        "template_file.not_finite",
        "template.items[0].weight",
    ),
    (
        "sheet total -Infinity",
        _text('"sheet_total": 100', '"sheet_total": -Infinity'),
        "template_file.not_finite",
        "template.sheet_total",
    ),
    (
        "a 400-digit integer",
        _text('"weight": 20', '"weight": 1' + "0" * 400),
        "template_file.not_finite",
        "template.items[0].weight",
    ),
    ("assignment is text", _set(["assignment"], "EAST1"), "template_file.not_object", "assignment"),
    (
        "assignment is a list",
        _set(["assignment"], ["EAST1"]),
        "template_file.not_object",
        "assignment",
    ),
    (
        "assignment.team is a list",
        _set(["assignment"], {"team": ["EAST1"]}),
        "template_file.not_text",
        "assignment.team",
    ),
    (
        "unknown assignment",
        _set(["assignment"], {"team": None, "period": "2026-10"}),
        "template_file.unknown_key",
        "assignment.period",
    ),
    ("template missing", _delete(["template"]), "template_file.not_object", "template"),
    ("items missing", _delete(["template", "items"]), "items_empty", "template.items"),
    (
        "item indicator missing",
        _delete(["template", "items", 2, "indicator"]),
        "field_missing",
        "template.items[2]",
    ),
    (
        "measure is a list",
        _set(["template", "items", 1, "measure"], ["ratio"]),
        "template.text_expected",
        "template.items[1].measure",
    ),
    (
        "dimension is an object",
        _set(["template", "items", 1, "dimension"], {"a": 1}),
        "template.text_expected",
        "template.items[1].dimension",
    ),
    (
        "name is a list",
        _set(["template", "name"], ["rep"]),
        "template.names_expected",
        "template.name",
    ),
    (
        "item name is text",
        _set(["template", "items", 3, "name"], "x"),
        "template.names_expected",
        "template.items[3].name",
    ),
    ("role is a number", _set(["template", "role"], 7), "template.text_expected", "template.role"),
    (
        "indicators is an object",
        _set(["indicators"], {"a": 1}),
        "template_file.not_list",
        "indicators",
    ),
    (
        "indicator code is a list",
        _set(["indicators"], [{"code": ["x"]}]),
        "template_file.not_text",
        "indicators[0].code",
    ),
    (
        "indicator name is a list",
        _set(["indicators"], [{"code": "x1", "name": ["x"]}]),
        "template.names_expected",
        "indicators[0].name",
    ),
    (
        "format version true",
        _set(["format_version"], True),
        "template_file.bad_version",
        "format_version",
    ),
    ("format version newer", _set(["format_version"], 2), "template_file.newer_format", ""),
    ("not our format", _set(["format"], "other"), "template_file.not_template_file", ""),
    (
        "deep nesting",
        _set(["template", "extra"], json.loads("[" * 100 + "]" * 100)),
        "template_file.too_deep",
        None,
    ),
    (
        "nesting beyond Python's recursion",
        _text('"format_version": 1', '"format_version": 1, "x": ' + "[" * 200_000 + "]" * 200_000),
        "template_file.too_deep",
        "",
    ),
    ("not JSON", _text("{", "{oops"), "template_file.not_json", ""),
    ("empty", _bytes(lambda raw: b""), "template_file.not_json", ""),
    (
        "not UTF-8",
        _bytes(lambda raw: raw.decode("utf-8").encode("gbk")),
        "template_file.not_utf8",
        "",
    ),
    ("huge", _bytes(lambda raw: raw + b" " * MAX_FILE_BYTES), "template_file.too_large", ""),
    ("a JSON list", _bytes(lambda raw: b"[" + raw + b"]"), "template_file.not_template_file", ""),
]


def _write(tmp_path: Path, env: dict, change) -> Path:
    kind, edit = change
    path = tmp_path / "bad.salesperf-template.json"
    if kind == "envelope":
        edit(env)
    text = json.dumps(env, ensure_ascii=False, indent=2)
    if kind == "text":
        text = edit(text)
    raw = text.encode("utf-8")
    path.write_bytes(edit(raw) if kind == "bytes" else raw)
    return path


@pytest.mark.parametrize(
    ("change", "code", "where"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_malformed_template_file_is_refused_naming_what_and_where(
    ctx, tmp_path, change, code, where
):
    before = [(t.code, t.version) for t in list_templates(ctx)]
    path = _write(tmp_path, valid_envelope(ctx, tmp_path), change)
    with pytest.raises(TemplateFileError) as err:
        import_template(ctx, path, "zh_CN", new_code="fresh_code")
    problems = err.value.problems
    assert code in [p.code for p in problems], err.value.messages
    problem = next(p for p in problems if p.code == code)
    if where is not None:
        assert problem.path == where
    if where:
        assert any(where in m for m in err.value.messages)  # the officer sees where
    for lang in ("zh_CN", "zh_TW", "en"):
        assert all(p.code in CATALOGUE for p in problems)
        assert TemplateFileError(problems, lang).messages  # renders in every language
    assert [(t.code, t.version) for t in list_templates(ctx)] == before


def test_a_folder_chosen_as_the_file_is_refused_with_a_message(ctx, tmp_path):
    with pytest.raises(TemplateFileError) as err:
        import_template(ctx, tmp_path, "zh_CN")
    assert err.value.codes == ["template_file.is_folder"]
    assert err.value.messages == ["所选的是文件夹，不是模板文件"]


def test_the_chinese_message_says_where_in_the_file(ctx, tmp_path):
    path = _write(tmp_path, valid_envelope(ctx, tmp_path), CASES[1][1])
    with pytest.raises(TemplateFileError) as err:
        import_template(ctx, path, "zh_CN", new_code="fresh_code")
    assert err.value.messages == [
        "文件中 template.items[0].weight 处：数字超出范围或不是数字（如 NaN、Infinity、1e400）"
    ]


def test_the_file_is_stamped_with_the_contexts_clock(ctx, tmp_path):
    ctx.clock = lambda: dt.date(2026, 11, 20)
    tid = next(t.id for t in list_templates(ctx) if t.code == "rep_mature")
    data = json.loads(export_template(ctx, tid, tmp_path / "t").read_text(encoding="utf-8"))
    assert data["exported_at"].startswith("2026-11-20T")


# ---- fuzz: any mutation of a valid file is imported valid, or refused with coded problems


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, (*prefix, i))


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, -1, 1e308, 1e-320, 100, 20, "", "achievement", "results", "linear"]),
    st.text(max_size=8),
)
json_values = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.dictionaries(
            st.sampled_from(["kind", "team", "code", "x", "zh_CN"]), children, max_size=3
        ),
    ),
    max_leaves=8,
)
COUNTER = itertools.count()


@st.composite
def mutated_files(draw, env: dict) -> bytes:
    env = copy.deepcopy(env)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        paths = list(_paths(env))
        path = draw(st.sampled_from(paths[1:]))
        parent = env
        for key in path[:-1]:
            parent = parent[key]
        op = draw(st.sampled_from(["replace", "delete", "add"]))
        if op == "replace":
            parent[path[-1]] = draw(json_values)
        elif op == "delete":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=6))] = draw(json_values)
        else:
            parent.append(draw(json_values))
    raw = json.dumps(env, ensure_ascii=False, allow_nan=True).encode("utf-8")
    if draw(st.booleans()) and draw(st.booleans()):  # a damaged byte or a cut-off file
        at = draw(st.integers(min_value=0, max_value=len(raw) - 1))
        raw = (
            raw[:at] + draw(st.binary(max_size=3)) + (raw[at + 1 :] if draw(st.booleans()) else b"")
        )
    return raw


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_fuzz_a_mutated_template_file_is_imported_valid_or_refused_with_codes(ctx, tmp_path, data):
    raw = data.draw(mutated_files(valid_envelope(ctx, tmp_path)))
    path = tmp_path / "fuzz.salesperf-template.json"
    path.write_bytes(raw)
    kwargs = data.draw(
        st.sampled_from([{}, {"as_new_version": True}, {"new_code": f"fz{next(COUNTER)}"}])
    )
    try:
        done = import_template(ctx, path, "zh_CN", **kwargs)
    except TemplateFileError as exc:
        assert exc.problems and all(p.code in CATALOGUE for p in exc.problems)
        assert all(render(p.code, p.params, "en") for p in exc.problems)
        return
    assert isinstance(done, TemplateImported)
    assert validate_template(get_template(ctx, done.template_id).definition).ok
