"""Activities and tasks count their saves too (``version``, for conflict detection).

An index on when an activity took place lets *My day* find the recent ones.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | None = None
depends_on: str | None = None

TABLES = ("activity", "task")


def upgrade() -> None:
    """Add ``version`` (1 for every existing activity and task) and the index."""
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default="1", nullable=False))
    op.create_index("ix_activity_occurred_at", "activity", ["occurred_at"], unique=False)


def downgrade() -> None:
    """Drop the index and ``version`` (SQLite 3.35+: no table copy, which loses indexes)."""
    op.drop_index("ix_activity_occurred_at", table_name="activity")
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} DROP COLUMN version")
