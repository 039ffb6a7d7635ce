"""Backups of the database file with SQLite's online backup API, rotated."""

from __future__ import annotations

from pathlib import Path

from salesperf_desktop.storage.database import backup_file


def make_backup(
    db_path: Path, backup_dir: Path, reason: str = "manual", keep: int = 10
) -> Path | None:
    target = backup_file(db_path, reason, backup_dir)
    rotate(backup_dir, db_path.stem, reason, keep)
    return target


def rotate(backup_dir: Path, stem: str, reason: str, keep: int) -> None:
    """Keep the newest *keep* automatic backups of one kind; manual ones are never deleted."""
    if reason == "manual" or keep <= 0:
        return
    files = sorted(backup_dir.glob(f"{stem}.{reason}.*.sqlite"))
    for old in files[:-keep]:
        old.unlink(missing_ok=True)


def list_backups(backup_dir: Path) -> list[Path]:
    if not backup_dir.is_dir():
        return []
    return sorted(backup_dir.glob("*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True)
