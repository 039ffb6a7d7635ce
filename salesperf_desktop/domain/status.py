"""Status vocabularies shared by every layer (stored as their string values)."""

from __future__ import annotations

import enum


class StaffStatus(str, enum.Enum):
    PROBATION = "probation"
    REGULAR = "regular"
    TRANSFERRED = "transferred"
    LEFT = "left"


class PeriodKind(str, enum.Enum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class PeriodStatus(str, enum.Enum):
    OPEN = "open"
    ENTERED = "entered"
    PUBLISHED = "published"
    LOCKED = "locked"


class AppraisalStatus(str, enum.Enum):
    DRAFT = "draft"
    PUBLISHED = "published"
    SIGNED = "signed"


class RaterRole(str, enum.Enum):
    SUPERVISOR = "supervisor"
    SELF = "self"
    PEER = "peer"


class AppealOutcome(str, enum.Enum):
    PENDING = "pending"
    UPHELD = "upheld"
    PARTLY_UPHELD = "partly_upheld"
    REJECTED = "rejected"


class ActionStatus(str, enum.Enum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"
