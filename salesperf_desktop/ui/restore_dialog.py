"""Choose a backup to restore: date, kind and size of each; the newest is preselected.

Used from File ▸ Restore backup… and at start-up when the database cannot be opened (damaged,
missing, written by a newer version). The dialog only chooses; services.backup restores.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.services.backup import BackupInfo
from salesperf_desktop.ui.labels import fill, refusal_text


def format_size(size: int) -> str:
    if size >= 1 << 20:
        return f"{size / (1 << 20):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class RestoreDialog(QDialog):
    """Lists backups; ``chosen`` is the selected one after accept(). ``create_new`` is set when
    the officer asked for a new empty database instead (only offered when ``allow_new``)."""

    def __init__(
        self,
        backups: list[BackupInfo],
        message: str = "",
        parent: QWidget | None = None,
        *,
        allow_new: bool = False,
    ):
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.backups = backups
        self.chosen: Path | None = None
        self.create_new = False
        layout = QVBoxLayout(self)
        if message:
            text = QLabel(message, self)
            text.setObjectName("restoreMessage")
            text.setWordWrap(True)
            layout.addWidget(text)
        hint = QLabel(
            self.tr(
                "The current file is kept (renamed) beside the restored one; nothing is deleted."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(len(backups), 3, self)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for row, info in enumerate(backups):
            cells = (
                info.created.strftime("%Y-%m-%d %H:%M:%S"),
                self._kind(info.reason),
                format_size(info.size),
            )
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(str(info.path))
                if col == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        if backups:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        layout.addWidget(self.table)

        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(bool(backups))
        if allow_new:
            new = QPushButton(self.tr("Create a &new database"), self)
            new.setObjectName("createNewButton")
            self.buttons.addButton(new, QDialogButtonBox.ButtonRole.ActionRole)
            new.clicked.connect(self._choose_new)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(560, 360)

    def _kind(self, reason: str) -> str:
        if reason == "manual":
            return self.tr("Manual")
        if reason == "startup":
            return self.tr("At start-up")
        if reason.startswith("before-import"):
            return self.tr("Before an import")
        if reason.startswith("before-migration"):
            return self.tr("Before an upgrade")
        return reason

    def _choose_new(self) -> None:
        self.create_new = True
        self.chosen = None
        super().accept()

    def accept(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.chosen = self.backups[rows[0].row()].path
        super().accept()


def open_with_recovery(
    db_path: Path, build, parent: QWidget | None = None, *, offer_missing=True, lang: str = "en"
):
    """``build(db_path)`` → context, offering to restore a backup when the file cannot be opened.

    Damaged, not-a-database and newer-schema files are refused by storage.database with a
    message; the officer then sees it with the list of backups and may restore one (the bad
    file is renamed aside) or cancel (nothing changed). Refusals are told in *lang*. When the file is missing but backups
    exist beside it, the choice is restore or create new. Returns None when the officer gives up.
    The caller holds the database's instance lock throughout.
    """
    from salesperf_desktop.paths import backup_dir_for
    from salesperf_desktop.services.backup import missing_with_backups

    backup_dir = backup_dir_for(db_path)
    if offer_missing:
        candidates = missing_with_backups(db_path, backup_dir)
        if candidates and not _restore_or_create(db_path, candidates, parent, lang):
            return None
    return _open_or_restore(db_path, backup_dir, build, parent, lang)


def _restore(db_path: Path, backup: Path, parent: QWidget | None, lang: str) -> bool:
    """Restore *backup* over *db_path*; False (the officer told why) when it cannot be."""
    from PySide6.QtWidgets import QMessageBox

    from salesperf_desktop import APP_NAME
    from salesperf_desktop.services.backup import BackupInvalid, restore_backup
    from salesperf_desktop.ui.password_dialog import ask_password_to_open

    try:
        if not ask_password_to_open(backup, parent):  # an encrypted backup: its password
            raise BackupInvalid("cipher.password_needed", path=str(backup))
        restore_backup(db_path, backup)
    except (BackupInvalid, OSError) as exc:
        QMessageBox.warning(parent, APP_NAME, refusal_text(exc, lang))
        return False
    return True


def _restore_or_create(db_path: Path, candidates: list[BackupInfo], parent, lang: str) -> bool:
    """The file is missing but has backups: restore one, or create a new database (True)."""
    message = fill(
        QCoreApplication.translate(
            "Startup",
            "The database %1 does not exist, but there are backups in its folder. "
            "Restore one, or create a new, empty database?",
        ),
        db_path,
    )
    while True:
        dialog = RestoreDialog(candidates, message, parent, allow_new=True)
        if not dialog.exec():
            return False
        if dialog.create_new or (
            dialog.chosen is not None and _restore(db_path, dialog.chosen, parent, lang)
        ):
            return True


def _open_or_restore(db_path: Path, backup_dir: Path, build, parent: QWidget | None, lang: str):
    """Open; while the file is refused, offer its backups (None when the officer gives up)."""
    from PySide6.QtWidgets import QMessageBox

    from salesperf_desktop import APP_NAME
    from salesperf_desktop.services.backup import backups_of
    from salesperf_desktop.services.opening import DatabaseError

    while True:
        try:
            return build(db_path)
        except DatabaseError as exc:
            # Its own backups only: the identity read from the file, or (unreadable) the one
            # the backups folder remembers for this file name.
            backups = backups_of(db_path, backup_dir) if exc.offer_restore else []
            if not backups:
                text = QCoreApplication.translate("Startup", "The database cannot be opened:\n\n%1")
                QMessageBox.critical(parent, APP_NAME, fill(text, exc.message(lang)))
                return None
            text = QCoreApplication.translate(
                "Startup",
                "The database cannot be opened:\n\n%1\n\n"
                "Nothing has been changed. You may restore one of its backups.",
            )
            dialog = RestoreDialog(backups, fill(text, exc.message(lang)), parent)
            if not dialog.exec() or dialog.chosen is None:
                return None
            _restore(db_path, dialog.chosen, parent, lang)
