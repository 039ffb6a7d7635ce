"""Add or edit one person; every field says at once what is wrong with it."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.services.staff import (
    STAFF_PRODUCT_LINES,
    STATUSES,
    StaffData,
    StaffForm,
    check_staff,
    staff_form,
)
from salesperf_desktop.ui.edits import keep_untouched, select_or_keep
from salesperf_desktop.ui.labels import product_line_label, role_label, status_label
from salesperf_desktop.ui.staff.fields import FieldWithError, OptionalDateEdit, code_combo


class StaffDialog(QDialog):
    """``data()`` gives the StaffData to save (fields the officer left as shown keep their stored
    value; ``changed()`` says whether anything differs); OK is enabled only without problems."""

    def __init__(self, ui, staff_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("staffDialog")
        self.ui = ui
        self.staff_id = staff_id
        self.setWindowTitle(self.tr("Edit person") if staff_id else self.tr("Add person"))
        form_data = staff_form(ui.ctx, staff_id)
        self._team_lines = {t.id: t.product_line for t in form_data.teams}
        self._build_widgets(form_data)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_form())
        layout.addWidget(self.buttons)

        self._stored = form_data.current
        self._shown: StaffData | None = None
        if form_data.current is not None:
            self._load(form_data.current)
            self._shown = self._widget_data()
        self._validate_after_typing()
        self.team.currentIndexChanged.connect(self._team_changed)
        self.validate()

    def _build_widgets(self, form_data: StaffForm) -> None:
        """One editor per field, the choices filled from the register."""
        teams = [(t.name, t.id) for t in form_data.teams]
        people = [(f"{name} ({no})", pid) for pid, name, no in form_data.people]
        roles = form_data.roles
        none = [(self.tr("(none)"), None)]
        self.employee_no = QLineEdit(self)
        self.employee_no.setObjectName("employeeNo")
        self.name = QLineEdit(self)
        self.name.setObjectName("staffName")
        self.role = code_combo([(role_label(r), r) for r in roles], self)
        self.role.setObjectName("staffRole")
        self.team = code_combo(none + teams, self)
        self.team.setObjectName("staffTeam")
        self.region = QLineEdit(self)
        self.product_line = code_combo(
            [(product_line_label(p), p) for p in STAFF_PRODUCT_LINES], self
        )
        self.supervisor = code_combo(none + people, self)
        self.supervisor.setObjectName("staffSupervisor")
        self.business_mentor = code_combo(none + people, self)
        self.compliance_mentor = code_combo(none + people, self)
        for combo in (self.supervisor, self.business_mentor, self.compliance_mentor):
            combo.setEditable(True)  # type to find a person among many
            combo.setInsertPolicy(combo.InsertPolicy.NoInsert)
        self.hire_date = OptionalDateEdit(self)
        self.hire_date.setObjectName("hireDate")
        self.leave_date = OptionalDateEdit(self)
        self.leave_date.setObjectName("leaveDate")
        self.status = code_combo([(status_label(s), s) for s in STATUSES], self)
        self.status.setObjectName("staffStatus")
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(60)

    def _build_form(self) -> QFormLayout:
        """Each field with its label and the red line that says what is wrong with it."""
        self._fields: dict[str, FieldWithError] = {}
        form = QFormLayout()
        for key, label, widget in (
            ("employee_no", self.tr("Employee ID"), self.employee_no),
            ("name", self.tr("Name"), self.name),
            ("role", self.tr("Role"), self.role),
            ("team_id", self.tr("Team"), self.team),
            ("region", self.tr("Region"), self.region),
            ("product_line", self.tr("Product line"), self.product_line),
            ("supervisor_id", self.tr("Supervisor"), self.supervisor),
            ("business_mentor_id", self.tr("Business mentor"), self.business_mentor),
            ("compliance_mentor_id", self.tr("Compliance mentor"), self.compliance_mentor),
            ("hire_date", self.tr("Hire date"), self.hire_date),
            ("status", self.tr("Status"), self.status),
            ("leave_date", self.tr("Leave date"), self.leave_date),
            ("email", self.tr("Email"), self.email),
            ("phone", self.tr("Phone"), self.phone),
            ("notes", self.tr("Notes"), self.notes),
        ):
            wrapped = FieldWithError(widget, key, self)
            self._fields[key] = wrapped
            form.addRow(label, wrapped)
        return form

    def _validate_after_typing(self) -> None:
        """Validate a moment after typing stops (one query per pause, not per key)."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.validate)
        for w in (self.employee_no, self.name, self.region, self.email, self.phone):
            w.textChanged.connect(self._timer.start)
        for c in (
            self.role,
            self.team,
            self.product_line,
            self.supervisor,
            self.business_mentor,
            self.compliance_mentor,
            self.status,
        ):
            c.currentIndexChanged.connect(self._timer.start)
        for d in (self.hire_date, self.leave_date):
            d.dateChanged.connect(self._timer.start)

    def _load(self, d: StaffData) -> None:
        self.employee_no.setText(d.employee_no)
        self.name.setText(d.name)
        select_or_keep(self.role, d.role, role_label(d.role))
        select_or_keep(self.team, d.team_id)
        self.region.setText(d.region)
        select_or_keep(self.product_line, d.product_line, product_line_label(d.product_line))
        select_or_keep(self.supervisor, d.supervisor_id)
        select_or_keep(self.business_mentor, d.business_mentor_id)
        select_or_keep(self.compliance_mentor, d.compliance_mentor_id)
        self.hire_date.set_value(d.hire_date)
        self.leave_date.set_value(d.leave_date)
        select_or_keep(self.status, d.status, status_label(d.status))
        self.email.setText(d.email)
        self.phone.setText(d.phone)
        self.notes.setPlainText(d.notes)

    def _team_changed(self) -> None:
        """A team has a product line: follow it (the officer can still change it)."""
        product_line = self._team_lines.get(self.team.currentData())
        if product_line is not None:
            select_or_keep(self.product_line, product_line, product_line_label(product_line))

    def data(self) -> StaffData:
        """The person to save: what the officer changed, the stored value of everything else."""
        current = self._widget_data()
        if self._stored is None or self._shown is None:
            return current
        return keep_untouched(self._stored, self._shown, current)

    def changed(self) -> bool:
        """False for an edit the officer did not change (OK then writes nothing)."""
        return self._stored is None or self.data() != self._stored

    def _widget_data(self) -> StaffData:
        return StaffData(
            employee_no=self.employee_no.text(),
            name=self.name.text(),
            role=self.role.currentData(),
            team_id=self.team.currentData(),
            region=self.region.text(),
            product_line=self.product_line.currentData(),
            supervisor_id=self.supervisor.currentData(),
            business_mentor_id=self.business_mentor.currentData(),
            compliance_mentor_id=self.compliance_mentor.currentData(),
            hire_date=self.hire_date.value(),
            leave_date=self.leave_date.value(),
            status=self.status.currentData(),
            email=self.email.text(),
            phone=self.phone.text(),
            notes=self.notes.toPlainText(),
        ).normalised()

    def validate(self) -> list:
        problems = check_staff(self.ui.ctx, self.data(), self.staff_id, today=self.ui.today())
        by_field: dict[str, list[str]] = {}
        for p in problems:
            by_field.setdefault(p.field, []).append(p.message(self.ui.lang))
        for key, wrapped in self._fields.items():
            wrapped.set_error("；".join(by_field.get(key, [])))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)
        return problems

    def accept(self) -> None:
        if self.validate():
            return
        super().accept()
