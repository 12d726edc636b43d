"""The audit trail: one row per changed field, only ever added to.

Triggers refuse to delete audit rows and to change them -- except putting
the redaction mark in place of a value, which erasing a person's data does.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from leadtracker.db.migrations.engines import on_postgresql

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None

REDACTED = "[redacted]"

TRIGGERS = {
    "audit_entry_no_delete": (
        "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
    ),
    "audit_entry_no_update": (
        "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
        "WHEN NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at "
        "OR NEW.staff_id IS NOT OLD.staff_id OR NEW.staff_name IS NOT OLD.staff_name "
        "OR NEW.record_type IS NOT OLD.record_type OR NEW.record_id IS NOT OLD.record_id "
        "OR NEW.action IS NOT OLD.action OR NEW.field IS NOT OLD.field "
        f"OR (NEW.old_value IS NOT OLD.old_value AND NEW.old_value IS NOT '{REDACTED}') "
        f"OR (NEW.new_value IS NOT OLD.new_value AND NEW.new_value IS NOT '{REDACTED}') "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
    ),
}

#: The same on PostgreSQL: one function refusing what SQLite's triggers refuse,
#: and TRUNCATE (which row triggers do not see).
PG_FUNCTION = (
    "CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF TG_OP = 'UPDATE' AND NEW.id IS NOT DISTINCT FROM OLD.id "
    "AND NEW.at IS NOT DISTINCT FROM OLD.at AND NEW.staff_id IS NOT DISTINCT FROM OLD.staff_id "
    "AND NEW.staff_name IS NOT DISTINCT FROM OLD.staff_name "
    "AND NEW.record_type IS NOT DISTINCT FROM OLD.record_type "
    "AND NEW.record_id IS NOT DISTINCT FROM OLD.record_id "
    "AND NEW.action IS NOT DISTINCT FROM OLD.action AND NEW.field IS NOT DISTINCT FROM OLD.field "
    f"AND (NEW.old_value IS NOT DISTINCT FROM OLD.old_value OR NEW.old_value = '{REDACTED}') "
    f"AND (NEW.new_value IS NOT DISTINCT FROM OLD.new_value OR NEW.new_value = '{REDACTED}') "
    "THEN RETURN NEW; END IF; "
    "RAISE EXCEPTION 'the audit trail is append-only'; END $$"
)
PG_TRIGGERS = {
    "audit_entry_no_change": "CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE "
    "ON audit_entry FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()",
    "audit_entry_no_truncate": "CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE "
    "ON audit_entry FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()",
}


def upgrade() -> None:
    """Create the audit table, its index and the triggers that keep it append-only."""
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("staff_name", sa.String(length=200), nullable=False),
        sa.Column("record_type", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("field", sa.String(length=80), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    op.create_index(
        "ix_audit_entry_record", "audit_entry", ["record_type", "record_id", "at"], unique=False
    )
    statements = (PG_FUNCTION, *PG_TRIGGERS.values()) if on_postgresql() else TRIGGERS.values()
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    """Drop the audit trail."""
    if on_postgresql():
        for name in PG_TRIGGERS:
            op.execute(f"DROP TRIGGER {name} ON audit_entry")
        op.execute("DROP FUNCTION audit_entry_append_only()")
    else:
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER {name}")
    op.drop_index("ix_audit_entry_record", table_name="audit_entry")
    op.drop_table("audit_entry")
