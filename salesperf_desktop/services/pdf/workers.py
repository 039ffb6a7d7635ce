"""What a batch-printing worker process runs: light on purpose.

The workers are spawned (not forked: the window runs Qt threads), so each one imports what its
functions live in. This module imports reportlab and our form renderer only, not SQLAlchemy or
the services that read the database: a worker starts in about a third of the time.
"""

from __future__ import annotations

from pathlib import Path

from salesperf_desktop.services.files import replace_file


def part_path(path: Path) -> Path:
    """Where a file is written until it is complete."""
    return path.with_name(path.name + ".part")


def init() -> None:
    """Once per worker: the CJK font registered (reportlab then reuses its parsed tables)."""
    from salesperf_desktop.services.pdf.render import register_font

    register_font()


def render_one(form, path: str) -> str:
    from salesperf_desktop.services.pdf.render import render_forms

    part = part_path(Path(path))
    render_forms([form], part)
    replace_file(part, path)
    return path


def render_chunk(pairs: list) -> int:
    for form, path in pairs:
        render_one(form, path)
    return len(pairs)


def ready() -> bool:
    """A no-op a new pool is given at once, one per worker: a worker is started for a task, so
    the workers start (imports, the font) while the forms are still being read."""
    return True
