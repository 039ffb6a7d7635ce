"""The password asked at start-up, and Settings ▸ Password… to set, change or remove it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from salesperf_desktop.services import security

MAX_ATTEMPTS = 5


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class PasswordPrompt(QDialog):
    """Asks for the password to open a database; accept() only with the right one."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("passwordPrompt")
        self.setWindowTitle(self.tr("Password"))
        self.ctx = ctx
        self.attempts = 0
        self.password = _password_field(self, "passwordField")
        self.error = QLabel("", self)
        self.error.setObjectName("passwordError")
        self.error.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        intro = QLabel(
            self.tr("This database is protected. Enter the password to open\n%1").replace(
                "%1", str(ctx.db_path)
            ),
            self,
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.error)
        form.addRow(buttons)

    def accept(self) -> None:
        if security.check_password(self.ctx, self.password.text()):
            super().accept()
            return
        self.attempts += 1
        self.password.clear()
        if self.attempts >= MAX_ATTEMPTS:
            self.reject()
            return
        self.error.setText(self.tr("Wrong password. Please try again."))


def ask_password(ctx, parent: QWidget | None = None) -> bool:
    """True when no password is set or the officer typed the right one."""
    if not security.password_required(ctx):
        return True
    return PasswordPrompt(ctx, parent).exec() == QDialog.DialogCode.Accepted


class PasswordSettingsDialog(QDialog):
    """Set, change or remove the password (an empty new password removes it)."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("passwordSettings")
        self.setWindowTitle(self.tr("Password"))
        self.ctx = ctx
        self.has_password = security.password_required(ctx)
        self.current = _password_field(self, "currentPassword")
        self.new = _password_field(self, "newPassword")
        self.repeat = _password_field(self, "repeatPassword")
        self.error = QLabel("", self)
        self.error.setObjectName("passwordError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        note = QLabel(
            self.tr(
                "The password is asked when SalesPerf opens this database. Only a secure hash "
                "is stored. Leave the new password empty to remove it. There is no way to "
                "recover a forgotten password except restoring a backup made without one."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note)
        if self.has_password:
            form.addRow(self.tr("Current password:"), self.current)
        else:
            self.current.hide()
        form.addRow(self.tr("New password:"), self.new)
        form.addRow(self.tr("Repeat new password:"), self.repeat)
        form.addRow(self.error)
        form.addRow(buttons)
        self.resize(440, self.sizeHint().height())

    def accept(self) -> None:
        current = self.current.text() if self.has_password else None
        new = self.new.text()
        if new != self.repeat.text():
            self.error.setText(self.tr("The two new passwords differ."))
            return
        try:
            if new:
                security.set_password(self.ctx, new, current=current)
            elif self.has_password:
                security.remove_password(self.ctx, current=current)
        except security.PasswordError:
            if not security.check_password(self.ctx, current):
                self.error.setText(self.tr("The current password is not correct."))
            else:
                self.error.setText(
                    self.tr("The password needs at least %1 characters.").replace(
                        "%1", str(security.MIN_LENGTH)
                    )
                )
            return
        super().accept()
