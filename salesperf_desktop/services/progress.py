"""Progress reporting for long services, independent of Qt.

A long service is a generator: it ``yield``s ``Progress`` now and then and ``return``s its
result. The UI runs it in the background; the CLI and the tests drive it with ``run_to_end``.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")


class Cancelled(Exception):
    """The user cancelled; whatever was in progress has been rolled back."""


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    message: str = ""


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
