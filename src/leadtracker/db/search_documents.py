"""What each kind of record contributes to the search index, and keeping it current.

The field builders work on anything with the model's attribute names, so the
same code indexes an ORM object during a flush and a plain row during a bulk
load. A contact's and a project's document also hold every name of their
company (Japanese, reading, English, German entity), so that the lists'
quick filters and the global search find them by it.

:func:`install_search_hooks` re-indexes every record created or changed
through the ORM in the session's own transaction -- and when a company's
names change, its contacts and projects with it; deletions -- including
cascades and bulk deletes the ORM never sees -- are taken out of the index by
``AFTER DELETE`` triggers on the record tables (migration 0001).
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, event, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.models import Activity, Company, Contact, Project
from leadtracker.db.search_index import SearchIndex
from leadtracker.domain.normalize import search_key, website_domain
from leadtracker.domain.vocabulary import RecordKind

#: A company's names as the documents of its contacts and projects hold them.
COMPANY_NAMES = ("name_ja", "name_kana", "name_en", "name_de")

#: A document: the kind and id of a record, and its fields.
Document = tuple[RecordKind, int, list[str]]


def company_fields(c: Any, _company: Sequence[str] = ()) -> list[str]:
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


def contact_fields(c: Any, company: Sequence[str] = ()) -> list[str]:
    """A contact's name parts and whole names in each script, title, email, company's names.

    The company's names are keyed without their legal forms (see :func:`_of_company`).
    """
    return [
        f"{c.family_kanji}{c.given_kanji}",
        f"{c.family_kana}{c.given_kana}",
        f"{c.family_romaji} {c.given_romaji}",
        f"{c.given_romaji} {c.family_romaji}",
        c.title,
        c.email,
        *_of_company(tuple(company)),
    ]


def project_fields(p: Any, company: Sequence[str] = ()) -> list[str]:
    """A project's title and code name, and its company's names (without legal forms)."""
    return [p.title, p.code_name, *_of_company(tuple(company))]


# A company's contacts and projects follow one another in a bulk load.
@lru_cache(maxsize=1 << 12)
def _of_company(names: tuple[str, ...]) -> tuple[str, ...]:
    """A company's names as its contacts' and projects' documents hold them: their search keys.

    Without the legal forms, which a company's own document keeps: a query of
    only ``GmbH`` lists the companies, not every contact and project of them.
    """
    return tuple(search_key(name) for name in names)


def activity_fields(a: Any, _company: Sequence[str] = ()) -> list[str]:
    """An activity's subject and text (the desk's notes)."""
    return [a.subject, a.text]


Builder = Callable[[Any, Sequence[str]], list[str]]

_BUILDERS: dict[type[Any], tuple[RecordKind, Builder]] = {
    Company: (RecordKind.COMPANY, company_fields),
    Contact: (RecordKind.CONTACT, contact_fields),
    Project: (RecordKind.PROJECT, project_fields),
    Activity: (RecordKind.ACTIVITY, activity_fields),
}

#: Ids per ``IN (…)`` (well below SQLite's limit on bound parameters).
_CHUNK = 500

#: The kinds whose documents hold their company's names.
_OF_A_COMPANY: tuple[type[Contact] | type[Project], ...] = (Contact, Project)


def company_names(conn: Connection, company_ids: Iterable[int | None]) -> dict[int, list[str]]:
    """The names (:data:`COMPANY_NAMES`) of these companies, as they are in the database."""
    wanted = sorted({i for i in company_ids if i is not None})
    names: dict[int, list[str]] = {}
    columns = [getattr(Company, name) for name in COMPANY_NAMES]
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        for company_id, *values in conn.execute(
            select(Company.id, *columns).where(Company.id.in_(chunk))
        ):
            names[company_id] = values
    return names


def member_documents(conn: Connection, company_ids: Collection[int]) -> list[Document]:
    """Documents of the contacts and projects in use of these companies (their names changed)."""
    names = company_names(conn, company_ids)
    wanted = sorted(names)
    documents: list[Document] = []
    for model in _OF_A_COMPANY:
        kind, build = _BUILDERS[model]
        for start in range(0, len(wanted), _CHUNK):
            in_chunk = model.company_id.in_(wanted[start : start + _CHUNK])
            for record in conn.execute(select(model).where(in_chunk, model.trashed_in.is_(None))):
                documents.append((kind, record.id, build(record, names[record.company_id])))
    return documents


def _names_changed(company: Company) -> bool:
    state = inspect(company)
    return any(state.attrs[name].history.has_changes() for name in COMPANY_NAMES)


def install_search_hooks(factory: sessionmaker[Session], index: SearchIndex) -> None:
    """Re-index records created or changed through sessions of ``factory``.

    A company whose names changed has its contacts and projects re-indexed
    too, in the same transaction (only documents that change are written).
    """

    def after_flush(session: Session, _context: object) -> None:
        conn = session.connection()
        changed = [o for o in session.dirty if session.is_modified(o, include_collections=False)]
        records = [o for o in [*session.new, *changed] if type(o) in _BUILDERS]
        in_use = [o for o in records if o.trashed_in is None]
        names = company_names(conn, (o.company_id for o in in_use if type(o) in _OF_A_COMPANY))
        documents = []
        for obj in in_use:
            kind, build = _BUILDERS[type(obj)]
            company = names.get(obj.company_id, []) if type(obj) in _OF_A_COMPANY else []
            documents.append((kind, obj.id, build(obj, company)))
        renamed = [
            o.id
            for o in changed
            if isinstance(o, Company) and o.trashed_in is None and _names_changed(o)
        ]
        if renamed:
            done = {(kind, record_id) for kind, record_id, _ in documents}
            documents += [
                document for document in member_documents(conn, renamed) if document[:2] not in done
            ]
        index.put_many(conn, documents)
        index.remove_many(
            conn, [(_BUILDERS[type(o)][0], o.id) for o in records if o.trashed_in is not None]
        )

    event.listen(factory, "after_flush", after_flush)


def documents_from_rows(
    model: type[Any],
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    companies: Mapping[int, Sequence[str]] | None = None,
) -> Iterator[Document]:
    """Documents of records given as plain tuples in ``columns`` order (bulk loads).

    ``columns`` must include ``id`` and the fields the model's builder reads
    (and ``company_id`` when ``companies`` gives the names of the companies
    -- as :data:`COMPANY_NAMES` -- for the documents of contacts and projects).
    """
    kind, build = _BUILDERS[model]
    row_type = namedtuple(f"{model.__name__}Row", columns)  # type: ignore[misc]
    if companies is None or model not in _OF_A_COMPANY:
        companies = {}
    for row in rows:
        record: Any = row_type._make(row)
        company = companies.get(record.company_id, ()) if companies else ()
        yield kind, record.id, build(record, company)
