"""The one catalogue of coded messages, in zh_CN, zh_TW and en.

Validation problems, result flags and the errors services report are a stable ``code`` plus
``params``, rendered in the reader's language when shown (a frozen snapshot printed in English,
say). Each area keeps its table in a submodule; codes outside the engine's are namespaced
("staff.required", "import.not_a_number"). Templates use ``str.format`` fields named after the
params. Qt's .ts files hold widget texts only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from salesperf_desktop.domain.i18n import LANGS, pick
from salesperf_desktop.domain.messages import (
    adjustments,
    audit,
    background,
    bonus,
    calendar,
    cells,
    cipher,
    cli,
    database_file,
    denominators,
    due,
    engine,
    entry,
    explain,
    faults,
    forms,
    imports,
    ledger,
    mentoring,
    movements,
    output,
    plausibility,
    policy,
    progress,
    rater_sheets,
    reviews,
    safety,
    staff,
    status,
    task_sheets,
    team_goals,
    templates,
)
from salesperf_desktop.domain.vocab import DIMENSIONS, RATERS

LANGUAGES = LANGS

# One line per area's table.
_TABLES: tuple[Mapping[str, Mapping[str, str]], ...] = (
    engine.MESSAGES,
    calendar.MESSAGES,
    reviews.MESSAGES,
    staff.MESSAGES,
    templates.MESSAGES,
    imports.MESSAGES,
    entry.MESSAGES,
    output.MESSAGES,
    forms.MESSAGES,
    safety.MESSAGES,
    status.MESSAGES,
    denominators.MESSAGES,
    faults.MESSAGES,
    database_file.MESSAGES,
    explain.MESSAGES,
    cipher.MESSAGES,
    due.MESSAGES,
    cells.MESSAGES,
    rater_sheets.MESSAGES,
    ledger.MESSAGES,
    background.MESSAGES,
    plausibility.MESSAGES,
    policy.MESSAGES,
    audit.MESSAGES,
    progress.MESSAGES,
    cli.MESSAGES,
    task_sheets.MESSAGES,
    adjustments.MESSAGES,
    movements.MESSAGES,
    bonus.MESSAGES,
    team_goals.MESSAGES,
    mentoring.MESSAGES,
)


def _merge(tables) -> dict[str, Mapping[str, str]]:
    merged: dict[str, Mapping[str, str]] = {}
    for table in tables:
        clash = merged.keys() & table.keys()
        if clash:
            raise ValueError(f"message codes defined twice: {sorted(clash)}")
        merged.update(table)
    return merged


CATALOGUE: Mapping[str, Mapping[str, str]] = _merge(_TABLES)


def render(code: str, params: Mapping[str, Any], lang: str = "zh_CN") -> str:
    """The message for `code` in `lang`; never raises, even for an unknown code or bad params."""
    template = pick(CATALOGUE.get(code), lang)
    if isinstance(params.get("indicator_names"), Mapping):
        # an indicator is named in the reader's language where its names are known
        names = params["indicator_names"]
        params = {**params, "indicator": pick(names, lang) or params.get("indicator", "")}
    if "rater" in params:
        # rater kinds are codes; their names are rendered in the reader's language
        params = {
            **params,
            "rater_name": pick(RATERS.get(params["rater"]), lang) or params["rater"],
        }
    if isinstance(params.get("dimension"), str):
        # dimensions are codes too; a company's own dimension is shown as typed
        params = {
            **params,
            "dimension_name": pick(DIMENSIONS.get(params["dimension"]), lang)
            or params["dimension"],
        }
    if not template:
        return code if not params else f"{code} {dict(params)}"
    try:
        return template.format(**params)
    except (KeyError, ValueError, TypeError, IndexError):
        return f"{template} {dict(params)}"


@dataclass(frozen=True, slots=True)
class Problem:
    """A validation problem or a result flag: a stable code, its params, and where it applies."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    # "error" blocks saving / means an item could not be scored; "warning" is shown but
    # accepted; "info" explains something the engine did for the user.
    severity: str = "error"
    path: str = ""

    def message(self, lang: str = "zh_CN") -> str:
        return render(self.code, self.params, lang)

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {
            "code": self.code,
            "params": dict(self.params),
            "severity": self.severity,
        }
        if self.path:
            data["path"] = self.path
        if lang is not None:
            data["text"] = self.message(lang)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Problem:
        return cls(
            code=str(data["code"]),
            params=dict(data.get("params") or {}),
            severity=str(data.get("severity", "error")),
            path=str(data.get("path", "")),
        )


class CodedError(Exception):
    """An error told as a catalogue code and its params.

    ``str(error)`` is the English text (logs, the CLI); ``error.message(lang)`` the text in the
    reader's language (the window).
    """

    def __init__(self, code: str, **params: Any):
        self.code = code
        self.params = params
        super().__init__(render(code, params, "en"))

    def message(self, lang: str = "zh_CN") -> str:
        return render(self.code, self.params, lang)
