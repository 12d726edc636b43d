"""Contacts: people at companies, with names in three scripts and a legal basis."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, fields, replace
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.models import Company, Contact
from leadtracker.domain.errors import NotFoundError
from leadtracker.domain.identifiers import clean_email, clean_phone
from leadtracker.domain.messages import text
from leadtracker.domain.names import PersonName
from leadtracker.domain.normalize import fold
from leadtracker.domain.vocabulary import Language, LegalBasis, Rank, Salutation
from leadtracker.services._validation import Problems, stripped
from leadtracker.services.companies import display_name
from leadtracker.services.versions import check_version


@dataclass(frozen=True)
class ContactDraft:
    """What a user enters for a contact."""

    company_id: int | None = None
    family_kanji: str = ""
    given_kanji: str = ""
    family_kana: str = ""
    given_kana: str = ""
    family_romaji: str = ""
    given_romaji: str = ""
    salutation: Salutation = Salutation.NONE
    title: str = ""
    rank: Rank = Rank.UNKNOWN
    email: str = ""
    phone: str = ""
    mobile: str = ""
    preferred_language: Language = Language.ENGLISH
    legal_basis: LegalBasis = LegalBasis.PUBLIC_TASK
    consent_date: date | None = None
    consent_scope: str = ""
    notes: str = ""

    @property
    def name(self) -> PersonName:
        """The contact's name in every script."""
        return PersonName.of(self)


@dataclass(frozen=True)
class ContactRecord(ContactDraft):
    """A saved contact."""

    id: int = 0
    company_name: str = ""
    version: int = 0  # counted up by every save


_DRAFT_FIELDS = tuple(f.name for f in fields(ContactDraft))


def to_record(contact: Contact) -> ContactRecord:
    """The dataclass of an ORM contact."""
    values = {name: getattr(contact, name) for name in _DRAFT_FIELDS}
    values["rank"] = _rank(contact.rank)
    company = contact.company
    company_name = display_name(company) if company else ""
    return ContactRecord(
        **values, id=contact.id, company_name=company_name, version=contact.version
    )


class ContactService:
    """Create, edit and list contacts."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def create(self, draft: ContactDraft) -> ContactRecord:
        """Save a new contact; :class:`ValidationError` lists every bad field."""
        with self._sessions.begin() as session:
            return create_contact(session, draft)

    def check(self, draft: ContactDraft) -> None:
        """Raise the :class:`ValidationError` saving ``draft`` would raise; save nothing."""
        with self._sessions() as session:  # read only: ends in a rollback
            _validated(session, draft)

    def update(
        self, contact_id: int, draft: ContactDraft, *, expected_version: int | None = None
    ) -> ContactRecord:
        """Replace a contact's fields with ``draft``'s.

        Raises:
            RecordChangedError: the contact is no longer at ``expected_version``.
        """
        with self._sessions.begin() as session:
            contact = _load(session, contact_id)
            check_version(session, contact, expected_version, text("The contact"))
            return update_contact(session, contact_id, draft)

    def get(self, contact_id: int) -> ContactRecord:
        """The contact with this id."""
        with self._sessions.begin() as session:
            return to_record(_load(session, contact_id))

    def for_company(self, company_id: int) -> tuple[ContactRecord, ...]:
        """A company's contacts in protocol order: rank, then kana reading."""
        with self._sessions.begin() as session:
            return contacts_of(session, company_id)


def contacts_of(session: Session, company_id: int) -> tuple[ContactRecord, ...]:
    """A company's contacts in protocol order: rank, then kana reading (in ``session``)."""
    contacts = session.scalars(select(Contact).where(Contact.company_id == company_id))
    records = [to_record(c) for c in contacts]
    return tuple(sorted(records, key=lambda r: (int(r.rank), r.name.sort_key())))


def create_contact(session: Session, draft: ContactDraft) -> ContactRecord:
    """Save a new contact in ``session``; :class:`ValidationError` lists every bad field."""
    contact = add_contact(session, draft)
    session.flush()
    return to_record(contact)


def add_contact(session: Session, draft: ContactDraft) -> Contact:
    """Add a new contact to ``session`` (saved, with its id, at the next flush).

    Raises:
        ValidationError: every bad field.
    """
    contact = Contact(**_columns(_validated(session, draft)))
    session.add(contact)
    return contact


def update_contact(
    session: Session, contact_id: int, draft: ContactDraft, only: Collection[str] | None = None
) -> ContactRecord:
    """Replace a contact's fields with ``draft``'s (in ``session``).

    With ``only``, just those fields take ``draft``'s values; the others keep theirs.
    """
    contact = _load(session, contact_id)
    if only is not None:
        kept = to_record(contact)
        draft = replace(draft, **{n: getattr(kept, n) for n in _DRAFT_FIELDS if n not in only})
    for name, value in _columns(_validated(session, draft)).items():
        setattr(contact, name, value)
    session.flush()
    return to_record(contact)


#: What makes two contacts of one company the same person: the same email
#: address, the same name in kanji, or the same name in romaji.
ContactKey = tuple[int | None, str, str]


def contact_keys(draft: ContactDraft) -> tuple[ContactKey, ...]:
    """The keys under which ``draft`` is the same person as another contact of its company."""
    company = draft.company_id
    keys: list[ContactKey] = []
    if draft.email.strip():
        keys.append((company, "email", fold(draft.email)))
    if draft.family_kanji.strip():
        keys.append((company, "kanji", fold(draft.family_kanji + draft.given_kanji)))
    if draft.family_romaji.strip():
        keys.append((company, "romaji", fold(f"{draft.family_romaji} {draft.given_romaji}")))
    return tuple(keys)


def existing_contacts(session: Session, company_ids: Iterable[int | None]) -> dict[ContactKey, int]:
    """The contacts of these companies (None: without a company) by each of their keys."""
    wanted = set(company_ids)
    ids = [i for i in wanted if i is not None]
    query = select(Contact).where(
        or_(Contact.company_id.in_(ids), Contact.company_id.is_(None))
        if None in wanted
        else Contact.company_id.in_(ids)
    )
    found: dict[ContactKey, int] = {}
    for contact in session.scalars(query):
        draft = ContactDraft(**{name: getattr(contact, name) for name in _DRAFT_FIELDS})
        for key in contact_keys(draft):
            found.setdefault(key, contact.id)
    return found


def _rank(value: int) -> Rank:
    try:
        return Rank(value)
    except ValueError:
        return Rank.UNKNOWN


def _columns(draft: ContactDraft) -> dict[str, object]:
    values = {name: getattr(draft, name) for name in _DRAFT_FIELDS}
    values["rank"] = int(draft.rank)
    return values


def _load(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFoundError(text("There is no contact with id {id}.", id=contact_id))
    return contact


def _validated(session: Session, draft: ContactDraft) -> ContactDraft:
    problems = Problems()
    draft = stripped(draft)
    if not (draft.family_kanji or draft.family_kana or draft.family_romaji):
        problems.add(
            "family_romaji",
            text("Family name"),
            text("enter the family name in kanji, kana or romaji"),
        )
    email = problems.clean(clean_email, draft.email)
    phone = problems.clean(clean_phone, draft.phone)
    mobile = problems.clean(lambda v: clean_phone(v, "mobile", "Mobile"), draft.mobile)
    if draft.legal_basis is LegalBasis.CONSENT and draft.consent_date is None:
        problems.add(
            "consent_date",
            text("Consent date"),
            text("required when the legal basis is consent"),
        )
    if draft.consent_date is not None and draft.consent_date > date.today():
        problems.add("consent_date", text("Consent date"), text("cannot be in the future"))
    problems.check_reference(session, Company, draft.company_id, "company_id", text("Company"))
    cleaned = replace(draft, email=email, phone=phone, mobile=mobile)
    problems.check_texts(Contact, cleaned)  # as stored
    problems.raise_if_any()
    return cleaned
