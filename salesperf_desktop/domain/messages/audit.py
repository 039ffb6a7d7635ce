"""The audit trail's own words: the reasons the program records, and the operator.

The program stores a code (``audit.signed_form``) as the reason of the changes it makes itself
and the officer's name (from Preferences) as the operator; ``reason_text`` and
``operator_text`` turn them into the reader's language. Rows written before this was so hold
English words ("signed form", operator "HR"): they are read the same way.
"""

from __future__ import annotations


def _t(zh_cn: str, zh_tw: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    "audit.signed_form": _t("考核表已签字", "考核表已簽字", "signed form"),
    "audit.all_signed": _t("全部考核表已签字", "全部考核表已簽字", "all appraisals signed"),
    "audit.password_set": _t("设置了密码", "設定了密碼", "password set"),
    "audit.password_removed": _t("取消了密码", "取消了密碼", "password removed"),
    # The operator when no officer's name is set (and in rows written as "HR").
    "audit.operator": _t("人事专员", "人事專員", "HR officer"),
}

# English reasons stored by earlier versions → their codes.
_LEGACY_REASONS = {
    "signed form": "audit.signed_form",
    "all appraisals signed": "audit.all_signed",
    "password set": "audit.password_set",
    "password removed": "audit.password_removed",
}
_LEGACY_OPERATORS = {"", "HR"}


def reason_text(stored: str, lang: str) -> str:
    """A stored reason as the reader reads it: the program's codes rendered, the officer's own
    words as she wrote them."""
    from salesperf_desktop.domain.messages import render

    code = _LEGACY_REASONS.get(stored, stored)
    return render(code, {}, lang) if code in MESSAGES else stored


def operator_text(stored: str, lang: str) -> str:
    """The operator of an audit row: the officer's name, or 人事专员 where none was set."""
    from salesperf_desktop.domain.messages import render

    return render("audit.operator", {}, lang) if stored.strip() in _LEGACY_OPERATORS else stored
