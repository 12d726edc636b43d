"""The window's end of the change notices: each view reloads once, and only for what it shows.

A :class:`ChangeBridge` listens to a database's
:class:`~leadtracker.domain.changes.ChangeFeed` -- on whatever thread a
write was committed -- and hands each notice to the window's thread. Notices
arriving in one turn of the event loop are delivered together: a view
registered with :meth:`ChangeBridge.watch` for some kinds of record reloads
once if any of them touches those kinds, and not at all otherwise.

A view that has already reloaded by itself after a change (the board, after
a move it made) says so with :meth:`Watch.fresh`: notices published before
that are not delivered to it again. :meth:`ChangeBridge.everything` reloads
every view without a write (another staff member was chosen: "my" work is
someone else's).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from leadtracker.domain.changes import ChangedKind, ChangeFeed, ChangeNotice

#: What a view wants to hear of: kinds of record, or a test of the notice.
Interest = Iterable[ChangedKind] | Callable[[ChangeNotice], bool]


@dataclass(eq=False)
class Watch:
    """One view's interest in changes, and how to reload it."""

    wants: Callable[[ChangeNotice], bool]
    refresh: Callable[[], None]
    bridge: ChangeBridge
    #: The number of the last notice the view has caught up with.
    fresh_as_of: int = 0

    def fresh(self) -> None:
        """The view has just reloaded by itself: what was published until now is shown."""
        self.fresh_as_of = self.bridge.feed.published

    def stop(self) -> None:
        """No more reloads (the view is closing)."""
        self.bridge.unwatch(self)


class ChangeBridge(QObject):
    """Delivers a database's change notices to the views on the window's thread, once a turn."""

    #: A notice from any thread, with its number (queued to the window's thread).
    _arrived = Signal(object, int)
    #: The notices of one turn of the event loop, merged (after the views were reloaded).
    delivered = Signal(object)

    def __init__(self, feed: ChangeFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self._watches: list[Watch] = []
        # Each notice with its number on the feed (None: made here, for every view).
        self._pending: list[tuple[ChangeNotice, int | None]] = []
        self._arrived.connect(self._queue, Qt.ConnectionType.QueuedConnection)
        stop = feed.subscribe(self._hear)
        self._stop_listening = stop
        # Not a slot of this object: it is half destroyed when ``destroyed`` comes.
        self.destroyed.connect(lambda *_args: stop())

    def watch(self, interest: Interest, refresh: Callable[[], None]) -> Watch:
        """Call ``refresh`` (once a turn) after changes ``interest`` cares for."""
        if callable(interest):
            wants = interest
        else:
            kinds = frozenset(interest)

            def wants(notice: ChangeNotice) -> bool:
                return notice.touches(kinds)

        watch = Watch(wants, refresh, self, self.feed.published)
        self._watches.append(watch)
        return watch

    def unwatch(self, watch: Watch) -> None:
        """Forget ``watch`` (nothing happens if it was forgotten already)."""
        if watch in self._watches:
            self._watches.remove(watch)

    def publish(self, notice: ChangeNotice) -> None:
        """Feed a notice from outside (another desk's change) into the database's feed."""
        self.feed.publish(notice)

    def everything(self, reason: str) -> None:
        """Reload every view, with no change in the database (only here, not on the feed)."""
        self._queue(ChangeNotice.whole(reason), None)

    def stop(self) -> None:
        """Hear no more notices (the database is closing)."""
        self._stop_listening()
        self._pending.clear()

    def _hear(self, notice: ChangeNotice, number: int) -> None:
        """On the publishing thread: pass the notice on to the window's thread."""
        try:
            self._arrived.emit(notice, number)
        except RuntimeError:  # the window was closed meanwhile
            self._stop_listening()

    def _queue(self, notice: ChangeNotice, number: int | None) -> None:
        if not self._pending:
            QTimer.singleShot(0, self, self._deliver)
        self._pending.append((notice, number))

    def _deliver(self) -> None:
        pending, self._pending = self._pending, []
        if not pending:
            return
        numbers = [number for _notice, number in pending if number is not None]
        for watch in list(self._watches):
            news = [n for n, number in pending if number is None or number > watch.fresh_as_of]
            if not news or watch not in self._watches:
                continue
            watch.fresh_as_of = max([watch.fresh_as_of, *numbers])
            if any(watch.wants(notice) for notice in news):
                watch.refresh()
        self.delivered.emit(ChangeNotice.merged(n for n, _number in pending))
