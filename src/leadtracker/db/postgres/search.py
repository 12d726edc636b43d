"""Substring search on PostgreSQL: the documents' own n-grams in a built-in GIN index.

The same documents as on SQLite (:func:`~leadtracker.db.search_index.document_body`:
each field normalised with ``search_key``, ending in two line breaks; the
same document ids, newest record first within a kind), in
``search_document(id bigint, body text COLLATE "C", grams bigint[])``.

``grams`` holds every distinct 1-, 2- and 3-character piece of each field
(not across fields), each packed exactly into one integer (21 bits per code
point), and a GIN index on it (``array_ops``: in every PostgreSQL, no
extension). That avoids both traps of ``pg_trgm``: it cannot use its index
for one or two characters, and under a ``C`` locale it does not see kanji
and kana at all -- n-grams made here know nothing of the server's locale.

A query of one to three characters is one gram; a longer one the trigrams
that cover it without overlap. The index finds the documents holding all of
them (``grams @> …``), and ``strpos`` on the body confirms the exact
substring -- so the results are exactly SQLite's: the documents containing
the key. Very common texts (:data:`~leadtracker.db.search_index.DENSE_SHARE`)
read the documents instead of the index.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Connection,
    Integer,
    TextualSelect,
    bindparam,
    column,
    func,
    literal,
    select,
    table,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY

from leadtracker.db.search_index import _ID_MASK as ID_MASK
from leadtracker.db.search_index import _KIND_SHIFT as KIND_SHIFT
from leadtracker.db.search_index import (
    DENSE_SHARE,
    TextFilter,
    document_body,
)
from leadtracker.db.search_index import _document_id as document_id
from leadtracker.db.search_index import _kind_range as kind_range
from leadtracker.db.search_index import _record_id as record_id_of
from leadtracker.domain.normalize import fold, search_key
from leadtracker.domain.vocabulary import RecordKind

_BITS = 21  # every code point fits (U+10FFFF < 2**21); three fit a signed bigint
_FIELD_END = "\n\n"
_SAMPLE = 2000  # records read to estimate how common a text is
_BATCH = 5000

_DOCUMENTS = table("search_document", column("id", Integer), column("body"))
_GRAMS = ARRAY(BigInteger)


def pack(gram: str) -> int:
    """One to three characters as one integer (exact: no two grams share one)."""
    value = 0
    for character in gram:
        value = (value << _BITS) | ord(character)
    return value


def grams_of(body: str) -> list[int]:
    """The distinct 1-, 2- and 3-grams of each field of a document, packed."""
    found: set[int] = set()
    for field in body.split(_FIELD_END):
        for size in (1, 2, 3):
            found.update(pack(field[i : i + size]) for i in range(len(field) - size + 1))
    return sorted(found)


def cover(key: str) -> list[int]:
    """Grams every document containing ``key`` holds: the key itself, or trigrams covering it."""
    if len(key) <= 3:
        return [pack(key)]
    pieces = [*(key[i : i + 3] for i in range(0, len(key) - 2, 3)), key[-3:]]
    return sorted({pack(piece) for piece in pieces})


def _key(query: str) -> str:
    # A query that is only a company form is taken literally (as on SQLite).
    return search_key(query) or fold(query)


class PostgresSearchIndex:
    """The search index in a PostgreSQL table with a GIN index (see the module docstring)."""

    def put_many(
        self, conn: Connection, documents: Iterable[tuple[RecordKind, int, Sequence[str]]]
    ) -> int:
        """Index many records at once; returns how many."""
        rows = self.prepare(documents)
        if rows:
            conn.execute(
                text(
                    "INSERT INTO search_document (id, body, grams) VALUES (:id, :body, :grams) "
                    "ON CONFLICT (id) DO UPDATE SET body = excluded.body, grams = excluded.grams "
                    "WHERE search_document.body IS DISTINCT FROM excluded.body"
                ).bindparams(bindparam("grams", type_=_GRAMS)),
                [{"id": i, "body": body, "grams": grams_of(body)} for i, body in rows],
            )
        return len(rows)

    def remove_many(self, conn: Connection, records: Iterable[tuple[RecordKind, int]]) -> None:
        """Take records out of the index (they went to the trash)."""
        ids = [document_id(kind, record_id) for kind, record_id in records]
        if ids:
            conn.execute(
                text("DELETE FROM search_document WHERE id = ANY(:ids)").bindparams(
                    bindparam("ids", type_=_GRAMS)
                ),
                {"ids": ids},
            )

    def prepare(
        self, documents: Iterable[tuple[RecordKind, int, Sequence[str]]]
    ) -> list[tuple[int, str]]:
        """``(document id, indexed text)`` rows for :meth:`bulk_loader`."""
        return [(document_id(k, rid), document_body(f)) for k, rid, f in documents]

    @contextmanager
    def bulk_loader(self, conn: Connection) -> Iterator[Callable[[Sequence[tuple[int, str]]], int]]:
        """Add many new documents; documents copied in without grams get theirs on the way out."""

        def add(rows: Sequence[tuple[int, str]]) -> int:
            if rows:
                conn.execute(
                    text(
                        "INSERT INTO search_document (id, body, grams) VALUES (:id, :body, :grams)"
                    ).bindparams(bindparam("grams", type_=_GRAMS)),
                    [{"id": i, "body": body, "grams": grams_of(body)} for i, body in rows],
                )
            return len(rows)

        yield add
        self._fill_missing_grams(conn)

    @staticmethod
    def _fill_missing_grams(conn: Connection) -> None:
        """Grams for documents inserted straight into the table (``INSERT … SELECT``)."""
        rows = conn.execute(
            text("SELECT id, body FROM search_document WHERE grams = '{}' AND body <> ''")
        ).all()
        update = text("UPDATE search_document SET grams = :grams WHERE id = :id").bindparams(
            bindparam("grams", type_=_GRAMS)
        )
        for start in range(0, len(rows), _BATCH):
            batch = rows[start : start + _BATCH]
            conn.execute(update, [{"id": i, "grams": grams_of(body)} for i, body in batch])

    def text_filter(self, conn: Connection, query: str, kind: RecordKind) -> TextFilter:
        """A list's filter text looked up once: how common it is, whether the index narrows it."""
        key = _key(query)
        share = self._share_matching(conn, key, kind)
        # ``match``: one entry (the grams are worked out from the key) or None: read the documents.
        match: tuple[str, ...] | None = None if share >= DENSE_SHARE else (key,)
        return TextFilter(key, kind, share, match)

    def matching_ids(self, text_filter: TextFilter) -> TextualSelect:
        """A subquery of the ids of all records containing the filter's text (for lists)."""
        low, high = kind_range(text_filter.kind)
        params: dict[str, object] = {
            "mask": ID_MASK,
            "low": low,
            "high": high,
            "key": text_filter.key,
        }
        narrowed = ""
        if text_filter.match is not None:
            narrowed = "d.grams @> :cover AND "
            params["cover"] = cover(text_filter.key)
        sql = (
            "SELECT CAST(:mask - (d.id & :mask) AS integer) AS record_id "
            f"FROM search_document AS d WHERE {narrowed}"
            "d.id BETWEEN :low AND :high AND strpos(d.body, :key) > 0"
        )
        statement = text(sql)
        if "cover" in params:
            statement = statement.bindparams(bindparam("cover", type_=_GRAMS))
        return statement.bindparams(**params).columns(record_id=Integer)

    def record_matches(
        self, query: str, kind: RecordKind, record_id: ColumnElement[int]
    ) -> ColumnElement[bool]:
        """Whether the record ``record_id`` (a column) contains ``query``, row by row."""
        key = _key(query)
        document = literal(int(kind) << KIND_SHIFT, BigInteger).op("|")(
            literal(ID_MASK, BigInteger) - record_id
        )
        body = select(_DOCUMENTS.c.body).where(_DOCUMENTS.c.id == document).scalar_subquery()
        return func.strpos(body, key) > 0

    @staticmethod
    def _share_matching(conn: Connection, key: str, kind: RecordKind) -> float:
        """Roughly which share of the records of ``kind`` contain ``key`` (the newest ones)."""
        low, high = kind_range(kind)
        sampled, matching = conn.execute(
            text(
                "SELECT count(*), count(*) FILTER (WHERE strpos(body, :key) > 0) FROM ("
                "SELECT body FROM search_document WHERE id BETWEEN :low AND :high "
                "ORDER BY id LIMIT :sample) AS newest"
            ),
            {"key": key, "low": low, "high": high, "sample": _SAMPLE},
        ).one()
        return float(matching) / sampled if sampled else 0.0

    def count(self, conn: Connection) -> int:
        """Number of indexed records."""
        return int(conn.execute(text("SELECT count(*) FROM search_document")).scalar_one())

    def counts_by_kind(self, conn: Connection) -> dict[RecordKind, int]:
        """Number of indexed records of each kind."""
        rows = conn.execute(
            text(f"SELECT id >> {KIND_SHIFT}, count(*) FROM search_document GROUP BY 1")
        ).all()
        known = {int(kind) for kind in RecordKind}
        return {RecordKind(kind): int(n) for kind, n in rows if kind in known}

    def problems(self, conn: Connection) -> tuple[str, ...]:
        """Documents whose grams do not match their text (the GIN index is PostgreSQL's own)."""
        wrong = 0
        rows = conn.execute(text("SELECT body, grams FROM search_document ORDER BY id"))
        while batch := rows.fetchmany(_BATCH):
            wrong += sum(1 for body, grams in batch if sorted(grams) != grams_of(body))
        return (f"search index: {wrong} documents with stale grams",) if wrong else ()

    def find(
        self, conn: Connection, query: str, kinds: Sequence[RecordKind], limit: int
    ) -> dict[RecordKind, list[int]]:
        """Ids of records containing ``query``: up to ``limit`` per kind, newest first."""
        if limit < 1:
            raise ValueError(f"limit must be at least 1 (got {limit})")
        key = _key(query)
        found: dict[RecordKind, list[int]] = {}
        if not key:
            return found
        statement = text(
            "SELECT id FROM search_document WHERE grams @> :cover "
            "AND id BETWEEN :low AND :high AND strpos(body, :key) > 0 ORDER BY id LIMIT :limit"
        ).bindparams(bindparam("cover", type_=_GRAMS))
        grams = cover(key)
        for kind in kinds:
            low, high = kind_range(kind)
            ids = conn.execute(
                statement, {"cover": grams, "low": low, "high": high, "key": key, "limit": limit}
            ).scalars()
            records = [record_id_of(doc_id) for doc_id in ids]
            if records:
                found[kind] = records
        return found
