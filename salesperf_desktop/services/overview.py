"""What a database holds, in counts: the status bar and ``salesperf-cli info`` show it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from salesperf_desktop.storage.models import AppraisalRow, PeriodRow, StaffRow, TeamRow, TemplateRow


@dataclass(frozen=True)
class Overview:
    company_name: str | None
    teams: int
    staff: int
    templates: int
    periods: int
    appraisals: int


def overview(ctx) -> Overview:
    """The company name and how many teams, people, templates, periods and appraisals."""
    with ctx.session() as s:

        def count(model) -> int:
            return s.scalar(select(func.count()).select_from(model)) or 0

        counts = {
            "teams": count(TeamRow),
            "staff": count(StaffRow),
            "templates": count(TemplateRow),
            "periods": count(PeriodRow),
            "appraisals": count(AppraisalRow),
        }
    return Overview(company_name=ctx.settings.get("company_name"), **counts)


def staff_count(ctx) -> int:
    """How many people are in the register (the status bar)."""
    with ctx.session() as s:
        return s.scalar(select(func.count()).select_from(StaffRow)) or 0


def schema_revision() -> str:
    """The schema revision this program writes (Alembic's head)."""
    from salesperf_desktop.storage.database import head_revision

    return head_revision()
