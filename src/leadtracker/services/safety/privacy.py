"""A public body's duties to the people it holds data on (GDPR Art. 15 and 17, retention).

- **Subject access** (:meth:`PrivacyService.subject_access`): everything held
  about one contact -- the contact's fields, the activities they took part in
  or that name them, and the audit trail of their record -- as one JSON
  document.
- **Erasure** (:meth:`PrivacyService.erase`): the contact is anonymised --
  names, email, phones, title, consent scope and notes replaced -- their name
  is replaced in the texts of activities, and every audit value of their
  record is redacted; the record itself stays, so projects and statistics are
  unchanged. Afterwards the search index is merged (no old terms left in it),
  freed pages are overwritten and the write-ahead log is emptied, so that the
  name is nowhere in the database file. Backups keep it until they rotate out.
- **Retention review** (:meth:`PrivacyService.review`): contacts without any
  activity for a number of years, to confirm or erase.

A contact waiting in the trash is still data held about the person: every
call here sees the trash too (and erasure also renames its trash entry).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, func, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.audit import render
from leadtracker.db.models import (
    SORT_KEY_COLUMNS,
    Activity,
    AuditEntry,
    Contact,
    TrashEntry,
    activity_contact,
)
from leadtracker.db.trash_filter import seeing_trashed
from leadtracker.domain.errors import DomainError, NotFoundError
from leadtracker.domain.field_catalogue import REDACTED
from leadtracker.domain.messages import text
from leadtracker.domain.vocabulary import ActivityKind, LegalBasis
from leadtracker.services.contacts import ContactRecord
from leadtracker.services.contacts import to_record as contact_record
from leadtracker.services.history import HistoryLine

#: What an erased name or text reads as.
ERASED = "[erased]"
#: The fields of a contact that describe the person (all replaced on erasure).
PERSONAL_FIELDS = (
    "family_kanji",
    "given_kanji",
    "family_kana",
    "given_kana",
    "family_romaji",
    "given_romaji",
    "title",
    "email",
    "phone",
    "mobile",
    "consent_scope",
    "notes",
)


#: The longest review period (a century covers every contact a desk has had).
REVIEW_YEARS_MAX = 100


class ErasurePendingError(DomainError):
    """The records are anonymised, but the old values are still in the file for a while."""


@dataclass(frozen=True)
class ActivityLine:
    """An activity the person took part in or that names them."""

    occurred_at: datetime
    kind: ActivityKind
    subject: str
    text: str


@dataclass(frozen=True)
class SubjectAccess:
    """Everything held about one person (GDPR Art. 15)."""

    exported_at: datetime
    contact: ContactRecord
    activities: tuple[ActivityLine, ...]
    trail: tuple[HistoryLine, ...]


@dataclass(frozen=True)
class ReviewLine:
    """A contact due for the retention review."""

    contact_id: int
    name: str
    company_id: int | None
    last_activity: datetime | None
    legal_basis: LegalBasis


class PrivacyService:
    """Subject access, erasure and the retention review."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def subject_access(self, contact_id: int) -> SubjectAccess:
        """Everything held about the contact."""
        with seeing_trashed(self._sessions()) as session:
            contact = _load(session, contact_id)
            record = contact_record(contact)
            activities = tuple(
                ActivityLine(a.occurred_at, a.kind, a.subject, a.text)
                for a in session.scalars(_activities_of(contact).order_by(Activity.occurred_at))
            )
            trail = tuple(
                HistoryLine(e.at, e.staff_name, e.action, e.field, e.old_value, e.new_value)
                for e in session.scalars(_trail_of(contact_id).order_by(AuditEntry.at))
            )
        return SubjectAccess(datetime.now(UTC), record, activities, trail)

    def subject_access_json(self, contact_id: int) -> bytes:
        """:meth:`subject_access` as UTF-8 JSON."""
        data = self.subject_access(contact_id)
        document = {
            "exported_at": render(data.exported_at),
            "contact": {
                column.key: render(getattr(data.contact, column.key, None))
                for column in Contact.__table__.columns
                if column.key not in {"created_at", "updated_at", "version", *SORT_KEY_COLUMNS}
            },
            "company": data.contact.company_name or None,
            "activities": [
                {
                    "when": render(a.occurred_at),
                    "kind": render(a.kind),
                    "subject": a.subject,
                    "text": a.text,
                }
                for a in data.activities
            ],
            "audit_trail": [
                {
                    "when": render(line.at),
                    "who": line.staff,
                    "action": line.action,
                    "field": line.field,
                    "old": line.old_value,
                    "new": line.new_value,
                }
                for line in data.trail
            ],
        }
        return json.dumps(document, ensure_ascii=False, indent=2).encode()

    def erase(self, contact_id: int) -> None:
        """Anonymise the contact (see the module docstring); only a backup brings them back.

        Raises:
            ErasurePendingError: the records are anonymised, but another
                program reading the file keeps the old values in it for now.
        """
        self.erase_many([contact_id])

    def erase_many(self, contact_ids: Sequence[int]) -> None:
        """Anonymise several contacts in one transaction, then scrub the file once.

        Returns only when no byte of the erased values is left in the
        database file or its write-ahead log.

        Raises:
            ErasurePendingError: the records are anonymised, but another
                program kept reading the file, so the old values are still in
                its write-ahead log; erasing again once it is closed finishes.
        """
        with self._sessions.begin() as session:
            seeing_trashed(session)
            for contact_id in contact_ids:
                _anonymise(session, contact_id)
        if not self._scrub():
            raise ErasurePendingError(
                text(
                    "Erased in the records: contact {ids}. Their old values are still in the "
                    "database file while another program reads it (LeadTracker open in another "
                    "window?): close it, then erase again to finish.",
                    ids=", ".join(str(i) for i in contact_ids),
                )
            )

    def _scrub(self) -> bool:
        """No copy of erased text left in the file: index merged, pages rewritten, WAL emptied.

        False when the write-ahead log could not be emptied: a reader
        (waited for as long as the busy timeout) still needs its old pages.
        """
        with self._sessions.begin() as session:
            seeing_trashed(session)
            conn = session.connection()
            conn.exec_driver_sql("INSERT INTO search_trigram (search_trigram) VALUES ('optimize')")
        with seeing_trashed(self._sessions()) as session:
            bind = session.get_bind()
        engine = bind if isinstance(bind, Engine) else bind.engine
        raw = engine.raw_connection()  # outside any transaction: VACUUM needs that
        try:
            cursor = raw.cursor()
            cursor.execute("PRAGMA secure_delete = ON")
            cursor.execute("VACUUM")  # rewrites the file: no freed page keeps old text
            # (blocked, frames in the log, frames copied): (0, 0, 0) once the log is empty.
            blocked, frames, _ = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            cursor.execute("PRAGMA secure_delete = OFF")
            cursor.close()
        finally:
            raw.close()
        return not blocked and not frames

    def review(self, years: int = 5, today: date | None = None) -> tuple[ReviewLine, ...]:
        """Contacts without activity for ``years`` years (or ever), oldest first; not erased.

        Raises:
            DomainError: ``years`` is negative or more than :data:`REVIEW_YEARS_MAX`.
        """
        if not 0 <= years <= REVIEW_YEARS_MAX:
            raise DomainError(
                text(
                    "Years without activity must be from 0 to {most} (got {years}).",
                    most=REVIEW_YEARS_MAX,
                    years=years,
                )
            )
        cutoff = datetime.combine(
            (today or date.today()) - timedelta(days=365 * years), datetime.min.time(), UTC
        )
        last = (
            select(activity_contact.c.contact_id, func.max(Activity.occurred_at).label("last"))
            .join(Activity, Activity.id == activity_contact.c.activity_id)
            .group_by(activity_contact.c.contact_id)
            .subquery()
        )
        with seeing_trashed(self._sessions()) as session:
            rows = session.execute(
                select(Contact, last.c.last)
                .outerjoin(last, last.c.contact_id == Contact.id)
                .where(or_(last.c.last.is_(None), last.c.last < cutoff))
                .where(Contact.family_romaji != ERASED)
                .order_by(last.c.last.is_not(None), last.c.last, Contact.id)
            ).all()
            return tuple(
                ReviewLine(
                    c.id,
                    " ".join(n for n in (c.family_romaji, c.given_romaji) if n)
                    or c.family_kanji + c.given_kanji,
                    c.company_id,
                    _aware(when),
                    c.legal_basis,
                )
                for c, when in rows
            )


def _aware(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)


def _load(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFoundError(text("There is no contact with id {id}.", id=contact_id))
    return contact


def _names(contact: Contact) -> list[str]:
    """The ways the contact's name is written, longest first (full names before parts)."""
    forms = {
        f"{contact.family_kanji}{contact.given_kanji}",
        f"{contact.family_kanji} {contact.given_kanji}",
        f"{contact.family_kana}{contact.given_kana}",
        f"{contact.family_romaji} {contact.given_romaji}",
        f"{contact.given_romaji} {contact.family_romaji}",
        contact.family_kanji,
        contact.family_kana,
        contact.family_romaji,
        contact.email,
    }
    return sorted((f.strip() for f in forms if len(f.strip()) >= 2), key=len, reverse=True)


def _activities_of(contact: Contact) -> Any:
    """Activities the contact took part in, or whose text names them."""
    took_part = select(activity_contact.c.activity_id).where(
        activity_contact.c.contact_id == contact.id
    )
    named = [
        or_(Activity.subject.contains(name), Activity.text.contains(name))
        for name in _names(contact)
        if len(name) >= 3 or any(ord(ch) > 0x2FFF for ch in name)
    ]
    return select(Activity).where(or_(Activity.id.in_(took_part), *named))


def _trail_condition(contact_id: int) -> Any:
    return (AuditEntry.record_type == "contact") & (AuditEntry.record_id == contact_id)


def _trail_of(contact_id: int) -> Any:
    return select(AuditEntry).where(_trail_condition(contact_id))


def _anonymise(session: Session, contact_id: int) -> None:
    """Replace the contact's personal data, their name in activity texts, their audit values."""
    contact = _load(session, contact_id)
    names = _names(contact)
    activities = list(session.scalars(_activities_of(contact)))
    for activity in activities:
        for attribute in ("subject", "text"):
            value = getattr(activity, attribute)
            for name in names:
                value = value.replace(name, ERASED)
            setattr(activity, attribute, value)
    for field in PERSONAL_FIELDS:
        setattr(contact, field, "")
    contact.family_romaji = ERASED
    contact.legal_basis = LegalBasis.PUBLIC_TASK
    contact.consent_date = None
    session.flush()  # the audit rows of these changes exist now, and are redacted next
    activity_texts = (
        (AuditEntry.record_type == "activity")
        & AuditEntry.record_id.in_([a.id for a in activities])
        & AuditEntry.field.in_(["subject", "text", ""])
    )
    session.execute(
        update(AuditEntry)
        .where(_trail_condition(contact_id) | activity_texts)
        .values(old_value=REDACTED, new_value=REDACTED)
    )
    session.execute(
        update(TrashEntry)
        .where(TrashEntry.kind == "contact", TrashEntry.record_id == contact_id)
        .values(label=ERASED)
    )
