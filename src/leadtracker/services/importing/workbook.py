"""Importing a whole workbook -- every sheet the export writes -- in one transaction.

The sheets are read in the order their records depend on each other: staff,
partners, events, companies, contacts, projects, their stage history,
activities and tasks (:data:`SHEETS`; German sheet names work too). Rows
refer to rows of other sheets by the workbook's IDs (see
:mod:`.references`), so two companies of the same name stay apart and
each activity finds its project. The *Summary* sheet holds figures computed
from the rest and is left alone.

All or nothing, as every import: the first sheet with a problem stops the
import (the sheets after it would only repeat its problems as missing
references), and the report names sheet, row, column, value and reason.
Exporting everything and importing the workbook into an empty database gives
the same records (tested).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.models import Company, Event, Partner, Project, User
from leadtracker.db.search_index import SearchIndex
from leadtracker.domain.normalize import fold
from leadtracker.domain.spreadsheet_values import CellValueError
from leadtracker.services.importing.choices import OnDuplicate
from leadtracker.services.importing.columns import ImportColumn, text_of
from leadtracker.services.importing.companies import (
    COMPANY_COLUMNS,
    SavedCompanies,
    import_company_rows,
    link_parents_by_name,
    parent_problems,
)
from leadtracker.services.importing.contacts import CONTACT_COLUMNS, import_contact_rows
from leadtracker.services.importing.network import (
    EVENT_COLUMNS,
    PARTNER_COLUMNS,
    STAFF_COLUMNS,
    import_events,
    import_partners,
    import_staff,
)
from leadtracker.services.importing.projects import (
    PROJECT_COLUMNS,
    STAGE_HISTORY_COLUMNS,
    import_project_rows,
    import_stage_history,
    start_histories,
)
from leadtracker.services.importing.references import Links, Names
from leadtracker.services.importing.report import (
    ImportProblem,
    ImportRefusedError,
    ImportReport,
    all_or_nothing,
)
from leadtracker.services.importing.rows import SheetReader
from leadtracker.services.importing.spreadsheet_files import SheetRows, read_workbook, sheet_names
from leadtracker.services.importing.work import (
    ACTIVITY_COLUMNS,
    TASK_COLUMNS,
    import_activities,
    import_tasks,
)

#: The sheets a workbook import reads, in the order it reads them, with the
#: names a sheet may have (the export's English name first).
SHEETS: MappingProxyType[str, tuple[str, ...]] = MappingProxyType(
    {
        "staff": ("Staff", "Mitarbeiter", "Team", "職員"),
        "partners": ("Partners", "Partner", "パートナー"),
        "events": ("Events", "Veranstaltungen", "イベント"),
        "companies": ("Companies", "Unternehmen", "Firmen", "企業"),
        "contacts": ("Contacts", "Kontakte", "Ansprechpartner", "連絡先"),
        "projects": ("Projects", "Projekte", "案件"),
        "stage_history": ("Stage history", "Phasenverlauf", "段階履歴"),
        "activities": ("Activities", "Aktivitäten", "活動"),
        "tasks": ("Tasks", "Aufgaben", "タスク"),
    }
)

_CHUNK = 10_000  # ids in one IN (…): well below SQLite's limit of bound values

#: Sheets the export writes that the import leaves alone: figures computed from the rest.
COMPUTED_SHEETS = frozenset(fold(name) for name in ("Summary", "Übersicht", "概要"))


def workbook_tables(names: tuple[str, ...]) -> dict[str, str]:
    """The sheet of each table a workbook with sheets ``names`` has, by table."""
    by_name = {fold(name): table for table, names_ in SHEETS.items() for name in names_}
    found: dict[str, str] = {}
    for name in names:
        table = by_name.get(fold(name))
        if table is not None and table not in found:
            found[table] = name
    return found


def is_export_workbook(path: Path) -> bool:
    """Whether ``path`` is a workbook with the sheets of more than one table."""
    return len(workbook_tables(sheet_names(path))) > 1


@dataclass
class _Run:
    """One import of a workbook: the session and what the sheets made so far."""

    session: Session
    index: SearchIndex
    on_duplicate: OnDuplicate
    names: Names
    links: Links = field(default_factory=Links)
    projects: list[Project] = field(default_factory=list)
    # Records read once and held here, so that the checks of the rows after
    # find them in the session instead of asking the database row by row.
    held: list[object] = field(default_factory=list)

    def hold(self, model: Any, ids: Collection[int] | None = None) -> None:
        """Read the records of ``model`` (those with ``ids``, or all) into the session."""
        if ids is None:
            self.held.extend(self.session.scalars(select(model)))
            return
        ordered = sorted(ids)
        for start in range(0, len(ordered), _CHUNK):
            chunk = ordered[start : start + _CHUNK]
            self.held.extend(self.session.scalars(select(model).where(model.id.in_(chunk))))

    updated: int = 0
    skipped: int = 0


def import_workbook(
    sessions: sessionmaker[Session],
    index: SearchIndex,
    path: Path,
    *,
    on_duplicate: OnDuplicate = OnDuplicate.SKIP,
    dry_run: bool = False,
) -> ImportReport:
    """Import every sheet of an exported (or hand-made) workbook, in :data:`SHEETS` order.

    One transaction: all rows, or none.

    Raises:
        SpreadsheetError: the file cannot be read.
        ImportRefusedError: a row has a problem (nothing was written).
    """
    started = time.perf_counter()
    names = sheet_names(path)
    tables = workbook_tables(names)
    sheets = read_workbook(path, list(tables.values()))
    known = set(tables.values())
    ignored = [
        f"sheet “{name}”"
        for name in names
        if name not in known and fold(name) not in COMPUTED_SHEETS
    ]

    def work(session: Session) -> tuple[ImportReport, bool]:
        run = _Run(session, index, on_duplicate, Names(session))
        created: list[tuple[str, int]] = []
        problems: list[ImportProblem] = []
        for table in SHEETS:
            if table not in tables:
                continue
            rows = sheets[tables[table]]
            # Each step flushes where it needs ids: not before every query.
            with session.no_autoflush:
                count, found, unread = _STEPS[table](run, rows)
            ignored.extend(f"{rows.sheet}: {header}" for header in unread)
            if found:
                problems = [replace(p, sheet=rows.sheet) for p in found]
                break
            created.append((rows.sheet, count))
        if not problems:
            start_histories(session, run.projects)
        report = ImportReport(
            rows=sum(len(sheet.rows) for sheet in sheets.values()),
            created=0 if problems else sum(n for _, n in created),
            updated=0 if problems else run.updated,
            skipped=0 if problems else run.skipped,
            problems=tuple(problems),
            ignored_columns=tuple(ignored),
            encoding="",
            dry_run=dry_run,
            seconds=time.perf_counter() - started,
            sheets=() if problems else tuple(created),
            warnings=tuple(w for sheet in sheets.values() for w in sheet.warnings),
        )
        return report, not problems and not dry_run

    report = all_or_nothing(sessions, work)
    if report.problems:
        raise ImportRefusedError(report)
    return report


#: What a step gives back: records created, problems, headers of unread columns.
_Outcome = tuple[int, list[ImportProblem], tuple[str, ...]]


def _read(
    columns: tuple[ImportColumn, ...], work: Callable[[_Run, SheetReader], int]
) -> Callable[[_Run, SheetRows], _Outcome]:
    """A step that reads a sheet with ``columns`` and hands each row to ``work``."""

    def step(run: _Run, rows: SheetRows) -> _Outcome:
        reader = SheetReader(rows, columns)
        count = work(run, reader)
        return count, reader.problems, reader.ignored

    return step


def _network(work: Callable[[_Run, SheetReader], int]) -> Callable[[_Run, SheetReader], int]:
    """Staff, partners and events: afterwards the names of what was added are known."""

    def step(run: _Run, reader: SheetReader) -> int:
        count = work(run, reader)
        run.session.flush()
        run.names.refresh()
        return count

    return step


def _companies(run: _Run, reader: SheetReader) -> int:
    """Companies by the duplicate rule chosen; then each one's parent, by ``Parent ID``."""
    headers = {fold(header): index for index, header in enumerate(reader.rows.headers)}
    saved = import_company_rows(
        run.session,
        run.index,
        reader,
        run.on_duplicate,
        rows_are_distinct=fold("ID") in headers,
    )
    if reader.problems:
        return 0
    id_at, parent_at = headers.get(fold("ID")), headers.get(fold("Parent ID"))
    for row, company in zip(saved.rows, saved.linked, strict=True):
        if id_at is not None:
            run.links.remember("companies", row.cells[id_at], company)
    run.updated += saved.counts[1]
    run.skipped += saved.counts[2]
    run.hold(Company, run.links.all("companies"))
    if parent_at is not None:
        _parents_by_id(run, reader, saved, parent_at)
    elif reader.has("parent"):
        link_parents_by_name(run.session, reader, saved)
    return saved.counts[0]


def _parents_by_id(run: _Run, reader: SheetReader, saved: SavedCompanies, parent_at: int) -> None:
    """Give each company written the parent whose row has its ``Parent ID``."""
    column = reader.rows.headers[parent_at]
    for row, company, written in zip(saved.rows, saved.linked, saved.changed, strict=True):
        value = row.cells[parent_at]
        if not text_of(value):
            continue
        where = ImportProblem(row.number, column, text_of(value), "")
        try:
            parent = run.links.record("companies", value)
        except CellValueError as error:
            reader.note(replace(where, reason=error.reason))
            continue
        if written and company is not None and parent is not None:
            for reason in parent_problems(run.session, company, parent):
                reader.note(replace(where, reason=reason))


def _contacts(run: _Run, reader: SheetReader) -> int:
    counts = import_contact_rows(run.session, reader, run.links, run.on_duplicate)
    run.updated += counts.updated
    run.skipped += counts.skipped
    return counts.created


def _projects(run: _Run, reader: SheetReader) -> int:
    for model in (User, Partner, Event):  # what each project row's owner, partner, event is
        run.hold(model)
    added = import_project_rows(run.session, reader, run.names, run.links)
    run.projects.extend(added)
    return len(added)


_STEPS: dict[str, Callable[[_Run, SheetRows], _Outcome]] = {
    "staff": _read(STAFF_COLUMNS, _network(lambda run, r: import_staff(run.session, r))),
    "partners": _read(PARTNER_COLUMNS, _network(lambda run, r: import_partners(run.session, r))),
    "events": _read(
        EVENT_COLUMNS, _network(lambda run, r: import_events(run.session, r, run.names))
    ),
    "companies": _read(COMPANY_COLUMNS, _companies),
    "contacts": _read(CONTACT_COLUMNS, _contacts),
    "projects": _read(PROJECT_COLUMNS, _projects),
    "stage_history": _read(
        STAGE_HISTORY_COLUMNS,
        lambda run, r: import_stage_history(run.session, r, run.names, run.links),
    ),
    "activities": _read(
        ACTIVITY_COLUMNS, lambda run, r: import_activities(run.session, r, run.names, run.links)
    ),
    "tasks": _read(TASK_COLUMNS, lambda run, r: import_tasks(run.session, r, run.names, run.links)),
}
