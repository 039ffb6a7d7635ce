"""Indicator library and template use cases (the templates tab, the CLI and the file import).

The window and the CLI call the functions taking the context; each owns its unit of work and
returns records. Functions taking a session (``query_templates``, ``write_template``,
``write_indicator`` …) are building blocks for other services (the template file import).

Versioning: a template's content lives in ``TemplateVersion`` rows. Saving edits the current
version in place while no appraisal uses it; once any ``Appraisal.template_version_id`` points
at it, saving appends a new version, so past appraisals keep the one they were frozen with.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesperf_desktop.domain.i18n import LANGS, pick
from salesperf_desktop.domain.messages import Problem, render
from salesperf_desktop.domain.rules import check_rule
from salesperf_desktop.domain.template import (
    SCHEMA,
    ValidationReport,
    check_names,
    validate_template,
)
from salesperf_desktop.domain.vocab import DIMENSIONS, MEASURES
from salesperf_desktop.services.staff import code_label
from salesperf_desktop.storage.models import (
    AppraisalRow,
    IndicatorRow,
    TemplateRow,
    TemplateVersionRow,
)

if TYPE_CHECKING:
    from salesperf_desktop.app_context import AppContext

CODE_PATTERN = re.compile(r"^[A-Za-z0-9_.-]{1,60}$")
# "department": a department sheet (seed 004's 120 points) is given to a team on purpose, never
# matched to a person by role (no person has that role).
TEMPLATE_ROLES = ("sales_rep", "sales_manager", "director", "probation", "department", "any")
TEMPLATE_PRODUCT_LINES = ("mature", "innovative", "distributor", "any")
# Roles only a template has (no person does): named from the catalogue.
_TEMPLATE_ONLY_ROLES = ("probation", "department", "any")


def role_text(role: str, lang: str) -> str:
    """A template's role in *lang*: a person's role, or one only templates have."""
    if role in _TEMPLATE_ONLY_ROLES:
        return render(f"template.role.{role}", {}, lang)
    return code_label("role", role, lang)


@dataclass(frozen=True)
class TemplateRecord:
    id: int
    code: str
    name: dict[str, Any]
    role: str
    product_line: str
    version: int
    version_id: int | None
    definition: dict[str, Any]
    team_id: int | None = None
    archived: bool = False
    in_use: int = 0  # appraisals frozen with the current version


def _use_count():
    """How many appraisals use the version of the row (a correlated count)."""
    return (
        select(func.count())
        .select_from(AppraisalRow)
        .where(AppraisalRow.template_version_id == TemplateVersionRow.id)
        .scalar_subquery()
    )


def query_templates(session: Session, *, include_archived: bool = False) -> list[TemplateRecord]:
    """Each template with its current (highest) version, read as columns: the definition is
    parsed for this read only (no copy needed), other versions' definitions are not read, and
    only the current versions' use is counted (from the index on the appraisals' version)."""
    latest = (
        select(
            TemplateVersionRow.template_id.label("template_id"),
            func.max(TemplateVersionRow.version).label("version"),
        )
        .group_by(TemplateVersionRow.template_id)
        .subquery()
    )
    stmt = (
        select(
            TemplateRow.id,
            TemplateRow.code,
            TemplateRow.name,
            TemplateRow.role,
            TemplateRow.product_line,
            TemplateVersionRow.version,
            TemplateVersionRow.id,
            TemplateVersionRow.definition,
            TemplateRow.team_id,
            TemplateRow.archived,
            _use_count(),
        )
        .outerjoin(latest, latest.c.template_id == TemplateRow.id)
        .outerjoin(
            TemplateVersionRow,
            (TemplateVersionRow.template_id == TemplateRow.id)
            & (TemplateVersionRow.version == latest.c.version),
        )
        .order_by(TemplateRow.code)
    )
    if not include_archived:
        stmt = stmt.where(TemplateRow.archived.is_(False))
    return [
        TemplateRecord(
            id=tid,
            code=code,
            name=dict(name),
            role=role,
            product_line=product_line,
            version=version or 0,
            version_id=version_id,
            definition=definition if version_id is not None else {},
            team_id=team_id,
            archived=archived,
            in_use=used or 0,
        )
        for (
            tid,
            code,
            name,
            role,
            product_line,
            version,
            version_id,
            definition,
            team_id,
            archived,
            used,
        ) in session.execute(stmt)
    ]


def query_template(session: Session, template_id: int) -> TemplateRecord:
    for row in query_templates(session, include_archived=True):
        if row.id == template_id:
            return row
    raise KeyError(template_id)


def list_templates(ctx: AppContext, *, include_archived: bool = False) -> list[TemplateRecord]:
    with ctx.session() as session:
        return query_templates(session, include_archived=include_archived)


def get_template(ctx: AppContext, template_id: int) -> TemplateRecord:
    with ctx.session() as session:
        return query_template(session, template_id)


def template_by_code(ctx: AppContext, code: str) -> TemplateRecord | None:
    with ctx.session() as session:
        found = session.scalar(select(TemplateRow.id).where(TemplateRow.code == code))
        return query_template(session, found) if found is not None else None


def version_in_use(session: Session, version_id: int) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(AppraisalRow)
            .where(AppraisalRow.template_version_id == version_id)
        )
        or 0
    )


class TemplateInvalid(ValueError):
    """The template has errors (``report``) or a clash (``problems``); nothing was saved."""

    def __init__(self, report: ValidationReport):
        self.report = report
        super().__init__("; ".join(p.message("en") for p in report.errors))

    def messages(self, lang: str) -> list[str]:
        return [p.message(lang) for p in self.report.errors]


@dataclass(frozen=True)
class SaveOutcome:
    template_id: int
    version: int
    version_id: int
    new_version: bool


def _clash(code: str, params: dict, path: str) -> TemplateInvalid:
    return TemplateInvalid(ValidationReport((Problem(code, params, path=path),)))


def write_template(
    session: Session,
    definition: Mapping[str, Any],
    template_id: int | None = None,
    *,
    team_id: int | None = None,
    note: str = "",
) -> SaveOutcome:
    """Create a template or save an edit; a version in use is never changed (a new one is made)."""
    doc = copy.deepcopy(dict(definition))
    doc.setdefault("schema", SCHEMA)
    report = validate_template(doc)
    if not report.ok:
        raise TemplateInvalid(report)
    if template_id is None:
        if not CODE_PATTERN.match(doc["code"]):
            raise _clash("template.code_invalid", {"code": doc["code"]}, "code")
        if session.scalar(select(TemplateRow).where(TemplateRow.code == doc["code"])) is not None:
            raise _clash("template.code_taken", {"code": doc["code"]}, "code")
        template = TemplateRow(code=doc["code"])
        session.add(template)
    else:
        template = session.get(TemplateRow, template_id)
        if template is None:
            raise KeyError(template_id)
        doc["code"] = template.code  # the code is the template's identity
    template.name = dict(doc.get("name") or {})
    template.role = str(doc.get("role", "any"))
    template.product_line = str(doc.get("product_line", "any"))
    template.team_id = team_id
    current = template.current
    if current is not None and current.definition == doc:
        return SaveOutcome(template.id, current.version, current.id, False)
    if current is None or version_in_use(session, current.id):
        version = TemplateVersionRow(
            version=(current.version + 1) if current else 1, definition=doc, note=note
        )
        template.versions.append(version)
        session.flush()
        return SaveOutcome(template.id, version.version, version.id, current is not None)
    current.definition = doc
    if note:
        current.note = note
    session.flush()
    return SaveOutcome(template.id, current.version, current.id, False)


def save_template(
    ctx: AppContext,
    definition: Mapping[str, Any],
    template_id: int | None = None,
    *,
    team_id: int | None = None,
    note: str = "",
) -> SaveOutcome:
    """Create a template or save an edit (see ``write_template``); all or nothing."""
    with ctx.transaction() as session:
        return write_template(session, definition, template_id, team_id=team_id, note=note)


def copy_name(name: Mapping[str, str]) -> dict[str, str]:
    """“… (copy)” in every language; a language without a name borrows another's."""
    return {
        lang: render("template.copy_name", {"name": name.get(lang) or pick(name, lang)}, lang)
        for lang in LANGS
    }


def duplicate_template(ctx: AppContext, template_id: int, new_code: str) -> int:
    """A copy under a new code (version 1), named “… (copy)”; returns its id."""
    with ctx.transaction() as session:
        source = query_template(session, template_id)
        doc = copy.deepcopy(source.definition)
        doc["code"] = new_code
        doc["name"] = copy_name(source.name)
        outcome = write_template(
            session, doc, team_id=source.team_id, note=f"copy of {source.code}"
        )
        return outcome.template_id


def set_archived(ctx: AppContext, template_id: int, archived: bool = True) -> None:
    with ctx.transaction() as session:
        template = session.get(TemplateRow, template_id)
        if template is None:
            raise KeyError(template_id)
        template.archived = archived


def free_code(session: Session, base: str) -> str:
    codes = set(session.scalars(select(TemplateRow.code)))
    if base not in codes:
        return base
    n = 2
    while f"{base}_{n}" in codes:
        n += 1
    return f"{base}_{n}"


def unique_code(ctx: AppContext, base: str) -> str:
    """*base*, or *base*_2, _3 … when a template already has that code."""
    with ctx.session() as session:
        return free_code(session, base)


def versions(ctx: AppContext, template_id: int) -> list[tuple[int, str, int]]:
    """(version, created, appraisals using it) newest first; only this template's versions
    are counted."""
    stmt = (
        select(TemplateVersionRow.version, TemplateVersionRow.created_at, _use_count())
        .where(TemplateVersionRow.template_id == template_id)
        .order_by(TemplateVersionRow.version.desc())
    )
    with ctx.session() as session:
        return [
            (version, created.strftime("%Y-%m-%d %H:%M"), used or 0)
            for version, created, used in session.execute(stmt)
        ]


# --------------------------------------------------------------------------- the library


def indicator_entry(ind: IndicatorRow) -> dict[str, Any]:
    """The library entry in the documented format (template-format.md, Library indicator)."""
    return {
        "code": ind.code,
        "dimension": ind.dimension,
        "measure": ind.measure,
        "unit": ind.unit,
        "name": dict(ind.name),
        "definition": dict(ind.definition or {}),
        "formula": dict(ind.formula or {}),
        "source": dict(ind.source or {}),
        "default_rule": copy.deepcopy(ind.default_rule),
        "default_weight": ind.default_weight,
    }


def list_indicators(ctx: AppContext) -> list[dict[str, Any]]:
    """The library's entries (``indicator_entry`` format plus whether it is shipped), read as
    columns: each JSON text is parsed for this read only, so nothing needs copying."""
    stmt = (
        select(
            IndicatorRow.code,
            IndicatorRow.dimension,
            IndicatorRow.measure,
            IndicatorRow.unit,
            IndicatorRow.name,
            IndicatorRow.definition,
            IndicatorRow.formula,
            IndicatorRow.source,
            IndicatorRow.default_rule,
            IndicatorRow.default_weight,
            IndicatorRow.builtin,
        )
        .where(IndicatorRow.archived.is_(False))
        .order_by(IndicatorRow.dimension, IndicatorRow.code)
    )
    with ctx.session() as session:
        return [
            {
                "code": code,
                "dimension": dimension,
                "measure": measure,
                "unit": unit,
                "name": dict(name),
                "definition": dict(definition or {}),
                "formula": dict(formula or {}),
                "source": dict(source or {}),
                "default_rule": default_rule,
                "default_weight": default_weight,
                "builtin": builtin,
            }
            for (
                code,
                dimension,
                measure,
                unit,
                name,
                definition,
                formula,
                source,
                default_rule,
                default_weight,
                builtin,
            ) in session.execute(stmt)
        ]


def item_from_entry(entry: Mapping[str, Any], weight: float | None = None) -> dict[str, Any]:
    """A template item that copies the library entry (so a frozen template stands alone)."""
    return {
        "indicator": entry["code"],
        "dimension": entry["dimension"],
        "weight": float(entry.get("default_weight", 10) if weight is None else weight),
        "measure": entry["measure"],
        "rule": copy.deepcopy(entry["default_rule"]),
        "name": dict(entry["name"]),
    }


def validate_indicator(session: Session, entry: Mapping[str, Any]) -> list[Problem]:
    out: list[Problem] = []
    code = entry.get("code") or ""
    if not isinstance(code, str) or not CODE_PATTERN.match(code):
        out.append(Problem("template.code_invalid", {"code": code}, path="code"))
    elif session.scalar(select(IndicatorRow).where(IndicatorRow.code == code)) is not None:
        out.append(Problem("template.indicator_code_taken", {"code": code}, path="code"))
    for key in ("name", "definition", "formula", "source"):
        check_names(entry.get(key), key, out)
    name = entry.get("name")
    if name is None or (isinstance(name, Mapping) and not any(name.values())):
        out.append(Problem("template.name_missing", {}, path="name"))
    for key, vocabulary in (("dimension", DIMENSIONS), ("measure", MEASURES)):
        value = entry.get(key)
        if not isinstance(value, str) or value not in vocabulary:
            out.append(Problem(f"{key}_unknown", {"indicator": code, key: value}, path=key))
    if "unit" in entry and not isinstance(entry["unit"], str):
        out.append(Problem("template.text_expected", {"field": "unit"}, path="unit"))
    weight = entry.get("default_weight", 10)
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 <= weight < 1e6:
        out.append(
            Problem("template.number_expected", {"field": "default_weight"}, path="default_weight")
        )
    out.extend(check_rule(entry.get("default_rule")))
    return out


def check_indicator(ctx: AppContext, entry: Mapping[str, Any]) -> list[Problem]:
    """What the indicator dialog lists under its fields (nothing is written)."""
    with ctx.session() as session:
        return validate_indicator(session, entry)


def add_indicator(ctx: AppContext, entry: Mapping[str, Any]) -> str:
    """Add the officer's own indicator to the library; returns its code.

    Raises TemplateInvalid with the problems; nothing is written then."""
    with ctx.transaction() as session:
        return write_indicator(session, entry).code


def write_indicator(session: Session, entry: Mapping[str, Any]) -> IndicatorRow:
    problems = validate_indicator(session, entry)
    if problems:
        raise TemplateInvalid(ValidationReport(tuple(problems)))
    ind = IndicatorRow(
        code=entry["code"],
        dimension=entry["dimension"],
        measure=entry["measure"],
        unit=entry.get("unit", "%"),
        name={k: v for k, v in dict(entry["name"]).items() if v},
        definition={k: v for k, v in dict(entry.get("definition") or {}).items() if v},
        formula={k: v for k, v in dict(entry.get("formula") or {}).items() if v},
        source={k: v for k, v in dict(entry.get("source") or {}).items() if v},
        default_rule=dict(entry["default_rule"]),
        default_weight=float(entry.get("default_weight", 10)),
        builtin=False,
    )
    session.add(ind)
    session.flush()
    return ind
