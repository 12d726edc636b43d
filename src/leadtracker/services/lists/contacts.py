"""The contact list."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from leadtracker.db.models import Company, Contact
from leadtracker.domain.names import PersonName
from leadtracker.domain.vocabulary import Language, RecordKind
from leadtracker.services.companies import display_names
from leadtracker.services.lists.base import BLANK, PagedList, SortKey
from leadtracker.services.lists.companies import COMPANY_SORT_NAME


class ContactSort(StrEnum):
    """Orders the contact list can be sorted in."""

    NAME = "name"  # kana reading; names without one by their romaji, after them
    COMPANY = "company"
    RANK = "rank"  # protocol order
    EMAIL = "email"


@dataclass(frozen=True)
class ContactRow:
    """One line of the contact list."""

    id: int
    name: str
    reading: str
    title: str
    rank: int
    company_id: int | None
    company: str
    email: str
    phone: str
    language: Language


class ContactList(PagedList[ContactRow]):
    """Pages of the contact list; sorted by name (kana reading first) unless asked otherwise."""

    model = Contact
    kind = RecordKind.CONTACT
    default_sort = ContactSort.NAME
    spread_sorts = frozenset({ContactSort.NAME})

    def sort_keys(self, sort: str) -> SortKey:
        """ORDER BY terms; blank texts go last."""
        if sort == ContactSort.COMPANY:
            return SortKey((COMPANY_SORT_NAME,), (Company.id.is_(None),))
        if sort == ContactSort.RANK:
            return SortKey((Contact.rank.expression,))
        if sort == ContactSort.EMAIL:
            return SortKey((Contact.email.expression,), (Contact.email == BLANK,))
        # Matches the ix_sort_contact_name index of migration 0007 exactly.
        return SortKey(
            (Contact.reading_sort.expression, Contact.latin_sort.expression),
            (Contact.reading_sort == BLANK,),
        )

    def _statement(self, sort: str) -> Select[Any]:
        statement: Select[Any] = select(Contact)
        if sort == ContactSort.COMPANY:
            statement = statement.outerjoin(Company, Company.id == Contact.company_id)
        return statement

    def _rows(self, session: Session, records: Sequence[Any]) -> tuple[ContactRow, ...]:
        names = display_names(session, (c.company_id for c in records))
        rows = []
        for contact in records:
            name = PersonName.of(contact)
            rows.append(
                ContactRow(
                    id=contact.id,
                    name=name.display,
                    reading=name.reading,
                    title=contact.title,
                    rank=contact.rank,
                    company_id=contact.company_id,
                    company=names.get(contact.company_id, ""),
                    email=contact.email,
                    phone=contact.phone or contact.mobile,
                    language=contact.preferred_language,
                )
            )
        return tuple(rows)
