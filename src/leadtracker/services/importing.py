"""One door for every import: what a file holds (companies, contacts, vCards) and importing it.

The command line and the app's Import dialog both ask :func:`guess_kind`
(by the file's suffix, else by which columns its header names more of) and
then :func:`import_file`.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.search_index import SearchIndex
from leadtracker.services.contact_import import CONTACT_COLUMNS, ContactImport, import_vcards
from leadtracker.services.imports import (
    COMPANY_COLUMNS,
    ImportReport,
    ImportService,
    OnDuplicate,
    recognise,
)
from leadtracker.services.spreadsheet_files import read_sheet


class ImportKind(StrEnum):
    """What the rows of a file are."""

    COMPANIES = "companies"
    CONTACTS = "contacts"
    VCARDS = "vcards"


def guess_kind(path: Path, sheet: str | None = None) -> ImportKind:
    """Contacts when the header names more contact columns than company columns; vCards by suffix.

    Raises:
        SpreadsheetError: the file cannot be read.
    """
    if path.suffix.lower() == ".vcf":
        return ImportKind.VCARDS
    headers = read_sheet(path, sheet).headers
    contact_columns = len(recognise(headers, CONTACT_COLUMNS))
    if contact_columns > len(recognise(headers, COMPANY_COLUMNS)):
        return ImportKind.CONTACTS
    return ImportKind.COMPANIES


def import_file(
    sessions: sessionmaker[Session],
    index: SearchIndex,
    path: Path,
    *,
    kind: ImportKind | None = None,
    sheet: str | None = None,
    on_duplicate: OnDuplicate = OnDuplicate.SKIP,
    dry_run: bool = False,
) -> ImportReport:
    """Import ``path`` as ``kind`` (guessed when None): all rows, or none.

    Raises:
        SpreadsheetError: the file cannot be read.
        ImportRefusedError: a row has a problem (nothing was written).
    """
    kind = kind or guess_kind(path, sheet)
    if kind is ImportKind.VCARDS:
        return import_vcards(sessions, path, dry_run=dry_run)
    if kind is ImportKind.CONTACTS:
        return ContactImport(sessions).contacts(path, sheet=sheet, dry_run=dry_run)
    return ImportService(sessions, index).companies(
        path, sheet=sheet, on_duplicate=on_duplicate, dry_run=dry_run
    )
