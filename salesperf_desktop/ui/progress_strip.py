"""A tab's own progress line: what is being computed, a bar, and Cancel.

Used for work the officer does not have to wait for (a quarter or a year being computed, a
chart's data): unlike the modal progress dialog it leaves the window usable, so choosing another
period simply supersedes the job (``TaskRunner.run(..., latest=...)``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class ProgressStrip(QWidget):
    """Hidden when idle; ``begin``/``step``/``end`` are the task runner's ``ProgressView``.

    Several jobs may be under way (a save, then a reload queued behind it): the strip shows the
    newest and stays until the last one ends. With *show_after_ms*, it appears only once a job
    has run that long (a read that is usually quick does not blink a line in and out)."""

    def __init__(self, parent: QWidget | None = None, *, show_after_ms: int = 0):
        super().__init__(parent)
        self.setObjectName("progressStrip")
        self._jobs: dict[int, tuple[str, Callable[[], None] | None]] = {}
        self._appear = QTimer(self)
        self._appear.setSingleShot(True)
        self._appear.setInterval(show_after_ms)
        self._appear.timeout.connect(lambda: self.setVisible(bool(self._jobs)))
        self.label = QLabel(self)
        self.label.setObjectName("progressText")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("progressBar")
        self.bar.setMaximumWidth(240)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("progressCancel")
        self.cancel_button.clicked.connect(self._cancel_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        # Its room is kept while hidden: showing it must not resize what is below (a chart
        # canvas redraws itself whole on every resize).
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.hide()

    def begin(self, job: object, title: str, cancel: Callable[[], None] | None) -> None:
        self._jobs[id(job)] = (title, cancel)
        self._show_newest()
        self.bar.setRange(0, 0)  # busy until a step says how much there is
        if self._appear.interval() <= 0:
            self.show()
        elif not self.isVisible() and not self._appear.isActive():
            self._appear.start()

    def step(self, job: object, done: int, total: int, message: str) -> None:
        if not self._jobs or id(job) != next(reversed(self._jobs)):
            return  # only the newest job speaks
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(min(done, total) if total > 0 else 0)
        if message:
            self.label.setText(message)

    def end(self, job: object) -> None:
        if self._jobs.pop(id(job), None) is None:
            return
        if self._jobs:
            self._show_newest()
        else:
            self._appear.stop()
            self.hide()

    def _show_newest(self) -> None:
        title, cancel = self._jobs[next(reversed(self._jobs))]
        self.label.setText(title)
        self.cancel_button.setVisible(cancel is not None)
        self.cancel_button.setEnabled(True)

    def _cancel_clicked(self) -> None:
        if not self._jobs:
            return
        _title, cancel = self._jobs[next(reversed(self._jobs))]
        if cancel is not None:
            cancel()
