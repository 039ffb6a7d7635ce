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
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesperf_desktop import __version__
from salesperf_desktop.domain.i18n import pick
from salesperf_desktop.domain.template import validate_template
from salesperf_desktop.services.templates import (
    TemplateInvalid,
    add_indicator,
    check_indicator,
    get_template,
    indicator_entry,
    problem_text,
    save_template,
)
from salesperf_desktop.storage.models import ImportBatchRow, IndicatorRow, TeamRow, TemplateRow

FORMAT = "salesperf-template"
FORMAT_VERSION = 1
SUFFIX = ".salesperf-template.json"

_MESSAGES = {
    "not_json": {
        "zh_CN": "文件不是有效的 JSON：{detail}",
        "zh_TW": "檔案不是有效的 JSON：{detail}",
        "en": "The file is not valid JSON: {detail}",
    },
    "not_template_file": {
        "zh_CN": "这不是 SalesPerf 模板文件",
        "zh_TW": "這不是 SalesPerf 範本檔案",
        "en": "This is not a SalesPerf template file",
    },
    "newer_format": {
        "zh_CN": "文件格式版本 {version} 比本程序新（支持 {supported}），请先升级程序",
        "zh_TW": "檔案格式版本 {version} 比本程式新（支援 {supported}），請先升級程式",
        "en": "File format version {version} is newer than this program supports ({supported})",
    },
    "template_exists": {
        "zh_CN": "已有代码为 {code} 的模板；可作为其新版本导入，或以新代码导入",
        "zh_TW": "已有代碼為 {code} 的範本；可作為其新版本匯入，或以新代碼匯入",
        "en": "A template with code {code} exists; import as its new version or under a new code",
    },
    "indicator_bad": {
        "zh_CN": "自定义指标 {code}：{detail}",
        "zh_TW": "自訂指標 {code}：{detail}",
        "en": "Custom indicator {code}: {detail}",
    },
    "indicator_unknown": {
        "zh_CN": "指标 {code} 既不在指标库中，也不在文件中（仍可导入，模板自带名称与规则）",
        "zh_TW": "指標 {code} 既不在指標庫中，也不在檔案中（仍可匯入，範本自帶名稱與規則）",
        "en": "Indicator {code} is neither in the library nor in the file "
        "(importable: the template carries its name and rule)",
    },
    "team_unknown": {
        "zh_CN": "文件指定的团队 {code} 不存在，导入后不限团队",
        "zh_TW": "檔案指定的團隊 {code} 不存在，匯入後不限團隊",
        "en": "Team {code} named by the file does not exist; the template will apply to any team",
    },
}


def _msg(key: str, lang: str, **params: Any) -> str:
    return pick(_MESSAGES[key], lang).format(**params)


class TemplateFileError(Exception):
    """The file cannot be imported; ``messages`` lists every reason (localised)."""

    def __init__(self, messages: list[str], *, code_clash: str | None = None):
        self.messages = messages
        self.code_clash = code_clash
        super().__init__("\n".join(messages))


# --------------------------------------------------------------------------- export


def template_envelope(session: Session, template_id: int) -> dict[str, Any]:
    row = get_template(session, template_id)
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


def export_template(session: Session, template_id: int, path: Path | str) -> Path:
    path = Path(path)
    if not path.name.endswith(SUFFIX):
        path = path.with_name(path.name.removesuffix(".json") + SUFFIX)
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
    check.errors += [problem_text(p, lang) for p in report.errors]
    check.warnings += [problem_text(p, lang) for p in report.warnings]
    known = set(session.scalars(select(IndicatorRow.code)))
    in_file: set[str] = set()
    for entry in data.get("indicators") or []:
        code = entry.get("code") if isinstance(entry, Mapping) else None
        if not isinstance(entry, Mapping) or code in known:
            continue  # the library's own entry wins; the template carries its copy anyway
        problems = check_indicator(session, entry)
        for p in problems:
            check.errors.append(
                _msg("indicator_bad", lang, code=code, detail=problem_text(p, lang))
            )
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
    session: Session,
    path: Path | str,
    lang: str = "zh_CN",
    *,
    as_new_version: bool = False,
    new_code: str | None = None,
) -> TemplateImported:
    """Validate and import in the caller's transaction; raises TemplateFileError, writes nothing.

    A clash with an existing code is an error unless ``as_new_version`` (the file becomes the
    next version of that template) or ``new_code`` (imported as a separate template).
    """
    data = read_template_file(path)
    if new_code and isinstance(data, dict) and isinstance(data.get("template"), dict):
        data["template"] = {**data["template"], "code": new_code}
    check = check_template_file(session, data, lang)
    if check.errors:
        raise TemplateFileError(check.errors)
    if check.existing_id is not None and not as_new_version:
        raise TemplateFileError(
            [_msg("template_exists", lang, code=check.code)], code_clash=check.code
        )
    for entry in check.new_indicators:
        add_indicator(session, entry)
    try:
        outcome = save_template(
            session,
            check.envelope["template"],
            check.existing_id if as_new_version else None,
            team_id=check.team_id,
            note=f"imported from {Path(path).name}",
        )
    except TemplateInvalid as exc:
        raise TemplateFileError(exc.messages(lang)) from exc
    session.add(ImportBatchRow(kind="template", file_name=Path(path).name, rows=1))
    return TemplateImported(
        outcome.template_id, check.code, outcome.version, len(check.new_indicators), check.warnings
    )
