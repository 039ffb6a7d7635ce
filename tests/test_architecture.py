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
STILL_OPEN: set[str] = {
    "cli/appeals.py",
    "cli/export_results.py",
    "cli/import_metrics.py",
    "cli/info.py",
    "cli/period.py",
    "cli/print_forms.py",
    "cli/score.py",
    "cli/staff.py",
    "cli/templates.py",
    "ui/charts_tab.py",
    "ui/entry/events_panel.py",
    "ui/entry/targets_dialog.py",
    "ui/entry/task_sheet_dialog.py",
    "ui/entry_tab.py",
    "ui/main_window.py",
    "ui/output_actions.py",
    "ui/reviews/appeal_dialogs.py",
    "ui/reviews/appeals_page.py",
    "ui/reviews/corrections.py",
    "ui/reviews/interview_dialog.py",
    "ui/reviews/interviews_page.py",
    "ui/reviews/plans_page.py",
    "ui/reviews/signoff_page.py",
    "ui/staff/edit_dialog.py",
    "ui/staff/teams_dialog.py",
    "ui/staff_tab.py",
    "ui/templates/library.py",
    "ui/templates_tab.py",
}


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
