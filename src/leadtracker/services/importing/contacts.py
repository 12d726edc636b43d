"""Importing contacts from a spreadsheet: all rows, or none (see :mod:`.rows`).

Each row names its company (Japanese, English or German name, exactly as in
the database or as imported just before); the names, title, rank, how to
reach the person and the legal basis are read as the contact editor reads
them. The Contacts sheet of an exported workbook imports as it is.

Contacts also come from vCard files (:mod:`.vcards`), e.g. exported from
Outlook or a phone.

A contact the database already has -- same company, and the same email, name
in kanji or name in romaji -- is skipped, updated or created anyway, as
chosen for companies.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.models import Contact
from leadtracker.domain.errors import ValidationError
from leadtracker.domain.messages import text
from leadtracker.domain.normalize import fold
from leadtracker.domain.spreadsheet_values import CellValueError, read_date
from leadtracker.domain.vocabulary import Language, LegalBasis, Rank, Salutation
from leadtracker.services.companies import ids_by_name
from leadtracker.services.contacts import (
    ContactDraft,
    add_contact,
    contact_keys,
    existing_contacts,
    update_contact,
)
from leadtracker.services.importing.choices import OnDuplicate
from leadtracker.services.importing.columns import (
    ColumnChoices,
    ImportColumn,
    fitted,
    text_of,
    vocabulary_reader,
    word_forms,
)
from leadtracker.services.importing.references import Links
from leadtracker.services.importing.report import ImportReport
from leadtracker.services.importing.rows import Row, SheetReader, company_named, import_sheet
from leadtracker.services.importing.spreadsheet_files import read_sheet


def _ranks() -> dict[str, Rank]:
    """A rank by any of its names: ``President (社長)``, ``President``, ``社長``, ``president``."""
    found: dict[str, Rank] = {}
    for rank in Rank:
        english, japanese = rank.english_title, rank.japanese_title
        names = (rank.label, english, japanese, rank.name.replace("_", " "))
        for name in (*names, *word_forms(english)):
            if name:
                found.setdefault(fold(name), rank)
    return found


_RANKS = _ranks()


def _rank(value: Any) -> Rank | None:
    typed = text_of(value)
    if not typed:
        return None
    try:
        return _RANKS[fold(typed)]
    except KeyError:
        raise CellValueError(
            text("is not a rank (write President, 社長, General Manager, 部長 …)")
        ) from None


#: The contact columns an import recognises (folded: case, width and kana do not matter).
CONTACT_COLUMNS: tuple[ImportColumn, ...] = fitted(
    Contact,
    (
        ImportColumn("company", ("Company", "Firma", "Unternehmen", "会社名", "会社", "企業")),
        ImportColumn("company_ref", ("Company ID", "Unternehmens-ID", "企業ID")),
        ImportColumn("id", ("ID",)),
        ImportColumn(
            "family_kanji", ("Family name (kanji)", "Nachname (Kanji)", "姓", "氏", "姓（漢字）")
        ),
        ImportColumn("given_kanji", ("Given name (kanji)", "Vorname (Kanji)", "名", "名（漢字）")),
        ImportColumn(
            "family_kana", ("Family name (kana)", "Nachname (Kana)", "姓（かな）", "セイ")
        ),
        ImportColumn("given_kana", ("Given name (kana)", "Vorname (Kana)", "名（かな）", "メイ")),
        ImportColumn(
            "family_romaji",
            (
                "Family name (romaji)",
                "Family name",
                "Last name",
                "Nachname",
                "Nachname (Romaji)",
                "姓（ローマ字）",
            ),
        ),
        ImportColumn(
            "given_romaji",
            (
                "Given name (romaji)",
                "Given name",
                "First name",
                "Vorname",
                "Vorname (Romaji)",
                "名（ローマ字）",
            ),
        ),
        ImportColumn("salutation", ("Salutation", "Anrede", "敬称"), vocabulary_reader(Salutation)),
        ImportColumn("title", ("Title", "Position", "Funktion", "Titel", "役職", "タイトル")),
        ImportColumn("rank", ("Rank", "Rang", "Hierarchie", "職位"), _rank),
        ImportColumn("email", ("Email", "E-Mail", "Mail", "メール", "メールアドレス")),
        ImportColumn("phone", ("Phone", "Telefon", "Tel.", "電話", "電話番号")),
        ImportColumn("mobile", ("Mobile", "Mobil", "Handy", "携帯", "携帯電話")),
        ImportColumn(
            "preferred_language",
            ("Preferred language", "Sprache", "Language", "言語", "Bevorzugte Sprache", "希望言語"),
            vocabulary_reader(Language),
        ),
        ImportColumn(
            "legal_basis",
            ("Legal basis", "Rechtsgrundlage", "法的根拠"),
            vocabulary_reader(LegalBasis),
        ),
        ImportColumn(
            "consent_date",
            ("Consent date", "Einwilligung am", "同意日", "Datum der Einwilligung"),
            read_date,
        ),
        ImportColumn(
            "consent_scope",
            ("Consent scope", "Einwilligung für", "同意の範囲", "Umfang der Einwilligung"),
        ),
        ImportColumn("notes", ("Notes", "Notizen", "Bemerkungen", "メモ", "備考")),
    ),
)

_DRAFT_FIELDS = frozenset(f.name for f in fields(ContactDraft))


def import_contacts(
    sessions: sessionmaker[Session],
    path: Path,
    *,
    sheet: str | None = None,
    on_duplicate: OnDuplicate = OnDuplicate.SKIP,
    dry_run: bool = False,
    chosen: ColumnChoices | None = None,
) -> ImportReport:
    """Import the contacts of ``path`` (a CSV file or a workbook's ``sheet``): all rows, or none.

    Raises:
        SpreadsheetError: the file cannot be read.
        ImportRefusedError: a row has a problem (nothing was written).
    """

    def work(session: Session, reader: SheetReader) -> tuple[int, int, int]:
        counts = import_contact_rows(session, reader, None, on_duplicate)
        return counts.created, counts.updated, counts.skipped

    rows = read_sheet(path, sheet)
    return import_sheet(sessions, rows, CONTACT_COLUMNS, work, dry_run=dry_run, chosen=chosen)


@dataclass
class ContactCounts:
    """Contacts created, updated and skipped as ones already in the database."""

    created: int = 0
    updated: int = 0
    skipped: int = 0


class ContactSaver:
    """Saves contacts, finding the ones the database already has (see :func:`contact_keys`).

    Only contacts that were there before the import are matched: two rows
    of one file are two people.
    """

    def __init__(
        self, session: Session, company_ids: Iterable[int | None], on_duplicate: OnDuplicate
    ) -> None:
        self._session = session
        self._existing = existing_contacts(session, company_ids)
        self._on_duplicate = on_duplicate
        self.counts = ContactCounts()

    def save(self, draft: ContactDraft, given: Collection[str]) -> Contact | int:
        """Create, update or skip ``draft``; the contact it is now (new ones: id at a flush).

        An update changes only the fields ``given`` (those the row has values for).

        Raises:
            ValidationError: the contact cannot be saved as it is.
        """
        match = next((self._existing[k] for k in contact_keys(draft) if k in self._existing), None)
        if match is None or self._on_duplicate is OnDuplicate.CREATE:
            self.counts.created += 1
            return add_contact(self._session, draft)
        if self._on_duplicate is OnDuplicate.UPDATE:
            self.counts.updated += 1
            return update_contact(self._session, match, draft, only=given).id
        self.counts.skipped += 1
        return match


def import_contact_rows(
    session: Session,
    reader: SheetReader,
    links: Links | None,
    on_duplicate: OnDuplicate = OnDuplicate.SKIP,
) -> ContactCounts:
    """Check every contact row and save the good ones; how many were created, updated, skipped.

    With ``links`` (a workbook imported whole) the company is the one its
    ``Company ID`` row became, and each contact is remembered under its ID --
    also one skipped as already there, so that activities find it.
    """
    by_id = links is not None and reader.has("company_ref")
    companies = {} if by_id else ids_by_name(session, map(text_of, reader.column("company")))
    drafts: list[tuple[Row, ContactDraft, frozenset[str]]] = []
    for row in reader:
        values = {key: value for key, value in row.values.items() if key in _DRAFT_FIELDS}
        if links is not None and by_id:
            values["company_id"] = reader.find(
                row, "company_ref", lambda v: links.record("companies", v)
            )
        else:
            values["company_id"] = company_named(reader, row, companies)
        drafts.append((row, replace(ContactDraft(), **values), frozenset(values)))
    saver = ContactSaver(session, {draft.company_id for _, draft, _ in drafts}, on_duplicate)
    saved: list[tuple[Any, Contact | int]] = []
    for row, draft, given in drafts:
        try:
            saved.append((row.values.get("id"), saver.save(draft, given)))
        except ValidationError as error:
            reader.refused(row, error)
    session.flush()  # once: the new contacts get their ids
    if links is not None:
        for file_id, contact in saved:
            links.remember("contacts", file_id, contact if isinstance(contact, int) else contact.id)
    return saver.counts
