"""What every paged list shares: the query, counting, paging and the quick filter."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import ColumnElement, Select, func, literal_column, null, select
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.engine import READ_ONLY
from leadtracker.db.read_cancel import ReadCancel, cancellable
from leadtracker.db.search_index import DENSE_SHARE, SearchIndex, TextFilter
from leadtracker.domain.vocabulary import RecordKind

__all__ = [
    "BLANK",
    "SPREAD_WALK_FROM_SHARE",
    "WALK_FROM_SHARE",
    "ListQuery",
    "PagedList",
    "ReadCancel",  # the app stops a read nobody waits for any more with it
    "RowT",
    "SortKey",
]

RowT = TypeVar("RowT")

#: When at least this share of the records match a filter, a page walks the
#: sort index testing each row; below, it collects the matches and sorts them.
#: (Not lower: names that match cluster in name order -- 山 under や -- so a
#: walk for a rarer text may read most of the index before it finds a page.)
WALK_FROM_SHARE = DENSE_SHARE
#: The same for a list's orders in which matches do not bunch up (a list's
#: :attr:`PagedList.spread_sorts`): projects by inquiry date, contacts by
#: reading -- their documents hold their company's names, which spread a text's
#: matches over the whole order. On 100,000 companies walking found a page
#: sooner from 10 % of the records on (contacts ``山``, 18 %: 110 → 31 ms),
#: collecting and sorting below 5 % (contacts ``山田``, 4 %: 42 against 61 ms).
SPREAD_WALK_FROM_SHARE = 0.06

#: An empty text as a SQL literal (not a parameter), so that ORDER BY terms
#: can match the expressions of the sort indexes.
BLANK: ColumnElement[str] = literal_column("''")


@dataclass(frozen=True)
class SortKey:
    """ORDER BY terms: ``blanks_last`` flags (always ascending), then ``terms``."""

    terms: tuple[ColumnElement[Any], ...]
    blanks_last: tuple[ColumnElement[Any], ...] = ()


@dataclass(frozen=True)
class ListQuery:
    """What a list shows: a quick-filter text and a sort order (a list's sort key)."""

    text: str = ""
    sort: str = ""  # empty: the list's default order
    descending: bool = False


class PagedList(ABC, Generic[RowT]):
    """A list of one kind of record, counted and paged in SQL.

    Subclasses name the ORM model and record kind, the statement for a page,
    the ORDER BY terms of each sort key, and how to turn records into rows.
    """

    model: ClassVar[Any]
    kind: ClassVar[RecordKind]
    default_sort: ClassVar[str]
    default_descending: ClassVar[bool] = False
    #: Sort keys whose order does not follow the filtered texts (see
    #: :data:`SPREAD_WALK_FROM_SHARE`).
    spread_sorts: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, sessions: sessionmaker[Session], index: SearchIndex) -> None:
        self._sessions = sessions
        self._index = index

    @abstractmethod
    def sort_keys(self, sort: str) -> SortKey:
        """ORDER BY terms of a sort key."""

    @abstractmethod
    def _statement(self, sort: str) -> Select[Any]:
        """The SELECT of the records (with what sorting by ``sort`` needs joined)."""

    @abstractmethod
    def _rows(self, session: Session, records: Sequence[Any]) -> tuple[RowT, ...]:
        """The list rows of a page of records."""

    def count(self, query: ListQuery, *, cap: int | None = None) -> int:
        """How many records the list shows with this filter (at most ``cap``, if given).

        A cap keeps counting cheap when a short filter matches most records.
        """
        with self._reading(None) as (session, _check):
            return self._count(session, self._text_filter(session, query), cap)

    def page(
        self, query: ListQuery, offset: int, limit: int, *, cancel: ReadCancel | None = None
    ) -> tuple[RowT, ...]:
        """Rows ``offset`` to ``offset + limit`` of the list (``cancel``: as :meth:`first_page`)."""
        if offset < 0 or limit < 1:
            raise ValueError(f"bad page: offset {offset}, limit {limit}")
        with self._reading(cancel) as (session, check):
            text_filter = self._text_filter(session, query)
            check()
            return self._page(session, query, text_filter, offset, limit)

    def first_page(
        self,
        query: ListQuery,
        limit: int,
        *,
        cap: int | None = None,
        cancel: ReadCancel | None = None,
    ) -> tuple[int, tuple[RowT, ...]]:
        """The count (as :meth:`count`) and the first ``limit`` rows, read together.

        One snapshot, and the filter looked up once (for one or two characters
        that reads the index's vocabulary: up to 20 ms each time). ``cancel``
        lets another thread stop the read (it then raises
        :class:`~leadtracker.db.read_cancel.ReadCancelledError`).
        """
        if limit < 1:
            raise ValueError(f"bad page: limit {limit}")
        with self._reading(cancel) as (session, check):
            text_filter = self._text_filter(session, query)
            check()
            total = self._count(session, text_filter, cap)
            check()
            return total, self._page(session, query, text_filter, 0, limit)

    @contextmanager
    def _reading(self, cancel: ReadCancel | None) -> Iterator[tuple[Session, Callable[[], None]]]:
        """A read-only session that ``cancel`` may stop, and the check between statements."""
        with self._sessions() as session:
            conn = session.connection(execution_options=READ_ONLY)
            with cancellable(cancel, conn) as check:
                yield session, check

    def _text_filter(self, session: Session, query: ListQuery) -> TextFilter | None:
        if not query.text.strip():
            return None
        return self._index.text_filter(session.connection(), query.text, self.kind)

    def _count(self, session: Session, text_filter: TextFilter | None, cap: int | None) -> int:
        # Through the session, whose SELECTs leave the trash out (db/trash_filter.py).
        statement = select(func.count(self.model.id))
        if text_filter is not None and cap is None:
            statement = statement.where(self.model.id.in_(self._index.matching_ids(text_filter)))
        elif text_filter is not None:
            # Straight from the index (every indexed record exists), so the
            # count stops at the cap instead of collecting every match first.
            matching = self._index.matching_ids(text_filter).subquery()
            ids = select(matching.c.record_id).limit(cap).subquery()
            statement = select(func.count()).select_from(ids)
        count: Any = session.scalar(statement)
        return int(count or 0)

    def _walk_from(self, sort: str) -> float:
        """From which share of matching records a page walks the sort index."""
        return SPREAD_WALK_FROM_SHARE if sort in self.spread_sorts else WALK_FROM_SHARE

    def _page(
        self,
        session: Session,
        query: ListQuery,
        text_filter: TextFilter | None,
        offset: int,
        limit: int,
    ) -> tuple[RowT, ...]:
        """Rows ``offset`` to ``offset + limit`` (with the filter looked up)."""
        sort = query.sort or self.default_sort
        descending = query.descending if query.sort else self.default_descending
        key = self.sort_keys(sort)
        terms = list(key.terms)
        statement = self._statement(sort)
        if text_filter is None:
            pass
        elif text_filter.share >= self._walk_from(sort) and not (descending and key.blanks_last):
            # Many matches: walk the sort index, testing each row; a page is
            # found after a few hundred rows. (Not when blanks go last in a
            # descending order: the flag ascends while the terms descend, no
            # index serves that, and the "walk" tested every row, then sorted:
            # 0.7-1.8 s on 100,000 companies or 180,000 contacts.)
            statement = statement.where(
                self._index.record_matches(query.text, self.kind, self.model.id)
            )
        else:
            # Few matches: collect and sort them rather than walk the whole
            # sort index (coalesce(x, NULL) is x but matches no index).
            statement = statement.where(self.model.id.in_(self._index.matching_ids(text_filter)))
            terms = [func.coalesce(term, null()) for term in terms]
        terms = [term.desc() if descending else term.asc() for term in terms]
        tie = self.model.id.desc() if descending else self.model.id.asc()
        order = [*key.blanks_last, *terms, tie]  # all one way: an index can serve it
        statement = statement.order_by(*order).offset(offset).limit(limit)
        return self._rows(session, list(session.scalars(statement)))
