"""Appraisal periods: a month, a quarter or a year, with parsing and localised labels."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from functools import total_ordering

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_KIND_ORDER = {"year": 0, "quarter": 1, "month": 2}
_RE_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_RE_QUARTER = re.compile(r"^(\d{4})-[Qq]([1-4])$")
_RE_YEAR = re.compile(r"^(\d{4})$")


@total_ordering
@dataclass(frozen=True, slots=True)
class Period:
    """kind "month" (number 1–12), "quarter" (1–4) or "year" (number 1)."""

    kind: str
    year: int
    number: int = 1

    def __post_init__(self) -> None:
        top = {"month": 12, "quarter": 4, "year": 1}.get(self.kind)
        if top is None:
            raise ValueError(f"unknown period kind {self.kind!r}")
        if not 1 <= self.number <= top:
            raise ValueError(f"{self.kind} number {self.number} out of range 1–{top}")

    # -- construction ------------------------------------------------------------------------
    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls("month", year, month)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        return cls("quarter", year, quarter)

    @classmethod
    def of_year(cls, year: int) -> Period:
        return cls("year", year, 1)

    @classmethod
    def parse(cls, text: str) -> Period:
        """ "2026-09" / "2026-9" → month, "2026-Q3" → quarter, "2026" → year."""
        text = text.strip()
        if m := _RE_MONTH.match(text):
            return cls.month(int(m[1]), int(m[2]))
        if m := _RE_QUARTER.match(text):
            return cls.quarter(int(m[1]), int(m[2]))
        if m := _RE_YEAR.match(text):
            return cls.of_year(int(m[1]))
        raise ValueError(f"not a period: {text!r} (expected 2026-09, 2026-Q3 or 2026)")

    # -- queries -----------------------------------------------------------------------------
    def __str__(self) -> str:
        if self.kind == "month":
            return f"{self.year:04d}-{self.number:02d}"
        if self.kind == "quarter":
            return f"{self.year:04d}-Q{self.number}"
        return f"{self.year:04d}"

    def format(self) -> str:
        return str(self)

    def months(self) -> tuple[Period, ...]:
        """The calendar months this period covers, in order."""
        if self.kind == "month":
            return (self,)
        return _months_of(self.kind, self.year, self.number)

    @property
    def first_month(self) -> int:
        return self.months()[0].number

    def quarter_of(self) -> Period:
        if self.kind == "year":
            raise ValueError("a year is not inside a quarter")
        if self.kind == "quarter":
            return self
        return Period.quarter(self.year, (self.number - 1) // 3 + 1)

    def year_of(self) -> Period:
        return Period.of_year(self.year)

    def previous(self) -> Period:
        """The previous period of the same kind (for growth against the previous period)."""
        if self.kind == "year" or self.number == 1:
            last = {"month": 12, "quarter": 4, "year": 1}[self.kind]
            return Period(self.kind, self.year - 1, last)
        return Period(self.kind, self.year, self.number - 1)

    def same_period_last_year(self) -> Period:
        return Period(self.kind, self.year - 1, self.number)

    def __lt__(self, other: Period) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self._key() < other._key()

    def _key(self) -> tuple[int, int, int]:
        # chronological by first month; a year sorts before its first quarter and month
        return (self.year, self.first_month, _KIND_ORDER[self.kind])

    def label(self, lang: str = "zh_CN") -> str:
        """ "2026年9月" / "2026年第3季度" / "Sep 2026" / "Q3 2026" …"""
        if lang == "en":
            if self.kind == "month":
                return f"{_MONTHS_EN[self.number - 1]} {self.year}"
            if self.kind == "quarter":
                return f"Q{self.number} {self.year}"
            return str(self.year)
        if self.kind == "month":
            return f"{self.year}年{self.number}月"
        if self.kind == "quarter":
            return (
                f"{self.year}年第{self.number}季度"
                if lang == "zh_CN"
                else f"{self.year}年第{self.number}季"
            )
        return f"{self.year}年" if lang == "zh_CN" else f"{self.year}年度"


@functools.lru_cache(maxsize=256)
def _months_of(kind: str, year: int, number: int) -> tuple[Period, ...]:
    # a roll-up asks for the same quarter's and year's months for every person
    first = 1 if kind == "year" else 3 * number - 2
    count = 12 if kind == "year" else 3
    return tuple(Period("month", year, m) for m in range(first, first + count))
