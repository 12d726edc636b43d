"""Change notices: what a write changed, told to whoever shows it.

A :class:`ChangeNotice` says, after a transaction was committed, which
records changed -- each a :class:`RecordChange`: the kind of record
(:class:`ChangedKind`), its id (``None`` when a statement changed records of
that kind without the program knowing which, e.g. a bulk ``UPDATE``), the
operation and the staff member it is attributed to. A notice can also say
that *everything* may have changed (the database was restored, demo data
loaded, an import wrote past the ORM): then every view reloads.

Notices are published on a :class:`ChangeFeed`, one per open database. The
database layer publishes there what each committed transaction flushed (see
``db/change_notices.py``); :meth:`ChangeFeed.publish` is also the one entry
point for a change made elsewhere -- a colleague's, arriving from a shared
server. Listeners are called on the thread that publishes; the app's bridge
hands notices on to the window's thread and coalesces them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum


class ChangedKind(StrEnum):
    """The kinds of record a notice names (the audit trail's names, plus stages and the trash)."""

    COMPANY = "company"
    CONTACT = "contact"
    PROJECT = "project"
    ACTIVITY = "activity"
    TASK = "task"
    PARTNER = "partner"
    EVENT = "event"
    STAFF = "staff"
    STAGE = "stage"
    TRASH = "trash"


class Operation(StrEnum):
    """What happened to a record."""

    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


@dataclass(frozen=True)
class RecordChange:
    """One record changed: its kind, id (``None``: some records of the kind), operation, author.

    ``fields``: for an update, the fields that changed when they are known
    (a record's parts count as fields: a project's stage history is
    ``"stage_change"``, a company's search keys ``"company_key"``).
    """

    kind: ChangedKind
    record_id: int | None
    operation: Operation
    staff_id: int | None = None
    fields: frozenset[str] = frozenset()

    def may_have_changed(self, field: str) -> bool:
        """Whether ``field`` may be among the changes (always, for a new or deleted record)."""
        return self.operation is not Operation.UPDATE or not self.fields or field in self.fields


@dataclass(frozen=True)
class ChangeNotice:
    """The records one transaction (or several, merged) changed.

    ``everything``: whatever a view shows may have changed (``reason`` says
    why, for logs); ``elsewhere``: the change was made outside this program
    (another desk on a shared database).
    """

    changes: frozenset[RecordChange] = frozenset()
    everything: bool = False
    reason: str = ""
    elsewhere: bool = False

    @classmethod
    def of(
        cls,
        kind: ChangedKind,
        record_ids: Iterable[int | None],
        operation: Operation,
        *,
        staff_id: int | None = None,
        elsewhere: bool = False,
    ) -> ChangeNotice:
        """Records of one kind, changed by one operation."""
        changes = frozenset(RecordChange(kind, i, operation, staff_id) for i in record_ids)
        return cls(changes, elsewhere=elsewhere)

    @classmethod
    def whole(cls, reason: str, *, elsewhere: bool = False) -> ChangeNotice:
        """Everything may have changed (a restore, demo data, a bulk load)."""
        return cls(everything=True, reason=reason, elsewhere=elsewhere)

    @classmethod
    def merged(cls, notices: Iterable[ChangeNotice]) -> ChangeNotice:
        """One notice for several: their changes together, everything if one says so."""
        listed = list(notices)
        changes = frozenset().union(*(n.changes for n in listed))
        reasons = "; ".join(dict.fromkeys(n.reason for n in listed if n.reason))
        return cls(
            changes,
            everything=any(n.everything for n in listed),
            reason=reasons,
            elsewhere=any(n.elsewhere for n in listed),
        )

    @property
    def is_empty(self) -> bool:
        """Nothing changed: a transaction that wrote nothing."""
        return not self.changes and not self.everything

    @property
    def kinds(self) -> frozenset[ChangedKind]:
        """The kinds of record changed (all of them when everything changed)."""
        if self.everything:
            return frozenset(ChangedKind)
        return frozenset(change.kind for change in self.changes)

    @property
    def staff_ids(self) -> frozenset[int | None]:
        """Who the changes are attributed to (``None``: nobody chosen, e.g. the command line)."""
        return frozenset(change.staff_id for change in self.changes)

    def ids(self, kind: ChangedKind, operation: Operation | None = None) -> frozenset[int]:
        """The known ids of changed records of ``kind`` (by ``operation``, if given)."""
        return frozenset(
            change.record_id
            for change in self.changes
            if change.kind is kind
            and change.record_id is not None
            and (operation is None or change.operation is operation)
        )

    def touches(self, kinds: Iterable[ChangedKind], record_id: int | None = None) -> bool:
        """Whether a view of ``kinds`` (of one record, with ``record_id``) must reload."""
        if self.everything:
            return True
        wanted = frozenset(kinds)
        return any(
            change.kind in wanted and (record_id is None or change.record_id in (None, record_id))
            for change in self.changes
        )


#: A listener: called with each notice and its number in the feed, on the publishing thread.
Listener = Callable[[ChangeNotice, int], None]


@dataclass
class ChangeFeed:
    """Where one database's change notices are published, and who hears them.

    Thread-safe: a write on a worker thread publishes there. ``published``
    counts the notices so far, and each listener hears a notice's number: a
    view that reloaded after notice ``n`` was published need not reload for
    it (see the app's bridge).
    """

    published: int = 0
    _listeners: list[Listener] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with every notice from now on; returns what unsubscribes it."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, notice: ChangeNotice) -> None:
        """Tell every listener about ``notice`` (one made here, or fed in from elsewhere)."""
        if notice.is_empty:
            return
        with self._lock:
            self.published += 1
            number = self.published
            listeners = list(self._listeners)
        for listener in listeners:
            listener(notice, number)
