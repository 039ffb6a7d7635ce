"""The cell rule book (domain/cell_values.py): examples for each rule, and properties that hold
for any number, any month and any text a cell may hold."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from salesperf_desktop.domain import cell_values as cv
from salesperf_desktop.domain.periods import Period

FULL_WIDTH = str.maketrans("0123456789%,.-+ ", "０１２３４５６７８９％，．－＋\u3000")


def _refusal(value, reader=cv.number) -> cv.CellRefused:
    with pytest.raises(cv.CellRefused) as refused:
        reader(value)
    return refused.value


def _code(value, reader=cv.number) -> str:
    return _refusal(value, reader).code


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (95000, 95000.0),
        (0.85, 0.85),
        ("1234.56", 1234.56),
        ("1,234.56", 1234.56),
        ("1,234", 1234.0),
        ("12,345,678", 12345678.0),
        ("-1,234.5", -1234.5),
        ("+3", 3.0),
        (".5", 0.5),
        ("1.5E+05", 150000.0),
        ("85%", 0.85),
        ("85 %", 0.85),
        ("８５％", 0.85),
        ("－１，２３４．５", -1234.5),
        ("\u22125", -5.0),  # the minus sign of word processors
        ("\u3000１２\u3000", 12.0),
        (None, None),
        ("", None),
        ("\u3000 ", None),
    ],
)
def test_numbers_that_are_accepted(value, expected):
    if expected is None:
        assert cv.number(value) is None
    else:
        assert cv.number(value) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("1,5", "cell.ambiguous_separator"),
        ("1.234,56", "cell.ambiguous_separator"),
        ("1.234.567", "cell.ambiguous_separator"),
        ("12,34", "cell.ambiguous_separator"),
        ("1234,567", "cell.ambiguous_separator"),
        ("1,2345", "cell.ambiguous_separator"),
        ("1 234", "cell.ambiguous_separator"),
        ("１，５", "cell.ambiguous_separator"),
        ("12万", "cell.unit_in_number"),
        ("1,234元", "cell.unit_in_number"),
        ("¥500", "cell.unit_in_number"),
        ("￥500", "cell.unit_in_number"),
        ("abc", "cell.not_number"),
        ("E001", "cell.not_number"),
        ("-", "cell.not_number"),
        ("NaN", "cell.not_finite"),
        ("-inf", "cell.not_finite"),
        ("1e400", "cell.not_finite"),
        (float("nan"), "cell.not_finite"),
        (float("inf"), "cell.not_finite"),
        (1e15, "cell.huge"),
        ("#DIV/0!", "cell.excel_error"),
        (cv.ExcelError("#N/A"), "cell.excel_error"),
        (cv.FORMULA_WITHOUT_VALUE, "cell.formula_without_value"),
        (True, "cell.bool_as_number"),
        (dt.date(2026, 1, 5), "cell.date_as_number"),
        (dt.datetime(2026, 1, 5, 8, 0), "cell.date_as_number"),
    ],
)
def test_numbers_that_are_refused(value, code):
    assert _code(value) == code


def test_every_refusal_is_worded_in_every_language_with_the_value():
    refusal = _refusal("1,5")
    assert "1,5" in refusal.message("zh_CN") and "1,5" in refusal.message("en")
    assert "歧義" in refusal.message("zh_TW")
    formula = _refusal(cv.FORMULA_WITHOUT_VALUE, cv.text)
    assert "Excel 或 WPS" in formula.message("zh_CN") and "Excel or WPS" in formula.message("en")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-09", Period.month(2026, 9)),
        ("2026/9", Period.month(2026, 9)),
        ("2026.09", Period.month(2026, 9)),
        ("2026年9月", Period.month(2026, 9)),
        ("２０２６－０９", Period.month(2026, 9)),
        ("202609", Period.month(2026, 9)),
        (202609, Period.month(2026, 9)),
        (dt.datetime(2026, 9, 15), Period.month(2026, 9)),
        (None, None),
    ],
)
def test_months(value, expected):
    assert cv.month(value) == expected


def test_a_text_date_is_a_month_only_when_the_caller_allows_days():
    assert _code("2026-01-15", cv.month) == "cell.date_as_month"
    assert cv.month("2026-01-15", allow_day=True) == Period.month(2026, 1)
    assert cv.month("2026年1月15日", allow_day=True) == Period.month(2026, 1)
    assert cv.month(20260115, allow_day=True) == Period.month(2026, 1)
    assert _code(20260115, cv.month) == "cell.bad_month"
    assert _code("15/01/2026", lambda v: cv.month(v, allow_day=True)) == "cell.ambiguous_date"
    assert _code("十月", cv.month) == "cell.bad_month"
    assert _code("2026-13", cv.month) == "cell.bad_month"


def test_a_ledger_reads_excel_serials_and_times_as_days_of_a_month():
    """ERP ledgers export a date cell as its serial (46037) or as text with the time of day."""
    assert cv.month(46037, allow_day=True) == Period.month(2026, 1)
    assert cv.month(46037.0, allow_day=True) == Period.month(2026, 1)
    assert _code(46037, cv.month) == "cell.bad_month"  # a month column: not a serial
    assert _code(46037.5, lambda v: cv.month(v, allow_day=True)) == "cell.bad_month"
    assert _code(7, lambda v: cv.month(v, allow_day=True)) == "cell.bad_month"
    assert cv.month("2026-01-15 10:30:00", allow_day=True) == Period.month(2026, 1)
    assert cv.date("2026/1/15T10:30") == dt.date(2026, 1, 15)
    assert cv.date("2026年1月15号") == dt.date(2026, 1, 15)
    assert _code("2026-01-15 下午", cv.date) == "cell.bad_date"


@pytest.mark.parametrize(
    "value",
    ["2026-01-15", "2026/1/15", "2026.1.15", "2026年1月15日", "20260115", "２０２６－０１－１５"],
)
def test_dates_written_year_first(value):
    assert cv.date(value) == dt.date(2026, 1, 15)


def test_dates_that_are_refused():
    assert _code("15/01/2026", cv.date) == "cell.ambiguous_date"
    assert _code("01-15-2026", cv.date) == "cell.ambiguous_date"
    assert _code("2026-02-30", cv.date) == "cell.bad_date"
    assert _code("soon", cv.date) == "cell.bad_date"
    assert _code(cv.FORMULA_WITHOUT_VALUE, cv.date) == "cell.formula_without_value"


def test_text():
    assert cv.text(None) == ""
    assert cv.text("\u3000张三 ") == "张三"
    assert cv.text(1001.0) == "1001"
    assert cv.text(dt.datetime(2026, 1, 5)) == "2026-01-05"
    assert _code(cv.FORMULA_WITHOUT_VALUE, cv.text) == "cell.formula_without_value"
    assert _code(cv.ExcelError("#REF!"), cv.text) == "cell.excel_error"


# --------------------------------------------------------------------------- properties

amounts = st.decimals(
    min_value=-(10**11), max_value=10**11, places=2, allow_nan=False, allow_infinity=False
)


@given(amounts)
def test_any_amount_with_thousands_separators_and_a_point_round_trips(amount):
    text = f"{amount:,.2f}"
    assert cv.number(text) == pytest.approx(float(amount), abs=1e-6)
    assert cv.number(f"{amount:.2f}") == cv.number(text)


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_any_whole_number_with_thousands_separators_round_trips(number):
    assert cv.number(f"{number:,}") == number


@given(amounts)
def test_full_width_text_reads_like_half_width(amount):
    for text in (f"{amount:,.2f}", f"{amount:.2f}", f"{amount:.2f}%"):
        assert cv.number(text.translate(FULL_WIDTH)) == cv.number(text)


@given(amounts.filter(lambda a: abs(a) >= 1000))
def test_the_european_way_of_writing_an_amount_is_refused(amount):
    english = f"{amount:,.2f}"
    european = english.translate(str.maketrans(",.", ".,"))
    assert _code(european) == "cell.ambiguous_separator"


@given(
    st.integers(min_value=1, max_value=999),
    st.text(alphabet="0123456789", min_size=1, max_size=6).filter(lambda d: len(d) != 3),
)
def test_a_comma_not_followed_by_three_digits_is_never_guessed(head, tail):
    assert _code(f"{head},{tail}") == "cell.ambiguous_separator"


@given(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False).map(lambda f: round(f, 4)))
def test_a_percent_is_the_number_over_a_hundred(value):
    assert cv.number(f"{value}%") == pytest.approx(value / 100)


@given(st.one_of(st.text(max_size=30), st.integers(), st.floats(), st.booleans(), st.none()))
def test_any_cell_is_a_finite_bounded_number_blank_or_refused(value):
    try:
        result = cv.number(value)
    except cv.CellRefused as refused:
        assert refused.code.startswith("cell.") and refused.message("en")
        return
    assert result is None or (math.isfinite(result) and abs(result) <= cv.MAX_ABS_VALUE)


@given(st.integers(min_value=1900, max_value=2999), st.integers(min_value=1, max_value=12))
def test_every_way_of_writing_a_month_reads_the_same(year, number):
    expected = Period.month(year, number)
    for value in (
        f"{year}-{number:02d}",
        f"{year}/{number}",
        f"{year}年{number}月",
        f"{year}-{number:02d}".translate(FULL_WIDTH),
        year * 100 + number,
        dt.date(year, number, 28),
    ):
        assert cv.month(value) == expected


@pytest.mark.parametrize(
    ("number_format", "percent"),
    [
        ("0%", True),
        ("0.0%", True),
        ("0.00%;[Red]-0.00%", True),
        ('"增长"0.0%', True),
        ('0.0"%"', False),  # prints a "%" after 20: the value is 20
        ("0.0\\%", False),
        ("[Red]0.0", False),
        ("General", False),
        ("#,##0.00", False),
        (None, False),
    ],
)
def test_a_percent_format_is_told_from_a_literal_percent_sign(number_format, percent):
    assert cv.percent_format(number_format) is percent
