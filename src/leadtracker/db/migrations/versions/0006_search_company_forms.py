"""The search index keeps company forms after each key: a query of only ``GmbH`` finds them.

Revision ID: 0006
Revises: 0005

Data only: every indexed record's document is written again by today's rule
(:func:`leadtracker.db.search_index.document_body`: the forms after each key,
and control characters as spaces, so that a NUL no longer ends a document
early); only documents that change are updated (the triggers update the FTS
index row by row).
"""

from __future__ import annotations

from alembic import op

from leadtracker.db.migrations.engines import on_postgresql
from leadtracker.db.models import Activity, Company, Contact, Project
from leadtracker.db.search_documents import documents_from_rows
from leadtracker.db.search_index import SqliteSearchIndex

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None

#: The columns each kind's document is built from (as at this revision).
_COLUMNS = (
    (Company, "company", ("id", "name_ja", "name_kana", "name_en", "name_de",
                          "register_number", "corporate_number", "website", "hq_city")),
    (Contact, "contact", ("id", "family_kanji", "given_kanji", "family_kana", "given_kana",
                          "family_romaji", "given_romaji", "title", "email")),
    (Project, "project", ("id", "title", "code_name")),
    (Activity, "activity", ("id", "subject", "text")),
)  # fmt: skip
_BATCH = 5000


def upgrade() -> None:
    """Write every document again; the unchanged ones are left as they are."""
    if on_postgresql():
        return  # created empty at head: no documents to rewrite
    conn = op.get_bind()
    index = SqliteSearchIndex()
    for model, table, columns in _COLUMNS:
        rows = conn.exec_driver_sql(
            f"SELECT {', '.join(columns)} FROM {table} WHERE trashed_in IS NULL ORDER BY id"
        )
        while batch := rows.fetchmany(_BATCH):
            documents = index.prepare(documents_from_rows(model, columns, batch))
            conn.exec_driver_sql(
                "UPDATE search_document SET body = ? WHERE id = ? AND body IS NOT ?",
                [(body, document_id, body) for document_id, body in documents],
            )


def downgrade() -> None:
    """Nothing to undo: an older program finds its keys in the documents as before."""
