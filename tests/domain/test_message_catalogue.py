"""Every coded message the program can show exists in all three languages, with the same fields."""

from __future__ import annotations

import string

import pytest

from salesperf_desktop.domain.messages import CATALOGUE, LANGUAGES, Problem, render


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_code_speaks_every_language_with_the_same_fields(code):
    texts = CATALOGUE[code]
    assert set(texts) == set(LANGUAGES), f"{code}: languages {sorted(texts)}"
    assert all(t.strip() for t in texts.values()), code
    fields = {lang: _fields(t) for lang, t in texts.items()}
    assert len({frozenset(f) for f in fields.values()}) == 1, f"{code}: {fields}"


def test_an_unknown_code_or_missing_field_never_raises():
    assert render("no.such.code", {}, "zh_CN") == "no.such.code"
    some = next(c for c, t in CATALOGUE.items() if _fields(t["en"]))
    assert render(some, {}, "en")  # a field missing: the template, not a KeyError


def test_a_problem_renders_in_the_readers_language():
    problem = Problem("items_empty")
    assert problem.message("zh_CN") == "模板没有任何考核指标"
    assert problem.message("en") == "The template has no indicators"
