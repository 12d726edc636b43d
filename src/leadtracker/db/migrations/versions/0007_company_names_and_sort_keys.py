"""Contacts and projects are found by their company's names; names sort on folded keys.

Revision ID: 0007
Revises: 0006

- ``company.name_sort`` / ``company.reading_sort`` and ``contact.reading_sort``
  / ``contact.latin_sort``: sort keys of the names and readings
  (:func:`leadtracker.domain.names.sort_key`: gojūon order, hiragana equal to
  katakana, width and case folded), worked out here for every row (trashed
  ones too: they may come back); the list sort indexes use them instead of
  the names as typed, by which a hiragana reading sorted above every
  katakana one.
- The search documents of contacts and projects in use are written again with
  their company's names (Japanese, reading, English, German entity); only
  documents that change are updated. A third of the documents change, so the
  update trigger is left out meanwhile and the FTS index rebuilt once from
  its content table (100,000 companies: 73 → 38 s with the backup).
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from leadtracker.db.migrations.engines import on_postgresql, sort_key_type
from leadtracker.db.models import Contact, Project, company_sort_keys, contact_sort_keys
from leadtracker.db.search_documents import documents_from_rows
from leadtracker.db.search_index import SqliteSearchIndex

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | None = None
depends_on: str | None = None

_BATCH = 5000
_NAMES = ("name_ja", "name_kana", "name_en", "name_de")
_PERSON = ("family_kanji", "given_kanji", "family_kana", "given_kana", "family_romaji",
           "given_romaji")  # fmt: skip

#: Each table's sort key columns, the columns they are worked out from, and how.
_SORT_KEYS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], Callable[[Any], dict[str, str]]],
                  ...] = (
    ("company", ("name_sort", "reading_sort"), _NAMES, company_sort_keys),
    ("contact", ("reading_sort", "latin_sort"), _PERSON, contact_sort_keys),
)  # fmt: skip

_OLD_INDEXES = (
    "CREATE INDEX ix_sort_company_name ON company "
    "(lower(coalesce(nullif(name_en, ''), nullif(name_de, ''), name_ja)))",
    "CREATE INDEX ix_sort_company_reading ON company (name_kana = '', name_kana)",
    "CREATE INDEX ix_sort_contact_name ON contact (family_kana = '', family_kana, given_kana, "
    "lower(family_romaji), lower(given_romaji))",
)
# The orders of services/lists (the expressions must stay exactly alike).
_NEW_INDEXES = (
    "CREATE INDEX ix_sort_company_name ON company (name_sort)",
    "CREATE INDEX ix_sort_company_reading ON company (reading_sort = '', reading_sort)",
    "CREATE INDEX ix_sort_contact_name ON contact (reading_sort = '', reading_sort, latin_sort)",
)
#: The same on PostgreSQL, with each expression in parentheses.
_PG_NEW_INDEXES = (
    "CREATE INDEX ix_sort_company_name ON company (name_sort)",
    "CREATE INDEX ix_sort_company_reading ON company ((reading_sort = ''), reading_sort)",
    "CREATE INDEX ix_sort_contact_name ON contact ((reading_sort = ''), reading_sort, latin_sort)",
)
_PG_OLD_INDEXES = (
    "CREATE INDEX ix_sort_company_name ON company "
    "((lower(coalesce(nullif(name_en, ''), nullif(name_de, ''), name_ja))))",
    "CREATE INDEX ix_sort_company_reading ON company ((name_kana = ''), name_kana)",
    "CREATE INDEX ix_sort_contact_name ON contact ((family_kana = ''), family_kana, given_kana, "
    "(lower(family_romaji)), (lower(given_romaji)))",
)
_INDEX_NAMES = ("ix_sort_company_name", "ix_sort_company_reading", "ix_sort_contact_name")

#: The columns each document is built from (as at this revision), ``company_id`` last:
#: the company's names follow it in the SELECT.
_MEMBERS = (
    (Contact, "contact", ("id", "family_kanji", "given_kanji", "family_kana", "given_kana",
                          "family_romaji", "given_romaji", "title", "email", "company_id")),
    (Project, "project", ("id", "title", "code_name", "company_id")),
)  # fmt: skip


def upgrade() -> None:
    """Add and fill the sort keys, index them, write the documents of contacts and projects."""
    conn = op.get_bind()
    if on_postgresql():  # created empty at head: no rows to work out, no documents to rewrite
        _upgrade_postgresql()
        return
    for table, keys, _, _ in _SORT_KEYS:
        for key in keys:
            op.add_column(table, sa.Column(key, sa.Text(), server_default="", nullable=False))
    for table, keys, sources, work_out in _SORT_KEYS:
        row_type = namedtuple("Row", ("id", *sources))  # type: ignore[misc]
        rows = conn.exec_driver_sql(f"SELECT id, {', '.join(sources)} FROM {table} ORDER BY id")
        assignments = ", ".join(f"{key} = ?" for key in keys)
        while batch := rows.fetchmany(_BATCH):
            values = []
            for row in batch:
                found = work_out(row_type._make(row))
                values.append((*(found[key] for key in keys), row[0]))
            conn.exec_driver_sql(f"UPDATE {table} SET {assignments} WHERE id = ?", values)
    for name in _INDEX_NAMES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    for statement in _NEW_INDEXES:
        op.execute(statement)
    _index_members(conn)


def _upgrade_postgresql() -> None:
    for table, keys, _, _ in _SORT_KEYS:
        for key in keys:
            op.add_column(table, sa.Column(key, sort_key_type(), server_default="", nullable=False))
    for name in _INDEX_NAMES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    for statement in _PG_NEW_INDEXES:
        op.execute(statement)


#: The FTS index's update trigger as migration 0001 created it.
_UPDATE_TRIGGER = (
    "CREATE TRIGGER search_document_au AFTER UPDATE ON search_document BEGIN "
    "INSERT INTO search_trigram(search_trigram, rowid, body) VALUES ('delete', old.id, old.body); "
    "INSERT INTO search_trigram(rowid, body) VALUES (new.id, new.body); END"
)


def _index_members(conn: sa.Connection) -> None:
    conn.exec_driver_sql("DROP TRIGGER search_document_au")
    _write_members(conn)
    # One buffer for the whole index (see SqliteSearchIndex.bulk_loader), then one segment.
    conn.exec_driver_sql(
        "INSERT INTO search_trigram (search_trigram, rank) VALUES ('hashsize', 1073741824)"
    )
    conn.exec_driver_sql("INSERT INTO search_trigram (search_trigram) VALUES ('rebuild')")
    conn.exec_driver_sql(
        "INSERT INTO search_trigram (search_trigram, rank) VALUES ('hashsize', 1048576)"
    )
    conn.exec_driver_sql("INSERT INTO search_trigram (search_trigram) VALUES ('optimize')")
    conn.exec_driver_sql(_UPDATE_TRIGGER)


def _write_members(conn: sa.Connection) -> None:
    index = SqliteSearchIndex()
    names = ", ".join(f"c.{name}" for name in _NAMES)
    for model, table, columns in _MEMBERS:
        rows = conn.exec_driver_sql(
            f"SELECT {', '.join(f'r.{column}' for column in columns)}, {names} "
            f"FROM {table} AS r LEFT JOIN company AS c ON c.id = r.company_id "
            "WHERE r.trashed_in IS NULL ORDER BY r.id"
        )
        while batch := rows.fetchmany(_BATCH):
            companies = {
                row[len(columns) - 1]: [value or "" for value in row[len(columns) :]]
                for row in batch
            }
            found = documents_from_rows(model, columns, _records(batch, len(columns)), companies)
            conn.exec_driver_sql(
                "UPDATE search_document SET body = ? WHERE id = ? AND body IS NOT ?",
                [(body, document_id, body) for document_id, body in index.prepare(found)],
            )


def _records(batch: Iterable[Sequence[Any]], width: int) -> list[Sequence[Any]]:
    return [row[:width] for row in batch]


def downgrade() -> None:
    """Back to the sort indexes on the names as typed; drop the keys (documents stay)."""
    for name in _INDEX_NAMES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    for table, keys, _, _ in _SORT_KEYS:
        for key in keys:
            op.execute(f"ALTER TABLE {table} DROP COLUMN {key}")
    for statement in _PG_OLD_INDEXES if on_postgresql() else _OLD_INDEXES:
        op.execute(statement)
