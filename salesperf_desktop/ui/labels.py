"""Translatable labels for the stored codes (roles, product lines, statuses, dimensions)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def role_label(code: str) -> str:
    return {
        "sales_rep": _tr("Sales rep"),
        "sales_manager": _tr("Sales manager"),
        "director": _tr("Sales director"),
        "compliance": _tr("Compliance officer"),
        "probation": _tr("Probation staff"),
        "any": _tr("Any role"),
    }.get(code, code)


def product_line_label(code: str) -> str:
    return {
        "mature": _tr("Mature products"),
        "innovative": _tr("Innovative products"),
        "distributor": _tr("Distributor channel"),
        "any": _tr("Any product line"),
    }.get(code, code)


def status_label(code: str) -> str:
    return {
        "probation": _tr("Probation"),
        "regular": _tr("Regular"),
        "transferred": _tr("Transferred"),
        "left": _tr("Left"),
    }.get(code, code)


def period_status_label(code: str) -> str:
    return {
        "open": _tr("Open"),
        "entered": _tr("Entered"),
        "published": _tr("Published"),
        "locked": _tr("Signed and locked"),
    }.get(code, code)


def rater_label(code: str) -> str:
    return {"supervisor": _tr("Supervisor"), "self": _tr("Self"), "peer": _tr("Peers")}.get(
        code, code
    )


def dimension_label(code: str) -> str:
    return {
        "results": _tr("Core sales results"),
        "behaviour": _tr("Sales behaviour and process"),
        "skill_compliance": _tr("Professional skill and compliance"),
        "customer": _tr("Customer relationship"),
        "team_growth": _tr("Teamwork and development"),
        "management": _tr("Management duties"),
    }.get(code, code)
