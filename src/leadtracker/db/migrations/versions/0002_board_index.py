"""The pipeline board reads a stage's projects by inquiry date: one index for both.

``ix_project_stage_received`` (stage, inquiry date) replaces
``ix_project_stage_key``, of which it is an extension: picking a column's
newest or oldest cards no longer sorts every project of the stage.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Add the stage + inquiry date index, drop the stage-only one."""
    op.create_index(
        "ix_project_stage_received", "project", ["stage_key", "received_on"], unique=False
    )
    op.drop_index("ix_project_stage_key", table_name="project")


def downgrade() -> None:
    """Back to the stage-only index."""
    op.create_index("ix_project_stage_key", "project", ["stage_key"], unique=False)
    op.drop_index("ix_project_stage_received", table_name="project")
