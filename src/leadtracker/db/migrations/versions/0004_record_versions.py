"""Companies, contacts and projects count their saves: ``version``, for conflict detection.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None

TABLES = ("company", "contact", "project")


def upgrade() -> None:
    """Add ``version`` (1 for every existing record)."""
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    """Drop ``version`` (SQLite 3.35+: no table copy, which would lose the sort indexes)."""
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} DROP COLUMN version")
