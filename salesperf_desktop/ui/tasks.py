"""The single background task runner.

Long work is written in services/ as a generator that yields ``Progress`` and returns a result
(TagStudio's habit). ``TaskRunner.run`` executes it on the thread pool, shows a cancellable
progress dialog and hands the result back on the GUI thread. A worker never receives ORM objects:
it opens its own session from the context's session factory.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from salesperf_desktop.services.progress import Cancelled, Progress


@dataclass
class TaskOutcome:
    result: Any = None
    error: BaseException | None = None
    details: str = ""
    cancelled: bool = False


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)


class _Job(QRunnable):
    def __init__(self, factory: Callable[[threading.Event], Generator[Progress, None, Any]]):
        super().__init__()
        self.signals = _Signals()
        self.cancel_event = threading.Event()
        self._factory = factory
        self.setAutoDelete(False)

    def run(self) -> None:  # worker thread
        outcome = TaskOutcome()
        try:
            gen = self._factory(self.cancel_event)
            while True:
                try:
                    step = next(gen)
                except StopIteration as stop:
                    outcome.result = stop.value
                    break
                if self.cancel_event.is_set():
                    gen.close()
                    raise Cancelled()
                self.signals.progress.emit(step.done, step.total, step.message)
        except Cancelled:
            outcome.cancelled = True
        except BaseException as exc:
            outcome.error = exc
            outcome.details = traceback.format_exc()
        self.signals.finished.emit(outcome)


class TaskRunner(QObject):
    """Runs generator tasks in the background; one instance per main window."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._jobs: set[_Job] = set()

    def run(
        self,
        title: str,
        factory: Callable[[threading.Event], Generator[Progress, None, Any]],
        on_done: Callable[[TaskOutcome], None],
        parent: QWidget | None = None,
        *,
        show_dialog: bool = True,
    ) -> _Job:
        job = _Job(factory)
        dialog = None
        if show_dialog:
            dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
            dialog.setWindowTitle(title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(job.cancel_event.set)

        @Slot(int, int, str)
        def on_progress(done: int, total: int, message: str) -> None:
            if dialog is not None:
                dialog.setMaximum(max(total, 0))
                dialog.setValue(min(done, total) if total else 0)
                if message:
                    dialog.setLabelText(message)

        @Slot(object)
        def on_finished(outcome: TaskOutcome) -> None:
            self._jobs.discard(job)
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
            on_done(outcome)

        job.signals.progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)
        job.signals.finished.connect(on_finished, Qt.ConnectionType.QueuedConnection)
        self._jobs.add(job)
        self._pool.start(job)
        return job

    def wait_all(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)
