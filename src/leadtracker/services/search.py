"""Search everything: companies, contacts, projects and notes by any substring."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.engine import READ_ONLY
from leadtracker.db.models import Activity, Company, Contact, Project
from leadtracker.db.search_index import SearchIndex
from leadtracker.domain.names import PersonName
from leadtracker.domain.record_ids import MAX_RECORD_ID
from leadtracker.domain.vocabulary import RecordKind
from leadtracker.services.companies import display_name


@dataclass(frozen=True)
class SearchHit:
    """One record found: what it is, its id, and two lines to show it by."""

    kind: RecordKind
    record_id: int
    title: str
    detail: str
    #: Where an activity (a note) belongs: its project, else its company.
    project_id: int | None = None
    company_id: int | None = None


def _companies(session: Session, ids: Sequence[int]) -> dict[int, SearchHit]:
    rows = session.scalars(select(Company).where(Company.id.in_(ids)))
    return {
        c.id: SearchHit(
            RecordKind.COMPANY,
            c.id,
            display_name(c),
            " · ".join(x for x in (c.name_ja, c.name_de, c.hq_city) if x),
        )
        for c in rows
    }


def _contacts(session: Session, ids: Sequence[int]) -> dict[int, SearchHit]:
    rows = session.execute(
        select(Contact, Company)
        .outerjoin(Company, Company.id == Contact.company_id)
        .where(Contact.id.in_(ids))
    ).all()
    hits = {}
    for contact, company in rows:
        name = PersonName.of(contact)
        detail = " · ".join(
            x for x in (contact.title, display_name(company) if company else "") if x
        )
        hits[contact.id] = SearchHit(RecordKind.CONTACT, contact.id, name.display, detail)
    return hits


def _projects(session: Session, ids: Sequence[int]) -> dict[int, SearchHit]:
    rows = session.execute(select(Project, Company).join(Company).where(Project.id.in_(ids))).all()
    return {
        p.id: SearchHit(
            RecordKind.PROJECT,
            p.id,
            f"{p.title} [{p.code_name}]" if p.code_name else p.title,
            display_name(c),
        )
        for p, c in rows
    }


def _activities(session: Session, ids: Sequence[int]) -> dict[int, SearchHit]:
    rows = session.scalars(select(Activity).where(Activity.id.in_(ids)))
    return {
        a.id: SearchHit(
            RecordKind.ACTIVITY,
            a.id,
            a.subject or a.text[:80],
            f"{a.kind.label}, {a.occurred_at:%Y-%m-%d}",
            project_id=a.project_id,
            company_id=a.company_id,
        )
        for a in rows
    }


_LOADERS = {
    RecordKind.COMPANY: _companies,
    RecordKind.CONTACT: _contacts,
    RecordKind.PROJECT: _projects,
    RecordKind.ACTIVITY: _activities,
}


class SearchService:
    """Width-, kana- and case-insensitive substring search over all records."""

    def __init__(self, sessions: sessionmaker[Session], index: SearchIndex) -> None:
        self._sessions = sessions
        self._index = index

    def search(
        self, query: str, *, kinds: Sequence[RecordKind] = tuple(RecordKind), limit: int = 20
    ) -> list[SearchHit]:
        """Records containing ``query``: up to ``limit`` of each kind, companies first."""
        limit = min(limit, MAX_RECORD_ID)  # "all of them": SQLite counts no further
        hits: list[SearchHit] = []
        with self._sessions() as session:  # read only: no write lock, ends in a rollback
            conn = session.connection(execution_options=READ_ONLY)
            found = self._index.find(conn, query, sorted(kinds), limit)
            for kind, ids in found.items():
                loaded = _LOADERS[kind](session, ids)
                hits.extend(loaded[i] for i in ids if i in loaded)
        return hits
