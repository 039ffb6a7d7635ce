"""Qt binding builds known to crash this program, and the one warning given when run on one.

PySide6 6.12.0 takes a reference away from ``None`` on every Qt call that returns void. From
Python 3.12 on ``None`` is immortal (PEP 683) and nothing happens; before 3.12 its count
reaches zero after enough clicks and the interpreter aborts ("Fatal Python error:
none_dealloc"). pyproject.toml keeps pip from installing that pair; this module catches a
copy installed by hand. See docs/design/engineering-notes.md and
scripts/check_pyside_refcount.py.

The comparison is plain Python (no Qt import) so it can be tested and used by the CLI;
only ``warn_if_known_bad`` touches Qt, when it has something to show.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass

log = logging.getLogger(__name__)

# What pyproject.toml asks pip for on Python < 3.12 (the releases measured balanced there):
# the fix a message names. tests/test_binding_check.py keeps the two in step.
TESTED_RANGE = ("6.10", "6.11")
SAFE_REQUIREMENT = f"PySide6-Essentials>={TESTED_RANGE[0]},<6.12"


@dataclass(frozen=True)
class BadBinding:
    """PySide6 releases that must not run on Pythons older than ``python_below``."""

    pyside_versions: tuple[str, ...]
    python_below: tuple[int, int]


KNOWN_BAD = (BadBinding(pyside_versions=("6.12.0",), python_below=(3, 12)),)


@dataclass(frozen=True)
class Problem:
    pyside_version: str
    python_version: str

    def message(self) -> str:
        """The English text (log, command line); the window shows it translated."""
        return (
            f"PySide6 {self.pyside_version} on Python {self.python_version} is known to crash "
            "this program after a while (Fatal Python error: none_dealloc). Install a tested "
            f'PySide6: pip install "{SAFE_REQUIREMENT}" (scripts/setup.sh does it in a source '
            "checkout), or run the program with Python 3.12 or newer."
        )


def version_tuple(text: str) -> tuple[int, ...]:
    """'6.8.2.1' -> (6, 8, 2, 1); a suffix such as 'rc1' or '+local' ends the number."""
    parts: list[int] = []
    for piece in text.strip().split("+")[0].split("."):
        digits = ""
        for char in piece:
            if not char.isdigit():
                break
            digits += char
        if not digits:
            break
        parts.append(int(digits))
        if len(digits) != len(piece):
            break
    return tuple(parts)


def _same_release(a: str, b: str) -> bool:
    ta, tb = version_tuple(a), version_tuple(b)
    width = max(len(ta), len(tb), 3)
    return ta + (0,) * (width - len(ta)) == tb + (0,) * (width - len(tb))


def find_problem(pyside_version: str, python_version: tuple[int, ...]) -> Problem | None:
    """The known problem of this pair, or None when it is not known to be bad."""
    for bad in KNOWN_BAD:
        if tuple(python_version[:2]) >= bad.python_below:
            continue
        if any(_same_release(pyside_version, v) for v in bad.pyside_versions):
            return Problem(pyside_version, ".".join(str(p) for p in python_version[:3]))
    return None


def installed_problem() -> Problem | None:
    """The problem of the PySide6 next to this interpreter (imports only the PySide6 package)."""
    try:
        import PySide6
    except ImportError:
        return None
    return find_problem(PySide6.__version__, tuple(sys.version_info[:3]))


def warn_if_known_bad(parent=None) -> Problem | None:
    """On a known-bad pair: log it and show one message box (translated). Else nothing."""
    problem = installed_problem()
    if problem is None:
        return None
    log.error("%s", problem.message())
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from salesperf_desktop import APP_NAME

    text = (
        QCoreApplication.translate(
            "BindingCheck",
            "SalesPerf Desktop is running on PySide6 %1 with Python %2. This combination is "
            "known to make the program close suddenly after a while.\n\nTo fix it, install "
            "a tested version of PySide6 (%3 to %4), or run the program with Python 3.12 or "
            "newer. The log file names the exact command.",
        )
        .replace("%1", problem.pyside_version)
        .replace("%2", problem.python_version)
        .replace("%3", TESTED_RANGE[0])
        .replace("%4", TESTED_RANGE[1])
    )
    QMessageBox.warning(parent, APP_NAME, text)
    return problem


def print_if_known_bad(stream=None) -> Problem | None:
    """The command line's version: the English message on stderr."""
    problem = installed_problem()
    if problem is not None:
        print(f"salesperf: WARNING: {problem.message()}", file=stream or sys.stderr)
    return problem


def main() -> int:
    """``python -m salesperf_desktop.binding_check``: exit 1 on a known-bad pair (builds)."""
    try:
        import PySide6
    except ImportError:
        print("PySide6 is not installed", file=sys.stderr)
        return 1
    problem = print_if_known_bad()
    if problem is None:
        print(f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]}: not known bad")
    return 1 if problem else 0


if __name__ == "__main__":
    sys.exit(main())
