"""Translatable labels for the stored codes (roles, product lines, statuses, dimensions)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from salesperf_desktop.domain.status import (
    ActionStatus,
    AppealOutcome,
    AppraisalStatus,
    PeriodStatus,
    status_word,
)

# Written out as translate("Labels", "...") so pyside6-lupdate finds every string.
translate = QCoreApplication.translate


def role_labels() -> dict[str, str]:
    """Every role code's label (the staff register's read takes the three maps along)."""
    return {
        "sales_rep": translate("Labels", "Sales rep"),
        "sales_manager": translate("Labels", "Sales manager"),
        "director": translate("Labels", "Sales director"),
        "compliance": translate("Labels", "Compliance officer"),
        "probation": translate("Labels", "Probation staff"),
        "department": translate("Labels", "Department (given to a team)"),
        "any": translate("Labels", "Any role"),
    }


def role_label(code: str) -> str:
    return role_labels().get(code, code)


def product_line_labels() -> dict[str, str]:
    return {
        "mature": translate("Labels", "Mature products"),
        "innovative": translate("Labels", "Innovative products"),
        "distributor": translate("Labels", "Distributor channel"),
        "any": translate("Labels", "Any product line"),
    }


def product_line_label(code: str) -> str:
    return product_line_labels().get(code, code)


def cycle_label(code: str) -> str:
    """A team's or template's appraisal cycle, in seed 002's words: mature teams are graded
    monthly and reviewed each quarter; innovative teams are graded each quarter, with an
    annual review."""
    return {
        "monthly": translate("Labels", "Monthly appraisal, quarterly review"),
        "quarterly": translate("Labels", "Quarterly appraisal, annual review"),
    }.get(code, code)


def status_labels() -> dict[str, str]:
    return {
        "probation": translate("Labels", "Probation"),
        "regular": translate("Labels", "Regular"),
        "transferred": translate("Labels", "Transferred"),
        "left": translate("Labels", "Left"),
    }


def register_labels() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """The staff register's labels (``RegisterLabels``' fields: roles, product lines,
    statuses), as its tab reads it and start-up reads it ahead (no SQLAlchemy loaded here)."""
    return role_labels(), product_line_labels(), status_labels()


def status_label(code: str) -> str:
    return status_labels().get(code, code)


# Status words come from the message catalogue (domain/messages/status.py), so the window,
# the printed forms and the exports say a status with the same word.


def period_status_label(code: str, lang: str) -> str:
    return status_word(PeriodStatus(code), lang) if code else ""


def dimension_label(code: str) -> str:
    return {
        "results": translate("Labels", "Core sales results"),
        "behaviour": translate("Labels", "Sales behaviour and process"),
        "skill_compliance": translate("Labels", "Professional skill and compliance"),
        "customer": translate("Labels", "Customer relationship"),
        "team_growth": translate("Labels", "Teamwork and development"),
        "management": translate("Labels", "Management duties"),
    }.get(code, code)


def appraisal_status_label(code: str, lang: str) -> str:
    return status_word(AppraisalStatus(code), lang) if code else ""


def appeal_outcome_label(code: str, lang: str) -> str:
    return status_word(AppealOutcome(code), lang) if code else ""


def action_status_label(code: str, lang: str) -> str:
    return status_word(ActionStatus(code), lang) if code else ""


def fill(text: str, *args) -> str:
    """A translated text with Qt's numbered places (%1, %2 …) filled from *args*, in one pass
    (an argument that itself contains "%2" stays as it is)."""

    def arg(match: re.Match) -> str:
        n = int(match.group(1))
        return str(args[n - 1]) if 0 < n <= len(args) else match.group(0)

    return re.sub(r"%(\d+)", arg, text)


def refusal_text(exc: BaseException, lang: str) -> str:
    """Why a service refused, in the officer's language: coded errors render from the catalogue
    (``exc.message(lang)``); anything else (a disk error, say) keeps its own text."""
    message = getattr(exc, "message", None)
    return message(lang) if callable(message) else str(exc)
