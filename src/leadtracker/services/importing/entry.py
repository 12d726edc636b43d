"""One door for every import: what a file holds and importing it.

A file holds companies, contacts or projects (a CSV file or one sheet),
contacts as vCards, or a whole workbook as the export writes it. The command
line and the app's Import dialog both ask :func:`guess_kind` (by the file's
suffix, the workbook's sheets, else by which columns its header names most
of) and then :func:`import_file`. The dialog first shows a :func:`preview`:
the file's first rows, and which field each column feeds -- which the user
may change for the columns whose names the import does not know.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.search_index import SearchIndex
from leadtracker.domain.messages import term
from leadtracker.services.importing.choices import ImportKind, OnDuplicate
from leadtracker.services.importing.columns import ColumnChoices, ImportColumn, recognise, text_of
from leadtracker.services.importing.companies import COMPANY_COLUMNS, import_companies
from leadtracker.services.importing.contacts import CONTACT_COLUMNS, import_contacts
from leadtracker.services.importing.projects import PROJECT_COLUMNS, import_projects
from leadtracker.services.importing.report import ImportReport
from leadtracker.services.importing.spreadsheet_files import read_sheet, read_workbook, sheet_names
from leadtracker.services.importing.vcards import import_vcards
from leadtracker.services.importing.workbook import (
    import_workbook,
    is_export_workbook,
    workbook_tables,
)

#: The columns each kind of single-sheet import knows.
COLUMNS_OF: dict[ImportKind, tuple[ImportColumn, ...]] = {
    ImportKind.COMPANIES: COMPANY_COLUMNS,
    ImportKind.CONTACTS: CONTACT_COLUMNS,
    ImportKind.PROJECTS: PROJECT_COLUMNS,
}

#: Rows a preview shows.
PREVIEW_ROWS = 20

#: The translation context of the fields' names (the first header name of each column).
FIELD_NAMES = "ImportFields"

#: Fields that only link the sheets of a whole workbook (no use for one sheet).
_LINKS = frozenset({"id", "company_ref", "project_ref", "project_name"})


@dataclass(frozen=True)
class ImportField:
    """A field a column can feed: its key and its name (the export's header for it)."""

    key: str
    label: str  # a Text in the context FIELD_NAMES: the interface translates it


@dataclass(frozen=True)
class FilePreview:
    """The start of a file as an import would read it.

    Attributes:
        kind: What the rows are taken to be.
        headers: The file's column names.
        rows: The first :data:`PREVIEW_ROWS` rows, as text.
        total_rows: All data rows of the file (or of every sheet of a workbook).
        fields: What a column can feed for this kind (empty for vCards and workbooks).
        mapping: Per column index, the key of the field it feeds.
        sheets: For a workbook imported whole: each sheet and its rows.
    """

    kind: ImportKind
    headers: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    total_rows: int = 0
    fields: tuple[ImportField, ...] = ()
    mapping: Mapping[int, str] = field(default_factory=dict)
    sheets: tuple[tuple[str, int], ...] = ()


def preview(
    path: Path,
    *,
    kind: ImportKind | None = None,
    sheet: str | None = None,
    chosen: ColumnChoices | None = None,
) -> FilePreview:
    """The first rows of ``path`` and which field each column feeds (with ``chosen`` applied).

    Raises:
        SpreadsheetError: the file cannot be read.
    """
    kind = kind or guess_kind(path, sheet)
    if kind is ImportKind.VCARDS:
        return FilePreview(kind)
    if kind is ImportKind.WORKBOOK:
        names = sheet_names(path)
        tables = workbook_tables(names)
        sheets = read_workbook(path, list(tables.values()))
        counts = tuple((name, len(sheets[name].rows)) for name in tables.values())
        return FilePreview(kind, total_rows=sum(n for _, n in counts), sheets=counts)
    rows = read_sheet(path, sheet)
    columns = COLUMNS_OF[kind]
    mapping = recognise(rows.headers, columns, chosen)
    return FilePreview(
        kind,
        headers=rows.headers,
        rows=tuple(tuple(text_of(cell) for cell in cells) for cells in rows.rows[:PREVIEW_ROWS]),
        total_rows=len(rows.rows),
        fields=tuple(
            ImportField(c.key, term(c.names[0], FIELD_NAMES))
            for c in columns
            if c.key not in _LINKS
        ),
        mapping={index: column.key for index, column in mapping.items()},
    )


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
    counts = {kind: len(recognise(headers, columns)) for kind, columns in COLUMNS_OF.items()}
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
    chosen: ColumnChoices | None = None,
) -> ImportReport:
    """Import ``path`` as ``kind`` (guessed when None): all rows, or none.

    ``chosen`` says which field a column feeds where its header does not.

    Raises:
        SpreadsheetError: the file cannot be read.
        ImportRefusedError: a row has a problem (nothing was written).
    """
    kind = kind or guess_kind(path, sheet)
    if kind is ImportKind.WORKBOOK:
        return import_workbook(sessions, index, path, on_duplicate=on_duplicate, dry_run=dry_run)
    if kind is ImportKind.PROJECTS:
        return import_projects(sessions, path, sheet=sheet, dry_run=dry_run, chosen=chosen)
    if kind is ImportKind.VCARDS:
        return import_vcards(sessions, path, on_duplicate=on_duplicate, dry_run=dry_run)
    if kind is ImportKind.CONTACTS:
        return import_contacts(
            sessions, path, sheet=sheet, on_duplicate=on_duplicate, dry_run=dry_run, chosen=chosen
        )
    return import_companies(
        sessions,
        index,
        path,
        sheet=sheet,
        on_duplicate=on_duplicate,
        dry_run=dry_run,
        chosen=chosen,
    )
