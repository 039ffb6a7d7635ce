"""Status words: one text per stored status, shown alike in the window, the forms and exports.

Codes are ``status.<kind>.<value>`` for the enums of ``domain/status.py``; render one with
``domain.status.status_word(status, lang)``.
"""

from __future__ import annotations


def _t(zh_cn: str, zh_tw: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    "status.period.open": _t("进行中", "進行中", "Open"),
    "status.period.entered": _t("已录入", "已輸入", "Entered"),
    "status.period.published": _t("已发布", "已發布", "Published"),
    "status.period.locked": _t("已签字锁定", "已簽字鎖定", "Signed and locked"),
    "status.appraisal.draft": _t("草稿", "草稿", "Draft"),
    "status.appraisal.published": _t("已发布", "已發布", "Published"),
    "status.appraisal.signed": _t("已签字", "已簽字", "Signed"),
    "status.appeal.pending": _t("待处理", "待處理", "Pending"),
    "status.appeal.upheld": _t("申诉成立", "申訴成立", "Upheld"),
    "status.appeal.partly_upheld": _t("部分成立", "部分成立", "Partly upheld"),
    "status.appeal.rejected": _t("驳回", "駁回", "Rejected"),
    "status.action.open": _t("未完成", "未完成", "Open"),
    "status.action.done": _t("已完成", "已完成", "Done"),
    "status.action.dropped": _t("已取消", "已取消", "Dropped"),
}
