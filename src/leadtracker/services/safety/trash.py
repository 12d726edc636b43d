"""The trash: deleting a company, contact, project, activity or task is undoable until emptied.

- **Move to the trash** (:meth:`TrashService.move_to_trash`): the record and
  what hangs off it -- a company's contacts, projects, activities and tasks;
  a project's activities and tasks; an activity or a task goes alone -- are marked with one new
  :class:`~leadtracker.db.models.TrashEntry`. From then on no list, search,
  statistic, export or document shows them (:mod:`leadtracker.db.trash_filter`);
  the audit trail records the move like any other change.
- **Restore** (:meth:`TrashService.restore`): everything the entry took comes
  back, exactly as it was, search index included. A contact or project whose
  company is itself in the trash cannot come back before its company, nor an
  activity or task before its project or company.
- **Empty** (:meth:`TrashService.empty`): deletes records for good, on an
  explicit request; every deleted record is written to the audit trail with
  all its values.

Each call is one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import ColumnElement, false, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.audit import attribution_of
from leadtracker.db.models import Activity, Company, Contact, Project, Task, TrashEntry
from leadtracker.db.trash_filter import seeing_trashed
from leadtracker.domain.errors import DomainError, NotFoundError
from leadtracker.domain.messages import text
from leadtracker.domain.names import PersonName
from leadtracker.domain.office import office_date
from leadtracker.services.companies import display_name

#: A record a user can delete.
Deletable = Company | Contact | Project | Activity | Task
#: The kinds of record a user can delete, by the names the audit trail uses.
KINDS: dict[str, type[Deletable]] = {
    "company": Company,
    "contact": Contact,
    "project": Project,
    "activity": Activity,
    "task": Task,
}
#: The kinds in words, inside messages.
_KIND_WORDS = {
    "company": text("company"),
    "contact": text("contact"),
    "project": text("project"),
    "activity": text("activity"),
    "task": text("task"),
}
#: The order rows of one entry are deleted in: dependents before what they depend on.
_DELETE_ORDER: tuple[type[Any], ...] = (Task, Activity, Project, Contact, Company)
#: What a preview counts, in the order of its fields.
_PREVIEWED: tuple[type[Any], ...] = (Contact, Project, Activity, Task)


@dataclass(frozen=True)
class TrashedItem:
    """One deletion waiting in the trash."""

    entry_id: int
    kind: str  # company, contact, project, activity, task
    record_id: int
    label: str
    trashed_at: datetime
    trashed_by: str
    #: Records the deletion took along (contacts, projects, activities, tasks).
    along: int


def label_of(record: Deletable) -> str:
    """How the trash names a record."""
    if isinstance(record, Company):
        return display_name(record)
    if isinstance(record, Contact):
        return PersonName.of(record).display
    if isinstance(record, Activity):
        first_line = record.text.strip().split("\n", 1)[0]
        when = office_date(record.occurred_at).isoformat()
        return f"{when} {record.subject or first_line[:80] or record.kind.value}"
    if isinstance(record, Task):
        return record.title
    return record.code_name or record.title


@dataclass(frozen=True)
class TrashPreview:
    """What deleting a record would take to the trash, for the question before it."""

    kind: str
    record_id: int
    label: str
    contacts: int
    projects: int
    activities: int
    tasks: int


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class TrashService:
    """Moves records to the trash, lists it, restores from it and empties it."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def move_to_trash(self, kind: str, record_id: int) -> TrashedItem:
        """Delete a record (a kind of :data:`KINDS`) into the trash, with what belongs to it.

        Raises:
            DomainError: ``kind`` is not one of :data:`KINDS`.
            NotFoundError: there is no such record (or it is in the trash already).
        """
        with self._sessions.begin() as session:
            record = _record(session, kind, record_id)
            entry = TrashEntry(
                kind=kind,
                record_id=record_id,
                label=label_of(record)[:300],
                trashed_by=attribution_of(session).staff_name,
            )
            session.add(entry)
            session.flush()
            taken = [record, *_belonging_to(session, record)]
            for row in taken:
                row.trashed_in = entry.id
            return _item(entry, len(taken) - 1)

    def preview(self, kind: str, record_id: int) -> TrashPreview:
        """What :meth:`move_to_trash` would take, without taking it.

        Raises:
            DomainError: ``kind`` is not one of :data:`KINDS`.
            NotFoundError: there is no such record (or it is in the trash already).
        """
        with self._sessions() as session:
            record = _record(session, kind, record_id)
            taken = _belonging_to(session, record)
            return TrashPreview(
                kind,
                record_id,
                label_of(record),
                *(sum(isinstance(row, model) for row in taken) for model in _PREVIEWED),
            )

    def items(self) -> tuple[TrashedItem, ...]:
        """What is in the trash, the newest deletion first."""
        with seeing_trashed(self._sessions()) as session:
            entries = session.scalars(
                select(TrashEntry).order_by(TrashEntry.trashed_at.desc(), TrashEntry.id.desc())
            ).all()
            counts = _counts(session)
            return tuple(_item(e, counts.get(e.id, 1) - 1) for e in entries)

    def restore(self, entry_id: int) -> TrashedItem:
        """Bring back everything one deletion took, as it was.

        Raises:
            NotFoundError: the entry is not in the trash (restored or emptied since).
            DomainError: the record's company (or an activity's or task's project)
                is itself in the trash.
        """
        with self._sessions.begin() as session:
            seeing_trashed(session)
            entry = _entry(session, entry_id)
            rows = _rows_of(session, entry.id)
            _check_company_back(session, entry, rows)
            for row in rows:
                row.trashed_in = None
            item = _item(entry, len(rows) - 1)
            session.delete(entry)
            return item

    def empty(self, entry_ids: Sequence[int] | None = None) -> int:
        """Delete for good what these deletions took (all of the trash for ``None``).

        Deleting a company for good also deletes its contacts and projects
        waiting in the trash on their own (they could not come back without it).
        Every deleted record is written to the audit trail. Returns how many
        records were deleted.

        Raises:
            NotFoundError: one of the entries is not in the trash.
        """
        with self._sessions.begin() as session:
            seeing_trashed(session)
            if entry_ids is None:
                entries = list(session.scalars(select(TrashEntry)))
            else:
                entries = [_entry(session, entry_id) for entry_id in dict.fromkeys(entry_ids)]
            entries += _orphans_of(session, entries)
            wanted = {e.id for e in entries}
            deleted = 0
            for model in _DELETE_ORDER:
                for row in session.scalars(select(model).where(model.trashed_in.in_(wanted))):
                    session.delete(row)
                    deleted += 1
                session.flush()
            for entry in entries:
                session.delete(entry)
            return deleted


def _model(kind: str) -> type[Deletable]:
    try:
        return KINDS[kind]
    except KeyError:
        kinds = ", ".join(KINDS)
        raise DomainError(f"“{kind}” cannot be deleted; the kinds are: {kinds}") from None


def _record(session: Session, kind: str, record_id: int) -> Deletable:
    model = _model(kind)
    found = session.scalars(select(model).where(model.id == record_id)).one_or_none()
    if found is None:
        raise NotFoundError(
            text("There is no {kind} with the ID {id}.", kind=_KIND_WORDS[kind], id=record_id)
        )
    return cast(Deletable, found)


def _entry(session: Session, entry_id: int) -> TrashEntry:
    entry = session.get(TrashEntry, entry_id)
    if entry is None:
        raise NotFoundError(text("Nothing with the number {id} is in the trash.", id=entry_id))
    return entry


def _item(entry: TrashEntry, along: int) -> TrashedItem:
    return TrashedItem(
        entry.id,
        entry.kind,
        entry.record_id,
        entry.label,
        _aware(entry.trashed_at),
        entry.trashed_by,
        along,
    )


def _belonging_to(session: Session, record: Deletable) -> list[Any]:
    """What goes to the trash with ``record`` (rows still in use only)."""
    if isinstance(record, Contact | Activity | Task):
        return []  # goes alone; the activities a contact took part in stay
    if isinstance(record, Project):
        nothing: ColumnElement[bool] = false()
        project_ids, company_work, company_tasks, taken = [record.id], nothing, nothing, []
    else:
        taken = [
            *session.scalars(select(Contact).where(Contact.company_id == record.id)),
            *session.scalars(select(Project).where(Project.company_id == record.id)),
        ]
        project_ids = [row.id for row in taken if isinstance(row, Project)]
        company_work, company_tasks = Activity.company_id == record.id, Task.company_id == record.id
    taken += session.scalars(
        select(Activity).where(or_(company_work, Activity.project_id.in_(project_ids)))
    )
    taken += session.scalars(
        select(Task).where(or_(company_tasks, Task.project_id.in_(project_ids)))
    )
    return taken


def _rows_of(session: Session, entry_id: int) -> list[Any]:
    """Every row one deletion took, the deleted record first."""
    rows: list[Any] = []
    for model in reversed(_DELETE_ORDER):
        rows += session.scalars(select(model).where(model.trashed_in == entry_id))
    return rows


def _counts(session: Session) -> dict[int, int]:
    """How many rows each trash entry holds."""
    counts: dict[int, int] = {}
    for model in _DELETE_ORDER:
        query = select(model.trashed_in, func.count()).where(model.trashed_in.is_not(None))
        for entry_id, count in session.execute(query.group_by(model.trashed_in)):
            counts[entry_id] = counts.get(entry_id, 0) + count
    return counts


def _check_company_back(session: Session, entry: TrashEntry, rows: Sequence[Any]) -> None:
    """Refuse to restore a record while what it belongs to is in the trash."""
    if entry.kind == "company" or not rows:
        return
    record = rows[0]
    if isinstance(record, Activity | Task) and record.project_id is not None:
        project = session.get(Project, record.project_id)
        if project is not None and project.trashed_in is not None:
            raise DomainError(
                text(
                    "“{record}” belongs to the project “{project}”, which is in the trash too: "
                    "restore the project first.",
                    record=entry.label,
                    project=label_of(project),
                )
            )
    company_id = record.company_id
    company = session.get(Company, company_id) if company_id is not None else None
    if company is not None and company.trashed_in is not None:
        raise DomainError(
            text(
                "“{record}” belongs to “{company}”, which is in the trash too: "
                "restore the company first.",
                record=entry.label,
                company=display_name(company),
            )
        )


def _orphans_of(session: Session, entries: Sequence[TrashEntry]) -> list[TrashEntry]:
    """Entries that could not come back without ``entries``, not yet among them.

    A company's contacts and projects deleted on their own, and the
    activities and tasks deleted on their own of the companies and projects
    going for good.
    """
    chosen = {e.id for e in entries}
    company_ids = [e.record_id for e in entries if e.kind == "company"]
    entry_ids: set[int] = set()
    if company_ids:
        for model in (Contact, Project):
            entry_ids.update(
                session.scalars(
                    select(model.trashed_in).where(
                        model.company_id.in_(company_ids), model.trashed_in.is_not(None)
                    )
                )
            )
    project_ids = list(
        session.scalars(select(Project.id).where(Project.trashed_in.in_(chosen | entry_ids)))
    )
    if company_ids or project_ids:
        for work in (Activity, Task):
            entry_ids.update(
                session.scalars(
                    select(work.trashed_in).where(
                        or_(work.company_id.in_(company_ids), work.project_id.in_(project_ids)),
                        work.trashed_in.is_not(None),
                    )
                )
            )
    entry_ids -= chosen
    return [_entry(session, entry_id) for entry_id in sorted(entry_ids)]
