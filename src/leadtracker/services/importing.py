"""One door for every import: what a file holds and importing it.

A file holds companies, contacts or projects (a CSV file or one sheet),
contacts as vCards, or a whole workbook as the export writes it. The command
line and the app's Import dialog both ask :func:`guess_kind` (by the file's
suffix, the workbook's sheets, else by which columns its header names most
of) and then :func:`import_file`.
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
from leadtracker.services.project_import import PROJECT_COLUMNS, ProjectImport
from leadtracker.services.spreadsheet_files import read_sheet
from leadtracker.services.workbook_import import WorkbookImport, is_export_workbook


class ImportKind(StrEnum):
    """What the rows of a file are."""

    COMPANIES = "companies"
    CONTACTS = "contacts"
    PROJECTS = "projects"
    VCARDS = "vcards"
    WORKBOOK = "workbook"  # every sheet of an exported workbook


def guess_kind(path: Path, sheet: str | None = None) -> ImportKind:
    """What ``path`` (or its ``sheet``) holds.

    vCards by the suffix; a workbook with the sheets of several tables (and
    no sheet chosen) as a whole; else the kind whose columns the header names
    most of -- companies when that is a tie.

    Raises:
        SpreadsheetError: the file cannot be read.
    """
    if path.suffix.lower() == ".vcf":
        return ImportKind.VCARDS
    if sheet is None and is_export_workbook(path):
        return ImportKind.WORKBOOK
    headers = read_sheet(path, sheet).headers
    counts = {
        ImportKind.COMPANIES: len(recognise(headers, COMPANY_COLUMNS)),
        ImportKind.CONTACTS: len(recognise(headers, CONTACT_COLUMNS)),
        ImportKind.PROJECTS: len(recognise(headers, PROJECT_COLUMNS)),
    }
    return max(counts, key=lambda kind: counts[kind])  # the first of equals: companies


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
    if kind is ImportKind.WORKBOOK:
        return WorkbookImport(sessions, index).workbook(
            path, on_duplicate=on_duplicate, dry_run=dry_run
        )
    if kind is ImportKind.PROJECTS:
        return ProjectImport(sessions).projects(path, sheet=sheet, dry_run=dry_run)
    if kind is ImportKind.VCARDS:
        return import_vcards(sessions, path, dry_run=dry_run)
    if kind is ImportKind.CONTACTS:
        return ContactImport(sessions).contacts(path, sheet=sheet, dry_run=dry_run)
    return ImportService(sessions, index).companies(
        path, sheet=sheet, on_duplicate=on_duplicate, dry_run=dry_run
    )
