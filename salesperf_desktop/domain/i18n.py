"""Localised text helpers shared by the domain: language codes and fallback lookup."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

LANGS: tuple[str, ...] = ("zh_CN", "zh_TW", "en")

# A reader asked for one language falls back along this chain, then to any value at all.
_FALLBACK: dict[str, tuple[str, ...]] = {
    "zh_CN": ("zh_CN", "zh_TW", "en"),
    "zh_TW": ("zh_TW", "zh_CN", "en"),
    "en": ("en", "zh_CN", "zh_TW"),
}


def pick(localised: Mapping[str, str] | str | None, lang: str = "zh_CN") -> str:
    """Return the text of `localised` in `lang`, falling back zh_TW → zh_CN → en → first value."""
    if localised is None:
        return ""
    if isinstance(localised, str):
        return localised
    for code in _FALLBACK.get(lang, (lang, "zh_CN", "en")):
        text = localised.get(code)
        if text:
            return text
    for text in localised.values():
        if text:
            return text
    return ""


def fmt_number(value: float | None) -> str:
    """A number as a person writes it: no trailing zeros, at most 2 decimals."""
    if value is None:
        return "—"
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def fmt_plain(value: float | None) -> str:
    """A stored value as the officer typed it, exactly: 1200000, 0.955 (never 1.2e+06); "—"
    for none. For showing a value she may retype (previews, corrections)."""
    if value is None:
        return "—"
    return format(Decimal(repr(float(value))).normalize(), "f")


def fmt_percent(rate: float | None) -> str:
    """A rate (1.2) as a percentage ("120%")."""
    if rate is None:
        return "—"
    return fmt_number(rate * 100) + "%"
