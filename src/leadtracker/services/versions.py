"""No saving over a newer change by someone else: the version loaded must still be current."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from leadtracker.db.audit import AUDITED
from leadtracker.db.models import AuditEntry
from leadtracker.domain.errors import RecordChangedError


def check_version(session: Session, record: Any, expected: int | None, what: str) -> None:
    """Raise :class:`RecordChangedError` when ``record`` is no longer at version ``expected``.

    ``expected`` None means: save whatever the version (the user chose to overwrite).
    The error names who saved last and when, from the audit trail.
    """
    if expected is None or record.version == expected:
        return
    last = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.record_type == AUDITED[type(record)], AuditEntry.record_id == record.id)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(1)
    ).first()
    raise RecordChangedError(what, last.staff_name if last else "", last.at if last else None)
