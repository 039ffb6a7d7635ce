"""Indicator templates tab: the templates (edit, version, duplicate, archive, export/import)
and the indicator library (browse, add her own).

Dialogs open window-modal with ``open()``; tests find them and press their buttons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.domain.i18n import pick
from salesperf_desktop.services.staff import list_teams
from salesperf_desktop.services.templates import (
    TemplateInvalid,
    duplicate_template,
    get_template,
    list_indicators,
    list_templates,
    save_template,
    set_archived,
    unique_code,
    versions,
)
from salesperf_desktop.ui.base_tab import BaseTab, add_menu_actions
from salesperf_desktop.ui.file_dialogs import get_open_file_name, get_save_file_name
from salesperf_desktop.ui.labels import (
    dimension_label,
    fill,
    product_line_label,
    role_label,
)
from salesperf_desktop.ui.table_model import RowsTableModel
from salesperf_desktop.ui.tasks import one_step
from salesperf_desktop.ui.templates.adjustment_catalogue import AdjustmentCataloguePage
from salesperf_desktop.ui.templates.documents import blank_template, rule_text
from salesperf_desktop.ui.templates.library import LibraryBrowser


class TemplatesTab(BaseTab):
    topics = ("templates",)

    def __init__(self, ui, parent=None):
        super().__init__(ui, parent)
        self._window = None
        self._templates = []
        self._teams: dict[int, str] = {}
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_list_side())
        splitter.addWidget(self._build_items_side())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        self.library = LibraryBrowser(self.ctx.lang, self)
        self.library.add_requested.connect(self.add_own_indicator)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("templatePages")
        self.pages.addTab(splitter, self.tr("Templates"))
        self.pages.addTab(self.library, self.tr("Indicator library"))
        self.adjustments = AdjustmentCataloguePage(ui, self)
        self.pages.addTab(self.adjustments, self.tr("Bonus/penalty items"))
        self._fresh_pages: set[QWidget] = set()
        self.pages.currentChanged.connect(lambda _i: self._refresh_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def _build_list_side(self) -> QWidget:
        """The templates, with the buttons that act on the selected one."""
        self.list_model = RowsTableModel(
            [
                self.tr("Template"),
                self.tr("Role"),
                self.tr("Product line"),
                self.tr("Team"),
                self.tr("Version"),
            ],
            self,
        )
        self.list_view = QTableView(self)
        self.list_view.setObjectName("templateList")
        self.list_view.setModel(self.list_model)
        self.list_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.list_view.verticalHeader().hide()
        self.list_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.list_view.horizontalHeader().setStretchLastSection(True)
        self.list_view.selectionModel().currentRowChanged.connect(self._show_items)
        self.list_view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.show_archived = QCheckBox(self.tr("Show archived"), self)
        self.show_archived.setObjectName("showArchived")
        self.show_archived.toggled.connect(lambda _on: self.refresh())

        self.new_button = self._button(self.tr("New…"), "newTemplate", self.new_template)
        self.edit_button = self._button(self.tr("Edit…"), "editTemplate", self.edit_selected)
        self.duplicate_button = self._button(
            self.tr("Duplicate"), "duplicateTemplate", self.duplicate_selected
        )
        self.archive_button = self._button(
            self.tr("Archive"), "archiveTemplate", self.toggle_archive
        )
        self.export_button = self._button(
            self.tr("Export…"), "exportTemplate", self.export_selected
        )
        self.import_button = self._button(
            self.tr("Import…"), "importTemplate", self.import_template
        )

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.list_view, 1)
        lv.addWidget(self.show_archived)
        row1 = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.duplicate_button):
            row1.addWidget(b)
        row2 = QHBoxLayout()
        for b in (self.archive_button, self.export_button, self.import_button):
            row2.addWidget(b)
        lv.addLayout(row1)
        lv.addLayout(row2)
        return left

    def _build_items_side(self) -> QWidget:
        """The selected template: summary, indicators with weights and rules, versions."""
        self.items_model = RowsTableModel(
            [
                self.tr("Dimension"),
                self.tr("Indicator"),
                self.tr("Weight"),
                self.tr("Scoring rule"),
            ],
            self,
        )
        self.items_view = QTableView(self)
        self.items_view.setObjectName("templateItems")
        self.items_view.setModel(self.items_model)
        self.items_view.setWordWrap(True)
        self.items_view.verticalHeader().hide()
        header = self.items_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.items_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.summary = QLabel(self)
        self.summary.setObjectName("templateSummary")
        self.summary.setWordWrap(True)
        self.versions_label = QLabel(self)
        self.versions_label.setObjectName("templateVersions")
        self.versions_label.setWordWrap(True)

        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.summary)
        rv.addWidget(self.items_view, 1)
        rv.addWidget(self.versions_label)
        return right

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def title(self) -> str:
        return self.tr("Indicator templates")

    # ----------------------------------------------------------------- loading

    def refresh(self) -> None:
        """The templates list; the library and the bonus/penalty items are read when their page
        is shown (the one shown now at once), as the Reviews tab does with its pages."""
        lang = self.ctx.lang
        selected = self.selected_template_id()
        self._templates = list_templates(self.ctx, include_archived=self.show_archived.isChecked())
        self._teams = {t.id: t.name for t in list_teams(self.ctx)}
        self.list_model.set_rows(
            [
                (
                    pick(t.name, lang) + (self.tr(" (archived)") if t.archived else ""),
                    role_label(t.role),
                    product_line_label(t.product_line),
                    self._teams.get(t.team_id, ""),
                    t.version,
                )
                for t in self._templates
            ],
            keys=[t.id for t in self._templates],
        )
        self._fresh_pages.clear()
        self._refresh_page()
        self.select_template(selected) if selected else None
        if self._templates and self.selected_template_id() is None:
            self.list_view.selectRow(0)

    def _refresh_page(self) -> None:
        page = self.pages.currentWidget()
        if page in self._fresh_pages:
            return
        self._fresh_pages.add(page)
        if page is self.library:
            self.library.set_entries(list_indicators(self.ctx))
        elif page is self.adjustments:
            self.adjustments.refresh()

    def selected_template_id(self) -> int | None:
        index = self.list_view.currentIndex()
        if not index.isValid() or index.row() >= len(self._templates):
            return None
        return self._templates[index.row()].id

    def select_template(self, template_id: int | None) -> None:
        for row, t in enumerate(self._templates):
            if t.id == template_id:
                self.list_view.selectRow(row)
                return

    def _show_items(self, current, _previous=None) -> None:
        if not current.isValid() or current.row() >= len(self._templates):
            self.items_model.set_rows([])
            self.summary.clear()
            self.versions_label.clear()
            return
        lang = self.ctx.lang
        row = self._templates[current.row()]
        definition = row.definition
        self.items_model.set_rows(
            [
                (
                    dimension_label(item.get("dimension", "")),
                    pick(item.get("name"), lang) or item["indicator"],
                    float(item.get("weight", 0)),
                    rule_text(item, lang),
                )
                for item in definition.get("items", [])
            ]
        )
        total = sum(float(i.get("weight", 0)) for i in definition.get("items", []))
        raters = definition.get("rater_weights", {})
        self.summary.setText(
            fill(
                self.tr(
                    "Sheet total %1 points (weights add up to %2); raters: supervisor %3, self %4, peers %5; team share %6 %"
                ),
                f"{definition.get('sheet_total', 100):g}",
                f"{total:g}",
                f"{raters.get('supervisor', 0):g}",
                f"{raters.get('self', 0):g}",
                f"{raters.get('peer', 0):g}",
                f"{100 * float(definition.get('team_share', 0)):g}",
            )
        )
        history = versions(self.ctx, row.id)
        self.versions_label.setText(
            fill(
                self.tr("Versions: %1"),
                "; ".join(
                    fill(self.tr("v%1 of %2, used by %3 appraisal(s)"), v, created, used)
                    for v, created, used in history
                ),
            )
        )
        self.archive_button.setText(self.tr("Restore") if row.archived else self.tr("Archive"))

    # ----------------------------------------------------------------- editing

    def _editor(self, document: dict, *, template_id: int | None, team_id=None, in_use=0) -> None:
        from salesperf_desktop.ui.templates.editor import TemplateEditor

        library = list_indicators(self.ctx)
        teams = [(t.name, t.id) for t in list_teams(self.ctx)]
        editor = TemplateEditor(
            self.ui,
            document,
            library,
            teams,
            team_id=team_id,
            is_new=template_id is None,
            in_use=in_use,
            parent=self,
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.accepted.connect(lambda: self._save(editor, template_id))
        editor.open()

    def new_template(self) -> None:
        code = unique_code(self.ctx, "template")
        self._editor(blank_template(code), template_id=None)

    def edit_selected(self) -> None:
        template_id = self.selected_template_id()
        if template_id is None:
            return
        row = get_template(self.ctx, template_id)
        self._editor(
            row.definition, template_id=template_id, team_id=row.team_id, in_use=row.in_use
        )

    def _save(self, editor, template_id: int | None) -> None:
        try:
            outcome = save_template(
                self.ctx, editor.document(), template_id, team_id=editor.team_id()
            )
        except TemplateInvalid as exc:
            QMessageBox.warning(self, self.tr("Template"), "\n".join(exc.messages(self.ctx.lang)))
            return
        self.events.changed.emit("templates")
        self.refresh()
        self.select_template(outcome.template_id)
        if outcome.new_version:
            self._status(
                fill(
                    self.tr("Saved as version %1; appraisals already started keep their version."),
                    outcome.version,
                )
            )

    def duplicate_selected(self) -> None:
        template_id = self.selected_template_id()
        if template_id is None:
            return
        suggestion = unique_code(self.ctx, get_template(self.ctx, template_id).code + "_copy")
        new_code, ok = QInputDialog.getText(
            self, self.tr("Duplicate template"), self.tr("Code of the copy:"), text=suggestion
        )
        if not ok:
            return
        try:
            new_id = duplicate_template(self.ctx, template_id, new_code.strip())
        except TemplateInvalid as exc:
            QMessageBox.warning(self, self.tr("Template"), "\n".join(exc.messages(self.ctx.lang)))
            return
        self.events.changed.emit("templates")
        self.refresh()
        self.select_template(new_id)

    def toggle_archive(self) -> None:
        template_id = self.selected_template_id()
        if template_id is None:
            return
        row = next(t for t in self._templates if t.id == template_id)
        set_archived(self.ctx, template_id, not row.archived)
        self.events.changed.emit("templates")
        self.refresh()

    def add_own_indicator(self) -> None:
        from salesperf_desktop.services.templates import add_indicator
        from salesperf_desktop.ui.templates.library import IndicatorDialog

        dialog = IndicatorDialog(self.ui, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            code = add_indicator(self.ctx, dialog.entry())
            self.events.changed.emit("templates")
            self.refresh()
            self.library.select(code)

        dialog.accepted.connect(save)
        dialog.open()

    # ----------------------------------------------------------------- files

    def contribute_actions(self, window) -> None:
        self._window = window
        add_menu_actions(
            window,
            (
                (
                    window.import_menu,
                    self.tr("Import template…"),
                    self.import_template,
                    "actionImportTemplate",
                ),
                (
                    window.export_menu,
                    self.tr("Export template…"),
                    self.export_selected,
                    "actionExportTemplate",
                ),
            ),
        )

    def export_selected(self) -> None:
        from salesperf_desktop.services.template_io import SUFFIX, export_template

        template_id = self.selected_template_id()
        if template_id is None:
            return
        template = next(t for t in self._templates if t.id == template_id)
        name = pick(template.name, self.ctx.lang) or template.code
        path, _ = get_save_file_name(
            self,
            self.tr("Export template"),
            name + SUFFIX,
            self.tr("SalesPerf template (*.salesperf-template.json *.json)"),
        )
        if not path:
            return

        def exported(outcome) -> None:
            if outcome.error is not None:
                if not outcome.reported:
                    QMessageBox.warning(self, self.tr("Export template"), outcome.message)
                return
            if not outcome.cancelled:
                self._status(fill(self.tr("Template exported to %1"), outcome.result))

        job = one_step(export_template, self.ctx, template_id, path)
        self.ui.tasks.run(self.tr("Export template"), job, exported, self)

    def import_template(self) -> None:
        path, _ = get_open_file_name(
            self,
            self.tr("Import template"),
            self.tr("SalesPerf template (*.salesperf-template.json *.json)"),
        )
        if path:
            self._import_file(path, {})

    def _import_file(self, path: str, kwargs: dict) -> None:
        """Read, check and store the file in the background; a clash of codes is asked once."""
        from salesperf_desktop.services.template_io import TemplateFileError, import_template

        def imported(outcome) -> None:
            error = outcome.error
            if isinstance(error, TemplateFileError):
                if error.code_clash and not kwargs:
                    choice = self._ask_clash(error.code_clash)
                    if choice is not None:
                        self._import_file(path, choice)
                    return
                QMessageBox.warning(
                    self,
                    self.tr("Import template"),
                    self.tr("Nothing was imported:") + "\n\n• " + "\n• ".join(error.messages),
                )
                return
            if error is not None:
                if not outcome.reported:
                    QMessageBox.warning(self, self.tr("Import template"), outcome.message)
                return
            if not outcome.cancelled:
                self._imported(outcome.result)

        job = one_step(import_template, self.ctx, path, self.ctx.lang, **kwargs)
        self.ui.tasks.run(self.tr("Import template"), job, imported, self)

    def _imported(self, done) -> None:
        self.events.changed.emit("templates")
        self.refresh()
        self.select_template(done.template_id)
        text = fill(self.tr("Template %1 version %2 imported."), done.code, done.version)
        if done.warnings:
            text += "\n\n" + "\n".join("⚠ " + w for w in done.warnings)
            QMessageBox.information(self, self.tr("Import template"), text)
        self._status(text.splitlines()[0])

    def _ask_clash(self, code: str) -> dict | None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Import template"))
        box.setText(
            fill(self.tr("A template with code %1 already exists. Import the file as:"), code)
        )
        as_version = box.addButton(
            self.tr("A new version of it"), QMessageBox.ButtonRole.AcceptRole
        )
        as_new = box.addButton(self.tr("A separate template"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is as_version:
            return {"as_new_version": True}
        if box.clickedButton() is as_new:
            return {"new_code": unique_code(self.ctx, code)}
        return None

    def _status(self, text: str) -> None:
        if self._window is not None:
            self._window.statusBar().showMessage(text, 8000)
