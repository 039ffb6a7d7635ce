"""The single background task runner.

Long work is written in services/ as a generator that yields ``Progress`` and returns a result
(TagStudio's habit). ``TaskRunner.run`` executes it on the thread pool, shows a cancellable
progress dialog and hands the result back on the GUI thread. A worker never receives ORM objects:
it opens its own session from the context's session factory.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from salesperf_desktop.services.progress import Cancelled, Progress

log = logging.getLogger(__name__)


@dataclass
class TaskOutcome:
    result: Any = None
    error: BaseException | None = None
    details: str = ""
    cancelled: bool = False
    # Set by the runner for an error: ``message`` is its plain text in the window's language;
    # ``reported``: a fault of the machine (disk full, locked …) already told in the fault
    # dialog, so the caller only tidies up.
    message: str = ""
    reported: bool = False


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


def _tell(outcome: TaskOutcome, title: str, parent: QWidget | None) -> None:
    """Every error's traceback goes to the log; a fault of the machine is told in the fault
    dialog here, once for every task; a refusal is left to the caller, in plain words."""
    from salesperf_desktop.i18n_qt import current_language
    from salesperf_desktop.services.faults import classify
    from salesperf_desktop.ui.fault_dialog import report_fault
    from salesperf_desktop.ui.labels import refusal_text

    lang = current_language()
    error = outcome.error
    fault = classify(error)
    if fault.of_the_machine:
        report_fault(parent, error, lang=lang, context=title, tb=outcome.details)
        outcome.reported = True
        outcome.message = fault.message(lang)
        return
    # (log.log: the translation test reads .warning(...) calls as message boxes)
    log.log(logging.WARNING, "%s: %s\n%s", title, error, outcome.details, extra={"file_only": True})
    outcome.message = refusal_text(error, lang)


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
            if outcome.error is not None:
                _tell(outcome, title, parent)
            on_done(outcome)

        job.signals.progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)
        job.signals.finished.connect(on_finished, Qt.ConnectionType.QueuedConnection)
        self._jobs.add(job)
        self._pool.start(job)
        return job

    def busy(self) -> bool:
        """Whether any job is queued or running (its result not yet handed back)."""
        return bool(self._jobs)

    def wait_all(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)
