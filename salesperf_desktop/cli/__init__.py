"""salesperf-cli: the same services as the window, without one."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from pathlib import Path

from salesperf_desktop.binding_check import print_if_known_bad

# Each module has register(subparsers); commands are listed here so --help shows them all.
COMMAND_MODULES = [
    "info",
    "demo",
    "backup",
    "restore",
    "staff",
    "templates",
    "score",
    "import_metrics",
    "period",
    "print_forms",
    "export_results",
    "appeals",
    "comment",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="salesperf-cli",
        description="SalesPerf Desktop without a window: the same services as the app.",
    )
    parser.add_argument(
        "--db", type=Path, help="database file (default: the application data folder)"
    )
    parser.add_argument(
        "--lang", choices=["zh_CN", "zh_TW", "en"], default=None, help="language of output"
    )
    parser.add_argument(
        "--password",
        help="deprecated: other users of the computer can see it (ps, Task Manager); set "
        "$SALESPERF_PASSWORD or let the command ask for the password instead",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(f"salesperf_desktop.cli.{name}").register(sub)
    return parser


def _never_fail_on_output() -> None:
    """Windows writes a pipe or a file (``salesperf-cli info > out.txt``) in the ANSI code page,
    cp1252 on an English system: a Chinese name it cannot hold is replaced by "?" instead of
    aborting the command halfway (a console window shows everything)."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and getattr(stream, "errors", None) == "strict":
            with contextlib.suppress(AttributeError, ValueError):
                stream.reconfigure(errors="replace")


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("LANG", "C.UTF-8")
    _never_fail_on_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    print_if_known_bad()  # PySide6 6.12.0 before Python 3.12 crashes (see binding_check.py)
    try:
        return int(args.func(args) or 0)
    except CliError as exc:
        print(f"salesperf-cli: {exc}", file=sys.stderr)
        return exc.code


class CliError(Exception):
    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code
