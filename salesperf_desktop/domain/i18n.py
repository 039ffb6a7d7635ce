"""Localised maps: {"zh_CN": ..., "zh_TW": ..., "en": ...} with a sensible fallback."""

from __future__ import annotations

from collections.abc import Mapping

LANGS = ("zh_CN", "zh_TW", "en")
_FALLBACK = {
    "zh_TW": ("zh_TW", "zh_CN", "en"),
    "zh_CN": ("zh_CN", "zh_TW", "en"),
    "en": ("en", "zh_CN", "zh_TW"),
}


def pick(texts: Mapping[str, str] | str | None, lang: str) -> str:
    if texts is None:
        return ""
    if isinstance(texts, str):
        return texts
    for code in _FALLBACK.get(lang, (lang, "zh_CN", "en")):
        if texts.get(code):
            return texts[code]
    return next(iter(texts.values()), "")
