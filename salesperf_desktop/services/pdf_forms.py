"""Signable PDF forms: the appraisal form (seed 003 业绩考核表) and the task sheet (seed 004).

The public API of ``services/pdf``: build form data from stored data (Qt-free), render it.

    form = form_data_for(session, staff_id, "2026-09", "zh_CN")
    render_form(form, "/where/the/officer/chose.pdf")
"""

from __future__ import annotations

from salesperf_desktop.services.pdf.form_data import (
    company_name,
    form_data_for,
    forms_for_period,
    forms_from_results,
    task_sheet_for,
)
from salesperf_desktop.services.pdf.forms import AppraisalForm, TaskSheetForm
from salesperf_desktop.services.pdf.render import register_font, render_form, render_forms

__all__ = [
    "AppraisalForm",
    "TaskSheetForm",
    "company_name",
    "form_data_for",
    "forms_for_period",
    "forms_from_results",
    "register_font",
    "render_form",
    "render_forms",
    "task_sheet_for",
]
