"""Publishing what each committed transaction changed, from the session's own flushes.

:func:`install_change_hooks` collects, per session transaction, the records
every flush wrote (the same ``new``/``dirty``/``deleted`` the audit trail
reads) and the bulk ``INSERT``/``UPDATE``/``DELETE`` statements run through
the session (their ids unknown unless the statement names one id), and publishes them as one
:class:`~leadtracker.domain.changes.ChangeNotice` on the database's
:class:`~leadtracker.domain.changes.ChangeFeed` after the commit; a rollback
(or closing the session without a commit) drops them. No write through a
session can forget to report itself.

Writes past the session -- demo data on a connection of its own -- publish an
explicit notice (:meth:`ChangeNotice.whole`) on the feed :func:`feed_of` finds
from a session factory; :func:`note` adds a notice to what a session's
transaction publishes. (A restore replaces the file: the app opens it anew.)
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, sessionmaker
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import BinaryExpression, BindParameter

from leadtracker.db.audit import attribution_of
from leadtracker.db.models import (
    Activity,
    Company,
    CompanyKey,
    Contact,
    Event,
    Partner,
    Project,
    Stage,
    StageChange,
    Task,
    TrashEntry,
    User,
)
from leadtracker.domain.changes import (
    ChangedKind,
    ChangeFeed,
    ChangeNotice,
    Operation,
    RecordChange,
)

#: The kind of record a row of each table is, and the column with the record's id.
_KINDS: dict[str, tuple[ChangedKind, str]] = {
    model.__tablename__: (kind, "id")
    for model, kind in (
        (Company, ChangedKind.COMPANY),
        (Contact, ChangedKind.CONTACT),
        (Project, ChangedKind.PROJECT),
        (Stage, ChangedKind.STAGE),
        (Activity, ChangedKind.ACTIVITY),
        (Task, ChangedKind.TASK),
        (Partner, ChangedKind.PARTNER),
        (Event, ChangedKind.EVENT),
        (User, ChangedKind.STAFF),
        (TrashEntry, ChangedKind.TRASH),
    )
}
#: Rows that are parts of a record: writing one updates the record (the field is the table).
_PARTS: dict[str, tuple[ChangedKind, str]] = {
    CompanyKey.__tablename__: (ChangedKind.COMPANY, "company_id"),
    StageChange.__tablename__: (ChangedKind.PROJECT, "project_id"),
}

#: Where a session keeps the changes of its transaction until the commit.
_PENDING = "pending_changes"
#: Where a session factory keeps its feed (beside the attribution).
_FEED = "changes"


def feed_of(sessions: sessionmaker[Session]) -> ChangeFeed:
    """The feed the sessions of ``sessions`` publish on (a new, unheard one if none was set)."""
    found = sessions.kw.get("info", {}).get(_FEED)
    return found if isinstance(found, ChangeFeed) else ChangeFeed()


def note(session: Session, notice: ChangeNotice) -> None:
    """Add ``notice`` to what the session's transaction publishes when it commits."""
    _pending(session).append(notice)


def _pending(session: Session) -> list[ChangeNotice]:
    pending = session.info.get(_PENDING)
    if not isinstance(pending, list):
        pending = session.info[_PENDING] = []
    return pending


def _record_change(
    table: object, operation: Operation, staff_id: int | None, values: Any = None
) -> RecordChange | None:
    """The change to the record a row of ``table`` is (or is part of); ``values``: the row."""
    if not isinstance(table, str):
        return None
    if table in _PARTS:
        kind, id_column = _PARTS[table]
        record_id = getattr(values, id_column, None)
        return RecordChange(kind, record_id, Operation.UPDATE, staff_id, frozenset({table}))
    if table not in _KINDS:
        return None
    kind, id_column = _KINDS[table]
    fields: frozenset[str] = frozenset()
    if operation is Operation.UPDATE and values is not None:
        state = inspect(values)
        fields = frozenset(a.key for a in state.attrs if a.history.has_changes())
    return RecordChange(kind, getattr(values, id_column, None), operation, staff_id, fields)


def _of_object(obj: Any, operation: Operation, staff_id: int | None) -> RecordChange | None:
    return _record_change(getattr(obj, "__tablename__", None), operation, staff_id, obj)


def flushed(session: Session) -> ChangeNotice:
    """The records the coming flush of ``session`` writes (call before, or in, ``after_flush``)."""
    staff_id = attribution_of(session).staff_id
    changes = [
        *(_of_object(obj, Operation.CREATE, staff_id) for obj in session.new),
        *(
            _of_object(obj, Operation.UPDATE, staff_id)
            for obj in session.dirty
            if session.is_modified(obj)
        ),
        *(_of_object(obj, Operation.DELETE, staff_id) for obj in session.deleted),
    ]
    return ChangeNotice(frozenset(c for c in changes if c is not None))


def _statement_ids(statement: object, id_column: str) -> tuple[int | None, ...]:
    """The ids a statement's ``WHERE id_column = value`` names; ``(None,)``: not known."""
    where = getattr(statement, "whereclause", None)
    if (
        isinstance(where, BinaryExpression)
        and where.operator is operators.eq
        and getattr(where.left, "key", None) == id_column
        and isinstance(where.right, BindParameter)
        and isinstance(where.right.value, int)
    ):
        return (where.right.value,)
    return (None,)


def _statement_change(state: ORMExecuteState) -> ChangeNotice | None:
    """A bulk statement's change: the kind of its table; the id when its WHERE names one."""
    if state.is_insert:
        operation = Operation.CREATE
    elif state.is_update:
        operation = Operation.UPDATE
    elif state.is_delete:
        operation = Operation.DELETE
    else:
        return None
    table = getattr(getattr(state.statement, "table", None), "name", None)
    found = _PARTS.get(table) or _KINDS.get(table) if isinstance(table, str) else None
    change = _record_change(table, operation, attribution_of(state.session).staff_id)
    if change is None or found is None:
        return None
    ids = _statement_ids(state.statement, found[1])
    return ChangeNotice(frozenset(replace(change, record_id=i) for i in ids))


def install_change_hooks(factory: sessionmaker[Session], feed: ChangeFeed) -> None:
    """Publish on ``feed`` what each committed transaction of ``factory``'s sessions changed."""
    factory.kw.setdefault("info", {})[_FEED] = feed

    def after_flush(session: Session, _context: object) -> None:
        notice = flushed(session)
        if not notice.is_empty:
            note(session, notice)

    def do_orm_execute(state: ORMExecuteState) -> None:
        notice = _statement_change(state)
        if notice is not None:
            note(state.session, notice)

    def after_commit(session: Session) -> None:
        pending = session.info.pop(_PENDING, None)
        if pending:
            feed.publish(ChangeNotice.merged(pending))

    def after_transaction_end(session: Session, transaction: SessionTransaction) -> None:
        # After the commit published them, or a rollback (or a close) dropped the writes.
        if transaction.parent is None:
            session.info.pop(_PENDING, None)

    event.listen(factory, "after_flush", after_flush)
    event.listen(factory, "do_orm_execute", do_orm_execute)
    event.listen(factory, "after_commit", after_commit)
    event.listen(factory, "after_transaction_end", after_transaction_end)
