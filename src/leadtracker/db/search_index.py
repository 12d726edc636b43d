"""Substring search over companies, contacts, projects and notes.

:class:`SearchIndex` is the interface the services use; :class:`SqliteSearchIndex`
implements it with SQLite FTS5 (another database gets its own implementation
beside it). Every indexed text is normalised with
:func:`leadtracker.domain.normalize.search_key` and so is every query, so the
search is width-, kana- and case-insensitive and ignores company forms (which
follow the key, so that a query of only a company form finds them literally).

How the SQLite index answers:

* One row per record in ``search_document`` (id = kind << 40 | record id, so a
  kind is a rowid range), kept in an FTS5 ``trigram`` index by triggers in the
  same transaction as the data. The text is already folded, so the tokenizer
  runs ``case_sensitive 1`` (folding again only costs time) and ``detail=none``
  (positions are not needed: ``instr`` checks the exact substring).
* Queries of three or more characters: the FTS5 index finds documents holding
  trigrams that cover the query; ``instr`` confirms the exact substring.
* Queries of one or two characters, which trigrams cannot express: see
  :class:`_ShortQuery`.
* Newest records first: document ids run backwards within a kind, because
  FTS5 answers ``ORDER BY rowid`` ascending far faster than descending.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    TextualSelect,
    column,
    func,
    literal,
    select,
    table,
    text,
)
from sqlalchemy.exc import DatabaseError

from leadtracker.db.sqlite_files import is_readonly
from leadtracker.domain.normalize import fold, search_key, search_key_and_forms
from leadtracker.domain.vocabulary import RecordKind

_KIND_SHIFT = 40
_HASH_BYTES = 1 << 20  # FTS5's default buffer of pending index entries
_BULK_HASH_BYTES = 1 << 30  # room for the whole index of a large demo in one buffer
_MAX_PREFIX_TERMS = 4096  # more trigrams than this: reading the documents is quicker
#: Trigrams per FTS5 OR query. FTS5 merges the terms of an OR by looking at
#: every term for each row it returns: one OR of the 360 trigrams starting
#: with 山 took 25 ms to name 17,000 contacts, 12 ORs of 30 of them 10 ms.
_OR_GROUP = 30
#: From this share of matching records on, reading every document beats the
#: index for a short text ("e": 80 % of the companies).
DENSE_SHARE = 0.25

_SAMPLE = 2000  # records read to estimate how common a text is

#: The content table, for expressions (its schema belongs to the migrations).
_DOCUMENTS = table("search_document", column("id", Integer), column("body"))
#: Where :meth:`SqliteSearchIndex.bulk_loader` takes its documents from: rows
#: ``(id, body)`` from :meth:`SqliteSearchIndex.prepare` may be copied into it
#: directly (``INSERT … SELECT``) while the loader is open.
DOCUMENT_TABLE = _DOCUMENTS


@dataclass(frozen=True)
class TextFilter:
    """A list's filter text as the index looked it up, for its count and its pages.

    Looked up once per filter: how common the text is (a sample of the newest
    records) and the FTS5 query that narrows it down -- for one or two
    characters reading the index's vocabulary, which takes up to 20 ms.
    """

    key: str  # the text normalised as the documents are
    kind: RecordKind
    share: float  # roughly which share of the records of ``kind`` contain it (0.0–1.0)
    #: FTS5 queries whose matches together are the candidates (one, but for
    #: one or two characters ORs of the trigrams starting with them, in
    #: groups); None: read the documents; (): nothing matches.
    match: tuple[str, ...] | None


class SearchIndex(Protocol):
    """What the services need of a search index."""

    def put_many(
        self, conn: Connection, documents: Iterable[tuple[RecordKind, int, Sequence[str]]]
    ) -> int:
        """Index many records at once; returns how many."""

    def remove_many(self, conn: Connection, records: Iterable[tuple[RecordKind, int]]) -> None:
        """Take records out of the index (they went to the trash)."""

    def prepare(
        self, documents: Iterable[tuple[RecordKind, int, Sequence[str]]]
    ) -> list[tuple[int, str]]:
        """Index rows for :meth:`bulk_loader`; needs no connection (may run in another process)."""

    def bulk_loader(
        self, conn: Connection
    ) -> AbstractContextManager[Callable[[Sequence[tuple[int, str]]], int]]:
        """A context giving a function that adds prepared rows fast, for many new records."""

    def find(
        self, conn: Connection, query: str, kinds: Sequence[RecordKind], limit: int
    ) -> dict[RecordKind, list[int]]:
        """Ids of records containing ``query``: up to ``limit`` per kind, newest first."""

    def count(self, conn: Connection) -> int:
        """Number of indexed records."""

    def counts_by_kind(self, conn: Connection) -> dict[RecordKind, int]:
        """Number of indexed records of each kind."""

    def text_filter(self, conn: Connection, query: str, kind: RecordKind) -> TextFilter:
        """A list's filter text looked up once: how common it is, how to find its records."""

    def matching_ids(self, text_filter: TextFilter) -> TextualSelect:
        """A subquery of the ids of all records containing the filter's text (for lists)."""

    def record_matches(
        self, query: str, kind: RecordKind, record_id: ColumnElement[int]
    ) -> ColumnElement[bool]:
        """Whether the record ``record_id`` (a column) contains ``query``, row by row.

        For lists whose filter matches many records: walking a sort index and
        testing each row finds a page sooner than collecting every match.
        """

    def problems(self, conn: Connection) -> tuple[str, ...]:
        """What is wrong with the index's own structure (nothing: empty)."""


#: The triggers that keep the FTS index in step with ``search_document`` (the
#: whole schema is created by the migrations; bulk loads drop and recreate these).
SQLITE_TRIGGERS: dict[str, str] = {
    "search_document_ai": "CREATE TRIGGER IF NOT EXISTS search_document_ai "
    "AFTER INSERT ON search_document BEGIN "
    "INSERT INTO search_trigram(rowid, body) VALUES (new.id, new.body); END",
    "search_document_ad": "CREATE TRIGGER IF NOT EXISTS search_document_ad "
    "AFTER DELETE ON search_document BEGIN "
    "INSERT INTO search_trigram(search_trigram, rowid, body) VALUES ('delete', old.id, old.body); "
    "END",
    "search_document_au": "CREATE TRIGGER IF NOT EXISTS search_document_au "
    "AFTER UPDATE ON search_document BEGIN "
    "INSERT INTO search_trigram(search_trigram, rowid, body) VALUES ('delete', old.id, old.body); "
    "INSERT INTO search_trigram(rowid, body) VALUES (new.id, new.body); END",
}


# Bulk loads index many equal texts (names, templates): remember recent ones.
@lru_cache(maxsize=1 << 16)
def _indexed_field(field: str) -> str:
    """A field's part of a document: its search key, then the company forms it held.

    Queries are keyed without company forms (``Epson GmbH`` looks for
    ``epson``), so the key alone serves them; a query that is only a company
    form (``GmbH``, ``株式会社``) is looked for literally and finds the forms.
    """
    key, forms = search_key_and_forms(field)
    return "".join(f"{part}\n\n" for part in (key, *forms) if part)


def document_body(fields: Sequence[str]) -> str:
    """The indexed text of a record: each non-empty field normalised, ending in two newlines.

    Company forms follow a field's key (see :func:`_indexed_field`).
    """
    return "".join(_indexed_field(field) for field in fields if field)


_ID_MASK = (1 << _KIND_SHIFT) - 1


def _document_id(kind: RecordKind, record_id: int) -> int:
    # Newer records (higher ids) get lower document ids: FTS5 reads rowids in
    # ascending order much faster than in descending order.
    return (int(kind) << _KIND_SHIFT) | (_ID_MASK - record_id)


def _record_id(document_id: int) -> int:
    return _ID_MASK - (document_id & _ID_MASK)


def _kind_range(kind: RecordKind) -> tuple[int, int]:
    return int(kind) << _KIND_SHIFT, (int(kind) << _KIND_SHIFT) | _ID_MASK


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _trigram_query(key: str) -> str:
    """Trigrams that cover the key without overlap (``instr`` checks the rest).

    Fewer doclists to intersect: 2-4x faster than all overlapping trigrams.
    """
    grams = dict.fromkeys([*(key[i : i + 3] for i in range(0, len(key) - 2, 3)), key[-3:]])
    return " AND ".join(_quote(g) for g in grams)


class SqliteSearchIndex:
    """The search index in SQLite FTS5 tables (see the module docstring)."""

    def put_many(
        self, conn: Connection, documents: Iterable[tuple[RecordKind, int, Sequence[str]]]
    ) -> int:
        """Index many records at once; returns how many."""
        rows = self.prepare(documents)
        if rows:
            conn.exec_driver_sql(
                "INSERT INTO search_document (id, body) VALUES (?, ?) "
                "ON CONFLICT (id) DO UPDATE SET body = excluded.body "
                "WHERE body IS NOT excluded.body",
                rows,
            )
        return len(rows)

    def remove_many(self, conn: Connection, records: Iterable[tuple[RecordKind, int]]) -> None:
        """Take records out of the index (they went to the trash)."""
        ids = [(_document_id(kind, record_id),) for kind, record_id in records]
        if ids:
            conn.exec_driver_sql("DELETE FROM search_document WHERE id = ?", ids)

    def prepare(
        self, documents: Iterable[tuple[RecordKind, int, Sequence[str]]]
    ) -> list[tuple[int, str]]:
        """``(document id, indexed text)`` rows for :meth:`bulk_loader`."""
        return [(_document_id(k, rid), document_body(f)) for k, rid, f in documents]

    @contextmanager
    def bulk_loader(self, conn: Connection) -> Iterator[Callable[[Sequence[tuple[int, str]]], int]]:
        """Add many new documents without the row-by-row triggers.

        The triggers are dropped, documents go into the content table (through
        the function given, or copied into :data:`DOCUMENT_TABLE`), and on the
        way out the FTS index is rebuilt from the content table and the
        triggers are created again -- all inside the caller's transaction.
        Only for records not yet indexed, and meant for a new database: the
        rebuild reads every document, old ones too (for a few records into a
        large index use :meth:`put_many`).

        The rebuild gets an in-memory buffer large enough for the whole index:
        one pass over ascending ids that writes one segment, instead of a
        flush every megabyte (and whenever a batch's ids start below the last
        batch's) and a merge of all those segments -- half the time.
        """
        for name in SQLITE_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER {name}")

        def add(rows: Sequence[tuple[int, str]]) -> int:
            conn.exec_driver_sql("INSERT INTO search_document (id, body) VALUES (?, ?)", rows)
            return len(rows)

        try:
            yield add
            self._configure(conn, "hashsize", _BULK_HASH_BYTES)
            conn.exec_driver_sql("INSERT INTO search_trigram (search_trigram) VALUES ('rebuild')")
            self._configure(conn, "hashsize", _HASH_BYTES)
            # Writes the one segment (else the commit would). Had the buffer
            # overflowed: one segment per term instead of several, as short
            # queries look up hundreds of terms, each probing every segment.
            conn.exec_driver_sql("INSERT INTO search_trigram (search_trigram) VALUES ('optimize')")
        finally:
            for statement in SQLITE_TRIGGERS.values():
                conn.exec_driver_sql(statement)

    @staticmethod
    def _configure(conn: Connection, option: str, value: int) -> None:
        """Set one of FTS5's configuration options of the index."""
        conn.exec_driver_sql(
            f"INSERT INTO search_trigram (search_trigram, rank) VALUES ('{option}', {int(value)})"
        )

    def text_filter(self, conn: Connection, query: str, kind: RecordKind) -> TextFilter:
        """A list's filter text looked up once: how common it is, how to find its records.

        The trigram index narrows the documents: by a cover of the text's
        trigrams, or for one or two characters by the trigrams starting with
        them -- unless the text is so common (:data:`DENSE_SHARE`) that
        reading the documents is quicker.
        """
        key = search_key(query) or fold(query)
        share = self._share_matching(conn, key, kind)
        if len(key) >= 3:
            match: tuple[str, ...] | None = (_trigram_query(key),)
        elif share >= DENSE_SHARE:
            match = None
        else:
            match = self._prefix_match(conn, key)
        return TextFilter(key, kind, share, match)

    def matching_ids(self, text_filter: TextFilter) -> TextualSelect:
        """A subquery of the ids of all records containing the filter's text (for lists).

        Every match, unlike :meth:`find`.
        """
        low, high = _kind_range(text_filter.kind)
        params: dict[str, object] = {"mask": _ID_MASK, "low": low, "high": high}
        match = text_filter.match
        if match == ():  # no trigram starts with the text: nothing contains it
            return text("SELECT NULL AS record_id WHERE 0").columns(record_id=Integer)
        if match is None:  # too common to narrow down: read the documents
            sql = (
                "SELECT :mask - (d.id & :mask) AS record_id FROM search_document AS d "
                "WHERE d.id BETWEEN :low AND :high AND instr(d.body, :key) > 0"
            )
            params["key"] = text_filter.key
        elif len(text_filter.key) < 3:
            # The trigrams starting with one or two characters: a document has
            # one exactly when it holds the text (every text ends in a line
            # break), so the index alone answers -- no document is read (for
            # 山 on 100,000 companies: 39 → 20 ms). A document holding several
            # of them comes once from each group: DISTINCT, which still lets a
            # capped count stop early.
            groups = [
                "SELECT rowid FROM search_trigram "
                f"WHERE search_trigram MATCH :match{i} AND rowid BETWEEN :low AND :high"
                for i in range(len(match))
            ]
            distinct = "DISTINCT " if len(groups) > 1 else ""
            sql = (
                f"SELECT {distinct}:mask - (rowid & :mask) AS record_id FROM ("
                + " UNION ALL ".join(groups)
                + ")"
            )
            params.update({f"match{i}": group for i, group in enumerate(match)})
        else:  # the FTS index drives, the text confirms
            sql = (
                "SELECT :mask - (d.id & :mask) AS record_id FROM search_trigram "
                "JOIN search_document AS d ON d.id = search_trigram.rowid "
                "WHERE search_trigram MATCH :match AND search_trigram.rowid BETWEEN :low AND :high "
                "AND instr(d.body, :key) > 0"
            )
            params["match"], params["key"] = match[0], text_filter.key
        return text(sql).bindparams(**params).columns(record_id=Integer)

    def record_matches(
        self, query: str, kind: RecordKind, record_id: ColumnElement[int]
    ) -> ColumnElement[bool]:
        """Whether the record ``record_id`` (a column) contains ``query``, row by row."""
        key = search_key(query) or fold(query)
        document_id = literal(int(kind) << _KIND_SHIFT).op("|")(literal(_ID_MASK) - record_id)
        body = select(_DOCUMENTS.c.body).where(_DOCUMENTS.c.id == document_id).scalar_subquery()
        return func.instr(body, key) > 0

    @staticmethod
    def _share_matching(conn: Connection, key: str, kind: RecordKind) -> float:
        """Roughly which share of the records of ``kind`` contain ``key`` (0.0–1.0).

        Estimated from the newest :data:`_SAMPLE` records: a few milliseconds.
        """
        low, high = _kind_range(kind)
        sampled, matching = conn.exec_driver_sql(
            "SELECT count(*), coalesce(sum(instr(body, ?) > 0), 0) FROM ("
            "SELECT body FROM search_document WHERE id BETWEEN ? AND ? LIMIT ?)",
            (key, low, high, _SAMPLE),
        ).one()
        return float(matching) / sampled if sampled else 0.0

    @staticmethod
    def _prefix_match(conn: Connection, key: str) -> tuple[str, ...] | None:
        """ORs of the trigrams starting with ``key``, :data:`_OR_GROUP` in each.

        ``None`` when there are too many to pay off. Every text ends in a line
        break, so a text holding ``key`` holds a trigram starting with it: no
        such trigram (``()``) means no match.
        """
        terms = list(
            conn.exec_driver_sql(
                "SELECT term FROM search_trigram_vocab WHERE term >= ? AND term < ? LIMIT ?",
                (key, key + "\U0010ffff", _MAX_PREFIX_TERMS + 1),
            ).scalars()
        )
        if len(terms) > _MAX_PREFIX_TERMS:
            return None
        quoted = [_quote(t) for t in terms]
        return tuple(
            " OR ".join(quoted[i : i + _OR_GROUP]) for i in range(0, len(quoted), _OR_GROUP)
        )

    def count(self, conn: Connection) -> int:
        """Number of indexed records."""
        return int(conn.exec_driver_sql("SELECT count(*) FROM search_document").scalar_one())

    def counts_by_kind(self, conn: Connection) -> dict[RecordKind, int]:
        """Number of indexed records of each kind."""
        rows = conn.exec_driver_sql(
            f"SELECT id >> {_KIND_SHIFT}, count(*) FROM search_document GROUP BY 1"
        ).all()
        known = {int(kind) for kind in RecordKind}
        return {RecordKind(kind): int(n) for kind, n in rows if kind in known}

    def problems(self, conn: Connection) -> tuple[str, ...]:
        """FTS5's own integrity check, comparing the index with its content table."""
        try:
            conn.exec_driver_sql(
                "INSERT INTO search_trigram (search_trigram, rank) VALUES ('integrity-check', 1)"
            )
        except DatabaseError as error:
            if is_readonly(error.orig):  # the check writes: on a read-only file it cannot run
                raise
            return (f"search index: {error.orig}",)
        return ()

    def find(
        self, conn: Connection, query: str, kinds: Sequence[RecordKind], limit: int
    ) -> dict[RecordKind, list[int]]:
        """Ids of records containing ``query``: up to ``limit`` per kind, newest first."""
        if limit < 1:
            raise ValueError(f"limit must be at least 1 (got {limit})")
        # A query that is only a company form ("AG", "KK", "株式会社") is taken
        # literally, so typing the first letters of "Agfa" finds something.
        key = search_key(query) or fold(query)
        found: dict[RecordKind, list[int]] = {}
        if not key:
            return found
        short = _ShortQuery(conn, key) if len(key) < 3 else None
        for kind in kinds:
            if short is not None and short.nowhere:
                break
            low, high = _kind_range(kind)
            if short is None:
                rows = conn.exec_driver_sql(
                    "SELECT d.id FROM search_trigram JOIN search_document AS d "
                    "ON d.id = search_trigram.rowid "
                    "WHERE search_trigram MATCH ? AND search_trigram.rowid BETWEEN ? AND ? "
                    "AND instr(d.body, ?) > 0 ORDER BY search_trigram.rowid LIMIT ?",
                    (_trigram_query(key), low, high, key, limit),
                ).scalars()
                ids = list(rows)
            else:
                ids = short.find(low, high, limit)
            if ids:
                found[kind] = [_record_id(doc_id) for doc_id in ids]
        return found


class _ShortQuery:
    """A one- or two-character query, which trigrams cannot express directly.

    Every indexed field ends in two newlines, so every character of the text
    starts some trigram. A common query is answered fastest by reading the
    newest documents of a kind until enough contain it; a rarer one by an
    ``OR`` of the trigrams that start with it (looked up in the index's
    vocabulary once, and only when needed).
    """

    SCAN = 5_000  # documents read per kind before the vocabulary is asked

    def __init__(self, conn: Connection, key: str) -> None:
        self._conn = conn
        self._key = key
        self._terms: list[str] | None = None

    @property
    def nowhere(self) -> bool:
        """The vocabulary was asked and no indexed text contains the query."""
        return self._terms is not None and not self._terms

    def find(self, low: int, high: int, limit: int) -> list[int]:
        """The first ``limit`` document ids from ``low`` to ``high`` containing the query."""
        ids = list(
            self._conn.exec_driver_sql(
                "SELECT id FROM (SELECT id, body FROM search_document WHERE id BETWEEN ? AND ? "
                "ORDER BY id LIMIT ?) WHERE instr(body, ?) > 0 LIMIT ?",
                (low, high, self.SCAN, self._key, limit),
            ).scalars()
        )
        if len(ids) >= limit:
            return ids
        terms = self._vocabulary()
        if not terms:
            return []
        # Exact: a trigram starting with the query contains it.
        rows = self._conn.exec_driver_sql(
            "SELECT rowid FROM search_trigram WHERE search_trigram MATCH ? "
            "AND rowid BETWEEN ? AND ? ORDER BY rowid LIMIT ?",
            (" OR ".join(_quote(t) for t in terms), low, high, limit),
        ).scalars()
        return list(rows)

    def _vocabulary(self) -> list[str]:
        if self._terms is None:
            self._terms = list(
                self._conn.exec_driver_sql(
                    "SELECT term FROM search_trigram_vocab WHERE term >= ? AND term < ?",
                    (self._key, self._key + "\U0010ffff"),
                ).scalars()
            )
        return self._terms
