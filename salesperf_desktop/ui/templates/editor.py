"""The template editor: indicators, weights with a live sum and warnings, rules with a preview,
sheet total, raters, team share, grade bands; the 012 method for weights.

The editor works on the template document (template-format.md) as a dict; every edit re-runs
``domain.template.validate_template`` and lists its coded problems in the officer's language.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.domain.grades import DEFAULT_GRADES
from salesperf_desktop.domain.i18n import fmt_number, pick
from salesperf_desktop.domain.library.templates import (
    SHEET_SOURCES,
    TEMPLATE_NOTES,
    TEMPLATE_SOURCES,
    source_text,
)
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.template import DEFAULT_RATER_WEIGHTS, validate_template
from salesperf_desktop.services.staff import CYCLES
from salesperf_desktop.services.templates import (
    TEMPLATE_PRODUCT_LINES,
    TEMPLATE_ROLES,
    item_from_entry,
)
from salesperf_desktop.ui.edits import select_or_keep
from salesperf_desktop.ui.labels import (
    cycle_label,
    dimension_label,
    fill,
    product_line_label,
    role_label,
)
from salesperf_desktop.ui.templates.rule_editor import RuleEditor

ERROR_BRUSH = QBrush(QColor("#b00020"))
WARNING_BRUSH = QBrush(QColor("#9a6700"))


def _spin(lo: float, hi: float, decimals: int = 1, step: float = 1.0) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(lo, hi)
    box.setDecimals(decimals)
    box.setSingleStep(step)
    return box


class TemplateEditor(QDialog):
    """``document()`` gives the edited template; OK is enabled only without errors."""

    def __init__(
        self,
        ui,
        document: dict,
        library: list[dict],
        teams: list[tuple[str, int]],
        *,
        team_id: int | None = None,
        is_new: bool = False,
        in_use: int = 0,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("templateEditor")
        self.ui = ui
        self.lang = ui.lang
        self.doc = copy.deepcopy(document)
        self.library = {e["code"]: e for e in library}
        self._loading = True
        self.setWindowTitle(self.tr("New template") if is_new else self.tr("Edit template"))
        self.resize(1180, 760)

        general = self._build_general_page(teams, is_new, in_use)
        items = self._build_items_page()
        grades = self._build_grades_page()
        self.pages = QTabWidget()
        self.pages.addTab(items, self.tr("Indicators and rules"))
        self.pages.addTab(general, self.tr("General"))
        self.pages.addTab(grades, self.tr("Grades"))
        self.problems = QListWidget()
        self.problems.setObjectName("templateProblems")
        self.problems.setMaximumHeight(110)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        self._load_general(team_id)
        self._load_items()
        self._load_grades()
        self._follow_general_edits()
        self._loading = False
        if self.items_table.rowCount():
            self.items_table.selectRow(0)
        self.revalidate()

    # ----------------------------------------------------------------- building

    def _build_general_page(
        self, teams: list[tuple[str, int]], is_new: bool, in_use: int
    ) -> QWidget:
        """Code, names, whom the template is for, sheet total, raters and team share."""
        self.code = QLineEdit(self.doc.get("code", ""))
        self.code.setObjectName("templateCode")
        self.code.setReadOnly(not is_new)
        names = self.doc.get("name") or {}
        self.name_edits = {}
        for lang in ("zh_CN", "zh_TW", "en"):
            edit = QLineEdit(names.get(lang, ""))
            edit.setObjectName(f"templateName_{lang}")
            self.name_edits[lang] = edit
        self.role = QComboBox()
        self.role.setObjectName("templateRole")
        for r in TEMPLATE_ROLES:
            self.role.addItem(role_label(r), r)
        self.product_line = QComboBox()
        self.product_line.setObjectName("templateProductLine")
        for p in TEMPLATE_PRODUCT_LINES:
            self.product_line.addItem(product_line_label(p), p)
        self.team = QComboBox()
        self.team.setObjectName("templateTeam")
        self.team.addItem(self.tr("Any team"), None)
        for name, tid in teams:
            self.team.addItem(name, tid)
        self.cycle = QComboBox()
        for code in CYCLES:
            self.cycle.addItem(cycle_label(code), code)
        self.sheet_total = QComboBox()
        self.sheet_total.setObjectName("sheetTotal")
        self.sheet_total.setEditable(True)
        for total in ("100", "120"):
            self.sheet_total.addItem(total)
        self.rater_spins = {}
        raters = QHBoxLayout()
        for key, label in (
            ("supervisor", self.tr("Supervisor")),
            ("self", self.tr("Self")),
            ("peer", self.tr("Peers")),
        ):
            spin = _spin(0, 100, 0)
            spin.setObjectName(f"rater_{key}")
            self.rater_spins[key] = spin
            raters.addWidget(QLabel(label))
            raters.addWidget(spin)
        raters.addStretch(1)
        self.team_share = _spin(0, 99, 0, 5)
        self.team_share.setObjectName("teamShare")
        self.team_share.setSuffix(" %")
        # what drives the share: the team goal (seed 002) or, in older files, the colleagues
        self.team_basis = QComboBox()
        self.team_basis.setObjectName("teamBasis")
        self.team_basis.addItem(self.tr("The team goal (entered per team and month)"), "team_goal")
        self.team_basis.addItem(self.tr("The mean of the regular colleagues"), "colleagues")
        self.team_goal_cap = _spin(0, 300, 0, 10)
        self.team_goal_cap.setObjectName("teamGoalCap")
        self.team_goal_cap.setSuffix(" %")
        self.team_goal_cap.setSpecialValueText(self.tr("Like the achievement items"))
        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name (简体中文)"), self.name_edits["zh_CN"])
        form.addRow(self.tr("Name (繁體中文)"), self.name_edits["zh_TW"])
        form.addRow(self.tr("Name (English)"), self.name_edits["en"])
        form.addRow(self.tr("For role"), self.role)
        form.addRow(self.tr("For product line"), self.product_line)
        form.addRow(self.tr("For team"), self.team)
        form.addRow(self.tr("Cycle"), self.cycle)
        form.addRow(self.tr("Sheet total (points)"), self.sheet_total)
        form.addRow(self.tr("Rater weights"), raters)
        form.addRow(self.tr("Share tied to the team score"), self.team_share)
        form.addRow(self.tr("Team share follows"), self.team_basis)
        form.addRow(self.tr("Team goal attainment capped at"), self.team_goal_cap)
        code = self.doc.get("code", "")
        if code in SHEET_SOURCES:
            # a shipped sheet says what it is and where its numbers come from
            about = QLabel(
                pick(TEMPLATE_NOTES.get(code), self.lang)
                + "\n"
                + render(
                    "template.source.sheet",
                    {"source": source_text(SHEET_SOURCES[code], self.lang)},
                    self.lang,
                )
            )
            about.setObjectName("sheetSource")
            about.setWordWrap(True)
            form.addRow(about)
        if in_use:
            note = QLabel(
                fill(
                    self.tr(
                        "%1 appraisal(s) use this version; saving creates a new version and they keep theirs."
                    ),
                    in_use,
                )
            )
            note.setObjectName("inUseNote")
            note.setWordWrap(True)
            form.addRow(note)
        return general

    def _build_items_page(self) -> QWidget:
        """The indicators with their weights, and the rule editor of the selected one."""
        self.items_table = QTableWidget(0, 3)
        self.items_table.setObjectName("templateItemsTable")
        self.items_table.setHorizontalHeaderLabels(
            [self.tr("Dimension"), self.tr("Indicator"), self.tr("Weight")]
        )
        header = self.items_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.items_table.verticalHeader().hide()
        self.items_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.items_table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.items_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.items_table.currentCellChanged.connect(lambda r, *_: self._select_item(r))
        self.add_button = QPushButton(self.tr("Add indicators…"))
        self.add_button.setObjectName("addIndicators")
        self.add_button.clicked.connect(self.choose_indicators)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("removeIndicator")
        self.remove_button.clicked.connect(self.remove_selected)
        self.pairwise_button = QPushButton(self.tr("Weights by 0-1-2 comparison…"))
        self.pairwise_button.setObjectName("pairwiseWeights")
        self.pairwise_button.clicked.connect(self.open_pairwise)
        self.sum_label = QLabel()
        self.sum_label.setObjectName("weightSum")
        item_buttons = QHBoxLayout()
        item_buttons.addWidget(self.add_button)
        item_buttons.addWidget(self.remove_button)
        item_buttons.addWidget(self.pairwise_button)
        item_buttons.addStretch(1)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.items_table, 1)
        lv.addLayout(item_buttons)
        lv.addWidget(self.sum_label)
        self.rule_editor = RuleEditor(self.lang)
        self.rule_editor.changed.connect(self._rule_edited)
        self.rule_title = QLabel()
        self.rule_title.setObjectName("ruleTitle")
        self.rule_title.setWordWrap(True)
        # where a shipped sheet's indicator and points come from (a seed's words, or 常用做法)
        self.rule_source = QLabel()
        self.rule_source.setObjectName("ruleSource")
        self.rule_source.setWordWrap(True)
        self.rule_source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.rule_title)
        rv.addWidget(self.rule_source)
        rv.addWidget(self.rule_editor, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        return splitter

    def _build_grades_page(self) -> QWidget:
        """The grade bands: grade, lowest total and bonus coefficient."""
        self.grades_table = QTableWidget(0, 3)
        self.grades_table.setObjectName("gradesTable")
        self.grades_table.setHorizontalHeaderLabels(
            [self.tr("Grade"), self.tr("From total"), self.tr("Bonus coefficient")]
        )
        self.grades_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grades_table.itemChanged.connect(self._grades_edited)
        grades_note = QLabel(
            self.tr("Best grade first; leave “From total” empty for the lowest grade.")
        )
        grades_note.setWordWrap(True)
        grades = QWidget()
        gv = QVBoxLayout(grades)
        gv.addWidget(grades_note)
        gv.addWidget(self.grades_table)
        return grades

    def _follow_general_edits(self) -> None:
        """Each edit changes its own key of the document, nothing else (a rater weight with
        decimals the spin box rounds stays as stored until the officer changes it)."""
        self.code.textChanged.connect(lambda t: self._general_edited("code", t.strip()))
        for edit in self.name_edits.values():
            edit.textChanged.connect(lambda _t: self._general_edited("name", self._names()))
        for key, combo in (
            ("role", self.role),
            ("product_line", self.product_line),
            ("cycle", self.cycle),
        ):
            combo.currentIndexChanged.connect(
                lambda _i, k=key, c=combo: self._general_edited(k, c.currentData())
            )
        self.team.currentIndexChanged.connect(lambda _i: self.revalidate())
        self.sheet_total.currentTextChanged.connect(
            lambda t: self._general_edited("sheet_total", _total_or_text(t))
        )
        for key, spin in self.rater_spins.items():
            spin.valueChanged.connect(lambda v, k=key: self._rater_edited(k, v))
        self.team_share.valueChanged.connect(
            lambda v: self._general_edited("team_share", round(v / 100, 4))
        )
        self.team_basis.currentIndexChanged.connect(
            lambda _i: self._general_edited("team_basis", self.team_basis.currentData())
        )
        self.team_goal_cap.valueChanged.connect(
            lambda v: self._general_edited("team_goal_cap", round(v / 100, 4) if v else None)
        )

    # ----------------------------------------------------------------- loading

    def _load_general(self, team_id: int | None) -> None:
        """The stored values; one a combo does not offer (a role from a template file) is
        shown and kept, never replaced by the first choice."""
        role = self.doc.get("role", "any")
        select_or_keep(self.role, role, role_label(role))
        line = self.doc.get("product_line", "any")
        select_or_keep(self.product_line, line, product_line_label(line))
        select_or_keep(self.team, team_id)
        select_or_keep(self.cycle, self.doc.get("cycle", "monthly"))
        self.sheet_total.setCurrentText(fmt_number(float(self.doc.get("sheet_total", 100))))
        raters = self.doc.get("rater_weights") or DEFAULT_RATER_WEIGHTS
        for key, spin in self.rater_spins.items():
            spin.setValue(float(raters.get(key, 0)))
        self.team_share.setValue(100 * float(self.doc.get("team_share", 0)))
        basis = self.doc.get("team_basis", "colleagues")
        self.team_basis.setCurrentIndex(max(0, self.team_basis.findData(basis)))
        self.team_goal_cap.setValue(100 * float(self.doc.get("team_goal_cap") or 0))

    def _load_items(self) -> None:
        items = self.doc.setdefault("items", [])
        self.items_table.setRowCount(len(items))
        for r, item in enumerate(items):
            self.items_table.setItem(
                r, 0, QTableWidgetItem(dimension_label(item.get("dimension", "")))
            )
            self.items_table.setItem(
                r,
                1,
                QTableWidgetItem(pick(item.get("name"), self.lang) or item.get("indicator", "")),
            )
            spin = _spin(0, 1000, 1, 1)
            spin.setObjectName(f"weight_{r}")
            spin.setValue(float(item.get("weight", 0)))
            spin.valueChanged.connect(lambda v, row=r: self._weight_edited(row, v))
            self.items_table.setCellWidget(r, 2, spin)

    def _load_grades(self) -> None:
        bands = (self.doc.get("grades") or DEFAULT_GRADES).get("bands", [])
        self.grades_table.blockSignals(True)
        self.grades_table.setRowCount(len(bands))
        for r, band in enumerate(bands):
            for c, key in enumerate(("grade", "min", "coefficient")):
                value = band.get(key)
                text = (
                    ""
                    if value is None
                    else (value if isinstance(value, str) else fmt_number(value))
                )
                self.grades_table.setItem(r, c, QTableWidgetItem(text))
        self.grades_table.blockSignals(False)

    # ----------------------------------------------------------------- edits

    def weight_spin(self, row: int) -> QDoubleSpinBox:
        return self.items_table.cellWidget(row, 2)

    def _names(self) -> dict[str, str]:
        return {k: e.text().strip() for k, e in self.name_edits.items() if e.text().strip()}

    def _general_edited(self, key: str, value) -> None:
        if self._loading:
            return
        self.doc[key] = value
        self.revalidate()

    def _rater_edited(self, key: str, value: float) -> None:
        if self._loading:
            return
        raters = dict(self.doc.get("rater_weights") or DEFAULT_RATER_WEIGHTS)
        raters[key] = value
        self.doc["rater_weights"] = raters
        self.revalidate()

    def _weight_edited(self, row: int, value: float) -> None:
        self.doc["items"][row]["weight"] = value
        if row == self.items_table.currentRow():
            self.rule_editor.weight = value
            self.rule_editor._update_preview()
        self.revalidate()

    def _select_item(self, row: int) -> None:
        items = self.doc.get("items", [])
        if not 0 <= row < len(items):
            self.rule_editor.setEnabled(False)
            self.rule_title.clear()
            self.rule_source.hide()
            return
        item = items[row]
        self._show_source(item.get("indicator"))
        self.rule_editor.setEnabled(True)
        self.rule_title.setText(
            "<b>{}</b> — {}".format(
                pick(item.get("name"), self.lang) or item["indicator"], self.tr("scoring rule")
            )
        )
        self.rule_editor.set_rule(
            item.get("rule", {}), item.get("measure"), float(item.get("weight", 0))
        )

    def _show_source(self, indicator) -> None:
        """The shipped sheet's source for the indicator, when the template is a shipped one."""
        source = TEMPLATE_SOURCES.get(self.doc.get("code", ""), {}).get(indicator)
        self.rule_source.setVisible(source is not None)
        if source is None:
            self.rule_source.clear()
            return
        item, weight = source_text(source.item, self.lang), source_text(source.weight, self.lang)
        if item == weight:
            text = render("template.source.shown_same", {"source": item}, self.lang)
        else:
            text = render("template.source.shown", {"item": item, "weight": weight}, self.lang)
        self.rule_source.setText(text)

    def _rule_edited(self) -> None:
        row = self.items_table.currentRow()
        if 0 <= row < len(self.doc.get("items", [])):
            self.doc["items"][row]["rule"] = self.rule_editor.rule()
            self.revalidate()

    def _grades_edited(self, *_args) -> None:
        bands = []
        for r in range(self.grades_table.rowCount()):
            cells = [
                (
                    self.grades_table.item(r, c).text().strip()
                    if self.grades_table.item(r, c)
                    else ""
                )
                for c in range(3)
            ]
            band = {
                "grade": cells[0],
                "min": _number_or_none(cells[1]),
                "coefficient": _number_or_none(cells[2]),
            }
            bands.append(band)
        grades = self.doc.setdefault("grades", copy.deepcopy(DEFAULT_GRADES))
        grades["bands"] = bands
        self.revalidate()

    def add_indicators(self, codes: list[str]) -> None:
        items = self.doc.setdefault("items", [])
        present = {it["indicator"] for it in items}
        for code in codes:
            if code in present or code not in self.library:
                continue
            items.append(item_from_entry(self.library[code]))
        self._load_items()
        self.items_table.selectRow(len(items) - 1)
        self.revalidate()

    def choose_indicators(self) -> None:
        from salesperf_desktop.ui.templates.indicator_picker import IndicatorPicker

        present = {it["indicator"] for it in self.doc.get("items", [])}
        picker = IndicatorPicker(list(self.library.values()), present, self.lang, self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.accepted.connect(lambda: self.add_indicators(picker.chosen()))
        picker.open()

    def remove_selected(self) -> None:
        row = self.items_table.currentRow()
        if 0 <= row < len(self.doc.get("items", [])):
            del self.doc["items"][row]
            self._load_items()
            self.items_table.selectRow(min(row, len(self.doc["items"]) - 1))
            self._select_item(self.items_table.currentRow())
            self.revalidate()

    def open_pairwise(self) -> None:
        from salesperf_desktop.ui.templates.pairwise_dialog import PairwiseDialog

        items = self.doc.get("items", [])
        names = [pick(it.get("name"), self.lang) or it["indicator"] for it in items]
        total = self.doc.get("sheet_total", 100)
        dialog = PairwiseDialog(
            names, float(total) if isinstance(total, int | float) else 100, self.lang, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.set_weights(dialog.weights()))
        dialog.open()

    def set_weights(self, weights: list[float]) -> None:
        for row, w in enumerate(weights):
            self.weight_spin(row).setValue(w)  # fires _weight_edited

    # ----------------------------------------------------------------- checking

    def revalidate(self):
        report = validate_template(self.doc)
        self.problems.clear()
        for p in report.problems:
            item = QListWidgetItem(("✖ " if p.severity == "error" else "⚠ ") + p.message(self.lang))
            item.setForeground(ERROR_BRUSH if p.severity == "error" else WARNING_BRUSH)
            self.problems.addItem(item)
        if not self.doc.get("name"):
            item = QListWidgetItem("✖ " + self.tr("Give the template a name."))
            item.setForeground(ERROR_BRUSH)
            self.problems.addItem(item)
        self.problems.setVisible(self.problems.count() > 0)
        total = sum(float(it.get("weight", 0) or 0) for it in self.doc.get("items", []))
        sheet = self.doc.get("sheet_total", 100)
        sheet_text = fmt_number(sheet) if isinstance(sheet, int | float) else str(sheet)
        self.sum_label.setText(
            fill(self.tr("Weights add up to %1 of %2"), fmt_number(total), sheet_text)
        )
        ok_sum = isinstance(sheet, int | float) and abs(total - sheet) < 1e-6
        self.sum_label.setStyleSheet("" if ok_sum else "color: #b00020; font-weight: bold;")
        # mark the rows whose weight draws a warning
        flagged = {
            int(p.path.split("[")[1].split("]")[0])
            for p in report.problems
            if p.code == "weight_out_of_range" and p.path.startswith("items[")
        }
        # and the dimension of the rows whose dimension is outside seed 003's range
        ranges = {
            p.params["dimension"]: p.message(self.lang)
            for p in report.problems
            if p.code == "dimension_share_out_of_range"
        }
        for r, item in enumerate(self.doc.get("items", [])[: self.items_table.rowCount()]):
            cell = self.items_table.item(r, 1)
            if cell is not None:
                cell.setForeground(WARNING_BRUSH if r in flagged else QBrush())
            dimension_cell = self.items_table.item(r, 0)
            if dimension_cell is not None:
                warning = ranges.get(item.get("dimension"))
                dimension_cell.setForeground(WARNING_BRUSH if warning else QBrush())
                dimension_cell.setToolTip(warning or "")
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(report.ok and bool(self.doc.get("name")))
        self.report = report
        return report

    def team_id(self) -> int | None:
        return self.team.currentData()

    def document(self) -> dict:
        return copy.deepcopy(self.doc)

    def accept(self) -> None:
        if not self.revalidate().ok:
            return
        super().accept()


def _total_or_text(text: str):
    """The sheet total as a number, or the text typed (the check then names the problem)."""
    try:
        return float(text.strip())
    except ValueError:
        return text


def _number_or_none(text: str):
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return text
