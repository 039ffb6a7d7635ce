"""Seed the shipped indicator library and templates into a database."""

from __future__ import annotations

from sqlalchemy import select

from salesperf_desktop.storage.models import (
    IndicatorRow,
    SettingRow,
    TemplateRow,
    TemplateVersionRow,
)

_SEEDED_FLAG = "library_seeded"


def seed_library(ctx) -> None:
    """Add shipped indicators the database lacks; the seed templates only into a new database.

    Templates are added once: if the officer later archives or edits them they stay hers.
    """
    from salesperf_desktop.domain.library import INDICATORS, SEED_TEMPLATES

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
        if session.get(SettingRow, _SEEDED_FLAG) is None:
            for doc in SEED_TEMPLATES:
                add_template(session, doc, note="shipped seed template")
            session.add(SettingRow(key=_SEEDED_FLAG, value=True))


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
