"""Substring search over companies, contacts, projects and notes.

:class:`SearchIndex` is the interface the services use; :class:`SqliteSearchIndex`
implements it with SQLite FTS5 (another database gets its own implementation
beside it). Every indexed text is normalised with
:func:`leadtracker.domain.normalize.search_key` and so is every query, so the
search is width-, kana- and case-insensitive and ignores company forms.

How the SQLite index answers:

* One row per record in ``search_document`` (id = kind << 40 | record id, so a
  kind is a rowid range), kept in an FTS5 ``trigram`` index by triggers in the
  same transaction as the data.
* Queries of three or more characters: the FTS5 index finds documents holding
  all of the query's trigrams; ``instr`` confirms the exact substring.
* Queries of one or two characters, which trigrams cannot express: every
  indexed field ends in two newlines, so every character of the text starts
  some trigram. The vocabulary of trigrams starting with the query is looked
  up; a handful becomes an ``OR`` query, and when there are many the query is
  so common that a plain scan finds enough hits at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import islice
from typing import Protocol

from sqlalchemy import Connection

from leadtracker.domain.normalize import search_key
from leadtracker.domain.vocabulary import RecordKind

_KIND_SHIFT = 40
_MAX_TRIGRAMS = 16
_MAX_PREFIX_TERMS = 48


class SearchIndex(Protocol):
    """What the services need of a search index."""

    def put(
        self, conn: Connection, kind: RecordKind, record_id: int, fields: Sequence[str]
    ) -> None:
        """Index (or re-index) one record from its text fields."""

    def put_many(
        self, conn: Connection, documents: Iterable[tuple[RecordKind, int, Sequence[str]]]
    ) -> int:
        """Index many records at once; returns how many."""

    def remove(self, conn: Connection, kind: RecordKind, record_id: int) -> None:
        """Take one record out of the index."""

    def replace_all(
        self, conn: Connection, documents: Iterable[tuple[RecordKind, int, Sequence[str]]]
    ) -> int:
        """Replace the whole index with ``documents`` (fast path for bulk loads)."""

    def find(self, conn: Connection, query: str, kind: RecordKind, limit: int) -> list[int]:
        """Ids of records of ``kind`` containing ``query``, newest first."""

    def count(self, conn: Connection) -> int:
        """Number of indexed records."""


#: The triggers that keep the FTS index in step with ``search_document`` (the
#: whole schema is created by the migrations; bulk loads drop and recreate these).
SQLITE_TRIGGERS: dict[str, str] = {
    "search_document_ai": "CREATE TRIGGER search_document_ai AFTER INSERT ON search_document BEGIN "
    "INSERT INTO search_trigram(rowid, body) VALUES (new.id, new.body); END",
    "search_document_ad": "CREATE TRIGGER search_document_ad AFTER DELETE ON search_document BEGIN "
    "INSERT INTO search_trigram(search_trigram, rowid, body) VALUES ('delete', old.id, old.body); "
    "END",
    "search_document_au": "CREATE TRIGGER search_document_au AFTER UPDATE ON search_document BEGIN "
    "INSERT INTO search_trigram(search_trigram, rowid, body) VALUES ('delete', old.id, old.body); "
    "INSERT INTO search_trigram(rowid, body) VALUES (new.id, new.body); END",
}


# Bulk loads index many equal texts (names, templates): remember recent keys.
_cached_search_key = lru_cache(maxsize=1 << 16)(search_key)


def document_body(fields: Sequence[str]) -> str:
    """The indexed text of a record: each non-empty field normalised, ending in two newlines."""
    keys = (_cached_search_key(field) for field in fields if field)
    return "".join(f"{key}\n\n" for key in keys if key)


def _document_id(kind: RecordKind, record_id: int) -> int:
    return (int(kind) << _KIND_SHIFT) | record_id


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _trigram_query(key: str) -> str:
    grams = list(dict.fromkeys(key[i : i + 3] for i in range(len(key) - 2)))
    if len(grams) > _MAX_TRIGRAMS:
        step = (len(grams) - 1) / (_MAX_TRIGRAMS - 1)
        grams = [grams[round(i * step)] for i in range(_MAX_TRIGRAMS)]
    return " AND ".join(_quote(g) for g in grams)


class SqliteSearchIndex:
    """The search index in SQLite FTS5 tables (see the module docstring)."""

    def put(
        self, conn: Connection, kind: RecordKind, record_id: int, fields: Sequence[str]
    ) -> None:
        """Index (or re-index) one record from its text fields."""
        self.put_many(conn, [(kind, record_id, fields)])

    def put_many(
        self, conn: Connection, documents: Iterable[tuple[RecordKind, int, Sequence[str]]]
    ) -> int:
        """Index many records at once; returns how many."""
        rows = [(_document_id(k, rid), document_body(f)) for k, rid, f in documents]
        if rows:
            conn.exec_driver_sql(
                "INSERT INTO search_document (id, body) VALUES (?, ?) "
                "ON CONFLICT (id) DO UPDATE SET body = excluded.body "
                "WHERE body IS NOT excluded.body",
                rows,
            )
        return len(rows)

    def remove(self, conn: Connection, kind: RecordKind, record_id: int) -> None:
        """Take one record out of the index."""
        conn.exec_driver_sql(
            "DELETE FROM search_document WHERE id = ?", (_document_id(kind, record_id),)
        )

    def replace_all(
        self, conn: Connection, documents: Iterable[tuple[RecordKind, int, Sequence[str]]]
    ) -> int:
        """Replace the whole index with ``documents``.

        Row-by-row triggers are the slow part of loading many documents, so they
        are dropped, the documents written, the FTS index rebuilt in one pass
        and the triggers created again -- all inside the caller's transaction.
        """
        for name in SQLITE_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER {name}")
        conn.exec_driver_sql("DELETE FROM search_document")
        rows = ((_document_id(k, rid), document_body(f)) for k, rid, f in documents)
        total = 0
        while chunk := list(islice(rows, 50_000)):
            conn.exec_driver_sql("INSERT INTO search_document (id, body) VALUES (?, ?)", chunk)
            total += len(chunk)
        conn.exec_driver_sql("INSERT INTO search_trigram(search_trigram) VALUES ('rebuild')")
        for statement in SQLITE_TRIGGERS.values():
            conn.exec_driver_sql(statement)
        return total

    def count(self, conn: Connection) -> int:
        """Number of indexed records."""
        return int(conn.exec_driver_sql("SELECT count(*) FROM search_document").scalar_one())

    def find(self, conn: Connection, query: str, kind: RecordKind, limit: int) -> list[int]:
        """Ids of records of ``kind`` containing ``query``, newest first."""
        key = search_key(query)
        if not key:
            return []
        low = _document_id(kind, 0)
        high = _document_id(kind, (1 << _KIND_SHIFT) - 1)
        if len(key) >= 3:
            match = _trigram_query(key)
        else:
            terms = conn.exec_driver_sql(
                "SELECT term FROM search_trigram_vocab WHERE term >= ? AND term < ? LIMIT ?",
                (key, key + "\U0010ffff", _MAX_PREFIX_TERMS + 1),
            ).scalars()
            prefix_terms = list(terms)
            if not prefix_terms:
                return []
            if len(prefix_terms) > _MAX_PREFIX_TERMS:
                return self._scan(conn, key, low, high, limit)
            match = " OR ".join(_quote(t) for t in prefix_terms)
        rows = conn.exec_driver_sql(
            "SELECT d.id FROM search_trigram JOIN search_document AS d "
            "ON d.id = search_trigram.rowid "
            "WHERE search_trigram MATCH ? AND search_trigram.rowid BETWEEN ? AND ? "
            "AND instr(d.body, ?) > 0 ORDER BY search_trigram.rowid DESC LIMIT ?",
            (match, low, high, key, limit),
        ).scalars()
        return [doc_id - low for doc_id in rows]

    @staticmethod
    def _scan(conn: Connection, key: str, low: int, high: int, limit: int) -> list[int]:
        rows = conn.exec_driver_sql(
            "SELECT id FROM search_document WHERE id BETWEEN ? AND ? AND instr(body, ?) > 0 "
            "ORDER BY id DESC LIMIT ?",
            (low, high, key, limit),
        ).scalars()
        return [doc_id - low for doc_id in rows]
