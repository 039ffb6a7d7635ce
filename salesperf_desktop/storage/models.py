"""SQLAlchemy 2 ORM models: the whole stored domain.

Structured documents that the domain owns (template definitions, frozen snapshots, computed
results, localised names) are stored as JSON; everything a query filters or joins on is a column.
Every schema change needs an Alembic migration in ``storage/migrations/versions``.
"""

# No ``from __future__ import annotations`` here: SQLAlchemy then gets each ``Mapped[...]`` as
# an object instead of a string to evaluate, at every start (about an eighth of this module's
# import); a class defined further down is named in quotes.

import datetime as dt
import enum
import hashlib
import json
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    event,
    func,
    text,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    mapped_column,
    object_session,
    relationship,
)

from salesperf_desktop.domain.results import join_result, split_result
from salesperf_desktop.domain.status import (
    ActionStatus,
    AppealOutcome,
    AppraisalStatus,
    PeriodKind,
    PeriodStatus,
    RaterRole,
    StaffStatus,
)

# Stable constraint names so migrations can alter them on SQLite (batch mode).
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


def _share(row: Base, body: Any, name: str | None = None) -> str:
    """The hash naming *body* (*name*, when the caller has it); the row (not yet stored) is
    written at the next flush."""
    name = name or content_hash(body)
    pending = row.__dict__.setdefault("_pending_shared", {})
    pending[name] = body
    return name


def _shared_body(row: Base, name: str | None) -> Any:
    if name is None:
        return None
    pending = row.__dict__.get("_pending_shared")
    if pending and name in pending:
        return pending[name]
    session = object_session(row)
    if session is None:
        raise LookupError(f"shared document {name} of a row outside any session")
    return shared_document(session, name)


def shared_document(session: Session, name: str) -> Any:
    """The stored shared document named *name* (``SnapshotRow``), kept for *session*'s life."""
    # A document never changes (its name is its hash): kept for the session's life. The
    # identity map holds rows weakly, so a row read and dropped was read again at every use
    # (an import amending 1,272 published appraisals read 18,000 of them: 11 of its 26 s).
    known = session.info.setdefault("shared_documents", {})
    if name in known:
        return known[name]
    stored = session.get(SnapshotRow, name)
    if stored is None:
        raise LookupError(f"shared document {name} is missing")
    known[name] = stored.body
    return stored.body


@event.listens_for(Session, "before_flush")
def _write_shared(session: Session, _context: Any, _instances: Any) -> None:
    """Store the shared documents new or changed rows name (once each: the hash is the key)."""
    wanted: dict[str, Any] = {}
    for row in (*session.new, *session.dirty):
        pending = row.__dict__.pop("_pending_shared", None) if hasattr(row, "__dict__") else None
        if pending:
            wanted.update(pending)
    for name, body in wanted.items():
        if session.get(SnapshotRow, name) is None:
            session.add(SnapshotRow(hash=name, body=body))


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _enum(cls: type[enum.Enum]) -> Enum:
    # Store the value (readable in the file, stable across renames of the Python member).
    return Enum(cls, values_callable=lambda e: [m.value for m in e], native_enum=False, length=20)


# --------------------------------------------------------------------------- organisation


class TeamRow(Base):
    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    product_line: Mapped[str] = mapped_column(String(20), default="mature")
    # seed 002: innovative teams run quarterly (+ annual), mature teams monthly (+ quarterly review)
    cycle: Mapped[str] = mapped_column(String(20), default="monthly")
    manager_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", use_alter=True, ondelete="SET NULL")
    )

    members: Mapped[list["StaffRow"]] = relationship(
        back_populates="team", foreign_keys="StaffRow.team_id", order_by="StaffRow.employee_no"
    )
    manager: Mapped["StaffRow | None"] = relationship(foreign_keys=[manager_id], post_update=True)


class StaffRow(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_no: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    role: Mapped[str] = mapped_column(String(30), default="sales_rep")
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"))
    region: Mapped[str] = mapped_column(String(80), default="")
    product_line: Mapped[str] = mapped_column(String(20), default="mature")
    supervisor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    business_mentor_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL")
    )
    compliance_mentor_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL")
    )
    hire_date: Mapped[dt.date | None] = mapped_column(Date)
    leave_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[StaffStatus] = mapped_column(_enum(StaffStatus), default=StaffStatus.REGULAR)
    email: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    team: Mapped[TeamRow | None] = relationship(back_populates="members", foreign_keys=[team_id])
    supervisor: Mapped["StaffRow | None"] = relationship(
        remote_side=[id], foreign_keys=[supervisor_id]
    )
    business_mentor: Mapped["StaffRow | None"] = relationship(
        remote_side=[id], foreign_keys=[business_mentor_id]
    )
    compliance_mentor: Mapped["StaffRow | None"] = relationship(
        remote_side=[id], foreign_keys=[compliance_mentor_id]
    )


class StaffMoveRow(Base):
    """A dated move of a person: transfer to another team, promotion or demotion (a new role,
    so a new template). The register's team and role follow the latest move."""

    __tablename__ = "staff_moves"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    effective: Mapped[dt.date] = mapped_column(Date)  # first day in the new placement
    kind: Mapped[str] = mapped_column(String(20))  # transfer | promotion | demotion
    from_team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"))
    to_team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"))
    from_role: Mapped[str] = mapped_column(String(30))
    to_role: Mapped[str] = mapped_column(String(30))
    # a team's product line picks the template too: a move to a team of another line changes it
    from_line: Mapped[str] = mapped_column(String(20), default="")
    to_line: Mapped[str] = mapped_column(String(20), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(80), default="")


class LeaveRow(Base):
    """A leave period (事假 / 病假 / 产假 / 其他), first and last day inclusive."""

    __tablename__ = "staff_leaves"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # personal | sick | maternity | other
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(80), default="")


# --------------------------------------------------------------------------- indicators, templates


class IndicatorRow(Base):
    """An entry of the indicator library (seeded from domain.library, extendable by the officer)."""

    __tablename__ = "indicators"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    dimension: Mapped[str] = mapped_column(String(40))
    measure: Mapped[str] = mapped_column(String(30))
    unit: Mapped[str] = mapped_column(String(20), default="%")
    name: Mapped[dict[str, Any]] = mapped_column(default=dict)
    definition: Mapped[dict[str, Any]] = mapped_column(default=dict)
    formula: Mapped[dict[str, Any]] = mapped_column(default=dict)
    source: Mapped[dict[str, Any]] = mapped_column(default=dict)
    default_rule: Mapped[dict[str, Any]] = mapped_column(default=dict)
    default_weight: Mapped[float] = mapped_column(Float, default=10.0)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class TemplateRow(Base):
    """A named scheme assigned by role × product line (× team); its content lives in versions."""

    __tablename__ = "templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[dict[str, Any]] = mapped_column(default=dict)
    role: Mapped[str] = mapped_column(String(30), default="any")
    product_line: Mapped[str] = mapped_column(String(20), default="any")
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    versions: Mapped[list["TemplateVersionRow"]] = relationship(
        back_populates="template",
        order_by="TemplateVersionRow.version",
        cascade="all, delete-orphan",
    )

    @property
    def current(self) -> "TemplateVersionRow | None":
        return self.versions[-1] if self.versions else None


class TemplateVersionRow(Base):
    """An immutable version once any appraisal uses it; editing then creates the next version."""

    __tablename__ = "template_versions"
    __table_args__ = (UniqueConstraint("template_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("templates.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    definition: Mapped[dict[str, Any]] = mapped_column()
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    note: Mapped[str] = mapped_column(Text, default="")

    template: Mapped[TemplateRow] = relationship(back_populates="versions")


# --------------------------------------------------------------------------- periods and entries


class PeriodRow(Base):
    __tablename__ = "periods"
    __table_args__ = (UniqueConstraint("kind", "year", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[PeriodKind] = mapped_column(_enum(PeriodKind))
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)  # month 1–12, quarter 1–4, 1 for a year
    status: Mapped[PeriodStatus] = mapped_column(_enum(PeriodStatus), default=PeriodStatus.OPEN)
    published_on: Mapped[dt.date | None] = mapped_column(Date)
    locked_on: Mapped[dt.date | None] = mapped_column(Date)

    @property
    def key(self) -> str:
        return period_key(self.kind.value, self.year, self.number)


def period_key(kind: str, year: int, number: int) -> str:
    """A stored period's key ("2026-03", "2026-Q1", "2026") from its columns."""
    if kind == PeriodKind.MONTH.value:
        return f"{year}-{number:02d}"
    if kind == PeriodKind.QUARTER.value:
        return f"{year}-Q{number}"
    return f"{year}"


def millionths_sql(column: str) -> str:
    """*column* as a whole number of millionths, in SQLite: × 1,000,000 rounded half away from
    zero (``domain.rollup.millionths`` does the same double arithmetic), NULL for NULL. The
    sums of a quarter or a year add these exactly, in any order; ``ix_metric_entries_sums``
    holds them, and SQLite reads them from it only for this very expression."""
    return f"CAST({column} * 1000000 + CASE WHEN {column} < 0 THEN -0.5 ELSE 0.5 END AS INTEGER)"


class MetricEntryRow(Base):
    """Target and actual of one indicator for one person in one month (quarters/years sum these)."""

    __tablename__ = "metric_entries"
    __table_args__ = (
        UniqueConstraint("staff_id", "period_id", "indicator_code"),
        # a quarter's and a year's sums per person and indicator read from the index alone,
        # already grouped (services/appraisals.py _SUMS_SQL): no table read, no sort. The
        # figures as whole millionths, the sums' terms, kept rather than worked out per row at
        # every read (migration 0018); the raw actual and pass/fail for the counts and the
        # verdicts, but not the raw target and base: a narrower index is fewer pages to read
        # (and to decrypt, in an encrypted file)
        Index(
            "ix_metric_entries_sums",
            "staff_id",
            "indicator_code",
            "period_id",
            "actual",
            "passed",
            *(text(millionths_sql(column)) for column in ("actual", "target", "base")),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("periods.id", ondelete="CASCADE"), index=True)
    indicator_code: Mapped[str] = mapped_column(String(60))
    target: Mapped[float | None] = mapped_column(Float)
    actual: Mapped[float | None] = mapped_column(Float)
    base: Mapped[float | None] = mapped_column(Float)  # comparison value for growth
    passed: Mapped[bool | None] = mapped_column(Boolean)  # pass/fail indicators
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL")
    )


class TeamGoalRow(Base):
    """A team's goal for one month (seed 002's 团队绩效池): a team-level indicator with its own
    target and actual; the team-linked share of each member's score follows its attainment."""

    __tablename__ = "team_goals"
    __table_args__ = (UniqueConstraint("team_id", "period_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("periods.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    measure: Mapped[str] = mapped_column(String(20), default="percent")  # amount | percent
    target: Mapped[float | None] = mapped_column(Float)
    actual: Mapped[float | None] = mapped_column(Float)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)


class RatingRow(Base):
    __tablename__ = "ratings"
    __table_args__ = (
        UniqueConstraint("staff_id", "period_id", "indicator_code", "rater_role", "rater_id"),
        # a period's ratings read from the index alone, in the order given (services/
        # appraisals.py _RATINGS_SQL): no table row per rating, no sort
        Index(
            "ix_ratings_read",
            "staff_id",
            "period_id",
            "indicator_code",
            "id",
            "rater_role",
            "value",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("periods.id", ondelete="CASCADE"), index=True)
    indicator_code: Mapped[str] = mapped_column(String(60))
    rater_role: Mapped[RaterRole] = mapped_column(_enum(RaterRole))
    rater_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    value: Mapped[float] = mapped_column(Float)
    comment: Mapped[str] = mapped_column(Text, default="")


class EventRow(Base):
    """Bonus/penalty points, attendance, milestones, compliance veto and key incidents (seed 004)."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("periods.id", ondelete="CASCADE"), index=True)
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    # 'adjustment' (catalogue code), 'incident_positive', 'incident_negative', 'veto'
    category: Mapped[str] = mapped_column(String(30))
    code: Mapped[str] = mapped_column(String(60), default="")
    quantity: Mapped[float] = mapped_column(Float, default=1.0)
    # Points per unit when they differ from the catalogue (milestones state their own); None: catalogue.
    points: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(80), default="")
    # seed 004: +10/+15 are approved (分管副总经理 / 总经理办公会) and published in a formal
    # document; both are recorded with the event ("" when its kind needs neither).
    approver: Mapped[str] = mapped_column(String(120), default="", server_default="")
    document_no: Mapped[str] = mapped_column(String(120), default="", server_default="")
    # A money fine in 元 per unit (seed 004: 罚款 按规定执行); never points. None: not a fine.
    amount: Mapped[float | None] = mapped_column(Float)


class AdjustmentTypeRow(Base):
    """A bonus/penalty type the officer edited or added; shipped types not stored here keep
    the program's defaults (``domain.adjustments.DEFAULT_TYPES``)."""

    __tablename__ = "adjustment_types"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    # ``AdjustmentType.to_dict()``: names, points, unit, approver, document, money, retired
    definition: Mapped[dict[str, Any]] = mapped_column(JSON)


class TaskSheetRow(Base):
    """The monthly work task sheet (工作任务书, seed 004): 5–7 key tasks worth 100 points."""

    __tablename__ = "task_sheets"
    __table_args__ = (UniqueConstraint("staff_id", "period_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    period_id: Mapped[int] = mapped_column(ForeignKey("periods.id", ondelete="CASCADE"))
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    # seed 004 (工作任务书的审核): the appraiser checks the sheet the rep filled in; None: not yet.
    approved_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    # seed 004 差错扣分 4: why the sheet is of poor quality (reason codes, domain/task_sheet.py,
    # comma-separated); "" while none is ticked. A ticked reason goes with the −10 event.
    quality_reasons: Mapped[str] = mapped_column(Text, default="", server_default="")

    tasks: Mapped[list["TaskItemRow"]] = relationship(
        back_populates="sheet", order_by="TaskItemRow.position", cascade="all, delete-orphan"
    )


class TaskItemRow(Base):
    __tablename__ = "task_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(ForeignKey("task_sheets.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    steps: Mapped[str] = mapped_column(Text, default="")
    measure: Mapped[str] = mapped_column(Text, default="")
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    points: Mapped[float] = mapped_column(Float, default=0.0)
    score: Mapped[float | None] = mapped_column(Float)  # points earned at month end
    task_type: Mapped[str | None] = mapped_column(String(30))  # seed 004's 5 types; None: unset

    sheet: Mapped[TaskSheetRow] = relationship(back_populates="tasks")


class ImportBatchRow(Base):
    """One committed import, so a crash test (and the officer) can tell it is wholly there."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))  # staff | metrics | template
    file_name: Mapped[str] = mapped_column(String(260))
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    rows: Mapped[int] = mapped_column(Integer, default=0)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class ImportProfileRow(Base):
    """A saved ledger mapping ("用友 U8 销售明细"), offered again for next month's file."""

    __tablename__ = "import_profiles"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    definition: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class StaffAliasRow(Base):
    """How an ERP writes a person ("王建国(华东)"), remembered for the next ledger import."""

    __tablename__ = "staff_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    alias: Mapped[str] = mapped_column(String(120), unique=True)  # normalised (norm_text)
    shown: Mapped[str] = mapped_column(String(120))  # as the ledger writes it
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))


# --------------------------------------------------------------------------- appraisals


class SnapshotRow(Base):
    """A JSON document shared by many appraisals, stored once and named by its content
    (``content_hash``): a template version as frozen into appraisals, and the shared part of
    published results' items (names, rules and their texts in one language; ``split_result``).
    Rows are never changed: another content is another row."""

    __tablename__ = "snapshots"

    hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    body: Mapped[Any] = mapped_column(JSON)


def content_hash(body: Any) -> str:
    """The name of a shared document: SHA-256 of its canonical JSON."""
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class AppraisalRow(Base):
    """One person's appraisal for one period, with the template frozen into it at start.

    The frozen template (``template_snapshot``) and the shared part of the published result
    are ``SnapshotRow``s named by hash; ``result`` puts the whole result back together. The
    result's total (unrounded), grade and coefficient are columns too, so lists read no JSON.
    """

    __tablename__ = "appraisals"
    __table_args__ = (
        UniqueConstraint("staff_id", "period_id"),
        # each period's forms by status counted from the index alone (本月待办's signatures):
        # the rows are large, a count over them read every page
        Index("ix_appraisals_period_status", "period_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"), index=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("periods.id", ondelete="RESTRICT"))
    template_version_id: Mapped[int] = mapped_column(
        ForeignKey("template_versions.id", ondelete="RESTRICT"), index=True
    )
    # (names of SnapshotRows: no foreign key, as those rows are only ever added, never deleted,
    # and SQLite adds a column with a named foreign key only by rebuilding the table)
    snapshot_hash: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[AppraisalStatus] = mapped_column(
        _enum(AppraisalStatus), default=AppraisalStatus.DRAFT
    )
    # The engine's full explanation, frozen at publication (and replaced only by an upheld
    # appeal), without its items' shared part (``result_shared_hash``): see ``result``.
    result_own: Mapped[dict[str, Any] | None] = mapped_column("result", JSON)
    result_shared_hash: Mapped[str | None] = mapped_column(String(64))
    total: Mapped[float | None] = mapped_column(Float)  # rounded to 4 places (queries)
    grade: Mapped[str | None] = mapped_column(String(10))
    shown_total: Mapped[float | None] = mapped_column(Float)  # the result's own total
    coefficient: Mapped[float | None] = mapped_column(Float)
    supervisor_comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    published_on: Mapped[dt.date | None] = mapped_column(Date)
    locked_on: Mapped[dt.date | None] = mapped_column(Date)

    staff: Mapped["StaffRow"] = relationship()
    period: Mapped[PeriodRow] = relationship()
    template_version: Mapped["TemplateVersionRow"] = relationship()
    signatures: Mapped[list["SignatureRow"]] = relationship(
        back_populates="appraisal", cascade="all, delete-orphan"
    )
    appeals: Mapped[list["AppealRow"]] = relationship(
        back_populates="appraisal", order_by="AppealRow.filed_on"
    )

    @property
    def template_snapshot(self) -> dict[str, Any]:
        """The template definition frozen into the appraisal."""
        return _shared_body(self, self.snapshot_hash)

    @template_snapshot.setter
    def template_snapshot(self, definition: dict[str, Any]) -> None:
        self.snapshot_hash = _share(self, definition)

    @property
    def result(self) -> dict[str, Any] | None:
        """The stored result as ``AppraisalResult.to_dict`` wrote it (a new dict each time)."""
        own = self.result_own
        if own is None:
            return None
        shared = (
            None if self.result_shared_hash is None else _shared_body(self, self.result_shared_hash)
        )
        return join_result(own, shared)

    def result_shared_body(self) -> Any:
        """The stored shared part of the result's items (``split_result``), or None."""
        return _shared_body(self, self.result_shared_hash)

    @result.setter
    def result(self, data: dict[str, Any] | None) -> None:
        if data is None:
            self.result_own = self.result_shared_hash = None
            self.shown_total = self.coefficient = None
            return
        shared, own = split_result(data)
        self.set_result_parts(own, shared)

    def set_result_parts(
        self, own: dict[str, Any], shared: list[Any] | None, name: str | None = None
    ) -> None:
        """Store the result ``split_result`` gives as (*shared*, *own*); *name*, the shared
        part's ``content_hash`` when the caller knows it (many results share one part)."""
        self.result_own = own
        self.result_shared_hash = None if shared is None else _share(self, shared, name)
        self.shown_total = own.get("total")
        self.grade = own.get("grade")
        self.coefficient = own.get("coefficient")


class SignatureRow(Base):
    """Recorded after the printed form was signed by hand (employee, supervisor, HR)."""

    __tablename__ = "signatures"
    __table_args__ = (UniqueConstraint("appraisal_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    appraisal_id: Mapped[int] = mapped_column(ForeignKey("appraisals.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(20))  # employee | supervisor | hr
    signer_name: Mapped[str] = mapped_column(String(80))
    signed_on: Mapped[dt.date] = mapped_column(Date)

    appraisal: Mapped[AppraisalRow] = relationship(back_populates="signatures")


# --------------------------------------------------------------------------- reviews


class GrowInterviewRow(Base):
    """A review interview in the GROW form (seed 002: 月度绩效面谈)."""

    __tablename__ = "grow_interviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("periods.id", ondelete="RESTRICT"))
    held_on: Mapped[dt.date] = mapped_column(Date)
    interviewer_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    goal: Mapped[str] = mapped_column(Text, default="")
    reality: Mapped[str] = mapped_column(Text, default="")
    options: Mapped[str] = mapped_column(Text, default="")
    will: Mapped[str] = mapped_column(Text, default="")
    resources: Mapped[str] = mapped_column(Text, default="")  # 资源包
    career_notes: Mapped[str] = mapped_column(Text, default="")

    actions: Mapped[list["ActionItemRow"]] = relationship(
        back_populates="interview",
        cascade="all, delete-orphan",
        foreign_keys="ActionItemRow.interview_id",
        order_by="ActionItemRow.id",
    )


class ActionItemRow(Base):
    __tablename__ = "action_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("grow_interviews.id", ondelete="CASCADE"))
    what: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(80), default="")
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(_enum(ActionStatus), default=ActionStatus.OPEN)
    followed_up_in_id: Mapped[int | None] = mapped_column(
        ForeignKey("grow_interviews.id", ondelete="SET NULL")
    )
    follow_up_note: Mapped[str] = mapped_column(Text, default="")

    interview: Mapped[GrowInterviewRow] = relationship(
        back_populates="actions", foreign_keys=[interview_id]
    )


class ImprovementPlanRow(Base):
    __tablename__ = "improvement_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    appraisal_id: Mapped[int] = mapped_column(ForeignKey("appraisals.id", ondelete="CASCADE"))
    goals: Mapped[str] = mapped_column(Text, default="")
    actions: Mapped[str] = mapped_column(Text, default="")
    support: Mapped[str] = mapped_column(Text, default="")
    review_dates: Mapped[list[Any]] = mapped_column(default=list)  # ISO dates
    outcome: Mapped[str] = mapped_column(Text, default="")
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
    created_on: Mapped[dt.date] = mapped_column(Date, default=dt.date.today)


class AppealRow(Base):
    """An employee's appeal (seed 002): filed within 3 working days, decided within 5."""

    __tablename__ = "appeals"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    appraisal_id: Mapped[int] = mapped_column(ForeignKey("appraisals.id", ondelete="RESTRICT"))
    filed_on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    filing_deadline: Mapped[dt.date] = mapped_column(Date)
    decision_due: Mapped[dt.date] = mapped_column(Date)
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    outcome: Mapped[AppealOutcome] = mapped_column(
        _enum(AppealOutcome), default=AppealOutcome.PENDING
    )
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    decision_reason: Mapped[str] = mapped_column(Text, default="")

    appraisal: Mapped[AppraisalRow] = relationship(back_populates="appeals")
    evidence: Mapped[list["AppealEvidenceRow"]] = relationship(
        back_populates="appeal", cascade="all, delete-orphan"
    )


class AppealEvidenceRow(Base):
    """Evidence files are kept inside the database so they travel with backups."""

    __tablename__ = "appeal_evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    appeal_id: Mapped[int] = mapped_column(ForeignKey("appeals.id", ondelete="CASCADE"))
    file_name: Mapped[str] = mapped_column(String(260))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    appeal: Mapped[AppealRow] = relationship(back_populates="evidence")


# --------------------------------------------------------------------------- audit, settings


class AuditEntryRow(Base):
    """Every change of a score-relevant value after publication: never updated, never deleted."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, server_default=func.now())
    actor: Mapped[str] = mapped_column(String(80), default="")
    entity: Mapped[str] = mapped_column(String(40))  # appraisal | metric_entry | rating | event ...
    entity_id: Mapped[int | None] = mapped_column(Integer)
    appraisal_id: Mapped[int | None] = mapped_column(
        ForeignKey("appraisals.id", ondelete="SET NULL"), index=True
    )
    field: Mapped[str] = mapped_column(String(80))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")
    appeal_id: Mapped[int | None] = mapped_column(ForeignKey("appeals.id", ondelete="SET NULL"))


class CalendarDayRow(Base):
    """Officer-edited holidays/working days for years the official calendar does not know."""

    __tablename__ = "calendar_days"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    is_workday: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(String(120), default="")


class SettingRow(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class DatabaseIdentityRow(Base):
    """One row: which database this file is (a UUID a copy keeps) and its checkpoint tokens.

    ``database_id`` tells backups of this database from other databases' backups. The tokens
    tie a -wal file to the base file it was written on (storage/wal_guard.py): ``base_token`` is
    stamped into the file itself at each checkpoint the program makes, ``wal_token`` is the first
    thing written to the WAL that follows.
    """

    __tablename__ = "database_identity"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    database_id: Mapped[str] = mapped_column(String(36))
    base_token: Mapped[str | None] = mapped_column(String(32))
    wal_token: Mapped[str | None] = mapped_column(String(32))


class DataChangeRow(Base):
    """One row: a counter that triggers bump with every write of what scoring reads
    (storage/change_counter.py); cached results are valid while it stays."""

    __tablename__ = "data_changes"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    counter: Mapped[int] = mapped_column(Integer)


# --------------------------------------------------------------------------- company policy


class PolicyVersionRow(Base):
    """One version of the company's appraisal policy (考核制度, domain/policy.py).

    Rows are only added: a change or a confirmation makes a new version. The newest row is the
    policy in force; it is unconfirmed (``confirmed_on`` empty) until the officer confirms it.
    """

    __tablename__ = "policy_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, unique=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    confirmed_on: Mapped[dt.date | None] = mapped_column(Date)
    confirmed_by: Mapped[str] = mapped_column(String(80), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class PeriodPolicyRow(Base):
    """The policy version a period's results were published with (kept when the policy moves on)."""

    __tablename__ = "period_policies"

    period_id: Mapped[int] = mapped_column(
        ForeignKey("periods.id", ondelete="CASCADE"), primary_key=True
    )
    policy_version: Mapped[int] = mapped_column(Integer)


class SelfSummaryRow(Base):
    """The person's self-summary (自我总结) for a period, written before the supervisor rates
    (seed 003: 考核期末,銷售人員首先進(jìn)行自我總結(jié)與評估)."""

    __tablename__ = "self_summaries"
    __table_args__ = (UniqueConstraint("staff_id", "period_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("periods.id", ondelete="RESTRICT"))
    text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)


class BonusSettingsRow(Base):
    """One version of the bonus settings (奖金核算 ``domain.bonus.BonusSettings``): base bonus
    per role and person, monthly pay, commission and points rules. Rows are only added; the
    newest is in force, and an approved sheet keeps the version it was computed with."""

    __tablename__ = "bonus_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, unique=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    created_by: Mapped[str] = mapped_column(String(80), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class BonusSheetRow(Base):
    """The bonus sheet (奖金核算表) of a published period: the team bonus pools set for it, its
    approvals and, once approved, the sheet as computed (frozen)."""

    __tablename__ = "bonus_sheets"

    id: Mapped[int] = mapped_column(primary_key=True)
    period_id: Mapped[int] = mapped_column(
        ForeignKey("periods.id", ondelete="CASCADE"), unique=True
    )
    pools: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # team id → 元
    settings_version: Mapped[int | None] = mapped_column(Integer)
    snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    prepared_by: Mapped[str] = mapped_column(String(80), default="")
    prepared_on: Mapped[dt.date | None] = mapped_column(Date)
    checked_by: Mapped[str] = mapped_column(String(80), default="")
    checked_on: Mapped[dt.date | None] = mapped_column(Date)
    approved_by: Mapped[str] = mapped_column(String(80), default="")
    approved_on: Mapped[dt.date | None] = mapped_column(Date)
