"""Companies and their contacts.

Names and readings are sorted by keys stored beside them
(:func:`leadtracker.domain.names.sort_key`: gojūon order, kana and width
folded), which every insert and update through the ORM works out again here
(writers of plain rows -- an import's companies, demo data -- add them with
:func:`company_sort_keys` / :func:`contact_sort_keys`); the ``ix_sort_*``
indexes of the migrations serve the lists' pages from them. The keys compare
as plain code points: on a database whose text collation is not binary
(PostgreSQL's ``de_DE``) these columns need a binary ("C") collation.
"""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from leadtracker.db.models.base import Base, Timestamped, Trashable, Versioned
from leadtracker.domain.names import PersonName, company_sort_name, sort_key
from leadtracker.domain.vocabulary import (
    CompanyStatus,
    Language,
    LegalBasis,
    Salutation,
    Sector,
)


class Company(Trashable, Versioned, Timestamped, Base):
    """A company: the Japanese parent, its European HQ or a local GmbH.

    ``parent_id`` chains them: Japanese parent -> European HQ -> local GmbH.
    """

    __tablename__ = "company"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_ja: Mapped[str] = mapped_column(String(300), default="")
    name_kana: Mapped[str] = mapped_column(String(300), default="")
    name_en: Mapped[str] = mapped_column(String(300), default="")
    name_de: Mapped[str] = mapped_column(String(300), default="")
    register_number: Mapped[str] = mapped_column(String(100), default="")
    corporate_number: Mapped[str] = mapped_column(String(13), default="", index=True)
    sector: Mapped[Sector | None]
    hq_prefecture: Mapped[int | None]
    hq_city: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(500), default="")
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("company.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[CompanyStatus] = mapped_column(default=CompanyStatus.PROSPECT)
    notes: Mapped[str] = mapped_column(Text, default="")
    #: Sort keys of the display name and the reading (see :func:`company_sort_keys`).
    name_sort: Mapped[str] = mapped_column(Text, default="")
    reading_sort: Mapped[str] = mapped_column(Text, default="")

    parent: Mapped[Company | None] = relationship(remote_side=[id])
    contacts: Mapped[list[Contact]] = relationship(back_populates="company")


class CompanyKey(Base):
    """A key that identifies a company for duplicate detection (name, number, web domain).

    Derived from the company's fields with
    :func:`leadtracker.domain.duplicates.company_keys` whenever it is saved.
    """

    __tablename__ = "company_key"
    # Looked up by (kind, key): the primary key itself is that index.
    __table_args__ = (
        Index("ix_company_key_company_id", "company_id"),
        {"sqlite_with_rowid": False},
    )

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    key: Mapped[str] = mapped_column(String(300), primary_key=True)
    company_id: Mapped[int] = mapped_column(
        ForeignKey("company.id", ondelete="CASCADE"), primary_key=True
    )


class Contact(Trashable, Versioned, Timestamped, Base):
    """A person at a company, named in kanji, kana and romaji."""

    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int | None] = mapped_column(
        ForeignKey("company.id", ondelete="SET NULL"), index=True
    )
    family_kanji: Mapped[str] = mapped_column(String(100), default="")
    given_kanji: Mapped[str] = mapped_column(String(100), default="")
    family_kana: Mapped[str] = mapped_column(String(100), default="")
    given_kana: Mapped[str] = mapped_column(String(100), default="")
    family_romaji: Mapped[str] = mapped_column(String(100), default="")
    given_romaji: Mapped[str] = mapped_column(String(100), default="")
    salutation: Mapped[Salutation] = mapped_column(default=Salutation.NONE)
    title: Mapped[str] = mapped_column(String(200), default="")
    # Protocol rank (see domain.vocabulary.Rank): lower is more senior.
    rank: Mapped[int] = mapped_column(Integer, default=999)
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    mobile: Mapped[str] = mapped_column(String(50), default="")
    preferred_language: Mapped[Language] = mapped_column(default=Language.ENGLISH)
    legal_basis: Mapped[LegalBasis] = mapped_column(default=LegalBasis.PUBLIC_TASK)
    consent_date: Mapped[date | None]
    consent_scope: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    #: Sort keys of the kana reading ('' without one) and of the romaji name.
    reading_sort: Mapped[str] = mapped_column(Text, default="")
    latin_sort: Mapped[str] = mapped_column(Text, default="")

    company: Mapped[Company | None] = relationship(back_populates="contacts")


#: Columns derived from the names, kept by the database itself (no one's change).
SORT_KEY_COLUMNS = frozenset({"name_sort", "reading_sort", "latin_sort"})


#: The columns the sort keys are worked out from.
COMPANY_NAME_COLUMNS = ("name_ja", "name_kana", "name_en", "name_de")
PERSON_NAMES = (
    "family_kanji",
    "given_kanji",
    "family_kana",
    "given_kana",
    "family_romaji",
    "given_romaji",
)


def _texts(values: Any, names: tuple[str, ...]) -> SimpleNamespace:
    """The named attributes of ``values``, unset ones (None before an insert) as ''."""
    return SimpleNamespace(**{name: getattr(values, name) or "" for name in names})


def company_sort_keys(values: Any) -> dict[str, str]:
    """The stored sort keys of a company given as anything with its name attributes."""
    names = _texts(values, COMPANY_NAME_COLUMNS)
    return {
        "name_sort": company_sort_name(names.name_en, names.name_de, names.name_ja),
        "reading_sort": sort_key(names.name_kana),
    }


def contact_sort_keys(values: Any) -> dict[str, str]:
    """The stored sort keys of a contact given as anything with its six name attributes."""
    name = PersonName.of(_texts(values, PERSON_NAMES))
    return {"reading_sort": name.reading_sort, "latin_sort": name.latin_sort}


@event.listens_for(Company, "before_insert")
@event.listens_for(Company, "before_update")
def _sort_company(_mapper: object, _connection: object, company: Company) -> None:
    for key, value in company_sort_keys(company).items():
        setattr(company, key, value)


@event.listens_for(Contact, "before_insert")
@event.listens_for(Contact, "before_update")
def _sort_contact(_mapper: object, _connection: object, contact: Contact) -> None:
    for key, value in contact_sort_keys(contact).items():
        setattr(contact, key, value)
