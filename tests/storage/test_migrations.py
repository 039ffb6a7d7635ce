"""The schema comes from migrations, matches the models, and a newer file is refused untouched."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from salesperf_desktop.storage.database import (
    NotADatabaseError,
    SchemaTooNewError,
    head_revision,
    open_database,
)
from salesperf_desktop.storage.models import Base
from tests.storage.upgrade_support import stored


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# Alembic cannot compare an index of expressions on SQLite (it says so and skips it): that one
# is compared as SQLite stores it, below.
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based")
def test_migrations_build_the_schema_from_empty_and_match_the_models(tmp_path):
    engine = open_database(tmp_path / "new.sqlite")
    with engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
        )
        version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    engine.dispose()
    assert diff == [], f"models and migrations differ: {diff}"
    assert version == head_revision()


def _indexes(path) -> dict[str, str]:
    sql = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    return {name: " ".join(text.split()) for name, text in stored(path, sql)}


def test_the_indexes_the_migrations_make_are_those_the_models_declare(tmp_path):
    """Every index as SQLite stores it, expressions included: ``ix_metric_entries_sums`` holds
    the figures as millionths, and SQLite reads them from it only for the very expression the
    sums query uses (storage.models.millionths_sql)."""
    from sqlalchemy import create_engine

    open_database(tmp_path / "migrated.sqlite").dispose()
    engine = create_engine(f"sqlite:///{tmp_path / 'declared.sqlite'}")
    Base.metadata.create_all(engine)
    engine.dispose()
    migrated = _indexes(tmp_path / "migrated.sqlite")
    assert migrated == _indexes(tmp_path / "declared.sqlite")
    assert "CAST(actual * 1000000" in migrated["ix_metric_entries_sums"]


def test_database_runs_in_wal_mode_with_foreign_keys(tmp_path):
    engine = open_database(tmp_path / "db.sqlite")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    engine.dispose()


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.sqlite"
    open_database(path).dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = _sha(path)
    with pytest.raises(SchemaTooNewError, match="newer version"):
        open_database(path)
    assert _sha(path) == before
    assert not (tmp_path / "backups").exists()


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("这不是数据库", encoding="utf-8")
    with pytest.raises(NotADatabaseError):
        open_database(path)
    assert path.read_text(encoding="utf-8") == "这不是数据库"


def test_an_older_database_is_backed_up_before_it_is_migrated(tmp_path, monkeypatch):
    from salesperf_desktop.storage import database

    path = tmp_path / "old.sqlite"
    engine = database.make_engine(path)
    database.upgrade(engine, head_revision())
    engine.dispose()
    # Pretend the program knows one more migration than the file has.
    calls = []
    monkeypatch.setattr(database, "upgrade", lambda eng, rev="head": calls.append(rev))
    real_state = database.schema_state

    def older_state(engine):
        state = real_state(engine)
        return database.SchemaState(current=state.current, head="0002_next", known=True)

    monkeypatch.setattr(database, "schema_state", older_state)
    database.open_database(path, backup_dir=tmp_path / "backups").dispose()
    backups = list((tmp_path / "backups").glob("old.before-migration-*.sqlite"))
    assert calls == ["head"]
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
