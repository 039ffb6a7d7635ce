"""The adjustment catalogue the officer edits, and the paperwork an event of it needs (seed 004:
+10/+15 approved and published in a formal document; fines in 元)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "event.approver_required": {
        "zh_CN": "“{name}”须经{role}审批：请填写审批人。",
        "zh_TW": "「{name}」須經{role}審批：請填寫審批人。",
        "en": "“{name}” is approved by the {role}: fill in who approved it.",
    },
    "event.document_required": {
        "zh_CN": "“{name}”须有正式文件公布：请填写文号。",
        "zh_TW": "「{name}」須有正式公文公布：請填寫文號。",
        "en": "“{name}” needs a formal company document: fill in its number.",
    },
    "event.amount_required": {
        "zh_CN": "“{name}”是罚款：请填写金额（元，大于 0）。",
        "zh_TW": "「{name}」是罰款：請填寫金額（元，大於 0）。",
        "en": "“{name}” is a fine: fill in the amount (yuan, more than 0).",
    },
    "event.retired_kind": {
        "zh_CN": "“{name}”已停用，不能再记录新的事件。",
        "zh_TW": "「{name}」已停用，不能再記錄新的事件。",
        "en": "“{name}” is retired: no new events of it can be recorded.",
    },
    "events_import.col.approver": {"zh_CN": "审批人", "zh_TW": "審批人", "en": "Approved by"},
    "events_import.col.document_no": {"zh_CN": "文号", "zh_TW": "文號", "en": "Document No."},
    "events_import.col.amount": {
        "zh_CN": "罚款金额（元）",
        "zh_TW": "罰款金額（元）",
        "en": "Fine (yuan)",
    },
    "events_import.effect.fine": {
        "zh_CN": "罚款，按金额（元），不计分",
        "zh_TW": "罰款，按金額（元），不計分",
        "en": "a fine in yuan, no points",
    },
    "events.fine_yuan": {
        "zh_CN": "罚款 {amount} 元",
        "zh_TW": "罰款 {amount} 元",
        "en": "fine {amount} yuan",
    },
    "adjustment.name_required": {
        "zh_CN": "请填写名称。",
        "zh_TW": "請填寫名稱。",
        "en": "Fill in a name.",
    },
    "adjustment.name_taken": {
        "zh_CN": "已有名为“{name}”的加减分项。",
        "zh_TW": "已有名為「{name}」的加減分項。",
        "en": "There is already an item named “{name}”.",
    },
    "adjustment.points_range": {
        "zh_CN": "分值须在 −1000 到 1000 之间（现为 {value}）。",
        "zh_TW": "分值須在 −1000 到 1000 之間（現為 {value}）。",
        "en": "Points must lie between −1000 and 1000 (now {value}).",
    },
    "adjustment.unit_required": {
        "zh_CN": "按单位计分时请填写单位（如“次”“天”）。",
        "zh_TW": "按單位計分時請填寫單位（如「次」「天」）。",
        "en": "Points per unit need a unit (such as “occurrence” or “day”).",
    },
    "adjustment.no_type": {
        "zh_CN": "没有这个加减分项：{code}",
        "zh_TW": "沒有這個加減分項：{code}",
        "en": "No such item: {code}",
    },
    "adjustment.in_use": {
        "zh_CN": "“{name}”已有 {count} 条事件在用，不能删除；请改为停用（以往事件保持原意）。",
        "zh_TW": "「{name}」已有 {count} 條事件在用，不能刪除；請改為停用（以往事件保持原意）。",
        "en": "“{name}” is used by {count} events and cannot be deleted; retire it instead "
        "(past events keep their meaning).",
    },
    "adjustment.counting_locked": {
        "zh_CN": "“{name}”已有 {count} 条事件在用，计分方式不能再改（以往事件保持原意）；"
        "请另建一个项目。",
        "zh_TW": "「{name}」已有 {count} 條事件在用，計分方式不能再改（以往事件保持原意）；"
        "請另建一個項目。",
        "en": "“{name}” is used by {count} events: how it counts can no longer change (past "
        "events keep their meaning); make a new item instead.",
    },
    "adjustment.shipped": {
        "zh_CN": "“{name}”是随软件提供的项目，不能删除；可以停用。",
        "zh_TW": "「{name}」是隨軟體提供的項目，不能刪除；可以停用。",
        "en": "“{name}” ships with the program and cannot be deleted; it can be retired.",
    },
}
