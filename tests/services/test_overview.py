"""What a database holds: the status bar's staff count and the CLI's summary."""

from __future__ import annotations

from salesperf_desktop.services.demo import has_staff
from salesperf_desktop.services.overview import overview, schema_revision, staff_count
from salesperf_desktop.storage.database import SCHEMA_HEAD


def test_a_new_database_holds_the_library_and_nobody(ctx):
    held = overview(ctx)
    assert held.staff == held.teams == held.periods == held.appraisals == 0
    assert held.templates > 0  # the shipped library
    assert staff_count(ctx) == 0 and not has_staff(ctx)


def test_the_demo_company_counts(demo_ctx):
    held = overview(demo_ctx)
    assert held.company_name == "E公司"
    assert (held.teams, held.staff) == (3, 13)
    assert held.periods >= 6 and held.appraisals > 0
    assert staff_count(demo_ctx) == 13 and has_staff(demo_ctx)
    assert schema_revision() == SCHEMA_HEAD
