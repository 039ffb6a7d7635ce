"""salesperf-cli info: where the database is and what it holds."""

from __future__ import annotations

from sqlalchemy import func, select

from salesperf_desktop import __version__
from salesperf_desktop.cli.common import open_context
from salesperf_desktop.storage.database import head_revision
from salesperf_desktop.storage.models import AppraisalRow, PeriodRow, StaffRow, TeamRow, TemplateRow


def register(sub) -> None:
    p = sub.add_parser("info", help="show the database file, its schema version and what it holds")
    p.set_defaults(func=run)


def run(args) -> int:
    with open_context(args) as ctx, ctx.session() as s:
        count = lambda model: s.scalar(select(func.count()).select_from(model))  # noqa: E731
        print(f"SalesPerf Desktop {__version__}")
        print(f"database: {ctx.db_path}")
        print(f"schema:   {head_revision()}")
        print(f"company:  {ctx.settings.get('company_name')}")
        for label, model in (
            ("teams", TeamRow),
            ("staff", StaffRow),
            ("templates", TemplateRow),
            ("periods", PeriodRow),
            ("appraisals", AppraisalRow),
        ):
            print(f"{label + ':':<11}{count(model)}")
    return 0
