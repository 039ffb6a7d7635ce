"""What every tab and dialog is given: the data context, change notices, the task runner, the clock.

Passed through constructors (never poked in as attributes), so a dialog can be built in a test
with a pinned clock and its own task runner.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the context loads SQLAlchemy, which the first paint does without
    from salesperf_desktop.app_context import AppContext
    from salesperf_desktop.ui.base_tab import DataEvents
    from salesperf_desktop.ui.tasks import TaskRunner


@dataclass
class UiContext:
    ctx: AppContext
    events: DataEvents
    tasks: TaskRunner
    clock: Callable[[], dt.date] | None = None  # None: the data context's clock

    def today(self) -> dt.date:
        return self.clock() if self.clock is not None else self.ctx.today()

    @property
    def lang(self) -> str:
        return self.ctx.lang
