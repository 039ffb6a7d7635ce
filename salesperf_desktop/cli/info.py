"""salesperf-cli info: where the database is and what it holds."""

from __future__ import annotations

from salesperf_desktop import __version__
from salesperf_desktop.cli.common import open_context, say
from salesperf_desktop.domain.messages import render
from salesperf_desktop.services.overview import overview, schema_revision


def register(sub) -> None:
    p = sub.add_parser("info", help="show the database file, its schema version and what it holds")
    p.set_defaults(func=run)


def run(args) -> int:
    with open_context(args) as ctx:
        held = overview(ctx)
        lines = [
            ("database", ctx.db_path),
            ("schema", _revision(ctx.lang)),
            ("company", held.company_name),
            ("teams", held.teams),
            ("staff", held.staff),
            ("templates", held.templates),
            ("periods", held.periods),
            ("appraisals", held.appraisals),
        ]
        print(f"SalesPerf Desktop {__version__}")
        for key, value in lines:
            label = render(f"cli.info.{key}", {}, ctx.lang)
            say(ctx.lang, "cli.info.line", label=label, value=value)
    return 0


def _revision(lang: str) -> str:
    """The schema revision: its number for a Chinese reader (0004), the whole id in English."""
    revision = schema_revision()
    return revision if lang == "en" else revision.split("_", 1)[0]
