"""salesperf-cli: the same services as the window, without one.

``main`` is the top-level handler: whatever goes wrong, the user reads one plain line in their
language (``--lang``, else the language saved in the window's preferences, else the system's)
and the exit code of its fault class; the traceback goes to the log file only.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from salesperf_desktop.binding_check import print_if_known_bad
from salesperf_desktop.threads import one_blas_thread

log = logging.getLogger("salesperf.cli")

EXIT_CODES_EPILOG = """\
exit codes:
  0   done
  1   the input has problems: nothing was imported
  2   refused: wrong arguments, or a refusal that protects the data
      (damaged or newer database, signed appraisal, invalid backup ...)
  3   the database is open in another SalesPerf window
  4   a password is needed, or the one given is wrong
  5   the database file or its folder is read-only
  6   permission denied: the file cannot be read or written
  7   the disk is full (or the file may not grow)
  8   the database is locked by another program (after waiting 5 seconds)
  9   the path is a folder, not a file
  10  the path is a symbolic link loop
  11  another error reading or writing a file
  12  an output file is open in another program (Windows: Excel, a PDF reader)
  70  unexpected error: the details are in the log file (salesperf.log)
"""

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
    "bonus",
    "appeals",
    "comment",
    "rater_sheets",
    "events",
    "policy",
    "team_goals",
]


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    """The parser, its help in *lang* (argparse's own words too, while ``argparse_in`` is on)."""
    parser = argparse.ArgumentParser(
        prog="salesperf-cli",
        description="SalesPerf Desktop without a window: the same services as the app.",
        epilog=EXIT_CODES_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
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
    if lang != "en":
        _translate_help(parser, lang)
    return parser


def parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """*parser* and every sub-command's parser under it."""
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):  # (aliases: once)
                yield from parsers(sub)


def help_texts(parser: argparse.ArgumentParser) -> Iterator[tuple[Any, str]]:
    """(owner, attribute) of every help text: descriptions, epilogs, arguments, commands."""
    for p in parsers(parser):
        yield from ((p, "description"), (p, "epilog"))
        for action in p._actions:
            yield action, "help"
            if isinstance(action, argparse._SubParsersAction):
                yield from ((c, "help") for c in action._choices_actions)


def _translate_help(parser: argparse.ArgumentParser, lang: str) -> None:
    from salesperf_desktop.domain.messages.cli_help import name_of, translate

    for owner, attribute in help_texts(parser):
        text = getattr(owner, attribute)
        if isinstance(text, str) and text is not argparse.SUPPRESS:
            setattr(owner, attribute, translate(text, lang))
    for p in parsers(parser):
        p.formatter_class = _with_full_width_colons(p.formatter_class)
        for action in p._actions:
            # Values are named in the language (工号, 考核期, 文件); what is typed keeps its
            # English (option names, choices), and the parsed values keep their dest.
            if isinstance(action.metavar, str):
                action.metavar = name_of(action.metavar.lower(), lang) or action.metavar
            elif action.metavar is None and not action.choices and action.nargs != 0:
                action.metavar = name_of(action.dest, lang)


# A section heading of the help ("位置参数:"), which argparse ends with an ASCII colon.
_HEADING = re.compile(r"^(\S.*[\u3400-\u9fff]):$", re.MULTILINE)


def _with_full_width_colons(formatter: type) -> type:
    """*formatter*, ending Chinese section headings with "：" as Chinese text does."""

    class Formatter(formatter):
        def format_help(self) -> str:
            return _HEADING.sub("\\1：", super().format_help())

    return Formatter


@contextlib.contextmanager
def argparse_in(lang: str) -> Iterator[None]:
    """argparse's own words (usage, its errors) in *lang* while the arguments are read: it
    asks gettext, which has no Chinese for it here."""
    if lang == "en":
        yield
        return
    from salesperf_desktop.domain.messages.cli_help import translate

    english = argparse._
    argparse._ = lambda text: translate(text, lang)
    try:
        yield
    finally:
        argparse._ = english


def _language_of(argv: list[str] | None) -> str:
    """The language of the help and of argument errors: --lang, else the window's choice,
    else the system's (as for everything a command prints)."""
    from salesperf_desktop.cli.common import language

    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang", choices=["zh_CN", "zh_TW", "en"], default=None)
    try:
        known, _rest = early.parse_known_args(argv)
    except SystemExit:  # a wrong --lang: the full parser tells it, in English
        return "en"
    return language(known)


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
    one_blas_thread()  # (before a chart or form loads numpy; print workers inherit it)
    _never_fail_on_output()
    parse_lang = _language_of(argv)
    with argparse_in(parse_lang):
        args = build_parser(parse_lang).parse_args(argv)
    args.lang = parse_lang  # resolved once (the window's preference is not read again)
    print_if_known_bad()  # PySide6 6.12.0 before Python 3.12 crashes (see binding_check.py)
    from salesperf_desktop.logfile import setup_logging
    from salesperf_desktop.paths import data_dir

    setup_logging(data_dir(), console_format="salesperf-cli: %(message)s")
    lang = parse_lang
    try:
        return int(args.func(args) or 0)
    except CliError as exc:
        log.info("salesperf-cli %s refused (exit %d): %s", args.command, exc.code, exc)
        print(f"salesperf-cli: {exc.text(lang)}", file=sys.stderr)
        return _exit_code_of(exc)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        return _report(exc, args, lang)
    finally:
        from salesperf_desktop.services.opening import forget_passwords

        forget_passwords()  # the key of an encrypted database lives only as long as the command


def _exit_code_of(error: CliError) -> int:
    """A plain refusal (2) raised from a fault keeps that fault's exit code (a backup that
    failed on a full disk is 7, not 2)."""
    if error.code == 2 and error.__cause__ is not None:
        from salesperf_desktop.services.faults import ExitCode, classify

        fault = classify(error.__cause__)
        if fault.exit_code != ExitCode.UNEXPECTED:  # a ValueError's text stays a refusal
            return fault.exit_code
    return error.code


def _report(exc: BaseException, args, lang: str) -> int:
    """Any other error: its fault class's message and exit code; the traceback to the log."""
    from salesperf_desktop.domain.messages import render
    from salesperf_desktop.logfile import log_path
    from salesperf_desktop.services.faults import classify

    fault = classify(exc, getattr(args, "db", None))
    command = getattr(args, "command", "?")
    if fault.coded is None:  # a fault of the machine or a bug: keep the details
        log.error(
            "salesperf-cli %s failed (%s, exit %d)",
            command,
            fault.kind,
            fault.exit_code,
            exc_info=exc,
        )
    else:  # a refusal: one line is enough
        log.warning(
            "salesperf-cli %s refused (%s, exit %d): %s",
            command,
            fault.code,
            fault.exit_code,
            exc,
            extra={"file_only": True},
        )
    print(f"salesperf-cli: {fault.message(lang)}", file=sys.stderr)
    where = log_path()
    if fault.coded is None and where is not None:
        print(f"salesperf-cli: {render('fault.log_file', {'path': where}, lang)}", file=sys.stderr)
    return fault.exit_code


class CliError(Exception):
    """A refusal of the command line, with its exit code.

    Raised from a coded error (``raise CliError(str(exc)) from exc``), the text is rendered in
    the user's language; ``CliError.coded`` builds one straight from a catalogue code.
    """

    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code
        self.message_code: str | None = None
        self.params: dict = {}

    @classmethod
    def coded(cls, message_code: str, exit_code: int = 2, **params) -> CliError:
        from salesperf_desktop.domain.messages import render

        error = cls(render(message_code, params, "en"), exit_code)
        error.message_code, error.params = message_code, params
        return error

    def text(self, lang: str) -> str:
        from salesperf_desktop.domain.messages import render

        if self.message_code is not None:
            return render(self.message_code, self.params, lang)
        cause = self.__cause__
        own = getattr(cause, "message", None)
        if callable(own) and str(cause) == str(self):  # a coded refusal passed on
            return own(lang)
        return str(self)
