"""带教成果 (seed 002's mentor KPI): how a mentor's figure was made, and the service's refusals."""

from __future__ import annotations


def _t(zh_cn: str, zh_tw: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    "mentoring.mentees_heading": _t("学员：", "學員：", "Mentees:"),
    "mentoring.first_sale": _t(
        "{who}（{hired} 入职，首单 {month}，{days} 天）",
        "{who}（{hired} 到職，首單 {month}，{days} 天）",
        "{who} (hired {hired}, first sale {month}, {days} days)",
    ),
    "mentoring.no_sale_yet": _t(
        "{who}（{hired} 入职，尚无首单，至今 {days} 天，按 {days} 天计入）",
        "{who}（{hired} 到職，尚無首單，至今 {days} 天，按 {days} 天計入）",
        "{who} (hired {hired}, no sale yet, {days} days so far, counted as {days} days)",
    ),
    "mentoring.no_hire_date": _t(
        "{who}（登记表无入职日期，未计入）",
        "{who}（登記表無到職日期，未計入）",
        "{who} (no hire date in the register, not counted)",
    ),
    "mentoring.cycle_total": _t(
        "首单周期平均 {days} 天（{count} 名学员，自入职日起算，按日历天）",
        "首單週期平均 {days} 天（{count} 名學員，自到職日起算，按日曆天）",
        "First-sale cycle {days} days on average ({count} mentees, calendar days from the hire date)",
    ),
    "mentoring.clean": _t(
        "{who}：本月无合规失误", "{who}：本月無合規失誤", "{who}: no compliance error this month"
    ),
    "mentoring.error": _t(
        "{who}：本月有合规失误（{what}）",
        "{who}：本月有合規失誤（{what}）",
        "{who}: compliance error this month ({what})",
    ),
    "mentoring.veto_event": _t("合规一票否决事件", "合規一票否決事件", "compliance veto event"),
    "mentoring.veto_item": _t(
        "合规否决项未通过", "合規否決項未通過", "compliance veto item failed"
    ),
    "mentoring.clean_total": _t(
        "合规零失误率 {rate}（{clean}/{count} 名学员）",
        "合規零失誤率 {rate}（{clean}/{count} 名學員）",
        "Zero compliance error rate {rate} ({clean} of {count} mentees)",
    ),
    "mentoring.no_mentees": _t(
        "本月没有计入的新员工学员",
        "本月沒有計入的新進學員",
        "No new mentees counted this month",
    ),
    "mentoring.days": _t("{days} 天", "{days} 天", "{days} days"),
    "mentoring.stale": _t(
        "学员数据已变：现应为 {figure}，已录入 {stored}。请在“带教成果”中重新写入。",
        "學員資料已變：現應為 {figure}，已錄入 {stored}。請在「帶教成果」中重新寫入。",
        "The mentees' data changed: the figure is now {figure}, {stored} is entered. "
        "Write it again under Mentoring results.",
    ),
    "mentoring.how": _t(
        "学员：登记为其导师、且本月在试用期或入职未满 {months} 个月的员工（常用做法）。"
        "首单周期：自入职日至首个销售实际值大于 0 的月份首日的日历天数，越少越好；"
        "合规零失误率：本月既无合规一票否决事件、合规否决项也未判为不通过的学员占比（种子文件 002 三（三））。",
        "學員：登記為其導師、且本月在試用期或到職未滿 {months} 個月的員工（常用做法）。"
        "首單週期：自到職日至首個銷售實際值大於 0 的月份首日的日曆天數，越少越好；"
        "合規零失誤率：本月既無合規一票否決事件、合規否決項也未判為不通過的學員占比（種子文件 002 三（三））。",
        "Mentees: people with this mentor who are on probation or hired less than {months} "
        "months ago (usual practice). First-sale cycle: calendar days from the hire date to the "
        "first day of the first month with a sales actual above 0, fewer is better; zero "
        "compliance error rate: the share of mentees with no compliance veto event and no "
        "failed compliance veto item this month (seed 002, 3(3)).",
    ),
}
