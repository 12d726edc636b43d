"""What each kind of record contributes to the search index, and keeping it current.

The field builders work on anything with the model's attribute names, so the
same code indexes an ORM object during a flush and a plain row during a bulk
load. :func:`install_search_hooks` re-indexes every record created or changed
through the ORM in the session's own transaction; deletions -- including
cascades and bulk deletes the ORM never sees -- are taken out of the index by
``AFTER DELETE`` triggers on the record tables (migration 0001).
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.models import Activity, Company, Contact, Project
from leadtracker.db.search_index import SearchIndex
from leadtracker.domain.normalize import website_domain
from leadtracker.domain.vocabulary import RecordKind


def company_fields(c: Any) -> list[str]:
    """Names in every script, numbers, web domain and city of a company."""
    return [
        c.name_ja,
        c.name_kana,
        c.name_en,
        c.name_de,
        c.register_number,
        c.corporate_number,
        website_domain(c.website) if c.website else "",
        c.hq_city,
    ]


def contact_fields(c: Any) -> list[str]:
    """A contact's name parts and whole names in each script, title and email."""
    return [
        f"{c.family_kanji}{c.given_kanji}",
        f"{c.family_kana}{c.given_kana}",
        f"{c.family_romaji} {c.given_romaji}",
        f"{c.given_romaji} {c.family_romaji}",
        c.title,
        c.email,
    ]


def project_fields(p: Any) -> list[str]:
    """A project's title and code name."""
    return [p.title, p.code_name]


def activity_fields(a: Any) -> list[str]:
    """An activity's subject and text (the desk's notes)."""
    return [a.subject, a.text]


_BUILDERS: dict[type[Any], tuple[RecordKind, Callable[[Any], list[str]]]] = {
    Company: (RecordKind.COMPANY, company_fields),
    Contact: (RecordKind.CONTACT, contact_fields),
    Project: (RecordKind.PROJECT, project_fields),
    Activity: (RecordKind.ACTIVITY, activity_fields),
}


def install_search_hooks(factory: sessionmaker[Session], index: SearchIndex) -> None:
    """Re-index records created or changed through sessions of ``factory``."""

    def after_flush(session: Session, _context: object) -> None:
        conn = session.connection()
        changed = [o for o in session.dirty if session.is_modified(o, include_collections=False)]
        documents, trashed = [], []
        for obj in [*session.new, *changed]:
            entry = _BUILDERS.get(type(obj))
            if entry is not None:
                kind, build = entry
                if obj.trashed_in is None:
                    documents.append((kind, obj.id, build(obj)))
                else:
                    trashed.append((kind, obj.id))
        index.put_many(conn, documents)
        index.remove_many(conn, trashed)

    event.listen(factory, "after_flush", after_flush)


def documents_from_rows(
    model: type[Any], columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> Iterator[tuple[RecordKind, int, list[str]]]:
    """Documents of records given as plain tuples in ``columns`` order (bulk loads).

    ``columns`` must include ``id`` and the fields the model's builder reads.
    """
    kind, build = _BUILDERS[model]
    row_type = namedtuple(f"{model.__name__}Row", columns)  # type: ignore[misc]
    for row in rows:
        record: Any = row_type._make(row)
        yield kind, record.id, build(record)
