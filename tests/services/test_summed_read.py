"""A quarter's or year's summed items added up by SQLite (``appraisals.rolled_up_inputs``: one
``GROUP BY`` per person and indicator, exact sums in millionths) are exactly what
``domain.rollup.rollup`` makes of every month's input (``_month_inputs``), whatever the monthly
figures: decimals, negatives, half-millionths, figures near the entry limit (a year of them
goes beyond SQLite's 64 bits), empty actuals, targets or bases, growth with and without a base,
pass/fail verdicts, ratings (also on a summed item), and people employed for part of the period.
Both the inputs and the scores are compared, on a real SQLite file (the demo company), and the
rule itself against SQLite's own arithmetic.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.rollup import millionths
from salesperf_desktop.domain.scoring import score
from salesperf_desktop.services import appraisals as ap
from salesperf_desktop.storage.models import millionths_sql

YEAR = Period.of_year(2026)
Q3 = Period.quarter(2026, 3)

cents = st.integers(min_value=-(10**9), max_value=10**11).map(lambda n: n / 100)
odd = st.one_of(
    st.floats(min_value=-1e9, max_value=1e9, allow_nan=False),
    st.integers(min_value=-(10**7), max_value=10**7).map(lambda n: (n + 0.5) / 1_000_000),
    st.sampled_from([0.0, -0.0, 0.5, 1e12, -1e12, 999_999_999_999.99]),
)
# now and then a figure beyond the entry limit: a year's sum then goes beyond 64 bits
huge = st.integers(0, 60).flatmap(lambda n: st.sampled_from([5e12, -2e13]) if n == 0 else cents)
figure = st.one_of(st.none(), huge, odd)
month_entry = st.one_of(
    st.none(),  # no row that month
    st.tuples(figure, figure, figure, st.one_of(st.none(), st.booleans())),
)


@pytest.fixture(scope="module")
def demo(demo_file, tmp_path_factory):
    path = tmp_path_factory.mktemp("summed") / "demo.sqlite"
    shutil.copy(demo_file, path)
    ctx = build_context(path, lang="zh_CN")
    with ctx.session() as s:
        staff = ap.eligible_staff(s, YEAR)
        resolver = ap.TemplateResolver(ap.load_templates(s), {})
        chosen, templates = [], set()
        for person in staff:  # one person per template: every measure the templates use
            got = resolver.resolve(person)
            if got is not None and got[0].code not in templates:
                templates.add(got[0].code)
                chosen.append(person.id)
        months = {
            (y, n): pid
            for pid, y, n in s.execute(
                text("SELECT id, year, number FROM periods WHERE kind = 'month' AND year = 2026")
            )
        }
    yield ctx, chosen, months
    ctx.close()


def _write(s, people, months, data, ratings, dates) -> None:
    """The chosen people's months replaced by *data*, *ratings* and employment *dates*."""
    ids = ",".join(str(p) for p in people)
    s.execute(text(f"DELETE FROM metric_entries WHERE staff_id IN ({ids})"))
    s.execute(text(f"DELETE FROM ratings WHERE staff_id IN ({ids})"))
    for (sid, code, pid), (target, actual, base, passed) in data.items():
        s.execute(
            text(
                "INSERT INTO metric_entries (staff_id, period_id, indicator_code, target, actual,"
                " base, passed, updated_at) VALUES (:s, :p, :c, :t, :a, :b, :ok, '2026-11-01')"
            ),
            {"s": sid, "p": pid, "c": code, "t": target, "a": actual, "b": base, "ok": passed},
        )
    for (sid, code, pid, role), values in ratings.items():
        for value in values:  # several peers in a month: their mean is the month's
            s.execute(
                text(
                    "INSERT INTO ratings (staff_id, period_id, indicator_code, rater_role, value,"
                    " comment) VALUES (:s, :p, :c, :r, :v, '')"
                ),
                {"s": sid, "p": pid, "c": code, "r": role, "v": value},
            )
    for sid, (hired, left) in dates.items():
        s.execute(
            text("UPDATE staff SET hire_date = :h, leave_date = :l WHERE id = :s"),
            {"h": hired, "l": left, "s": sid},
        )


@st.composite
def figures(draw, people_codes, months):
    data, ratings, dates = {}, {}, {}
    for sid, items in people_codes:
        for code, measure in items:
            for pid in months.values():
                entry = draw(month_entry)
                if entry is not None:
                    target, actual, base, passed = entry
                    if measure == "growth" and draw(st.booleans()):
                        base = draw(cents)  # mostly with a base; sometimes one is missing
                    data[(sid, code, pid)] = (target, actual, base, passed)
                rated = measure == "rating" or draw(st.integers(0, 40)) == 0
                if rated and draw(st.integers(0, 3)):
                    for role in draw(st.sets(st.sampled_from(["supervisor", "self", "peer"]))):
                        scores = st.lists(
                            st.integers(0, 1000).map(lambda n: n / 10), min_size=1, max_size=3
                        )
                        ratings[(sid, code, pid, role)] = draw(scores)
        hired = draw(st.one_of(st.none(), st.dates(dt.date(2025, 6, 1), dt.date(2026, 12, 31))))
        left = draw(st.one_of(st.none(), st.dates(dt.date(2026, 1, 1), dt.date(2027, 3, 1))))
        dates[sid] = (hired, left if left is None or hired is None or left >= hired else None)
    return data, ratings, dates


def test_a_sum_beyond_64_bits_is_added_up_in_python(demo):
    """Beyond the entry limit (never typed, but a database may hold it): 5 × 10¹² in two months
    is more millionths than SQLite's integers hold, so the person's months are read as rows."""
    ctx, chosen, months = demo
    with ctx.session() as s:
        (person, template), *_ = _people(s, chosen, Q3)
        code = next(it.indicator for it in template.items if it.measure == "achievement")
        huge = {(person.id, code, months[(2026, n)]): (1.0, 5e12, None, None) for n in (7, 8)}
        try:
            _write(s, [person.id], months, huge, {}, {person.id: (None, None)})
            with mock.patch.object(ap, "_rolled_up_by_rows", wraps=ap._rolled_up_by_rows) as rows:
                summed = ap.rolled_up_inputs(s, [(person, template)], Q3)
            assert rows.called
            assert summed[person.id].items[code].actual == 1e13
            assert summed == ap._month_inputs(s, Q3, None, [(person, template)])
        finally:
            s.rollback()


def _people(s, chosen, period):
    resolver = ap.TemplateResolver(ap.load_templates(s), {})
    staff = [p for p in ap.eligible_staff(s, period) if p.id in chosen]
    return [(p, resolver.resolve(p)[0]) for p in staff if resolver.resolve(p)]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_the_sums_read_gives_the_inputs_and_scores_of_the_monthly_roll_up(demo, data):
    ctx, chosen, months = demo
    with ctx.session() as s:
        people = _people(s, chosen, YEAR)
        codes = [(p.id, [(it.indicator, it.measure) for it in t.items]) for p, t in people]
        written = data.draw(figures(codes, months))
        try:
            _write(s, chosen, months, *written)
            for period in (YEAR, Q3):
                people = _people(s, chosen, period)
                summed = ap.rolled_up_inputs(s, people, period)
                plain = ap._month_inputs(s, period, None, people)
                assert summed == plain
                for p, template in people:
                    assert score(template, summed[p.id]) == score(template, plain[p.id])
            fast = ap.compute_period(s, YEAR, staff_ids=chosen, use_frozen_results=False)
            with mock.patch.object(ap, "rolls_up_while_reading", lambda period, overrides: False):
                slow = ap.compute_period(s, YEAR, staff_ids=chosen, use_frozen_results=False)
            assert fast == slow
        finally:
            s.rollback()


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_millionths_is_sqlites_arithmetic(value):
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE t (x FLOAT)")
    con.execute("INSERT INTO t VALUES (?)", (value,))
    ((got,),) = con.execute(f"SELECT {millionths_sql('x')} FROM t").fetchall()
    con.close()
    assert millionths(value) == got


def test_a_year_whose_months_ids_are_out_of_order_and_enclose_another_month(demo):
    """The sums seek each person's indicator from the year's first month id to its last: a month
    of another year stored in between (a back-filled 2023-06 among 2024's months) is left out.
    December stored first (the lowest id): its figures and ratings still come last. The result
    is the monthly roll-up's."""
    ctx, chosen, _ = demo
    year = Period.of_year(2024)
    ids = {(2024, 12): 9000, (2024, 1): 9001, (2023, 6): 9002}
    ids.update({(2024, n): 9001 + n for n in range(2, 12)})
    with ctx.session() as s:
        try:
            for (y, n), pid in ids.items():
                s.execute(
                    text(
                        "INSERT INTO periods (id, kind, year, number, status)"
                        " VALUES (:i, 'month', :y, :n, 'open')"
                    ),
                    {"i": pid, "y": y, "n": n},
                )
            people = _people(s, chosen, year)
            data, ratings = {}, {}
            for p, template in people:
                for it in template.items:
                    for (y, n), pid in ids.items():  # the stray month: far larger figures
                        figure = 1e6 if y == 2023 else float(n)
                        if it.measure == "rating":  # added up in month order, or off by a bit
                            ratings[(p.id, it.indicator, pid, "supervisor")] = [1.3 * n + 0.01]
                            ratings[(p.id, it.indicator, pid, "peer")] = [0.1 * n, 0.2, 0.7 * n]
                        else:
                            data[(p.id, it.indicator, pid)] = (figure, figure, figure, None)
            dates = {p.id: (dt.date(2020, 1, 1), None) for p, _ in people}
            _write(s, chosen, ids, data, ratings, dates)
            people = _people(s, chosen, year)
            assert people
            summed = ap.rolled_up_inputs(s, people, year)
            assert summed == ap._month_inputs(s, year, None, people)
            person, template = people[0]
            code = next(it.indicator for it in template.items if it.measure == "achievement")
            assert summed[person.id].items[code].actual == sum(range(1, 13))
            assert any(it.measure == "rating" for _, t in people for it in t.items)
        finally:
            s.rollback()
