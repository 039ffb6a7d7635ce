"""Helpers for localised maps: every user-facing text is {"zh_CN", "zh_TW", "en"}."""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("zh_CN", "zh_TW", "en")


def loc(zh_cn: str, zh_tw: str, en: str) -> dict[str, str]:
    """A localised map in the order the format doc uses (simplified, traditional, English)."""
    return {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}
