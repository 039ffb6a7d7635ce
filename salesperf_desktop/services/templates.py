"""Indicator library and template use cases."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from salesperf_desktop.storage.models import Indicator, Template


@dataclass(frozen=True)
class TemplateRow:
    id: int
    code: str
    name: dict[str, Any]
    role: str
    product_line: str
    version: int
    version_id: int | None
    definition: dict[str, Any]


def list_templates(session: Session, *, include_archived: bool = False) -> list[TemplateRow]:
    stmt = select(Template).options(selectinload(Template.versions)).order_by(Template.code)
    if not include_archived:
        stmt = stmt.where(Template.archived.is_(False))
    rows = []
    for t in session.scalars(stmt):
        current = t.current
        rows.append(
            TemplateRow(
                id=t.id,
                code=t.code,
                name=dict(t.name),
                role=t.role,
                product_line=t.product_line,
                version=current.version if current else 0,
                version_id=current.id if current else None,
                definition=dict(current.definition) if current else {},
            )
        )
    return rows


def list_indicators(session: Session) -> list[Indicator]:
    return list(
        session.scalars(
            select(Indicator)
            .where(Indicator.archived.is_(False))
            .order_by(Indicator.dimension, Indicator.code)
        )
    )
