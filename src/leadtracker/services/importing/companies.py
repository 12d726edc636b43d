"""Importing companies from the spreadsheets staff bring: all rows, or none.

A CSV file or a workbook's sheet (see :mod:`.spreadsheet_files`) is read; its
header names are recognised in German, English or Japanese
(:data:`COMPANY_COLUMNS`, listed in the README); every row is read and
checked as the app's editor would, in one transaction, by the row loop every
import shares (:mod:`.rows`). Any row with a problem means nothing is
written, and the report lists each problem with its row, column, value and
reason. A company that looks like an existing one (same name, corporate
number or website) is skipped, updated or created anyway, as chosen.
``dry_run`` checks everything and writes nothing.

Vocabulary words (sector, status …) are read in English, German or Japanese.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.models import Company
from leadtracker.db.search_index import SearchIndex
from leadtracker.domain.duplicates import KeyKind
from leadtracker.domain.errors import ValidationError
from leadtracker.domain.messages import text
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
from leadtracker.services.importing.choices import OnDuplicate
from leadtracker.services.importing.columns import (
    ColumnChoices,
    ImportColumn,
    fitted,
    recognise,
    text_of,
    unread_headers,
    vocabulary_reader,
)
from leadtracker.services.importing.report import (
    ImportProblem,
    ImportRefusedError,
    ImportReport,
    sheet_report,
)
from leadtracker.services.importing.rows import Row, SheetReader, company_by_name, import_sheet
from leadtracker.services.importing.spreadsheet_files import read_sheet


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


def import_companies(
    sessions: sessionmaker[Session],
    index: SearchIndex,
    path: Path,
    *,
    sheet: str | None = None,
    on_duplicate: OnDuplicate = OnDuplicate.SKIP,
    dry_run: bool = False,
    chosen: ColumnChoices | None = None,
) -> ImportReport:
    """Import the companies of ``path`` (a CSV file or a workbook's ``sheet``): all rows, or none.

    ``chosen`` says which field a column feeds where its header does not
    (see :func:`~.columns.recognise`).

    Raises:
        SpreadsheetError: the file cannot be read.
        ImportRefusedError: a row has a problem (nothing was written; the
            error's report lists every problem).
    """
    started = time.perf_counter()
    rows = read_sheet(path, sheet)
    if not recognise(rows.headers, COMPANY_COLUMNS, chosen):
        problem = ImportProblem(
            1, "", "", text("no column has a name the import knows (see README)")
        )
        ignored = unread_headers(rows.headers, {}, chosen)
        refused = sheet_report(
            rows, (0, 0, 0), (problem,), ignored=ignored, dry_run=dry_run, started=started
        )
        raise ImportRefusedError(refused)

    def work(session: Session, reader: SheetReader) -> tuple[int, int, int]:
        saved = import_company_rows(session, index, reader, on_duplicate)
        if not reader.problems and reader.has("parent"):
            link_parents_by_name(session, reader, saved)
        return saved.counts

    return import_sheet(sessions, rows, COMPANY_COLUMNS, work, dry_run=dry_run, chosen=chosen)


@dataclass(frozen=True)
class SavedCompanies:
    """What :func:`import_company_rows` did with each row of a sheet.

    Attributes:
        counts: Companies created, updated and skipped.
        rows: Each checked row (none when a row has a problem: then nothing was saved).
        linked: Per checked row, the company it now stands for: created,
            updated, or -- skipped as a duplicate -- the existing one.
        changed: Per checked row, whether the import wrote that company
            (a skipped row's company is left as it is).
    """

    counts: tuple[int, int, int]
    rows: tuple[Row, ...] = ()
    linked: tuple[int | None, ...] = ()
    changed: tuple[bool, ...] = ()


def import_company_rows(
    session: Session,
    index: SearchIndex,
    reader: SheetReader,
    on_duplicate: OnDuplicate,
    *,
    rows_are_distinct: bool = False,
) -> SavedCompanies:
    """Check every row, then save the good ones in a few batches (parents are not set).

    Rows are matched to existing companies by the duplicate rule, and -- a
    list kept by hand may name a company twice -- to earlier rows, unless
    ``rows_are_distinct`` (an exported workbook, where each row had its own ID).
    The problems are noted in ``reader``; with any, nothing is saved.
    """
    drafts: list[tuple[CompanyDraft, frozenset[str]]] = []  # with the fields the row gives
    checked: list[Row] = []
    for row in reader:
        values = {key: value for key, value in row.values.items() if key in _DRAFT_FIELDS}
        try:  # also with unreadable cells: every problem of the row at once
            drafts.append(
                (checked_draft(session, replace(CompanyDraft(), **values)), frozenset(values))
            )
            checked.append(row)
        except ValidationError as error:
            reader.refused(row, error)
    if reader.problems:
        return SavedCompanies((0, 0, 0))
    counts, linked, changed = _save_all(
        session, index, drafts, on_duplicate, within_file=not rows_are_distinct
    )
    return SavedCompanies(counts, tuple(checked), tuple(linked), tuple(changed))


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


def link_parents_by_name(session: Session, reader: SheetReader, saved: SavedCompanies) -> None:
    """Give each saved company the parent its row names (a company in the database or file).

    What is wrong -- a name no company has, or a circle -- is noted in ``reader``.
    """
    named = [
        (row, company, changed)
        for row, company, changed in zip(saved.rows, saved.linked, saved.changed, strict=True)
        if text_of(reader.cell(row, "parent"))
    ]
    if not named:
        return
    found = ids_by_name(session, (text_of(reader.cell(row, "parent")) for row, _, _ in named))
    parent_of = company_by_name(found, text("is no company in the database or the file"))
    for row, company, changed in named:
        parent = reader.find(row, "parent", parent_of)
        if parent is not None and changed and company is not None:  # a skipped row stays as it is
            for reason in parent_problems(session, company, parent):
                reader.problem(row, "parent", reason)


def parent_problems(session: Session, company: int, parent: int) -> list[str]:
    """Set ``company``'s parent; what is wrong with that, e.g. a circle."""
    try:
        set_parent(session, company, parent)
    except ValidationError as error:
        return [p.problem for p in error.problems]
    return []
