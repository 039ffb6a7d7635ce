"""Templates to and from ``.salesperf-template.json`` files (docs/design/template-file.md).

The file is the template document of template-format.md inside a small envelope::

    {"format": "salesperf-template", "format_version": 1, "exported_at": "...",
     "app_version": "...", "template": {...}, "assignment": {"team": "EAST1" | null},
     "indicators": [library entries of the custom indicators the template uses]}

Import validates everything first and writes nothing when there is an error; every problem
comes back as a localised message.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesperf_desktop import __version__
from salesperf_desktop.domain.messages import Problem, render
from salesperf_desktop.domain.template import validate_template
from salesperf_desktop.services.templates import (
    TemplateInvalid,
    indicator_entry,
    query_template,
    validate_indicator,
    write_indicator,
    write_template,
)
from salesperf_desktop.storage.models import ImportBatchRow, IndicatorRow, TeamRow, TemplateRow

if TYPE_CHECKING:
    from salesperf_desktop.app_context import AppContext

FORMAT = "salesperf-template"
FORMAT_VERSION = 1
SUFFIX = ".salesperf-template.json"


#: A template file is a few kilobytes; anything this big is not one (and is not read whole).
MAX_FILE_BYTES = 2 * 1024 * 1024
#: The envelope nests about seven levels deep (template ▸ items ▸ [i] ▸ rule ▸ points ▸ [j]).
MAX_DEPTH = 16
#: Problems listed for one file at most; the officer fixes the first ones and tries again.
MAX_PROBLEMS = 30
_ASSIGNMENT_KEYS = frozenset({"team"})


def _msg(key: str, lang: str, **params: Any) -> str:
    return render(f"template_file.{key}", params, lang)


def problem_text(problem: Problem, lang: str) -> str:
    """The problem in *lang*, led by where it is in the file ("template.items[3].weight")."""
    text = problem.message(lang)
    return _msg("at", lang, path=problem.path, message=text) if problem.path else text


class TemplateFileError(Exception):
    """The file cannot be imported; ``problems`` lists every reason as a coded Problem (its
    ``path`` is where in the file), ``messages`` the same in the officer's language."""

    def __init__(self, problems: list[Problem], lang: str = "en", *, code_clash: str | None = None):
        self.problems = list(problems)
        self.messages = [problem_text(p, lang) for p in self.problems]
        self.code_clash = code_clash
        super().__init__("\n".join(problem_text(p, "en") for p in self.problems))

    @property
    def codes(self) -> list[str]:
        return [p.code for p in self.problems]


def _problem(name: str, path: str = "", /, **params: Any) -> Problem:
    return Problem(f"template_file.{name}", params, path=path)


# --------------------------------------------------------------------------- export


def template_envelope(
    session: Session, template_id: int, *, exported_at: dt.datetime
) -> dict[str, Any]:
    row = query_template(session, template_id)
    doc = row.definition
    used = {it.get("indicator") for it in doc.get("items", [])}
    custom = [
        indicator_entry(ind)
        for ind in session.scalars(
            select(IndicatorRow).where(IndicatorRow.builtin.is_(False)).order_by(IndicatorRow.code)
        )
        if ind.code in used
    ]
    team = session.get(TeamRow, row.team_id) if row.team_id else None
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": exported_at.replace(microsecond=0).isoformat(),
        "app_version": __version__,
        "template": doc,
        "assignment": {"team": team.code if team else None},
        "indicators": custom,
    }


def export_template(ctx: AppContext, template_id: int, path: Path | str) -> Path:
    """Write the template's file; returns its path (the suffix added when missing)."""
    path = Path(path)
    if not path.name.endswith(SUFFIX):
        path = path.with_name(path.name.removesuffix(".json") + SUFFIX)
    with ctx.session() as session:
        data = template_envelope(session, template_id, exported_at=ctx.now())
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- import


@dataclass
class TemplateFileCheck:
    envelope: dict[str, Any]
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)  # template warnings and notes
    new_indicators: list[dict[str, Any]] = field(default_factory=list)
    team_id: int | None = None
    existing_id: int | None = None  # a template with the same code

    @property
    def code(self) -> str:
        template = self.envelope.get("template")
        return str(template.get("code", "")) if isinstance(template, Mapping) else ""


def read_template_file(path: Path | str, lang: str = "en") -> Any:
    """The file's JSON, or TemplateFileError saying why it is not readable as a template file:
    cannot be opened, too big, not UTF-8, not JSON, nested too deep, a number out of range."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise TemplateFileError([_unreadable(exc)], lang) from exc
    if len(raw) > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // (1024 * 1024)
        raise TemplateFileError([_problem("too_large", limit=limit)], lang)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TemplateFileError([_problem("not_utf8", offset=exc.start)], lang) from exc
    try:
        data = json.loads(text, parse_int=_parse_int)
    except RecursionError as exc:
        raise TemplateFileError([_problem("too_deep", limit=MAX_DEPTH)], lang) from exc
    except json.JSONDecodeError as exc:
        problem = _problem("not_json", line=exc.lineno, column=exc.colno, detail=exc.msg)
        raise TemplateFileError([problem], lang) from exc
    except ValueError as exc:  # e.g. an integer of thousands of digits
        problem = _problem("not_json", line="?", column="?", detail=str(exc)[:80])
        raise TemplateFileError([problem], lang) from exc
    problems = _value_problems(data)
    if problems:
        raise TemplateFileError(problems, lang)
    return data


def _unreadable(exc: OSError) -> Problem:
    if isinstance(exc, IsADirectoryError | FileNotFoundError | PermissionError):
        return _problem(
            {IsADirectoryError: "is_folder", FileNotFoundError: "not_found"}.get(
                type(exc), "no_permission"
            )
        )
    return _problem("unreadable", detail=exc.strerror or type(exc).__name__)


def _parse_int(text: str) -> int | float:
    """Integers beyond float range become inf, which ``_value_problems`` then reports."""
    return int(text) if len(text) <= 18 else float(text)


def _value_problems(data: Any) -> list[Problem]:
    """Numbers that are not finite (NaN, Infinity, 1e400) and nesting deeper than MAX_DEPTH,
    each with its path; walked without recursion, whatever the file holds."""
    problems: list[Problem] = []
    queue: deque[tuple[Any, str, int]] = deque([(data, "", 0)])
    while queue and len(problems) < MAX_PROBLEMS:
        value, where, depth = queue.popleft()
        if isinstance(value, float) and not math.isfinite(value):
            problems.append(_problem("not_finite", where))
        elif isinstance(value, dict | list) and depth >= MAX_DEPTH:
            problems.append(_problem("too_deep", where, limit=MAX_DEPTH))
            break
        elif isinstance(value, dict):
            queue.extend(
                (v, f"{where}.{k}" if where else str(k), depth + 1) for k, v in value.items()
            )
        elif isinstance(value, list):
            queue.extend((v, f"{where}[{i}]", depth + 1) for i, v in enumerate(value))
    return problems


def envelope_problems(data: Any) -> list[Problem]:
    """What is wrong with the envelope around the template: format, version, assignment and
    the indicators list, each with its path. Empty when the template itself can be checked."""
    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        return [_problem("not_template_file")]
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return [_problem("bad_version", "format_version", version=version)]
    if version > FORMAT_VERSION:
        return [_problem("newer_format", version=version, supported=FORMAT_VERSION)]
    problems: list[Problem] = []
    if not isinstance(data.get("template"), Mapping):
        problems.append(_problem("not_object", "template"))
    problems += _assignment_problems(data.get("assignment"))
    indicators = data.get("indicators")
    if indicators is not None and not isinstance(indicators, list):
        problems.append(_problem("not_list", "indicators"))
    for i, entry in enumerate(indicators if isinstance(indicators, list) else []):
        if not isinstance(entry, Mapping):
            problems.append(_problem("not_object", f"indicators[{i}]"))
        elif not isinstance(entry.get("code"), str) or not entry["code"]:
            problems.append(_problem("not_text", f"indicators[{i}].code"))
    return problems


def _assignment_problems(assignment: Any) -> list[Problem]:
    """``assignment`` is null or {"team": code or null}; anything else is refused rather than
    guessed at (a key this version does not know could limit the template in a way it
    cannot honour)."""
    if assignment is None:
        return []
    if not isinstance(assignment, Mapping):
        return [_problem("not_object", "assignment")]
    problems = [
        _problem("unknown_key", f"assignment.{key}", key=key)
        for key in assignment
        if key not in _ASSIGNMENT_KEYS
    ]
    team = assignment.get("team")
    if team is not None and (not isinstance(team, str) or not team):
        problems.append(_problem("not_text", "assignment.team"))
    return problems


def check_template_file(session: Session, data: Any) -> TemplateFileCheck:
    """Everything wrong with an envelope (errors block the import, warnings are advice)."""
    problems = envelope_problems(data)
    if problems:
        envelope = dict(data) if isinstance(data, Mapping) else {}
        return TemplateFileCheck(envelope, errors=problems)
    check = TemplateFileCheck(dict(data))
    doc = data["template"]
    report = validate_template(doc)
    check.errors += [replace(p, path=_join("template", p.path)) for p in report.errors]
    check.warnings += [replace(p, path=_join("template", p.path)) for p in report.warnings]
    known = set(session.scalars(select(IndicatorRow.code)))
    in_file: set[str] = set()
    for i, entry in enumerate(data.get("indicators") or []):
        code = entry["code"]
        if code in known:
            continue  # the library's own entry wins; the template carries its copy anyway
        problems = validate_indicator(session, entry)
        check.errors += [replace(p, path=_join(f"indicators[{i}]", p.path)) for p in problems]
        if not problems:
            check.new_indicators.append(dict(entry))
            in_file.add(code)
    for item in doc.get("items") if isinstance(doc.get("items"), list) else []:
        code = item.get("indicator") if isinstance(item, Mapping) else None
        if isinstance(code, str) and code and code not in known and code not in in_file:
            check.warnings.append(_problem("indicator_unknown", code=code))
    if isinstance(doc.get("code"), str):
        existing = session.scalar(select(TemplateRow).where(TemplateRow.code == doc["code"]))
        check.existing_id = existing.id if existing else None
    team_code = (data.get("assignment") or {}).get("team")
    if team_code:
        team = session.scalar(select(TeamRow).where(TeamRow.code == team_code))
        if team is None:
            check.warnings.append(_problem("team_unknown", code=team_code))
        else:
            check.team_id = team.id
    return check


def _join(prefix: str, path: str) -> str:
    return f"{prefix}.{path}".replace(".[", "[") if path else prefix


@dataclass(frozen=True)
class TemplateImported:
    template_id: int
    code: str
    version: int
    indicators_added: int
    warnings: list[str]


def import_template(
    ctx: AppContext,
    path: Path | str,
    lang: str | None = None,
    *,
    as_new_version: bool = False,
    new_code: str | None = None,
) -> TemplateImported:
    """Validate and import in one transaction; raises TemplateFileError and writes nothing.

    A clash with an existing code is an error unless ``as_new_version`` (the file becomes the
    next version of that template) or ``new_code`` (imported as a separate template).
    """
    lang = lang or ctx.lang
    data = read_template_file(path, lang)
    if new_code and isinstance(data, dict) and isinstance(data.get("template"), dict):
        data["template"] = {**data["template"], "code": new_code}
    with ctx.transaction() as session:
        return _import_checked(
            session, check_template_file(session, data), path, lang, as_new_version=as_new_version
        )


def _state(template: TemplateRow | None):
    """What an import could change on an existing template (None: there is none)."""
    if template is None:
        return None
    current = template.current
    definition = json.dumps(current.definition, sort_keys=True) if current is not None else None
    return (
        definition,
        current.id if current is not None else None,
        json.dumps(template.name, sort_keys=True),
        template.role,
        template.product_line,
        template.team_id,
    )


def _import_checked(
    session: Session, check: TemplateFileCheck, path: Path | str, lang: str, *, as_new_version: bool
) -> TemplateImported:
    if check.errors:
        raise TemplateFileError(check.errors[:MAX_PROBLEMS], lang)
    if check.existing_id is not None and not as_new_version:
        raise TemplateFileError(
            [_problem("template_exists", code=check.code)], lang, code_clash=check.code
        )
    for entry in check.new_indicators:
        write_indicator(session, entry)
    existing = session.get(TemplateRow, check.existing_id) if as_new_version else None
    before = _state(existing)
    try:
        outcome = write_template(
            session,
            check.envelope["template"],
            check.existing_id if as_new_version else None,
            team_id=check.team_id,
            note=f"imported from {Path(path).name}",
        )
    except TemplateInvalid as exc:
        problems = [replace(p, path=_join("template", p.path)) for p in exc.report.errors]
        raise TemplateFileError(problems, lang) from exc
    if check.new_indicators or before is None or _state(existing) != before:
        # The same file imported again changes nothing and records no import batch.
        session.add(ImportBatchRow(kind="template", file_name=Path(path).name, rows=1))
    return TemplateImported(
        outcome.template_id,
        check.code,
        outcome.version,
        len(check.new_indicators),
        [problem_text(p, lang) for p in check.warnings],
    )
