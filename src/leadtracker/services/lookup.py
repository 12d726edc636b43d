"""Find one company or project from what a user typed: an id, a name, or a search text.

Used where a record is named on the command line (``leadtracker dossier
"Epson Deutschland GmbH"``): a number is an id; otherwise a record one of
whose names is exactly the text wins (width, kana and case aside); otherwise
the search must find exactly one record. Several candidates are an error that
lists them, so the user can pick one by id.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.models import Company, Project
from leadtracker.db.search_index import SearchIndex
from leadtracker.domain.errors import DomainError, NotFoundError
from leadtracker.domain.normalize import fold
from leadtracker.domain.record_ids import is_record_id
from leadtracker.domain.vocabulary import RecordKind
from leadtracker.services.search import SearchHit, SearchService

#: Candidates a lookup lists at most.
CANDIDATES = 10


class AmbiguousRecordError(DomainError):
    """The text names several records; ``candidates`` lists them (at most :data:`CANDIDATES`)."""

    def __init__(self, text: str, kind: RecordKind, candidates: Sequence[SearchHit]) -> None:
        self.candidates = tuple(candidates)
        noun = "companies" if kind is RecordKind.COMPANY else "projects"
        super().__init__(f"“{text}” matches several {noun}: give one of their ids")


_NAMES: dict[RecordKind, tuple[Any, tuple[Any, ...]]] = {
    RecordKind.COMPANY: (
        Company,
        (Company.name_en, Company.name_de, Company.name_ja, Company.name_kana),
    ),
    RecordKind.PROJECT: (Project, (Project.title, Project.code_name)),
}


class RecordLookup:
    """Resolves what a user typed to one company or project id."""

    def __init__(self, sessions: sessionmaker[Session], index: SearchIndex) -> None:
        self._sessions = sessions
        self._search = SearchService(sessions, index)

    def company(self, text: str) -> int:
        """The id of the one company ``text`` names (see the module docstring).

        Raises:
            NotFoundError: no company matches.
            AmbiguousRecordError: several do.
        """
        return self._find(RecordKind.COMPANY, text)

    def project(self, text: str) -> int:
        """The id of the one project ``text`` names (by title or code name)."""
        return self._find(RecordKind.PROJECT, text)

    def _find(self, kind: RecordKind, text: str) -> int:
        model, names = _NAMES[kind]
        noun = "company" if kind is RecordKind.COMPANY else "project"
        typed = text.strip()
        if not typed:
            raise NotFoundError(f"Give a {noun} id or name.")
        with self._sessions.begin() as session:
            if typed.isdecimal():  # what int() reads: also ０１ typed full-width, not ²
                number = int(typed) if len(typed) <= 20 else 0  # int() refuses 4,300 digits
                if not is_record_id(number) or session.get(model, number) is None:
                    raise NotFoundError(f"There is no {noun} with id {typed}.")
                return number
            lowered = typed.casefold()
            exact = session.scalars(
                select(model.id).where(or_(*(func.lower(n) == lowered for n in names)))
            ).all()
        if len(exact) == 1:
            return int(exact[0])
        hits = self._search.search(typed, kinds=(kind,), limit=CANDIDATES + 1)
        key = fold(typed)
        named = [h for h in hits if key in (fold(h.title), fold(h.detail))]
        if len(exact) > 1 or len(named) > 1:
            chosen = [h for h in hits if h.record_id in set(exact)] or named
            chosen = chosen or [SearchHit(kind, int(i), f"#{i}", "") for i in exact]
            raise AmbiguousRecordError(typed, kind, chosen[:CANDIDATES])
        if len(named) == 1:
            return named[0].record_id
        if len(hits) == 1:
            return hits[0].record_id
        if not hits:
            raise NotFoundError(f"No {noun} matches “{typed}”.")
        raise AmbiguousRecordError(typed, kind, hits[:CANDIDATES])
