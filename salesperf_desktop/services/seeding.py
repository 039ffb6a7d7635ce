"""Seed the shipped indicator library and templates into a database."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select

from salesperf_desktop.storage.models import (
    IndicatorRow,
    SettingRow,
    TemplateRow,
    TemplateVersionRow,
)

_SEEDED_FLAG = "library_seeded"
# The codes of the shipped templates a database has been given (added once, never again).
_OFFERED = "library_templates_offered"
# The shipped library (``SHIPPED_LIBRARY``) a database was last seeded with, written by the
# seeding itself: while it is this program's, an open needs neither the seeding nor the library.
_SEEDED_WITH = "library_seeded_with"

# ``library_fingerprint()`` written down, so that the usual open (a file seeded by this program
# already) does not load the library to compute it. A test keeps the two equal: a change of the
# shipped codes changes it, and every file is then seeded again at its next open. Were the two
# to differ, every open would seed (the seeding writes the computed one): slower, never wrong.
SHIPPED_LIBRARY = "512ef9d34f835e11"


def library_fingerprint() -> str:
    """What ``seed_library`` depends on: the shipped indicators' and templates' codes."""
    from salesperf_desktop.domain.library import INDICATORS, SEED_TEMPLATES
    from salesperf_desktop.domain.library.templates import FIRST_SEED_TEMPLATES

    codes = {
        "indicators": sorted(entry["code"] for entry in INDICATORS),
        "templates": [doc["code"] for doc in SEED_TEMPLATES],
        "first": list(FIRST_SEED_TEMPLATES),
    }
    return hashlib.sha256(json.dumps(codes, sort_keys=True).encode()).hexdigest()[:16]


def library_is_seeded(ctx) -> bool:
    """The file was seeded with this program's library: seeding again would add nothing."""
    with ctx.session() as session:
        row = session.get(SettingRow, _SEEDED_WITH)
        return row is not None and row.value == SHIPPED_LIBRARY


def seed_library(ctx) -> None:
    """Add shipped indicators the database lacks, and shipped templates it was never given.

    Templates are added once: if the officer later archives or edits them they stay hers. A
    database made before a template shipped gets it on the next opening, unless a template of
    hers already has its code (hers wins); archived when one of hers is for the same people.

    A file already seeded with this library is left as it is (one read).
    """
    if library_is_seeded(ctx):
        return
    from salesperf_desktop.domain.library import INDICATORS, SEED_TEMPLATES
    from salesperf_desktop.domain.library.templates import FIRST_SEED_TEMPLATES

    with ctx.transaction() as session:
        known = set(session.scalars(select(IndicatorRow.code)))
        for entry in INDICATORS:
            if entry["code"] in known:
                continue
            session.add(
                IndicatorRow(
                    code=entry["code"],
                    dimension=entry["dimension"],
                    measure=entry["measure"],
                    unit=entry.get("unit", "%"),
                    name=entry["name"],
                    definition=entry.get("definition", {}),
                    formula=entry.get("formula", {}),
                    source=entry.get("source", {}),
                    default_rule=entry["default_rule"],
                    default_weight=float(entry.get("default_weight", 10)),
                    builtin=True,
                )
            )
        offered = session.get(SettingRow, _OFFERED)
        if offered is None:
            # a database seeded before this setting was given the first five templates
            seeded_before = session.get(SettingRow, _SEEDED_FLAG) is not None
            offered = SettingRow(
                key=_OFFERED, value=list(FIRST_SEED_TEMPLATES) if seeded_before else []
            )
            session.add(offered)
            if not seeded_before:
                session.add(SettingRow(key=_SEEDED_FLAG, value=True))
        done = list(offered.value or [])
        templates = list(session.scalars(select(TemplateRow)))
        for doc in SEED_TEMPLATES:
            if doc["code"] in done:
                continue
            done.append(doc["code"])
            if any(t.code == doc["code"] for t in templates):
                continue
            # A template of hers for the same people (role, product line, no team) keeps them:
            # the new one comes archived, for her to restore, so nobody changes sheet unasked.
            rival = any(_same_people(t, doc) for t in templates)
            added = add_template(session, doc, note="shipped seed template")
            added.archived = rival
            templates.append(added)
        if done != offered.value:
            offered.value = done
        seeded_with = session.get(SettingRow, _SEEDED_WITH)
        fingerprint = library_fingerprint()
        if seeded_with is None:
            session.add(SettingRow(key=_SEEDED_WITH, value=fingerprint))
        elif seeded_with.value != fingerprint:
            seeded_with.value = fingerprint


def add_template(session, doc: dict, note: str = "") -> TemplateRow:
    template = TemplateRow(
        code=doc["code"],
        name=doc["name"],
        role=doc.get("role", "any"),
        product_line=doc.get("product_line", "any"),
    )
    template.versions.append(TemplateVersionRow(version=1, definition=doc, note=note))
    session.add(template)
    session.flush()
    return template


def _same_people(template: TemplateRow, doc: dict) -> bool:
    """Whether *template* is picked for the same people as the shipped *doc* would be (a
    probation template is only ever picked for staff on probation, services/appraisals.py)."""
    return (
        not template.archived
        and _probation(template.code, template.role)
        == _probation(doc["code"], doc.get("role", "any"))
        and template.team_id is None
        and template.role == doc.get("role", "any")
        and template.product_line == doc.get("product_line", "any")
    )


def _probation(code: str, role: str) -> bool:
    return role == "probation" or code.startswith("probation")
