from __future__ import annotations

import pytest

from salesperf_desktop.domain.periods import Period


def test_parse_and_format_round_trip():
    for text in ("2026-09", "2026-Q3", "2026"):
        assert str(Period.parse(text)) == text
    assert Period.parse("2026-9") == Period.month(2026, 9)
    assert Period.parse("2026-q1") == Period.quarter(2026, 1)


@pytest.mark.parametrize("bad", ["2026-13", "2026-Q5", "26", "2026/09", ""])
def test_bad_periods_are_rejected(bad):
    with pytest.raises(ValueError):
        Period.parse(bad)


def test_months():
    assert [m.number for m in Period.parse("2026-Q3").months()] == [7, 8, 9]
    assert len(Period.parse("2026").months()) == 12
    assert Period.parse("2026-09").months() == (Period.month(2026, 9),)
    assert set(Period.parse("2026-Q2").months()) <= set(Period.parse("2026").months())
    assert Period.month(2026, 8).quarter_of() == Period.quarter(2026, 3)


def test_localised_labels():
    assert Period.parse("2026-09").label("zh_CN") == "2026年9月"
    assert Period.parse("2026-Q3").label("zh_CN") == "2026年第3季度"
    assert Period.parse("2026-Q3").label("zh_TW") == "2026年第3季"
    assert Period.parse("2026-09").label("en") == "Sep 2026"
    assert Period.parse("2026-Q3").label("en") == "Q3 2026"
    assert Period.parse("2026").label("zh_CN") == "2026年"


def test_previous_and_ordering():
    assert Period.month(2026, 1).previous() == Period.month(2025, 12)
    assert Period.quarter(2026, 3).same_period_last_year() == Period.quarter(2025, 3)
    assert sorted([Period.month(2026, 2), Period.quarter(2025, 4), Period.of_year(2026)]) == [
        Period.quarter(2025, 4),
        Period.of_year(2026),
        Period.month(2026, 2),
    ]
