"""The layer rule that import-linter cannot see: the window and the CLI open no database sessions.

Services own their transactions (docs/design/architecture.md); ui/ and cli/ call them with the
context and never hold a Session.
"""

from __future__ import annotations

import re
from pathlib import Path

import salesperf_desktop

PACKAGE = Path(salesperf_desktop.__file__).parent
UNIT_OF_WORK = re.compile(r"\.(session|transaction)\(\)")


def test_ui_and_cli_open_no_sessions_of_their_own():
    opening = sorted(
        path.relative_to(PACKAGE).as_posix()
        for layer in ("ui", "cli")
        for path in (PACKAGE / layer).rglob("*.py")
        if UNIT_OF_WORK.search(path.read_text(encoding="utf-8"))
    )
    assert not opening, f"open the unit of work in a service instead: {opening}"
