"""Reviews tab: GROW interviews, result use and improvement plans, appeals, sign-off and audit.

Each page is its own module in ``ui/reviews``; this tab only hosts them and refreshes the one
shown (the others when they are next shown).
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from salesperf_desktop.ui.base_tab import BaseTab
from salesperf_desktop.ui.reviews.appeals_page import AppealsPage
from salesperf_desktop.ui.reviews.interviews_page import InterviewsPage
from salesperf_desktop.ui.reviews.plans_page import PlansPage
from salesperf_desktop.ui.reviews.signoff_page import SignoffPage


class ReviewsTab(BaseTab):
    topics = ("reviews", "staff", "entries", "periods")

    def __init__(self, ui, parent=None):
        super().__init__(ui, parent)
        self.interviews = InterviewsPage(ui, self)
        self.plans = PlansPage(ui, self)
        self.appeals = AppealsPage(ui, self)
        self.signoff = SignoffPage(ui, self)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("reviewPages")
        for page in (self.interviews, self.plans, self.appeals, self.signoff):
            self.pages.addTab(page, page.title())
        self._fresh: set[int] = set()
        self.pages.currentChanged.connect(lambda _i: self._refresh_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)

    def title(self) -> str:
        return self.tr("Reviews (GROW)")

    def refresh(self) -> None:
        self._fresh.clear()
        self._refresh_current()

    def open_place(
        self, place: str, period: str | None, staff_id: int | None, record_id: int | None
    ) -> None:
        """Open where a 本月待办 row points: a new interview with the person (``new_interview``),
        the interview whose actions are overdue (``interview``), the pending appeal's decision
        (``appeal``), the appeals (``appeals``) or the period's sign-off (``signoff``)."""
        self.ensure_fresh()
        page = {
            "new_interview": self.interviews,
            "interview": self.interviews,
            "appeal": self.appeals,
            "appeals": self.appeals,
            "signoff": self.signoff,
        }[place]
        self.pages.setCurrentWidget(page)
        self._refresh_current()
        if page is self.interviews:
            page.show_person(staff_id)
            page.open_interview(record_id, period)  # None: a new interview with the person
        elif place == "appeal":
            page.decide(record_id)
        elif page is self.signoff and period:
            page.show_period(period)

    def _refresh_current(self) -> None:
        index = self.pages.currentIndex()
        if index in self._fresh:
            return
        self._fresh.add(index)
        self.pages.widget(index).refresh()
