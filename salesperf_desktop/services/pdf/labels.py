"""Printed-form texts in zh_CN, zh_TW and en, from the message catalogue (domain/messages/forms.py).

The PDF does not go through Qt translation.
"""

from __future__ import annotations

from salesperf_desktop.domain.i18n import pick
from salesperf_desktop.domain.messages import CATALOGUE, render
from salesperf_desktop.domain.status import AppraisalStatus, status_word


def colon(lang: str) -> str:
    return ": " if lang == "en" else "："


def label(key: str, lang: str, **fields) -> str:
    """The form text *key* in *lang*, its ``{fields}`` filled."""
    return render(f"form.{key}", fields, lang)


def page_template(lang: str) -> str:
    """ "Page {page} of {pages}", filled on each page as it is drawn."""
    return pick(CATALOGUE["form.page_of"], lang)


def role_text(code: str, lang: str) -> str:
    key = f"form.role.{code}"
    return render(key, {}, lang) if key in CATALOGUE else code


def status_text(code: str | None, lang: str) -> str:
    """The appraisal status word, the same as the window's (domain/messages/status.py)."""
    return status_word(AppraisalStatus(code), lang) if code else ""
