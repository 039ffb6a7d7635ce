"""The layer rules that import-linter cannot see: the window and the CLI open no database sessions.

Services own their transactions (docs/design/architecture.md); ui/ and cli/ call them with the
context and never hold a Session.
"""

from __future__ import annotations

import re
from pathlib import Path

import salesperf_desktop

PACKAGE = Path(salesperf_desktop.__file__).parent
UNIT_OF_WORK = re.compile(r"\.(session|transaction)\(\)")

# Modules that still open sessions themselves (issue #13); the list only ever shrinks.
STILL_OPEN: set[str] = set()


def _modules_opening_sessions() -> set[str]:
    found = set()
    for layer in ("ui", "cli"):
        for path in (PACKAGE / layer).rglob("*.py"):
            if UNIT_OF_WORK.search(path.read_text(encoding="utf-8")):
                found.add(path.relative_to(PACKAGE).as_posix())
    return found


def test_ui_and_cli_open_no_sessions_of_their_own():
    new = _modules_opening_sessions() - STILL_OPEN
    assert not new, f"open sessions in a service instead: {sorted(new)}"


def test_the_list_of_exceptions_only_shrinks():
    fixed = STILL_OPEN - _modules_opening_sessions()
    assert not fixed, f"remove from STILL_OPEN, they go through services now: {sorted(fixed)}"
