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
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesperf_desktop import __version__
from salesperf_desktop.domain.messages import render
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


def _msg(key: str, lang: str, **params: Any) -> str:
    return render(f"template_file.{key}", params, lang)


class TemplateFileError(Exception):
    """The file cannot be imported; ``messages`` lists every reason (localised)."""

    def __init__(self, messages: list[str], *, code_clash: str | None = None):
        self.messages = messages
        self.code_clash = code_clash
        super().__init__("\n".join(messages))


# --------------------------------------------------------------------------- export


def template_envelope(session: Session, template_id: int) -> dict[str, Any]:
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
        "exported_at": dt.datetime.now().replace(microsecond=0).isoformat(),
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
        data = template_envelope(session, template_id)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- import


@dataclass
class TemplateFileCheck:
    envelope: dict[str, Any]
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # template warnings and notes
    new_indicators: list[dict[str, Any]] = field(default_factory=list)
    team_id: int | None = None
    existing_id: int | None = None  # a template with the same code

    @property
    def code(self) -> str:
        return str(self.envelope.get("template", {}).get("code", ""))


def read_template_file(path: Path | str) -> dict[str, Any]:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
        return json.loads(text)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TemplateFileError([_msg("not_json", "en", detail=exc)]) from exc


def check_template_file(session: Session, data: Any, lang: str = "zh_CN") -> TemplateFileCheck:
    """Everything wrong with an envelope (errors block the import, warnings are advice)."""
    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        return TemplateFileCheck({}, errors=[_msg("not_template_file", lang)])
    check = TemplateFileCheck(dict(data))
    version = data.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        check.errors.append(_msg("newer_format", lang, version=version, supported=FORMAT_VERSION))
        return check
    doc = data.get("template")
    report = validate_template(doc)
    check.errors += [p.message(lang) for p in report.errors]
    check.warnings += [p.message(lang) for p in report.warnings]
    known = set(session.scalars(select(IndicatorRow.code)))
    in_file: set[str] = set()
    for entry in data.get("indicators") or []:
        code = entry.get("code") if isinstance(entry, Mapping) else None
        if not isinstance(entry, Mapping) or code in known:
            continue  # the library's own entry wins; the template carries its copy anyway
        problems = validate_indicator(session, entry)
        for p in problems:
            check.errors.append(_msg("indicator_bad", lang, code=code, detail=p.message(lang)))
        if not problems:
            check.new_indicators.append(dict(entry))
            in_file.add(code)
    if isinstance(doc, Mapping):
        for item in doc.get("items") or []:
            code = item.get("indicator") if isinstance(item, Mapping) else None
            if code and code not in known and code not in in_file:
                check.warnings.append(_msg("indicator_unknown", lang, code=code))
        existing = session.scalar(select(TemplateRow).where(TemplateRow.code == doc.get("code")))
        check.existing_id = existing.id if existing else None
    team_code = (data.get("assignment") or {}).get("team")
    if team_code:
        team = session.scalar(select(TeamRow).where(TeamRow.code == team_code))
        if team is None:
            check.warnings.append(_msg("team_unknown", lang, code=team_code))
        else:
            check.team_id = team.id
    return check


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
    data = read_template_file(path)
    if new_code and isinstance(data, dict) and isinstance(data.get("template"), dict):
        data["template"] = {**data["template"], "code": new_code}
    with ctx.transaction() as session:
        return _import_checked(
            session,
            check_template_file(session, data, lang),
            path,
            lang,
            as_new_version=as_new_version,
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
        raise TemplateFileError(check.errors)
    if check.existing_id is not None and not as_new_version:
        raise TemplateFileError(
            [_msg("template_exists", lang, code=check.code)], code_clash=check.code
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
        raise TemplateFileError(exc.messages(lang)) from exc
    if check.new_indicators or before is None or _state(existing) != before:
        # The same file imported again changes nothing and records no import batch.
        session.add(ImportBatchRow(kind="template", file_name=Path(path).name, rows=1))
    return TemplateImported(
        outcome.template_id, check.code, outcome.version, len(check.new_indicators), check.warnings
    )
