"""Importing companies from the spreadsheets staff bring: all rows, or none.

A CSV file or a workbook's sheet (see :mod:`leadtracker.services.spreadsheet_files`)
is read; its header names are recognised in German, English or Japanese
(:data:`COMPANY_COLUMNS`, listed in the README); every row is read and
checked as the app's editor would, in one transaction. Any row with a problem
means nothing is written, and the report lists each problem with its row,
column, value and reason. A company that looks like an existing one (same
name, corporate number or website) is skipped, updated or created anyway, as
chosen. ``dry_run`` checks everything and writes nothing.

Vocabulary words (sector, status …) are read in English, German or Japanese.
The pieces every import shares live here too: :class:`ImportColumn`,
:func:`recognise`, :func:`read_cells`, :class:`ImportReport`,
:func:`all_or_nothing`. Contacts, projects and whole workbooks have modules of
their own.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.models import Company
from leadtracker.db.search_index import SearchIndex
from leadtracker.domain.duplicates import KeyKind
from leadtracker.domain.errors import DomainError, ValidationError
from leadtracker.domain.messages import Text, text
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
from leadtracker.services.import_columns import (
    ColumnChoices,
    ImportColumn,
    fitted,
    recognise,
    text_of,
    unread_headers,
    vocabulary_reader,
)
from leadtracker.services.spreadsheet_files import SheetRows, read_sheet
from leadtracker.services.transfer_choices import OnDuplicate

#: The characters of a value a problem's message shows.
_SHOWN_CHARS = 80


@dataclass(frozen=True)
class ImportProblem:
    """One thing wrong in the file: where (row as numbered in the spreadsheet, column), what."""

    row: int
    column: str
    value: str
    reason: str
    sheet: str = ""  # in a workbook imported whole: the sheet's name

    @property
    def message(self) -> Text:
        """Where and what: ``row 4, Founded: “31.02.2026” is a day that does not exist``.

        The value is shown once: not again when the reason quotes it already.
        """
        where = (
            text("row {row}, {column}", row=self.row, column=self.column)
            if self.column
            else text("row {row}", row=self.row)
        )
        if self.sheet:
            where = text("{sheet}, {place}", sheet=self.sheet, place=where)
        quoted = {f"“{self.value}”", f"“{unicodedata.normalize('NFKC', self.value).strip()}”"}
        if self.value and not any(form in self.reason for form in quoted):
            shown = self.value
            if len(shown) > _SHOWN_CHARS:  # a cell of 30,000 characters is not repeated whole
                shown = shown[:_SHOWN_CHARS] + "…"
            return text("{place}: “{value}” {reason}", place=where, value=shown, reason=self.reason)
        return text("{place}: {reason}", place=where, reason=self.reason)

    def __str__(self) -> str:
        return str(self.message)


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
    #: For a workbook imported whole: the records created per sheet, in import order.
    sheets: tuple[tuple[str, int], ...] = ()
    #: What the user should know about the file although nothing stopped the import
    #: (e.g. formula cells without a value saved, read as empty).
    warnings: tuple[str, ...] = ()

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
            text("Nothing was imported: 1 problem in the file")
            if count == 1
            else text("Nothing was imported: {count} problems in the file", count=count)
        )


__all__ = ["COMPANY_COLUMNS", "ImportService", "recognise"]  # recognise: for the tests

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


def _prefecture(value: Any) -> int | None:
    typed = text_of(value)
    if not typed:
        return None
    found = find_prefecture(typed)
    if found is None:
        raise CellValueError(text("is not a Japanese prefecture (write 東京都, Tokyo or 13)"))
    return found.code


#: The company columns an import recognises (folded: case, width and kana do not matter).
COMPANY_COLUMNS: tuple[ImportColumn, ...] = fitted(Company, (
    ImportColumn(
        "name_ja",
        ("Name (Japanese)", "Japanese name", "Japanischer Name", "Name (japanisch)", "会社名",
         "社名", "名称（日本語）"),
    ),
    ImportColumn(
        "name_kana", ("Name (kana)", "Reading", "Kana", "Lesung", "フリガナ", "読み", "よみがな",
                      "名称（かな）")
    ),
    ImportColumn(
        "name_en",
        ("Name (English)", "English name", "Company", "Company name", "Name", "Firma",
         "Firmenname", "Unternehmen", "Englischer Name", "英語名", "Name (englisch)",
         "名称（英語）"),
    ),
    ImportColumn(
        "name_de",
        ("Name (German)", "German entity", "Deutsche Gesellschaft", "Name (deutsch)",
         "Deutscher Name", "ドイツ法人", "名称（ドイツ語）"),
    ),
    ImportColumn(
        "register_number",
        ("Register number", "Commercial register", "Handelsregister", "Registernummer", "HRB",
         "Handelsregisternummer", "商業登記番号"),
    ),
    ImportColumn(
        "corporate_number",
        ("Corporate number", "法人番号", "Unternehmensnummer", "Japanische Unternehmensnummer"),
    ),
    ImportColumn("sector", ("Sector", "Industry", "Branche", "業種"), vocabulary_reader(Sector)),
    ImportColumn(
        "hq_prefecture",
        ("HQ prefecture", "Prefecture", "Präfektur", "都道府県", "本社所在地（都道府県）",
         "Präfektur des Hauptsitzes"),
        _prefecture,
    ),
    ImportColumn("hq_city", ("HQ city", "City", "Stadt", "Ort", "市区町村", "本社所在地",
                             "Stadt des Hauptsitzes", "本社所在地（市区町村）")),
    ImportColumn("website", ("Website", "Webseite", "Homepage", "URL", "ウェブサイト")),
    ImportColumn("status", ("Status", "Stand", "状況",
                            "ステータス"), vocabulary_reader(CompanyStatus)),
    ImportColumn("parent", ("Parent company", "Parent", "Muttergesellschaft", "親会社")),
    ImportColumn(
        "notes", ("Notes", "Notizen", "Bemerkungen", "Kommentar", "Notiz", "メモ", "備考")
    ),
))  # fmt: skip

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
        chosen: ColumnChoices | None = None,
    ) -> ImportReport:
        """Import the companies of ``path``: all rows, or none.

        ``chosen`` says which field a column feeds where its header does not
        (see :func:`recognise`).

        Raises:
            SpreadsheetError: the file cannot be read.
            ImportRefusedError: a row has a problem (nothing was written; the
                error's report lists every problem).
        """
        started = time.perf_counter()
        rows = read_sheet(path, sheet)
        mapping = recognise(rows.headers, COMPANY_COLUMNS, chosen)
        ignored = unread_headers(rows.headers, mapping, chosen)
        if not mapping:
            problem = ImportProblem(
                1, "", "", text("no column has a name the import knows (see README)")
            )
            refused = sheet_report(
                rows, (0, 0, 0), (problem,), ignored=ignored, dry_run=dry_run, started=started
            )
            raise ImportRefusedError(refused)

        def work(session: Session) -> tuple[ImportReport, bool]:
            saved = import_company_rows(session, self._index, rows, mapping, on_duplicate)
            problems = saved.problems
            parent_at = next((i for i, c in mapping.items() if c.key == "parent"), None)
            if not problems and parent_at is not None:
                problems = link_parents_by_name(session, saved, rows, parent_at)
            report = sheet_report(
                rows, saved.counts, problems, ignored=ignored, dry_run=dry_run, started=started
            )
            return report, not problems and not dry_run

        report = all_or_nothing(self._sessions, work)
        if report.problems:
            raise ImportRefusedError(report)
        return report


def sheet_report(
    rows: SheetRows,
    counts: tuple[int, int, int],
    problems: tuple[ImportProblem, ...],
    *,
    ignored: tuple[str, ...],
    dry_run: bool,
    started: float,
) -> ImportReport:
    """The report of a one-sheet import (``counts``: created, updated, skipped)."""
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
        warnings=rows.warnings,
    )


@dataclass(frozen=True)
class SavedCompanies:
    """What :func:`import_company_rows` did with each row of a sheet.

    Attributes:
        counts: Companies created, updated and skipped.
        problems: What is wrong in the rows (then nothing was saved).
        numbers: Each checked row's number in the spreadsheet.
        linked: Per checked row, the company it now stands for: created,
            updated, or -- skipped as a duplicate -- the existing one.
        changed: Per checked row, whether the import wrote that company
            (a skipped row's company is left as it is).
    """

    counts: tuple[int, int, int]
    problems: tuple[ImportProblem, ...]
    numbers: tuple[int, ...] = ()
    linked: tuple[int | None, ...] = ()
    changed: tuple[bool, ...] = ()


def import_company_rows(
    session: Session,
    index: SearchIndex,
    rows: SheetRows,
    mapping: dict[int, ImportColumn],
    on_duplicate: OnDuplicate,
    *,
    rows_are_distinct: bool = False,
) -> SavedCompanies:
    """Check every row, then save the good ones in a few batches (parents are not set).

    Rows are matched to existing companies by the duplicate rule, and -- a
    list kept by hand may name a company twice -- to earlier rows, unless
    ``rows_are_distinct`` (an exported workbook, where each row had its own ID).
    """
    drafts: list[CompanyDraft] = []
    given: list[frozenset[str]] = []  # per draft: the fields its row has values for
    numbers: list[int] = []
    problems: list[ImportProblem] = []
    for number, cells in enumerate(rows.rows, start=2):  # row 1 holds the headers
        values, cell_problems = read_cells(number, cells, rows.headers, mapping, _DRAFT_FIELDS)
        draft = replace(CompanyDraft(), **values)
        problems.extend(cell_problems)
        try:  # also with unreadable cells: every problem of the row at once
            drafts.append(checked_draft(session, draft))
            given.append(frozenset(values))
            numbers.append(number)
        except ValidationError as error:
            reported = {p.column for p in cell_problems}
            problems.extend(
                p
                for p in field_problems(number, error, rows.headers, mapping, cells)
                if p.column not in reported
            )
    if problems:
        return SavedCompanies((0, 0, 0), tuple(problems))
    counts, linked, changed = _save_all(
        session,
        index,
        list(zip(drafts, given, strict=True)),
        on_duplicate,
        within_file=not rows_are_distinct,
    )
    return SavedCompanies(counts, (), tuple(numbers), tuple(linked), tuple(changed))


def _save_all(
    session: Session,
    index: SearchIndex,
    drafts: list[tuple[CompanyDraft, frozenset[str]]],
    on_duplicate: OnDuplicate,
    *,
    within_file: bool,
) -> tuple[tuple[int, int, int], list[int | None], list[bool]]:
    """Create, update or skip each checked draft; the counts, each row's company, what changed.

    An update changes only the fields the row has values for (``drafts``'
    second part): a list without websites keeps the websites already known.
    """
    updated = skipped = 0
    new: list[CompanyDraft] = []
    seen: dict[tuple[KeyKind, str], int] = {}  # keys of the new rows -> their place in ``new``
    # Per row: ("new", place in ``new``) or ("id", company id), and whether it is written.
    place: list[tuple[str, int | None, bool]] = []
    existing = existing_duplicates(session, [draft for draft, _ in drafts])
    for (draft, given), match in zip(drafts, existing, strict=True):
        keys = draft_keys(draft)
        earlier = next((seen[k] for k in keys if k in seen), None) if within_file else None
        if on_duplicate is OnDuplicate.CREATE or (match is None and earlier is None):
            seen.update(dict.fromkeys(keys, len(new)))
            place.append(("new", len(new), True))
            new.append(draft)
        elif on_duplicate is OnDuplicate.SKIP:
            skipped += 1
            place.append(("id", match, False) if match is not None else ("new", earlier, False))
        elif match is not None:
            update_company(session, match, draft, only=given)
            updated += 1
            place.append(("id", match, True))
        elif earlier is not None:  # the same company twice in the file: the later row wins
            new[earlier] = replace(new[earlier], **{name: getattr(draft, name) for name in given})
            updated += 1
            place.append(("new", earlier, True))
    ids = create_companies(session, new, index)
    linked = [
        ids[where] if kind == "new" and where is not None else where for kind, where, _ in place
    ]
    return (len(new), updated, skipped), linked, [written for _, _, written in place]


def link_parents_by_name(
    session: Session, saved: SavedCompanies, rows: SheetRows, parent_at: int
) -> tuple[ImportProblem, ...]:
    """Give each saved company the parent its row names (a company in the database or file)."""
    column = rows.headers[parent_at]
    named = [
        (number, text_of(rows.rows[number - 2][parent_at]), company, changed)
        for number, company, changed in zip(saved.numbers, saved.linked, saved.changed, strict=True)
    ]
    named = [entry for entry in named if entry[1]]
    if not named:
        return ()
    found = ids_by_name(session, (parent for _, parent, _, _ in named))
    problems: list[ImportProblem] = []
    for number, parent, company, changed in named:
        candidates = found.get(parent, [])
        if len(candidates) != 1:
            reason = (
                text("is no company in the database or the file")
                if not candidates
                else text(
                    "names {count} companies; rename one to tell them apart",
                    count=len(candidates),
                )
            )
            problems.append(ImportProblem(number, column, parent, reason))
        elif changed and company is not None:  # a skipped row keeps its company as it is
            where = ImportProblem(number, column, parent, "")
            problems.extend(parent_problems(session, company, candidates[0], where))
    return tuple(problems)


def parent_problems(
    session: Session, company: int, parent: int, where: ImportProblem
) -> list[ImportProblem]:
    """Set ``company``'s parent; what is wrong with that (at ``where``), e.g. a circle."""
    try:
        set_parent(session, company, parent)
    except ValidationError as error:
        return [replace(where, reason=p.problem) for p in error.problems]
    return []


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
                ImportProblem(number, headers[index], text_of(cells[index]), error.reason)
            )
            continue
        if value is not None and value != "":
            values[column.key] = value
    return values, problems


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
        problems.append(ImportProblem(number, header, value, problem.problem))
    return problems
