"""The refusals of the reviews area (appeals, sign-off, interviews) as catalogue codes.

``str(error)`` is the English text (what the CLI prints); ``error.message(lang)`` is the text
in the reader's language (what the window shows). The texts live in
``domain/messages/reviews.py``.
"""

from __future__ import annotations

from salesperf_desktop.domain.messages import render


class ReviewError(ValueError):
    def __init__(self, code: str, **params):
        self.code = code
        self.params = params
        super().__init__(render(code, params, "en"))

    def message(self, lang: str = "zh_CN") -> str:
        return render(self.code, self.params, lang)
