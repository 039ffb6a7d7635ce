"""The monthly entry tab's pieces: grid model and view, undo commands, dialogs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from salesperf_desktop.domain.messages import render
from salesperf_desktop.services.progress import Progress

# The task runner's lane of the month's reads and writes (the grid's, its dialogs', an appeal's
# decision): one after another, in the order they were started.
LANE = "entry"

# How a dialog or panel writes: ``write(work, done)`` runs ``work()`` (a service call) in the
# lane and calls ``done(outcome)`` (a ui.tasks.TaskOutcome) on the GUI thread.
Writer = Callable[[Callable[[], Any], Callable[[Any], None]], None]


def write_in_lane(ui, parent, work: Callable[[], Any], done, *, audited: bool, view=None) -> None:
    """Run *work()* after the lane's earlier reads and saves, off the GUI thread: a change of a
    published month re-scores its published results (up to a second at 300 staff). Progress
    goes to *view* (a tab's strip), or to a progress dialog over *parent*."""
    lang = ui.ctx.lang
    text = render("progress.saving_amended" if audited else "progress.saving", {}, lang)

    def job(_cancel):
        yield Progress(0, 0, text)
        return work()

    ui.tasks.run(text, job, done, parent, view=view, lane=LANE, cancellable=False)
