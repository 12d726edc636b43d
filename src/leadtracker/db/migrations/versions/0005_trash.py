"""The trash: deleted companies, contacts and projects can be restored until it is emptied.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None

#: The tables whose rows can wait in the trash.
TABLES = ("company", "contact", "project", "activity", "task")


def upgrade() -> None:
    """Create ``trash_entry`` and mark every row as in use (``trashed_in`` empty)."""
    op.create_table(
        "trash_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("trashed_at", sa.DateTime(), nullable=False),
        sa.Column("trashed_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trash_entry")),
    )
    for table in TABLES:
        op.add_column(table, sa.Column("trashed_in", sa.Integer(), nullable=True))
        # Partial: only the few trashed rows; ``trashed_in IS NULL`` never uses it.
        op.create_index(
            f"ix_{table}_trashed_in",
            table,
            ["trashed_in"],
            unique=False,
            sqlite_where=sa.text("trashed_in IS NOT NULL"),
            postgresql_where=sa.text("trashed_in IS NOT NULL"),
        )


def downgrade() -> None:
    """Drop the trash (rows still in it come back into use)."""
    for table in TABLES:
        op.drop_index(f"ix_{table}_trashed_in", table_name=table)
        op.execute(f"ALTER TABLE {table} DROP COLUMN trashed_in")
    op.drop_table("trash_entry")
