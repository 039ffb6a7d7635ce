"""salesperf-cli info: where the database is and what it holds."""

from __future__ import annotations

from salesperf_desktop import __version__
from salesperf_desktop.cli.common import open_context
from salesperf_desktop.services.overview import overview, schema_revision


def register(sub) -> None:
    p = sub.add_parser("info", help="show the database file, its schema version and what it holds")
    p.set_defaults(func=run)


def run(args) -> int:
    with open_context(args) as ctx:
        held = overview(ctx)
        print(f"SalesPerf Desktop {__version__}")
        print(f"database: {ctx.db_path}")
        print(f"schema:   {schema_revision()}")
        print(f"company:  {held.company_name}")
        for label, count in (
            ("teams", held.teams),
            ("staff", held.staff),
            ("templates", held.templates),
            ("periods", held.periods),
            ("appraisals", held.appraisals),
        ):
            print(f"{label + ':':<11}{count}")
    return 0
