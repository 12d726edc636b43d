"""What every paged list shares: the query, counting, paging and the quick filter."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import ColumnElement, Connection, Select, func, literal_column, null, select
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.engine import READ_ONLY
from leadtracker.db.search_index import DENSE_SHARE, SearchIndex
from leadtracker.domain.vocabulary import RecordKind

RowT = TypeVar("RowT")

#: When at least this share of the records match a filter, a page walks the
#: sort index testing each row; below, it collects the matches and sorts them.
#: (Not lower: names that match cluster in name order -- 山 under や -- so a
#: walk for a rarer text may read most of the index before it finds a page.)
WALK_FROM_SHARE = DENSE_SHARE

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
        with self._sessions() as session:
            conn = session.connection(execution_options=READ_ONLY)
            return self._count(conn, query, cap)

    def _count(self, conn: Connection, query: ListQuery, cap: int | None) -> int:
        if cap is None or not query.text.strip():
            statement = self._filtered(conn, select(func.count(self.model.id)), query)
        else:
            # Straight from the index (every indexed record exists), so the
            # count stops at the cap instead of collecting every match first.
            matching = self._index.matching_ids(conn, query.text, self.kind).subquery()
            ids = select(matching.c.record_id).limit(cap).subquery()
            statement = select(func.count()).select_from(ids)
        count: Any = conn.scalar(statement)
        return int(count or 0)

    def page(self, query: ListQuery, offset: int, limit: int) -> tuple[RowT, ...]:
        """Rows ``offset`` to ``offset + limit`` of the list."""
        if offset < 0 or limit < 1:
            raise ValueError(f"bad page: offset {offset}, limit {limit}")
        sort = query.sort or self.default_sort
        descending = query.descending if query.sort else self.default_descending
        key = self.sort_keys(sort)
        terms = list(key.terms)
        with self._sessions() as session:
            conn = session.connection(execution_options=READ_ONLY)
            statement = self._statement(sort)
            if not query.text.strip():
                pass
            elif self._index.share_matching(conn, query.text, self.kind) >= WALK_FROM_SHARE:
                # Many matches: walk the sort index, testing each row; a page
                # is found after a few hundred rows.
                matches = self._index.record_matches(query.text, self.kind, self.model.id)
                statement = statement.where(matches)
            else:
                # Few matches: collect and sort them rather than walk the whole
                # sort index (coalesce(x, NULL) is x but matches no index).
                statement = self._filtered(conn, statement, query)
                terms = [func.coalesce(term, null()) for term in terms]
            terms = [term.desc() if descending else term.asc() for term in terms]
            tie = self.model.id.desc() if descending else self.model.id.asc()
            order = [*key.blanks_last, *terms, tie]  # all one way: an index can serve it
            statement = statement.order_by(*order).offset(offset).limit(limit)
            records = list(session.scalars(statement))
            return self._rows(session, records)

    def _filtered(self, conn: Connection, statement: Select[Any], query: ListQuery) -> Select[Any]:
        if not query.text.strip():
            return statement
        matching = self._index.matching_ids(conn, query.text, self.kind)
        return statement.where(self.model.id.in_(matching))
