"""Companies: create and edit them, warn about duplicates, read them back."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import datetime
from functools import lru_cache

from sqlalchemy import delete, func, insert, or_, select, tuple_
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.audit import attribution_of, record_created
from leadtracker.db.models import Company, CompanyKey, company_sort_keys
from leadtracker.db.search_documents import company_fields
from leadtracker.db.search_index import SearchIndex
from leadtracker.domain.duplicates import KeyKind, company_keys
from leadtracker.domain.errors import DomainError, NotFoundError
from leadtracker.domain.identifiers import (
    clean_corporate_number,
    clean_register_number,
    clean_website,
)
from leadtracker.domain.messages import text
from leadtracker.domain.names import company_display_name
from leadtracker.domain.prefectures import PREFECTURES
from leadtracker.domain.vocabulary import CompanyStatus, RecordKind, Sector
from leadtracker.services._validation import Problems, stripped
from leadtracker.services.versions import check_version


@dataclass(frozen=True)
class CompanyDraft:
    """What a user enters for a company."""

    name_ja: str = ""
    name_kana: str = ""
    name_en: str = ""
    name_de: str = ""
    register_number: str = ""
    corporate_number: str = ""
    sector: Sector | None = None
    hq_prefecture: int | None = None
    hq_city: str = ""
    website: str = ""
    parent_id: int | None = None
    status: CompanyStatus = CompanyStatus.PROSPECT
    notes: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the company goes by."""
        return (self.name_ja, self.name_kana, self.name_en, self.name_de)


@dataclass(frozen=True)
class CompanyRecord(CompanyDraft):
    """A saved company."""

    id: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None
    version: int = 0  # counted up by every save (see db.models.base.Versioned)

    @property
    def display_name(self) -> str:
        """The name to show: English trade name, else German entity, else Japanese."""
        return company_display_name(self.name_en, self.name_de, self.name_ja)


@dataclass(frozen=True)
class DuplicateCandidate:
    """An existing company that looks like the one being created."""

    company_id: int
    display_name: str
    reasons: tuple[KeyKind, ...]


class PossibleDuplicatesError(DomainError):
    """Creating the company was refused because it looks like existing ones."""

    def __init__(self, candidates: tuple[DuplicateCandidate, ...]) -> None:
        self.candidates = candidates
        names = "; ".join(
            f"{c.display_name} (#{c.company_id}: {', '.join(r.label for r in c.reasons)})"
            for c in candidates
        )
        super().__init__(f"This company may already exist: {names}")


_DRAFT_FIELDS = tuple(f.name for f in fields(CompanyDraft))


def to_record(company: Company) -> CompanyRecord:
    """The dataclass of an ORM company."""
    values = {name: getattr(company, name) for name in _DRAFT_FIELDS}
    return CompanyRecord(
        **values,
        id=company.id,
        created_at=company.created_at,
        updated_at=company.updated_at,
        version=company.version,
    )


def display_name(company: Company) -> str:
    """The name to show for an ORM company."""
    return company_display_name(company.name_en, company.name_de, company.name_ja)


def display_names(session: Session, company_ids: Iterable[int | None]) -> dict[int, str]:
    """The names to show of the companies with these ids, in one query."""
    wanted = {company_id for company_id in company_ids if company_id is not None}
    if not wanted:
        return {}
    # Only the name columns: a whole ORM company per row costs several times more.
    names = select(Company.id, Company.name_en, Company.name_de, Company.name_ja)
    return {
        company_id: company_display_name(name_en, name_de, name_ja)
        for company_id, name_en, name_de, name_ja in session.execute(
            names.where(Company.id.in_(wanted))
        )
    }


class CompanyService:
    """Create, edit and read companies."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def get(self, company_id: int) -> CompanyRecord:
        """The company with this id; :class:`NotFoundError` if there is none."""
        with self._sessions.begin() as session:
            return to_record(_load(session, company_id))

    def count(self) -> int:
        """How many companies there are."""
        with self._sessions.begin() as session:
            return session.scalar(select(func.count(Company.id))) or 0

    def create(self, draft: CompanyDraft, *, allow_duplicate: bool = False) -> CompanyRecord:
        """Save a new company.

        Raises:
            ValidationError: a field is invalid (every problem is listed).
            PossibleDuplicatesError: it looks like an existing company and
                ``allow_duplicate`` is false; nothing is saved.
        """
        with self._sessions.begin() as session:
            return create_company(session, draft, allow_duplicate=allow_duplicate)

    def check(self, draft: CompanyDraft, company_id: int | None = None) -> None:
        """Raise the :class:`ValidationError` saving ``draft`` would raise; save nothing."""
        with self._sessions() as session:  # read only: ends in a rollback
            _validated(session, draft, company_id)

    def update(
        self, company_id: int, draft: CompanyDraft, *, expected_version: int | None = None
    ) -> CompanyRecord:
        """Replace a company's fields with ``draft``'s (validated as in :meth:`create`).

        Raises:
            RecordChangedError: the company is no longer at ``expected_version``
                (someone saved it meanwhile); nothing was written.
        """
        with self._sessions.begin() as session:
            company = _load(session, company_id)
            check_version(session, company, expected_version, text("The company"))
            return update_company(session, company_id, draft)

    def find_duplicates(
        self, draft: CompanyDraft, exclude: int | None = None
    ) -> tuple[DuplicateCandidate, ...]:
        """Existing companies that share a name, corporate number or website with ``draft``."""
        with self._sessions.begin() as session:
            clean = _validated(session, draft, company_id=exclude, check_parent=False)
            return _duplicates(session, clean, exclude)

    def parent_chain(self, company_id: int) -> tuple[CompanyRecord, ...]:
        """The company and its parents, up to the top (e.g. GmbH -> European HQ -> parent)."""
        with self._sessions.begin() as session:
            return company_chain(session, company_id)


def create_company(
    session: Session, draft: CompanyDraft, *, allow_duplicate: bool = False
) -> CompanyRecord:
    """Save a new company in ``session`` (see :meth:`CompanyService.create`)."""
    clean = _validated(session, draft, company_id=None)
    if not allow_duplicate:
        candidates = _duplicates(session, clean, exclude=None)
        if candidates:
            raise PossibleDuplicatesError(candidates)
    company = Company(**{name: getattr(clean, name) for name in _DRAFT_FIELDS})
    session.add(company)
    session.flush()
    _store_keys(session, company.id, clean)
    return to_record(company)


def checked_draft(session: Session, draft: CompanyDraft) -> CompanyDraft:
    """``draft`` cleaned as a new company's (numbers and website in their stored form).

    Raises:
        ValidationError: a field is invalid (every problem is listed).
    """
    return _validated(session, draft, company_id=None)


def create_companies(
    session: Session, drafts: Sequence[CompanyDraft], index: SearchIndex
) -> list[int]:
    """Save many checked new companies in ``session`` at once (no duplicate check); their ids.

    Plain rows instead of ORM objects -- one statement for the companies, one
    for their duplicate keys, one for their search documents -- which is what
    an import of thousands of rows needs.
    """
    if not drafts:
        return []
    rows = [{name: getattr(draft, name) for name in _DRAFT_FIELDS} for draft in drafts]
    sorted_by = [company_sort_keys(draft) for draft in drafts]  # no ORM event for plain rows
    inserted = session.execute(
        insert(Company).returning(Company.id, sort_by_parameter_order=True),
        [row | keys for row, keys in zip(rows, sorted_by, strict=True)],
    )
    ids = [int(company_id) for company_id in inserted.scalars()]
    keys = [
        {"company_id": company_id, "kind": str(kind), "key": key}
        for company_id, draft in zip(ids, drafts, strict=True)
        for kind, key in draft_keys(draft)
    ]
    if keys:
        session.execute(insert(CompanyKey), keys)
    documents = [
        (RecordKind.COMPANY, company_id, company_fields(draft))
        for company_id, draft in zip(ids, drafts, strict=True)
    ]
    index.put_many(session.connection(), documents)
    record_created(
        session.connection(), Company, zip(ids, rows, strict=True), attribution_of(session)
    )
    return ids


def existing_duplicates(session: Session, drafts: Sequence[CompanyDraft]) -> list[int | None]:
    """For each draft, an existing company it looks like (same key), or None -- in few queries."""
    wanted = {(str(kind), key) for draft in drafts for kind, key in draft_keys(draft)}
    owner: dict[tuple[str, str], int] = {}
    keys = sorted(wanted)
    for start in range(0, len(keys), 400):  # SQLite's limit on bound parameters
        rows = session.execute(
            select(CompanyKey.kind, CompanyKey.key, CompanyKey.company_id).where(
                tuple_(CompanyKey.kind, CompanyKey.key).in_(keys[start : start + 400])
            )
        )
        for kind, key, company_id in rows:
            owner.setdefault((kind, key), company_id)
    found: list[int | None] = []
    for draft in drafts:
        ids = sorted(owner[(str(k), v)] for k, v in draft_keys(draft) if (str(k), v) in owner)
        found.append(ids[0] if ids else None)
    return found


def update_company(
    session: Session, company_id: int, draft: CompanyDraft, only: Collection[str] | None = None
) -> CompanyRecord:
    """Replace a company's fields in ``session`` (see :meth:`CompanyService.update`).

    With ``only``, just those fields take ``draft``'s values; the others keep theirs.
    """
    company = _load(session, company_id)
    if only is not None:
        kept = {name: getattr(company, name) for name in _DRAFT_FIELDS if name not in only}
        draft = replace(draft, **kept)
    clean = _validated(session, draft, company_id=company_id)
    for name in _DRAFT_FIELDS:
        setattr(company, name, getattr(clean, name))
    session.flush()
    _store_keys(session, company_id, clean)
    return to_record(company)


def set_parent(session: Session, company_id: int, parent_id: int) -> None:
    """Make ``parent_id`` the company's parent (in ``session``).

    Raises:
        ValidationError: no such parent, or one that belongs to the company itself.
    """
    problems = Problems()
    _check_parent(session, problems, parent_id, company_id)
    problems.raise_if_any()
    _load(session, company_id).parent_id = parent_id


def ids_by_name(session: Session, names: Iterable[str]) -> dict[str, list[int]]:
    """The companies whose Japanese, English or German name is one of ``names`` (exactly)."""
    wanted = sorted(set(names))
    found: dict[str, list[int]] = {}
    for start in range(0, len(wanted), 300):
        chunk = wanted[start : start + 300]
        rows = session.execute(
            select(Company.id, Company.name_ja, Company.name_en, Company.name_de).where(
                or_(
                    Company.name_ja.in_(chunk),
                    Company.name_en.in_(chunk),
                    Company.name_de.in_(chunk),
                )
            )
        )
        for company_id, *company_names in rows:
            for name in dict.fromkeys(company_names):
                if name in chunk:
                    found.setdefault(name, []).append(company_id)
    return found


def company_chain(session: Session, company_id: int) -> tuple[CompanyRecord, ...]:
    """The company and its parents, up to the top (in ``session``)."""
    chain = [_load(session, company_id)]
    while chain[-1].parent is not None and len(chain) < 50:
        chain.append(chain[-1].parent)
    return tuple(to_record(c) for c in chain)


def _load(session: Session, company_id: int) -> Company:
    company = session.get(Company, company_id)
    if company is None:
        raise NotFoundError(text("There is no company with id {id}.", id=company_id))
    return company


def _validated(
    session: Session, draft: CompanyDraft, company_id: int | None, *, check_parent: bool = True
) -> CompanyDraft:
    problems = Problems()
    draft = stripped(draft)
    if not (draft.name_ja or draft.name_en or draft.name_de):
        problems.add(
            "name_en",
            text("Company name"),
            text("enter the Japanese, English or German name (one is enough)"),
        )
    corporate = problems.clean(clean_corporate_number, draft.corporate_number)
    register = problems.clean(clean_register_number, draft.register_number)
    website = problems.clean(clean_website, draft.website)
    if draft.hq_prefecture is not None and not 1 <= draft.hq_prefecture <= len(PREFECTURES):
        problems.add(
            "hq_prefecture",
            text("HQ prefecture"),
            text("{code} is not a prefecture code", code=draft.hq_prefecture),
        )
    if check_parent and draft.parent_id is not None:
        _check_parent(session, problems, draft.parent_id, company_id)
    cleaned = replace(draft, corporate_number=corporate, register_number=register, website=website)
    problems.check_texts(Company, cleaned)  # as stored: a number without its hyphens
    problems.raise_if_any()
    return cleaned


def _check_parent(
    session: Session, problems: Problems, parent_id: int, company_id: int | None
) -> None:
    parent = session.get(Company, parent_id)
    if parent is None:
        problems.add(
            "parent_id",
            text("Parent company"),
            text("there is no company with id {id}", id=parent_id),
        )
        return
    seen: set[int] = set()
    node: Company | None = parent
    while node is not None and node.id not in seen:
        if node.id == company_id:
            problems.add(
                "parent_id",
                text("Parent company"),
                text(
                    "{parent} belongs to this company; a company cannot be its own parent",
                    parent=display_name(parent),
                ),
            )
            return
        seen.add(node.id)
        node = node.parent


@lru_cache(maxsize=1 << 14)  # an import asks for a draft's keys several times
def draft_keys(draft: CompanyDraft) -> frozenset[tuple[KeyKind, str]]:
    """The duplicate keys of a company draft: normalised names, corporate number, web domain."""
    return frozenset(company_keys(draft.names, draft.corporate_number, draft.website))


def _store_keys(session: Session, company_id: int, draft: CompanyDraft) -> None:
    session.execute(delete(CompanyKey).where(CompanyKey.company_id == company_id))
    session.add_all(
        CompanyKey(company_id=company_id, kind=str(kind), key=key)
        for kind, key in draft_keys(draft)
    )


def _duplicates(
    session: Session, draft: CompanyDraft, exclude: int | None
) -> tuple[DuplicateCandidate, ...]:
    keys = [(str(kind), key) for kind, key in draft_keys(draft)]
    if not keys:
        return ()
    rows = session.execute(
        select(CompanyKey.company_id, CompanyKey.kind).where(
            tuple_(CompanyKey.kind, CompanyKey.key).in_(keys)
        )
    ).all()
    reasons: dict[int, set[KeyKind]] = {}
    for company_id, kind in rows:
        if company_id != exclude:
            reasons.setdefault(company_id, set()).add(KeyKind(kind))
    candidates = []
    for company_id, kinds in sorted(reasons.items()):
        company = session.get_one(Company, company_id)
        ordered = tuple(k for k in KeyKind if k in kinds)
        candidates.append(
            DuplicateCandidate(
                company_id=company_id, display_name=display_name(company), reasons=ordered
            )
        )
    return tuple(candidates)
