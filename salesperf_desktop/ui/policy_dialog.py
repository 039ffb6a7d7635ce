"""The company policy page (考核制度): grade bands, rater weights, rules, appeal days.

Every part shows where its default comes from (a seed and its clause, or 常用做法). Confirming
stores a new version (services/policy.py), audited; results already published keep theirs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.domain.grades import GradeBand, GradeScale
from salesperf_desktop.domain.policy import DEFAULT_POLICY, Policy, source_text, validate_policy
from salesperf_desktop.services.policy import PolicyRecord, confirm_policy, current_policy
from salesperf_desktop.ui.labels import fill
from salesperf_desktop.ui.ui_context import UiContext

_ROLES = ("supervisor", "self", "peer")


class PolicyDialog(QDialog):
    """Edit and confirm the policy; ``record`` holds the confirmed version after ``accept``."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("policyDialog")
        self.setWindowTitle(self.tr("Appraisal policy"))
        self.resize(760, 720)
        self.ui = ui
        self.record: PolicyRecord = current_policy(ui.ctx)
        lang = ui.lang
        policy = self.record.policy

        self.state = QLabel(self._state_text(), self)
        self.state.setObjectName("policyState")
        self.state.setWordWrap(True)

        self.bands = QTableWidget(0, 4, self)
        self.bands.setObjectName("policyBands")
        self.bands.setHorizontalHeaderLabels(
            [
                self.tr("Grade"),
                self.tr("From (points of 100)"),
                self.tr("Bonus coefficient"),
                self.tr("Distribution guide %"),
            ]
        )
        self.bands.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.bands.verticalHeader().setVisible(False)
        self.bands.setMinimumHeight(190)  # five grades without scrolling
        self._fill_bands(policy.grades)
        add = QPushButton(self.tr("Add grade"), self)
        add.setObjectName("policyAddBand")
        add.clicked.connect(lambda: self._add_band_row("", "", "1", ""))
        remove = QPushButton(self.tr("Remove grade"), self)
        remove.setObjectName("policyRemoveBand")
        remove.clicked.connect(self._remove_band)
        band_buttons = QHBoxLayout()
        band_buttons.addWidget(add)
        band_buttons.addWidget(remove)
        band_buttons.addStretch(1)
        grades_box = self._group(
            self.tr("Grade bands and coefficients"),
            [
                self.bands,
                band_buttons,
                self._source("grades", lang),
                self._source("distribution", lang),
            ],
        )
        grades_box.layout().insertWidget(
            0,
            QLabel(self.tr("Best grade first; the lowest grade takes everything below."), self),
        )

        self.raters: dict[str, QSpinBox] = {}
        rater_form = QFormLayout()
        for role, text in zip(
            _ROLES, (self.tr("Supervisor %"), self.tr("Self %"), self.tr("Peers %")), strict=True
        ):
            spin = QSpinBox(self)
            spin.setObjectName(f"policyRater_{role}")
            spin.setRange(0, 100)
            spin.setValue(round(policy.rater_weights.get(role, 0)))
            self.raters[role] = spin
            rater_form.addRow(text, spin)
        raters_box = self._group(
            self.tr("Rater weights"), [rater_form, self._source("rater_weights", lang)]
        )

        self.rating = QComboBox(self)
        self.rating.setObjectName("policyRating")
        self.rating.addItem(self.tr("From the lowest rating (1 of 5 earns 0 %)"), True)
        self.rating.addItem(self.tr("Share of the top rating (1 of 5 earns 20 %)"), False)
        self.rating.setCurrentIndex(0 if policy.rating_zero_based else 1)
        rating_box = self._group(
            self.tr("Ratings to points"), [self.rating, self._source("rating_zero_based", lang)]
        )

        self.promotion = QLineEdit(" ".join(policy.promotion_grades), self)
        self.promotion.setObjectName("policyPromotionGrades")
        self.run = QSpinBox(self)
        self.run.setObjectName("policyPromotionRun")
        self.run.setRange(1, 12)
        self.run.setValue(policy.promotion_run)
        self.plan = QLineEdit(" ".join(policy.plan_grades), self)
        self.plan.setObjectName("policyPlanGrades")
        rules_form = QFormLayout()
        rules_form.addRow(self.tr("Promotion hint: grades"), self.promotion)
        rules_form.addRow(self.tr("…this many results in a row"), self.run)
        rules_form.addRow(self.tr("Improvement plan for grades"), self.plan)
        rules_box = self._group(
            self.tr("Promotion and improvement"),
            [rules_form, self._source("promotion", lang), self._source("improvement", lang)],
        )

        self.filing = QSpinBox(self)
        self.filing.setObjectName("policyFilingDays")
        self.filing.setRange(0, 60)
        self.filing.setValue(policy.appeal_filing_days)
        self.deciding = QSpinBox(self)
        self.deciding.setObjectName("policyDecisionDays")
        self.deciding.setRange(0, 60)
        self.deciding.setValue(policy.appeal_decision_days)
        days_form = QFormLayout()
        days_form.addRow(self.tr("Working days to file an appeal"), self.filing)
        days_form.addRow(self.tr("Working days to decide an appeal"), self.deciding)
        self.interview = QSpinBox(self)
        self.interview.setObjectName("policyInterviewDays")
        self.interview.setRange(0, 60)
        self.interview.setValue(policy.interview_working_days)
        days_form.addRow(
            self.tr("Working days after publication for the review interview"), self.interview
        )
        appeal_box = self._group(
            self.tr("Appeals and review interview"),
            [
                days_form,
                self._source("appeal_filing_days", lang),
                self._source("appeal_decision_days", lang),
                self._source("interview_working_days", lang),
            ],
        )

        self.note = QLineEdit(self)
        self.note.setObjectName("policyNote")
        self.note.setPlaceholderText(self.tr("Note for the record (optional)"))
        self.problems = QLabel(self)
        self.problems.setObjectName("policyProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020")
        applies = QLabel(
            self.tr(
                "A confirmed policy applies to periods not yet published; published and signed "
                "results keep the policy they were scored with."
            ),
            self,
        )
        applies.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Confirm the policy"))
        ok.setObjectName("policyConfirm")
        defaults = self.buttons.addButton(
            self.tr("Proposed defaults"), QDialogButtonBox.ButtonRole.ResetRole
        )
        defaults.setObjectName("policyDefaults")
        defaults.clicked.connect(lambda: self.show_policy(DEFAULT_POLICY))
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)

        content = QWidget(self)
        parts = QVBoxLayout(content)
        for widget in (self.state, grades_box, raters_box, rating_box, rules_box, appeal_box):
            parts.addWidget(widget)
        parts.addWidget(applies)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        page = QVBoxLayout(self)
        page.addWidget(scroll, 1)
        page.addWidget(self.note)
        page.addWidget(self.problems)
        page.addWidget(self.buttons)

    # ----------------------------------------------------------------- building
    def _group(self, title: str, parts: list) -> QGroupBox:
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        for part in parts:
            if isinstance(part, QWidget):
                layout.addWidget(part)
            else:
                layout.addLayout(part)
        return box

    def _source(self, key: str, lang: str) -> QLabel:
        label = QLabel(fill(self.tr("Source: %1"), source_text(key, lang)), self)
        label.setObjectName(f"policySource_{key}")
        label.setWordWrap(True)
        label.setStyleSheet("color: #555")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _state_text(self) -> str:
        r = self.record
        if r.confirmed:
            return fill(
                self.tr("Version %1, confirmed on %2 by %3."),
                r.version,
                r.confirmed_on.isoformat(),
                r.confirmed_by or "—",
            )
        return fill(
            self.tr(
                "Version %1: the proposed defaults, not confirmed yet. Check each part and "
                "confirm the company's own policy."
            ),
            r.version,
        )

    def _fill_bands(self, scale: GradeScale) -> None:
        self.bands.setRowCount(0)
        dist = scale.distribution or {}
        for b in scale.bands:
            share = dist.get(b.grade)
            self._add_band_row(
                b.grade,
                "" if b.min is None else _num(b.min),
                _num(b.coefficient),
                "" if share is None else _num(share * 100),
            )

    def _add_band_row(self, grade: str, lo: str, coefficient: str, share: str) -> None:
        row = self.bands.rowCount()
        self.bands.insertRow(row)
        for col, text in enumerate((grade, lo, coefficient, share)):
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.bands.setItem(row, col, item)

    def _remove_band(self) -> None:
        row = self.bands.currentRow()
        if row < 0:
            row = self.bands.rowCount() - 1
        if row >= 0:
            self.bands.removeRow(row)

    def show_policy(self, policy: Policy) -> None:
        """Put *policy* on the page (e.g. the proposed defaults)."""
        self._fill_bands(policy.grades)
        for role, spin in self.raters.items():
            spin.setValue(round(policy.rater_weights.get(role, 0)))
        self.rating.setCurrentIndex(0 if policy.rating_zero_based else 1)
        self.promotion.setText(" ".join(policy.promotion_grades))
        self.run.setValue(policy.promotion_run)
        self.plan.setText(" ".join(policy.plan_grades))
        self.filing.setValue(policy.appeal_filing_days)
        self.deciding.setValue(policy.appeal_decision_days)
        self.interview.setValue(policy.interview_working_days)

    # ----------------------------------------------------------------- reading
    def policy(self) -> Policy | None:
        """The policy on the page; None (and the problem shown) when a cell is not a number."""
        bands, dist = [], {}
        rows = self.bands.rowCount()
        for r in range(rows):
            texts = [
                (self.bands.item(r, c).text() if self.bands.item(r, c) else "").strip()
                for c in range(4)
            ]
            grade, lo, coefficient, share = texts
            if not grade:
                self.problems.setText(fill(self.tr("Row %1: enter the grade's name."), r + 1))
                return None
            try:
                minimum = None if (lo == "" and r == rows - 1) else float(lo)
                coef = float(coefficient)
                if share:
                    dist[grade] = float(share) / 100.0
            except ValueError:
                self.problems.setText(
                    fill(
                        self.tr("Grade %1: enter numbers for the points, coefficient and share."),
                        grade,
                    )
                )
                return None
            bands.append(GradeBand(grade, minimum, coef))
        return Policy(
            grades=GradeScale(tuple(bands), dist or None),
            rater_weights={role: float(spin.value()) for role, spin in self.raters.items()},
            rating_zero_based=bool(self.rating.currentData()),
            promotion_grades=tuple(_grades(self.promotion.text())),
            promotion_run=self.run.value(),
            plan_grades=tuple(_grades(self.plan.text())),
            appeal_filing_days=self.filing.value(),
            appeal_decision_days=self.deciding.value(),
            interview_working_days=self.interview.value(),
        )

    def confirm(self) -> None:
        policy = self.policy()
        if policy is None:
            return
        problems = validate_policy(policy)
        if problems:
            self.problems.setText("\n".join(p.message(self.ui.lang) for p in problems))
            return
        self.record = confirm_policy(self.ui.ctx, policy, note=self.note.text())
        self.ui.events.changed.emit("policy")
        self.accept()


def _num(value: float) -> str:
    return f"{value:g}"


def _grades(text: str) -> list[str]:
    for sep in ",，、;；/":
        text = text.replace(sep, " ")
    return [g for g in text.split() if g]
