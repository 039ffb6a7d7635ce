"""Status vocabularies shared by every layer (stored as their string values)."""

from __future__ import annotations

import enum

from salesperf_desktop.domain.messages import render


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


# The catalogue's word for each status (domain/messages/status.py): the window, the printed
# forms and the exports all say a status with the same word.
_KINDS: dict[type[enum.Enum], str] = {
    PeriodStatus: "period",
    AppraisalStatus: "appraisal",
    AppealOutcome: "appeal",
    ActionStatus: "action",
}


def status_code(status: enum.Enum) -> str:
    """The message code of *status*, e.g. ``status.appraisal.published``."""
    return f"status.{_KINDS[type(status)]}.{status.value}"


def status_word(status: enum.Enum | None, lang: str = "zh_CN") -> str:
    """The word for *status* in *lang* ("" for None)."""
    if status is None:
        return ""
    return render(status_code(status), {}, lang)
