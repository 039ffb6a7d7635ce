"""The work task sheet's own vocabulary (工作任务书, seed 004): the five task types, the five
reasons a sheet is of poor quality (the −10 item), and the "points averaged" check.

Pure: no Qt, no database. The sheet's tasks and score are in services/task_sheets.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .i18n import pick

# The adjustment catalogue's item for a poor task sheet (domain/adjustments.py, −10 by default).
POOR_QUALITY_CODE = "poor_task_sheet"


@dataclass(frozen=True, slots=True)
class Choice:
    code: str
    name: Mapping[str, str]  # zh_CN (the seed's words), zh_TW, en

    def label(self, lang: str = "zh_CN") -> str:
        return pick(self.name, lang) or self.code


def _c(code: str, zh_cn: str, zh_tw: str, en: str) -> Choice:
    return Choice(code, {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en})


# Seed 004, 一、工作任务考核书的考核要求 · 1. 工作任务与目标:
# "具体含5类任务：年度列入公司大事分解为本岗位的岗位任务；公司上级领导下达的任务；日常工作和月初
# 可预见的所有工作(本月目标)；本岗位应建立健全的文档或管理制度；以岗位说明书规定的年度常规工作内容为
# 基础，本着每月应有新的提高与创新的原则，提出当月5~7个重点解决的问题。"
# The names are the seed's words (the fifth: the end of its clause).
TASK_TYPES: tuple[Choice, ...] = (
    _c(
        "company_event",
        "年度列入公司大事分解为本岗位的岗位任务",
        "年度列入公司大事分解為本崗位的崗位任務",
        "The year's company priorities broken down to this post",
    ),
    _c(
        "leader_assigned",
        "公司上级领导下达的任务",
        "公司上級領導下達的任務",
        "Tasks set by senior managers",
    ),
    _c(
        "routine",
        "日常工作和月初可预见的所有工作(本月目标)",
        "日常工作和月初可預見的所有工作(本月目標)",
        "Routine work foreseeable at the start of the month (this month's goals)",
    ),
    _c(
        "documentation",
        "本岗位应建立健全的文档或管理制度",
        "本崗位應建立健全的文檔或管理制度",
        "Files or rules the post should set up",
    ),
    _c(
        "key_problem",
        "提出当月5~7个重点解决的问题",
        "提出當月5~7個重點解決的問題",
        "This month's key problems to solve (improvement on the job description's routine)",
    ),
)

# Seed 004, 差错扣分 4: "工作任务书填报质量不好的，扣10分。包括：公司年度计划没有分解到本岗位；本岗位
# 常规工作任务偏离岗位说明书规定；任务目标没有量化；任务措施不具体；重点不突出，表现为每项任务的分值
# 平均化。"
QUALITY_REASONS: tuple[Choice, ...] = (
    _c(
        "plan_not_broken_down",
        "公司年度计划没有分解到本岗位",
        "公司年度計劃沒有分解到本崗位",
        "The company's annual plan is not broken down to this post",
    ),
    _c(
        "off_job_description",
        "本岗位常规工作任务偏离岗位说明书规定",
        "本崗位常規工作任務偏離崗位說明書規定",
        "Routine tasks depart from the job description",
    ),
    _c(
        "goals_not_quantified",
        "任务目标没有量化",
        "任務目標沒有量化",
        "Task goals are not quantified",
    ),
    _c("measures_vague", "任务措施不具体", "任務措施不具體", "Measures are not specific"),
    _c(
        "points_averaged",
        "重点不突出，表现为每项任务的分值平均化",
        "重點不突出，表現為每項任務的分值平均化",
        "No focus: every task is given the same points",
    ),
)

TASK_TYPE_CODES = frozenset(t.code for t in TASK_TYPES)
REASON_CODES = tuple(r.code for r in QUALITY_REASONS)
AVERAGED_REASON = "points_averaged"

# Points closer than this are "the same": 100 split in 6 or 7 cannot be exactly equal
# (16.7 × 4 + 16.6 × 2; 14.3 × 6 + 14.2), and a sheet gives whole points by custom.
EQUAL_WITHIN = 1.0


def task_type(code: str | None) -> Choice | None:
    return next((t for t in TASK_TYPES if t.code == code), None)


def points_averaged(points: Sequence[float]) -> bool:
    """Seed 004's "每项任务的分值平均化": two tasks or more and every task's points within
    ``EQUAL_WITHIN`` of each other (5 × 20; 6 × 16.7; 7 × 14.3). A warning, not an error: the
    sheet can be saved; the officer decides whether it is a poor-quality reason."""
    return len(points) >= 2 and round(max(points) - min(points), 6) < EQUAL_WITHIN


def reasons_in_order(codes: Iterable[str]) -> tuple[str, ...]:
    """The known reason codes among *codes*, in the seed's order, each once."""
    wanted = set(codes)
    return tuple(c for c in REASON_CODES if c in wanted)


def encode_reasons(codes: Iterable[str]) -> str:
    """As stored (``task_sheets.quality_reasons``): codes in the seed's order, comma-separated."""
    return ",".join(reasons_in_order(codes))


def decode_reasons(text: str | None) -> tuple[str, ...]:
    return reasons_in_order((text or "").split(","))


def reasons_text(codes: Iterable[str], lang: str = "zh_CN") -> str:
    """The reasons in words, the seed's order ("任务目标没有量化；任务措施不具体")."""
    sep = ", " if lang == "en" else "；"
    by_code = {r.code: r for r in QUALITY_REASONS}
    return sep.join(by_code[c].label(lang) for c in reasons_in_order(codes))
