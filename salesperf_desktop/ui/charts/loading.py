"""matplotlib (its Agg renderer, the chart drawings, the chart font) loaded in the background.

Importing matplotlib and registering the CJK font costs 0.5–1 s of CPU, far over what the GUI
thread may hold: it never happens there. ``load_in_background`` runs it on the window's task
runner; start-up starts it as soon as the database is open, while the tabs are built (an officer
who opens the program goes to a chart sooner or later), and the Charts tab asks for it when it is
first shown or has a figure to draw before it is in. ``loaded()``: a figure can be made now.
This module itself imports nothing heavy.
"""

from __future__ import annotations

from collections.abc import Callable

LANE = "matplotlib"
_loaded = False


def loaded() -> bool:
    return _loaded


def _load(_cancel):
    global _loaded
    yield from ()  # a generator for the task runner, with no steps to show
    from salesperf_desktop.services.collector import loading_modules

    with loading_modules():  # imports: nothing they make is garbage worth looking for
        from salesperf_desktop.services.chart_style import import_without_property_tables

        import_without_property_tables()  # (a fifth of matplotlib's import: help() text)
        from salesperf_desktop.ui.charts import canvas, figures  # noqa: F401 (loaded for later)

        canvas.prepare()
    _loaded = True


def load_in_background(tasks, parent, then: Callable[[object], None] | None = None) -> None:
    """Start loading, unless it is loaded (then nothing is called) or, without *then*, being
    loaded already. *then(outcome)* is called on the GUI thread once it is in (a job queued
    behind one already running: it finds everything imported)."""
    if _loaded or (then is None and tasks.busy(LANE)):
        return
    tasks.run(
        "matplotlib",
        _load,
        then or (lambda _outcome: None),
        parent,
        show_dialog=False,
        cancellable=False,
        lane=LANE,
    )
