"""Progress reporting for long services, independent of Qt.

A long service is a generator: it ``yield``s ``Progress`` now and then and ``return``s its
result. The UI runs it in the background; the CLI and the tests drive it with ``run_to_end``.

A service says *what* it is doing as a catalogue code (``step``, domain/messages/progress.py)
and *what it counts* as a ``unit`` ("file", "row", "form", "person", "month", "step"); the
reader's language is chosen where it is shown (``describe``): "正在读取文件：台账.xlsx ·
第 300 行/共 1200 行 · 估计剩余 12 秒". ``message`` is for a text already in the reader's
language, built by the window itself (a period being computed), never for English words.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")

UNITS = ("file", "row", "form", "person", "month", "step")


class Cancelled(Exception):
    """The user cancelled; whatever was in progress has been rolled back."""


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    message: str = ""  # a text already in the reader's language (the window's own jobs)
    step: str = ""  # what is being done: a catalogue code ("progress.backup")
    params: Mapping[str, Any] = field(default_factory=dict)  # the step's placeholders
    unit: str = ""  # what done/total count (UNITS); "" shows no count
    item: str = ""  # the file or person at hand, shown as it is

    def text(self, lang: str, seconds_left: float | None = None) -> str:
        return describe(self, lang, seconds_left)


def describe(progress: Progress, lang: str, seconds_left: float | None = None) -> str:
    """The progress line in *lang*: the step (and the item at hand), 第 x 份/共 y 份 when a unit
    is given and the total is known, and the time left once a rate is known."""
    from salesperf_desktop.domain.messages import render

    parts = []
    head = render(progress.step, progress.params, lang) if progress.step else progress.message
    if progress.item:
        head = render("progress.with_item", {"step": head, "item": progress.item}, lang)
    if head:
        parts.append(head)
    if progress.unit and progress.total > 0:
        done = min(max(progress.done, 0), progress.total)
        parts.append(
            render(f"progress.count.{progress.unit}", {"done": done, "total": progress.total}, lang)
        )
        if seconds_left is not None and progress.done < progress.total:
            parts.append(render("progress.time_left", {"time": duration(seconds_left, lang)}, lang))
    return render("progress.separator", {}, lang).join(parts)


def duration(seconds: float, lang: str) -> str:
    """A time left as the reader says it: 45 秒, 3 分 20 秒, 1 小时 5 分."""
    from salesperf_desktop.domain.messages import render

    s = max(1, round(seconds))
    if s < 60:
        return render("progress.seconds", {"s": s}, lang)
    if s < 3600:
        return render("progress.minutes", {"m": s // 60, "s": s % 60}, lang)
    return render("progress.hours", {"h": s // 3600, "m": (s % 3600) // 60}, lang)


class TimeLeft:
    """Seconds left at the rate seen so far; None until a rate is known.

    The rate is measured from the first step of a counted run (a new total, or a count that
    went back, starts a new run) and is trusted once ``settle`` seconds have passed.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic, settle: float = 1.0):
        self._clock = clock
        self._settle = settle
        self._start: tuple[float, int, int] | None = None  # (time, done, total)

    def update(self, progress: Progress) -> float | None:
        now, done, total = self._clock(), progress.done, progress.total
        if not progress.unit or total <= 0:
            self._start = None
            return None
        start = self._start
        if start is None or start[2] != total or done < start[1]:
            self._start = (now, done, total)
            return None
        elapsed, advanced = now - start[0], done - start[1]
        if elapsed < self._settle or advanced <= 0:
            return None
        return max(0, total - done) * elapsed / advanced


def run_to_end(
    gen: Generator[Progress, None, T], on_progress: Callable[[Progress], Any] | None = None
) -> T:
    while True:
        try:
            step = next(gen)
        except StopIteration as stop:
            return stop.value
        if on_progress is not None:
            on_progress(step)
