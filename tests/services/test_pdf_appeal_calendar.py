"""The printed form's appeal sentence says whether its deadline is counted on an official
calendar (the package's or HR's notice) or estimated."""

from __future__ import annotations

import datetime as dt

import pytest

from salesperf_desktop.services.printing import PrintJob, print_forms
from salesperf_desktop.services.progress import run_to_end
from salesperf_desktop.services.workdays import (
    CalendarDayRecord,
    package_has_notice,
    save_year_notice,
)
from tests.services.test_pdf_reprint import _september_appraisal, pdf_text

D = dt.date


def _publish_e003_on(ctx, day: dt.date) -> int:
    with ctx.transaction() as session:
        appraisal = _september_appraisal(session, "E003")
        appraisal.published_on = day
        return appraisal.staff_id


def _form_text(ctx, tmp_path, staff_id: int, lang: str) -> str:
    out = tmp_path / f"{lang}.pdf"
    job = PrintJob("2026-09", lang=lang, staff_ids=(staff_id,), combined=True)
    run_to_end(print_forms(ctx.session_factory, job, out))
    return pdf_text(out)


@pytest.fixture
def published_in_2027(demo_ctx):
    if package_has_notice(2027):
        pytest.skip("the installed holidays package already ships the 2027 notice")
    return _publish_e003_on(demo_ctx, D(2027, 9, 30))


def test_a_2027_deadline_is_printed_as_an_estimate(demo_ctx, tmp_path, published_in_2027):
    text = _form_text(demo_ctx, tmp_path, published_in_2027, "zh_CN")
    assert "截止日期为2027-10-08" in text
    assert "2027年调休安排尚未公布，截止日期为估算" in text
    english = _form_text(demo_ctx, tmp_path, published_in_2027, "en")
    assert "make-upworkingdaysfor2027arenotpublishedyet" in english


def test_once_hr_entered_the_notice_the_form_says_so(demo_ctx, tmp_path, published_in_2027):
    notice = [CalendarDayRecord(D(2027, 10, d), False, "国庆节") for d in range(1, 8)]
    save_year_notice(demo_ctx, 2027, [*notice, CalendarDayRecord(D(2027, 10, 9), True, "")])
    text = _form_text(demo_ctx, tmp_path, published_in_2027, "zh_CN")
    assert "截止日期为2027-10-11" in text
    assert "人事录入的国务院放假安排" in text and "估算" not in text
