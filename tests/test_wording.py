"""Words a Chinese HR officer uses (issue #17, point 6): 已发布 for published, everywhere the
same; the pairwise weighting is 0-1-2 评分法（强制对比法）, not "012 法定权重"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from salesperf_desktop import build_translations as bt
from salesperf_desktop.domain.messages import CATALOGUE

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "user-guide.md"
PUBLISHED = {"zh_CN": "发布", "zh_TW": "發布"}
OTHER_WORDS = ("公布", "公开", "公開", "發佈", "发表", "發表", "公示")


def _texts(lang: str) -> list[tuple[str, str]]:
    """(English source, translation) of the window and of the catalogue."""
    out = [(m.key.source, f) for m in bt.read_ts(bt.ts_path(lang)) for f in m.forms]
    out += [(t["en"], t[lang]) for t in CATALOGUE.values() if t.get(lang)]
    return out


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_published_is_one_word(lang):
    said = [
        (en, text)
        for en, text in _texts(lang)
        if re.search(r"\bpublish(ed|es|ing)?\b", re.sub(r"\{[^}]*\}", "", en), re.I)
        and "holiday" not in en.lower()
        and "notice" not in en.lower()
        and "make-up" not in en.lower()
    ]
    assert said
    other = [(en, text) for en, text in said if PUBLISHED[lang] not in text]
    assert not other, other
    assert not [(en, t) for en, t in said if any(w in t for w in OTHER_WORDS)]


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_the_pairwise_method_has_its_chinese_name(lang):
    texts = [text for _en, text in _texts(lang)]
    assert not [t for t in texts if "012" in t or "法定权重" in t or "法定權重" in t]
    assert any(("0-1-2 评分法" if lang == "zh_CN" else "0-1-2 評分法") in t for t in texts)


def test_the_guide_says_it_the_same_way():
    guide = GUIDE.read_text(encoding="utf-8")
    assert "0-1-2 评分法（强制对比法）" in guide and "012 法" not in guide
    assert "结果公布" not in guide
