"""Importing companies from the spreadsheets staff bring: all rows, or none.

A CSV file or a workbook's sheet (see :mod:`leadtracker.services.spreadsheet_files`)
is read; its header names are recognised in German, English or Japanese
(:data:`COMPANY_COLUMNS`, listed in the README); every row is read and
checked as the app's editor would, in one transaction. Any row with a problem
means nothing is written, and the report lists each problem with its row,
column, value and reason. A company that looks like an existing one (same
name, corporate number or website) is skipped, updated or created anyway, as
chosen. ``dry_run`` checks everything and writes nothing.

Not yet: contacts, projects, activities and tasks; German words for the
vocabularies (sector and status are read in English, as the export writes them).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.search_index import SearchIndex
from leadtracker.domain.duplicates import KeyKind
from leadtracker.domain.errors import DomainError, ValidationError
from leadtracker.domain.normalize import fold
from leadtracker.domain.prefectures import find_prefecture
from leadtracker.domain.spreadsheet_values import CellValueError
from leadtracker.domain.vocabulary import CompanyStatus, Sector
from leadtracker.services.companies import (
    CompanyDraft,
    checked_draft,
    create_companies,
    draft_keys,
    existing_duplicates,
    ids_by_name,
    set_parent,
    update_company,
)
from leadtracker.services.spreadsheet_files import SheetRows, read_sheet


class OnDuplicate(StrEnum):
    """What to do with a row that looks like an existing company."""

    SKIP = "skip"
    UPDATE = "update"
    CREATE = "create"


@dataclass(frozen=True)
class ImportProblem:
    """One thing wrong in the file: where (row as numbered in the spreadsheet, column), what."""

    row: int
    column: str
    value: str
    reason: str

    def __str__(self) -> str:
        where = f"row {self.row}, {self.column}" if self.column else f"row {self.row}"
        shown = f" “{self.value}”" if self.value else ""
        return f"{where}:{shown} {self.reason}"


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, with ``dry_run`` or problems, would have done)."""

    rows: int
    created: int
    updated: int
    skipped: int
    problems: tuple[ImportProblem, ...]
    ignored_columns: tuple[str, ...]
    encoding: str
    dry_run: bool
    seconds: float = field(default=0.0, compare=False)

    @property
    def written(self) -> bool:
        """Whether anything was saved (never with problems or a dry run)."""
        return not self.problems and not self.dry_run


class ImportRefusedError(DomainError):
    """The file has problems: nothing was imported; ``report.problems`` lists them."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        count = len(report.problems)
        super().__init__(
            f"Nothing was imported: {count} problem{'s' if count != 1 else ''} in the file"
        )


T = TypeVar("T")


def all_or_nothing(sessions: sessionmaker[Session], work: Callable[[Session], tuple[T, bool]]) -> T:
    """Run ``work`` in one transaction, kept only when it says so (no problems, no dry run).

    ``work(session)`` returns its result and whether to keep what it wrote.
    """
    with sessions() as session:
        result, keep = work(session)
        if keep:
            session.commit()
        else:
            session.rollback()
        return result


Reader = Callable[[Any], Any]


def text_of(value: Any) -> str:
    """A cell as stripped text (empty for an empty cell)."""
    return "" if value is None else str(value).strip()


def vocabulary_reader(kind: type[StrEnum]) -> Reader:
    """Read a vocabulary word: its English label or its stored value, in any case."""
    known = {fold(m.label): m for m in kind} | {fold(m.value): m for m in kind}  # type: ignore[attr-defined]

    def read(value: Any) -> Any:
        text = text_of(value)
        if not text:
            return None
        try:
            return known[fold(text)]
        except KeyError:
            words = ", ".join(m.label for m in kind)  # type: ignore[attr-defined]
            raise CellValueError(f"is not one of: {words}") from None

    return read


def _prefecture(value: Any) -> int | None:
    text = text_of(value)
    if not text:
        return None
    found = find_prefecture(text)
    if found is None:
        raise CellValueError("is not a Japanese prefecture (write 東京都, Tokyo or 13)")
    return found.code


@dataclass(frozen=True)
class ImportColumn:
    """A field of the draft, the header names it is recognised by, and how to read its cells."""

    key: str
    names: tuple[str, ...]
    read: Reader = text_of


#: The company columns an import recognises (folded: case, width and kana do not matter).
COMPANY_COLUMNS: tuple[ImportColumn, ...] = (
    ImportColumn(
        "name_ja",
        ("Name (Japanese)", "Japanese name", "Japanischer Name", "Name (japanisch)", "会社名",
         "社名"),
    ),
    ImportColumn(
        "name_kana", ("Name (kana)", "Reading", "Kana", "Lesung", "フリガナ", "読み", "よみがな")
    ),
    ImportColumn(
        "name_en",
        ("Name (English)", "English name", "Company", "Company name", "Name", "Firma",
         "Firmenname", "Unternehmen", "Englischer Name", "英語名"),
    ),
    ImportColumn(
        "name_de",
        ("Name (German)", "German entity", "Deutsche Gesellschaft", "Name (deutsch)",
         "Deutscher Name", "ドイツ法人"),
    ),
    ImportColumn(
        "register_number",
        ("Register number", "Commercial register", "Handelsregister", "Registernummer", "HRB"),
    ),
    ImportColumn(
        "corporate_number",
        ("Corporate number", "法人番号", "Unternehmensnummer", "Japanische Unternehmensnummer"),
    ),
    ImportColumn("sector", ("Sector", "Industry", "Branche", "業種"), vocabulary_reader(Sector)),
    ImportColumn(
        "hq_prefecture",
        ("HQ prefecture", "Prefecture", "Präfektur", "都道府県", "本社所在地（都道府県）"),
        _prefecture,
    ),
    ImportColumn("hq_city", ("HQ city", "City", "Stadt", "Ort", "市区町村", "本社所在地")),
    ImportColumn("website", ("Website", "Webseite", "Homepage", "URL", "ウェブサイト")),
    ImportColumn("status", ("Status", "Stand", "状況"), vocabulary_reader(CompanyStatus)),
    ImportColumn("parent", ("Parent company", "Parent", "Muttergesellschaft", "親会社")),
    ImportColumn(
        "notes", ("Notes", "Notizen", "Bemerkungen", "Kommentar", "Notiz", "メモ", "備考")
    ),
)  # fmt: skip

#: Columns the import knows and leaves alone (the export writes them).
IGNORED = frozenset(fold(n) for n in ("ID",))


def recognise(headers: Sequence[str], columns: Sequence[ImportColumn]) -> dict[int, ImportColumn]:
    """Which column of the file feeds which field (first match wins; unknown ones left out)."""
    by_name = {fold(name): column for column in columns for name in column.names}
    found: dict[int, ImportColumn] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        column = by_name.get(fold(header))
        if column is not None and column.key not in taken:
            found[index] = column
            taken.add(column.key)
    return found


_DRAFT_FIELDS = frozenset(f.name for f in fields(CompanyDraft))


class ImportService:
    """Imports companies from a CSV file or a workbook's sheet."""

    def __init__(self, sessions: sessionmaker[Session], index: SearchIndex) -> None:
        self._sessions = sessions
        self._index = index

    def companies(
        self,
        path: Path,
        *,
        sheet: str | None = None,
        on_duplicate: OnDuplicate = OnDuplicate.SKIP,
        dry_run: bool = False,
    ) -> ImportReport:
        """Import the companies of ``path``: all rows, or none.

        Raises:
            SpreadsheetError: the file cannot be read.
            ImportRefusedError: a row has a problem (nothing was written; the
                error's report lists every problem).
        """
        started = time.perf_counter()
        rows = read_sheet(path, sheet)
        mapping = recognise(rows.headers, COMPANY_COLUMNS)
        ignored = tuple(
            h
            for i, h in enumerate(rows.headers)
            if i not in mapping and fold(h) not in IGNORED and h
        )
        if not mapping:
            problem = ImportProblem(1, "", "", "no column has a name the import knows (see README)")
            refused = _report(
                rows, (0, 0, 0), (problem,), ignored=ignored, dry_run=dry_run, started=started
            )
            raise ImportRefusedError(refused)

        def work(session: Session) -> tuple[ImportReport, bool]:
            counts, problems = _import_rows(session, self._index, rows, mapping, on_duplicate)
            found = tuple(problems)
            report = _report(rows, counts, found, ignored=ignored, dry_run=dry_run, started=started)
            return report, not problems and not dry_run

        report = all_or_nothing(self._sessions, work)
        if report.problems:
            raise ImportRefusedError(report)
        return report


def _report(
    rows: SheetRows,
    counts: tuple[int, int, int],
    problems: tuple[ImportProblem, ...],
    *,
    ignored: tuple[str, ...],
    dry_run: bool,
    started: float,
) -> ImportReport:
    created, updated, skipped = counts
    return ImportReport(
        rows=len(rows.rows),
        created=created,
        updated=updated,
        skipped=skipped,
        problems=problems,
        ignored_columns=ignored,
        encoding=rows.encoding,
        dry_run=dry_run,
        seconds=time.perf_counter() - started,
    )


@dataclass(frozen=True)
class _Row:
    """A checked row: where it is, the company it describes, the parent it names."""

    number: int
    draft: CompanyDraft
    parent: str


def _import_rows(
    session: Session,
    index: SearchIndex,
    rows: SheetRows,
    mapping: dict[int, ImportColumn],
    on_duplicate: OnDuplicate,
) -> tuple[tuple[int, int, int], list[ImportProblem]]:
    """Check every row, then save the good ones in a few batches; counts and problems."""
    checked: list[_Row] = []
    problems: list[ImportProblem] = []
    parent_at = next((i for i, c in mapping.items() if c.key == "parent"), None)
    for number, cells in enumerate(rows.rows, start=2):  # row 1 holds the headers
        draft, cell_problems = _draft(number, cells, rows.headers, mapping)
        problems.extend(cell_problems)
        try:  # also with unreadable cells: every problem of the row at once
            parent = text_of(cells[parent_at]) if parent_at is not None else ""
            checked.append(_Row(number, checked_draft(session, draft), parent))
        except ValidationError as error:
            reported = {p.column for p in cell_problems}
            problems.extend(
                p
                for p in field_problems(number, error, rows.headers, mapping, cells)
                if p.column not in reported
            )
    if problems:
        return (0, 0, 0), problems
    counts, saved = _save_all(session, index, checked, on_duplicate)
    if parent_at is not None:
        problems.extend(_link_parents(session, checked, saved, rows.headers[parent_at]))
    return counts, problems


def _save_all(
    session: Session, index: SearchIndex, rows: list[_Row], on_duplicate: OnDuplicate
) -> tuple[tuple[int, int, int], list[int | None]]:
    """Create, update or skip each checked row; the counts, and each row's company (or None)."""
    updated = skipped = 0
    new: list[CompanyDraft] = []
    seen: dict[tuple[KeyKind, str], int] = {}  # keys of the new rows -> their place in ``new``
    place: list[tuple[str, int | None]] = []  # per row: ("new", index) or ("id", id) or skipped
    existing = existing_duplicates(session, [row.draft for row in rows])
    for row, match in zip(rows, existing, strict=True):
        keys = draft_keys(row.draft)
        earlier = next((seen[k] for k in keys if k in seen), None)
        if on_duplicate is OnDuplicate.CREATE or (match is None and earlier is None):
            seen.update(dict.fromkeys(keys, len(new)))
            place.append(("new", len(new)))
            new.append(row.draft)
        elif on_duplicate is OnDuplicate.SKIP:
            skipped += 1
            place.append(("skipped", None))
        elif match is not None:
            update_company(session, match, row.draft)
            updated += 1
            place.append(("id", match))
        elif earlier is not None:  # the same company twice in the file: the later row wins
            new[earlier] = row.draft
            updated += 1
            place.append(("new", earlier))
    ids = create_companies(session, new, index)
    saved: list[int | None] = []
    for kind, where in place:
        if kind == "new" and where is not None:
            saved.append(ids[where])
        else:
            saved.append(where if kind == "id" else None)
    return (len(new), updated, skipped), saved


def _link_parents(
    session: Session, rows: list[_Row], saved: list[int | None], column: str
) -> list[ImportProblem]:
    """Give each saved company the parent its row names (a company in the database or file)."""
    named = [(row, company) for row, company in zip(rows, saved, strict=True) if row.parent]
    if not named:
        return []
    found = ids_by_name(session, (row.parent for row, _ in named))
    problems: list[ImportProblem] = []
    for row, company in named:
        candidates = found.get(row.parent, [])
        if len(candidates) != 1:
            reason = (
                "is no company in the database or the file"
                if not candidates
                else f"names {len(candidates)} companies; rename one to tell them apart"
            )
            problems.append(ImportProblem(row.number, column, row.parent, reason))
            continue
        if company is None:  # a skipped row keeps the existing company as it is
            continue
        try:
            set_parent(session, company, candidates[0])
        except ValidationError as error:
            problems.extend(
                ImportProblem(row.number, column, row.parent, p.problem) for p in error.problems
            )
    return problems


def read_cells(
    number: int,
    cells: Sequence[Any],
    headers: Sequence[str],
    mapping: dict[int, ImportColumn],
    keys: frozenset[str],
) -> tuple[dict[str, Any], list[ImportProblem]]:
    """The values of a row's mapped cells whose field is in ``keys``, and the unreadable cells."""
    values: dict[str, Any] = {}
    problems: list[ImportProblem] = []
    for index, column in mapping.items():
        if column.key not in keys:
            continue
        try:
            value = column.read(cells[index])
        except CellValueError as error:
            problems.append(
                ImportProblem(number, headers[index], text_of(cells[index]), str(error))
            )
            continue
        if value is not None and value != "":
            values[column.key] = value
    return values, problems


def _draft(
    number: int, cells: Sequence[Any], headers: Sequence[str], mapping: dict[int, ImportColumn]
) -> tuple[CompanyDraft, list[ImportProblem]]:
    values, problems = read_cells(number, cells, headers, mapping, _DRAFT_FIELDS)
    return replace(CompanyDraft(), **values), problems


def field_problems(
    number: int,
    error: ValidationError,
    headers: Sequence[str],
    mapping: dict[int, ImportColumn],
    cells: Sequence[Any],
) -> list[ImportProblem]:
    """The problems of a row the service refused, under the file's column names."""
    column_of = {column.key: index for index, column in mapping.items()}
    problems = []
    for problem in error.problems:
        index = column_of.get(problem.field)
        header = headers[index] if index is not None else problem.label
        value = text_of(cells[index]) if index is not None else ""
        reason = problem.problem
        if value and reason.startswith(f"“{value}”"):  # the value is shown once, before it
            reason = reason[len(value) + 2 :].lstrip()
        problems.append(ImportProblem(number, header, value, reason))
    return problems
