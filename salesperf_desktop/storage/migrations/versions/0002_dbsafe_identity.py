"""database identity: a UUID per database file, and the checkpoint tokens of the WAL guard

Revision ID: 0002_dbsafe_identity
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0002_dbsafe_identity"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "database_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("database_id", sa.String(length=36), nullable=False),
        sa.Column("base_token", sa.String(length=32), nullable=True),
        sa.Column("wal_token", sa.String(length=32), nullable=True),
        sa.CheckConstraint("id = 1", name=op.f("ck_database_identity_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_database_identity")),
    )
    # Generated here, at upgrade time: an existing database gets its own identity as well as
    # a new one. Copies of the file (backups included) keep it.
    op.bulk_insert(table, [{"id": 1, "database_id": str(uuid.uuid4())}])


def downgrade() -> None:
    op.drop_table("database_identity")
