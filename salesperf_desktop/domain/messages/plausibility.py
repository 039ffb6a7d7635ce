"""Questions about a typed value that is valid but probably not meant (``domain.plausibility``).

"plausibility.question" frames every question with the person, indicator, field and month.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "plausibility.question": {
        "zh_CN": "{person} · {indicator}（{field}）· {month}\n\n{doubt}",
        "zh_TW": "{person} · {indicator}（{field}）· {month}\n\n{doubt}",
        "en": "{person} · {indicator} ({field}) · {month}\n\n{doubt}",
    },
    "plausibility.percent_in_amount": {
        "zh_CN": "您输入了“{typed}”。这一列填的是金额或数量，不是百分比：带 % 会被存成 {stored}。"
        "\n是要填 {meant} 吗？",
        "zh_TW": "您輸入了「{typed}」。這一欄填的是金額或數量，不是百分比：帶 % 會被存成 {stored}。"
        "\n是要填 {meant} 嗎？",
        "en": "You typed “{typed}”. This column holds an amount or a count, not a percentage: "
        "with % it is stored as {stored}.\nDid you mean {meant}?",
    },
    "plausibility.actual_jump_up": {
        "zh_CN": "实际值 {value} 是上月（{last}）的 {times} 倍。是否多输了一个 0？",
        "zh_TW": "實際值 {value} 是上月（{last}）的 {times} 倍。是否多輸入了一個 0？",
        "en": "The actual {value} is {times} times last month's ({last}). One zero too many?",
    },
    "plausibility.actual_jump_down": {
        "zh_CN": "实际值 {value} 只有上月（{last}）的 {times} 分之一。是否少输了一个 0？",
        "zh_TW": "實際值 {value} 只有上月（{last}）的 {times} 分之一。是否少輸入了一個 0？",
        "en": "The actual {value} is a {times}th of last month's ({last}). A zero missing?",
    },
    "plausibility.target_moved": {
        "zh_CN": "目标值 {value} 比上月（{last}）变化了 {change}，超过一半。请确认。",
        "zh_TW": "目標值 {value} 比上月（{last}）變化了 {change}，超過一半。請確認。",
        "en": "The target {value} differs from last month's ({last}) by {change}, more than half. "
        "Please check.",
    },
}
