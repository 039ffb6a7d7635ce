"""The password asked at start-up, and Settings ▸ Password… to set, change or remove it.

With a password set the database file and its backups are encrypted: the start-up prompt comes
before anything reads the file (``ask_password_to_open``), and the password is what decrypts it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from salesperf_desktop.ui.dialogs import deleted_after
from salesperf_desktop.ui.labels import fill

MAX_ATTEMPTS = 5


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class PasswordPrompt(QDialog):
    """Asks for the password to open a database; accept() only with the right one.

    Given a context, it checks against the context's settings; at start-up, before the
    database is opened the full way, it is given the file and a ``check(password)`` instead.
    """

    def __init__(
        self,
        ctx=None,
        parent: QWidget | None = None,
        *,
        db_path: Path | None = None,
        check: Callable[[str], bool] | None = None,
        altered: bool = False,
        encrypted: bool = False,
    ):
        super().__init__(parent)
        self.setObjectName("passwordPrompt")
        self.setWindowTitle(self.tr("Password"))
        self.ctx = ctx
        if check is None:
            from salesperf_desktop.services import security

            def check(text: str) -> bool:
                return security.check_password(ctx, text)

        self._check = check
        db_path = db_path if db_path is not None else ctx.db_path
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
            fill(
                self.tr("This database is encrypted. Enter its password to open\n%1")
                if encrypted
                else self.tr("This database is protected. Enter the password to open\n%1"),
                db_path,
            ),
            self,
        )
        intro.setObjectName("passwordIntro")
        intro.setWordWrap(True)
        form.addRow(intro)
        if altered:
            warning = QLabel(
                self.tr(
                    "The password setting in this file was removed or changed outside "
                    "SalesPerf. The file may have been edited by someone else. Enter the "
                    "password that was set in SalesPerf; it will be put back."
                ),
                self,
            )
            warning.setObjectName("passwordAltered")
            warning.setWordWrap(True)
            warning.setStyleSheet("color: #b00020")
            form.addRow(warning)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.error)
        form.addRow(buttons)

    def accept(self) -> None:
        if self._check(self.password.text()):
            super().accept()
            return
        self.attempts += 1
        self.password.clear()
        if self.attempts >= MAX_ATTEMPTS:
            self.reject()
            return
        self.error.setText(self.tr("Wrong password. Please try again."))


def ask_password_to_open(db_path: Path, parent: QWidget | None = None) -> bool:
    """An encrypted file: its password, before anything reads it (True: unlocked for this run,
    or not encrypted). Several wrong tries, or Cancel: False."""
    from salesperf_desktop.services.opening import needs_password, unlock

    if not needs_password(db_path):
        return True
    prompt = PasswordPrompt(
        parent=parent,
        db_path=db_path,
        check=lambda text: unlock(db_path, text),
        encrypted=True,
    )
    with deleted_after(prompt):
        return prompt.exec() == QDialog.DialogCode.Accepted


def ask_password(ctx, parent: QWidget | None = None) -> bool:
    """True when no password is set or the officer typed the right one."""
    from salesperf_desktop.services import security

    if ctx.encrypted or not security.password_required(ctx):
        return True  # an encrypted file was opened with its password already
    altered = security.password_altered(ctx)
    with deleted_after(PasswordPrompt(ctx, parent, altered=altered)) as prompt:
        if prompt.exec() != QDialog.DialogCode.Accepted:
            return False
        password = prompt.password.text()
    if altered:
        security.repair_altered(ctx, password)
    # Protected before encryption existed: encrypted now, with the same password.
    security.encrypt_protected_file(ctx, password)
    return True


def ask_password_for_file(
    db_path: Path, stored_hash: str | None, parent: QWidget | None = None
) -> bool:
    """The same question before the database is opened the full way (start-up, first paint).

    *stored_hash* was read from the file's settings with plain sqlite3 (storage.quick_read).
    """
    if not stored_hash:
        return True
    from salesperf_desktop.services import security

    prompt = PasswordPrompt(
        parent=parent,
        db_path=db_path,
        check=lambda text: security.verify_password(stored_hash, text),
    )
    with deleted_after(prompt):
        return prompt.exec() == QDialog.DialogCode.Accepted


class PasswordSettingsDialog(QDialog):
    """Set, change or remove the password (an empty new password removes it)."""

    def __init__(self, ui, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("passwordSettings")
        self.setWindowTitle(self.tr("Password"))
        from salesperf_desktop.services import security  # argon2: only when needed

        self.ui, self.ctx = ui, ui.ctx
        self.change = None  # what the change did (services.security.PasswordChange)
        self.has_password = security.password_required(self.ctx)
        self.current = _password_field(self, "currentPassword")
        self.new = _password_field(self, "newPassword")
        self.repeat = _password_field(self, "repeatPassword")
        self.error = QLabel("", self)
        self.error.setObjectName("passwordError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        note = QLabel(
            self.tr(
                "With a password, the database file and its backups are encrypted: without the "
                "password nobody can read them, with SalesPerf or any other program. SalesPerf "
                "asks for it each time it opens this database. Leave the new password empty to "
                "remove it (the file is then decrypted)."
            ),
            self,
        )
        note.setWordWrap(True)
        limits = QLabel(
            self.tr(
                "<b>There is no way back in without the password.</b> Nobody — not SalesPerf's "
                "makers, not IT — can recover a forgotten password or open the data without "
                "it. Write the password down and keep it in a sealed envelope in a locked "
                "place. A backup copied out of SalesPerf before the password was set still "
                "opens without it, with the data of that day."
            ),
            self,
        )
        limits.setObjectName("passwordLimits")
        limits.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons = buttons
        self._converting = False
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(limits)
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
        if self._converting:
            return
        current = self.current.text() if self.has_password else None
        new = self.new.text()
        if new != self.repeat.text():
            self.error.setText(self.tr("The two new passwords differ."))
            return
        if not new and not self.has_password:
            super().accept()  # nothing to set or remove
            return
        self.error.clear()
        self._set_converting(True)
        self._start_when_idle(current, new)

    def reject(self) -> None:
        if not self._converting:  # a conversion under way finishes (old file or new, whole)
            super().reject()

    def _set_converting(self, converting: bool) -> None:
        self._converting = converting
        for widget in (self.current, self.new, self.repeat, self.buttons):
            widget.setEnabled(not converting)

    def _start_when_idle(self, current: str | None, new: str) -> None:
        """The conversion closes the file for a moment: it starts once no other work of the
        window is reading or writing it."""
        from PySide6.QtCore import QTimer

        from salesperf_desktop.services import security

        if self.ui.tasks.busy():
            QTimer.singleShot(100, lambda: self._start_when_idle(current, new))
            return
        ctx = self.ctx

        def job(_cancel):
            return (yield from security.change_password(ctx, new, current=current))

        self.ui.tasks.run(self.tr("Password"), job, self._converted, self, cancellable=False)

    def _converted(self, outcome) -> None:
        from salesperf_desktop.services import security

        self._set_converting(False)
        error = outcome.error
        if isinstance(error, security.PasswordError):
            self.error.setText(error.message(self.ctx.lang))
            return
        if error is not None:  # the conversion failed: the file is as it was
            if not outcome.reported:
                from salesperf_desktop.ui.fault_dialog import report_fault

                report_fault(
                    self,
                    error,
                    lang=self.ctx.lang,
                    context="changing the password",
                    tb=outcome.details,
                )
            return
        self.change = outcome.result
        super().accept()
