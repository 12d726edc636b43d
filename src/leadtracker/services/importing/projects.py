"""Importing projects and their stage history from a spreadsheet: all rows, or none.

A project row names its company (by name, or in a workbook imported whole by
its ``Company ID``), its title, where it stands (``Stage``, by label) and
everything the project editor and the stage moves record: key figures,
decision, loss, landing checklist. The rules of a stage move hold for a row
as for a move (a decision day not after today, what the stage needs: a lost
project's reason, a landed one's checklist), in the same words. Partners,
events and the owner are found by name
(:class:`~leadtracker.services.importing.references.Names`); they must exist
in the database or come with the same workbook.

A project's history comes from a workbook's *Stage history* sheet when there
is one. A project without any history -- every project of a sheet imported
alone -- starts its history on the day it was received, in the stage it is
in: a list of old projects cannot tell when each was moved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.models import Project, Stage, StageChange
from leadtracker.domain.errors import ValidationError
from leadtracker.domain.messages import text
from leadtracker.domain.office import OFFICE_TIMEZONE, office_date
from leadtracker.domain.pipeline.outcomes import (
    OUTCOME_FIELDS,
    Outcome,
    OutcomeUpdate,
    invalid_values,
)
from leadtracker.domain.pipeline.stages import StageCategory, missing_for
from leadtracker.domain.spreadsheet_values import (
    CellValueError,
    read_date,
    read_money,
    read_whole_number,
)
from leadtracker.domain.vocabulary import LostReason, PermitStatus, ProjectSource, ProjectType
from leadtracker.services.companies import ids_by_name
from leadtracker.services.importing.columns import (
    ColumnChoices,
    ImportColumn,
    fitted,
    office_moment,
    text_of,
    vocabulary_reader,
)
from leadtracker.services.importing.references import Links, Names
from leadtracker.services.importing.report import ImportReport
from leadtracker.services.importing.rows import Row, SheetReader, company_named, import_sheet
from leadtracker.services.importing.spreadsheet_files import read_sheet
from leadtracker.services.projects import ProjectDraft, checked_project


def read_count(value: Any) -> int | None:
    """A number of jobs or square metres: whole and not negative (empty: None)."""
    number = read_whole_number(value)
    if number is not None and number < 0:
        raise CellValueError(text("cannot be negative"))
    return number


def read_places(value: Any) -> tuple[str, ...]:
    """Competing locations, separated by commas or semicolons."""
    text = text_of(value).replace(";", ",")
    return tuple(place.strip() for place in text.split(",") if place.strip())


#: The project columns an import recognises (folded: case, width and kana do not matter).
PROJECT_COLUMNS: tuple[ImportColumn, ...] = fitted(Project, (
    ImportColumn("company", ("Company", "Firma", "Unternehmen", "会社名", "会社", "企業")),
    ImportColumn("company_ref", ("Company ID", "Unternehmens-ID", "企業ID")),
    ImportColumn("id", ("ID",)),
    ImportColumn("title", ("Title", "Project", "Projekt", "Titel", "Vorhaben", "案件名", "案件",
                           "タイトル")),
    ImportColumn("code_name", ("Code name", "Codename", "Deckname", "コードネーム")),
    ImportColumn(
        "project_type", ("Type", "Project type", "Projektart", "Art", "種類", "形態", "種別"),
        vocabulary_reader(ProjectType),
    ),
    ImportColumn(
        "source", ("Source", "Quelle", "Herkunft", "Kanal", "経路"),
        vocabulary_reader(ProjectSource),
    ),
    ImportColumn("partner", ("Partner", "Referring partner", "Vermittler", "紹介元", "パートナー")),
    ImportColumn("event", ("Event", "Veranstaltung", "イベント")),
    ImportColumn("owner", ("Owner", "Zuständig", "Betreuer", "Verantwortlich", "担当", "担当者",
                           "担当職員")),
    ImportColumn("stage", ("Stage", "Phase", "Stand", "段階", "ステージ", "フェーズ")),
    ImportColumn(
        "received_on", ("Received on", "First contact", "Eingang", "Erstkontakt", "受付日",
                        "Eingegangen am"),
        read_date,
    ),
    ImportColumn(
        "planned_jobs", ("Planned jobs", "Jobs", "Arbeitsplätze", "Geplante Arbeitsplätze",
                         "雇用予定", "雇用予定数", "計画雇用数"),
        read_count,
    ),
    ImportColumn(
        "planned_investment", ("Planned investment (EUR)", "Planned investment", "Investition",
                               "Geplante Investition", "投資予定額", "Geplante Investition (EUR)",
                               "計画投資額（ユーロ）"),
        read_money,
    ),
    ImportColumn(
        "office_space_m2", ("Office space (m²)", "Office space", "Bürofläche", "Fläche", "面積",
                            "Bürofläche (m²)", "オフィス面積（m²）"),
        read_count,
    ),
    ImportColumn("target_date", ("Target date", "Zieldatum", "Zieltermin", "目標日"), read_date),
    ImportColumn(
        "decision_date", ("Decision date", "Entscheidung am", "Entscheidungsdatum", "決定日"),
        read_date,
    ),
    ImportColumn(
        "competing_locations", ("Competing locations", "Wettbewerbsstandorte",
                                "Konkurrenzstandorte", "競合都市", "競合",
                                "Konkurrierende Standorte", "競合候補地"),
        read_places,
    ),
    ImportColumn(
        "lost_reason", ("Lost reason", "Absagegrund", "Verlustgrund", "失注理由"),
        vocabulary_reader(LostReason),
    ),
    ImportColumn("lost_to_location", ("Lost to", "Verloren an", "決定先", "競合先（失注）")),
    ImportColumn(
        "trade_registered_on", ("Trade registered on", "Gewerbeanmeldung", "営業届出日",
                                "Gewerbe angemeldet am"),
        read_date,
    ),
    ImportColumn(
        "register_entry_on", ("Register entry on", "Handelsregistereintrag", "商業登記日",
                              "Handelsregistereintrag am"),
        read_date,
    ),
    ImportColumn(
        "permits_status", ("Permits", "Genehmigungen", "許認可"),
        vocabulary_reader(PermitStatus),
    ),
    ImportColumn(
        "lease_signed_on", ("Lease signed on", "Mietvertrag", "賃貸契約日",
                            "Mietvertrag unterzeichnet am", "賃貸借契約締結日"),
        read_date,
    ),
    ImportColumn("opened_on", ("Opened on", "Eröffnung", "Eröffnet am", "開設日"), read_date),
    ImportColumn(
        "jobs_at_opening", ("Jobs at opening", "Arbeitsplätze bei Eröffnung", "開設時雇用",
                            "開設時の雇用数"),
        read_count,
    ),
    ImportColumn(
        "actual_investment", ("Actual investment (EUR)", "Actual investment",
                              "Tatsächliche Investition", "投資実績",
                              "Tatsächliche Investition (EUR)", "実際の投資額（ユーロ）"),
        read_money,
    ),
    ImportColumn("notes", ("Notes", "Notizen", "Bemerkungen", "Kommentar", "メモ", "備考")),
))  # fmt: skip

#: The columns of a workbook's Stage history sheet.
STAGE_HISTORY_COLUMNS: tuple[ImportColumn, ...] = fitted(
    StageChange,
    (
        ImportColumn("project_ref", ("Project ID", "Projekt-ID", "案件ID")),
        ImportColumn("project_name", ("Project", "Projekt", "案件")),  # for people; the ID links
        ImportColumn("from_stage", ("From stage", "Von Phase", "移動元フェーズ")),
        ImportColumn("to_stage", ("To stage", "Nach Phase", "移動先フェーズ")),
        ImportColumn("changed_at", ("Changed at", "Geändert am", "変更日時"), office_moment),
        ImportColumn("changed_by", ("Changed by", "Geändert von", "変更者")),
        ImportColumn("note", ("Note", "Notiz", "Bemerkung", "メモ")),
    ),
)

_DRAFT_FIELDS = frozenset(f.name for f in fields(ProjectDraft))


def import_project_rows(
    session: Session, reader: SheetReader, names: Names, links: Links | None
) -> list[Project]:
    """Check every project row and add the good ones to ``session``; the projects added.

    With ``links`` (a workbook imported whole) the company is the one its
    ``Company ID`` row became, and each project is remembered under its ID.
    """
    by_id = links is not None and reader.has("company_ref")
    companies = {} if by_id else ids_by_name(session, map(text_of, reader.column("company")))
    added: list[Project] = []
    numbered: list[tuple[Any, Project]] = []  # each project with its ID in the file
    today = office_date(datetime.now(UTC))
    categories = {
        key: category for key, category in session.execute(select(Stage.key, Stage.category))
    }
    for row in reader:
        if links is not None and by_id:
            company = reader.find(row, "company_ref", lambda v: links.record("companies", v))
        else:
            company = company_named(reader, row, companies)
        key = "company_ref" if by_id else "company"
        if company is None and not text_of(reader.cell(row, key)):
            reader.problem(row, key, text("enter the company"))
        project = _project(session, reader, row, names, company, today=today, categories=categories)
        if project is None:
            continue
        session.add(project)
        added.append(project)
        numbered.append((row.values.get("id"), project))
    if links is not None:
        session.flush()  # once: the projects get their ids
        for file_id, project in numbered:
            links.remember("projects", file_id, project.id)
    return added


def _project(
    session: Session,
    reader: SheetReader,
    row: Row,
    names: Names,
    company: int | None,
    *,
    today: date,
    categories: dict[str, StageCategory],
) -> Project | None:
    """The project a row describes, or None (with its problems noted)."""
    values = {k: v for k, v in row.values.items() if k in _DRAFT_FIELDS}
    values.setdefault("title", "")
    values["partner_id"] = reader.find(row, "partner", names.partner)
    values["event_id"] = reader.find(row, "event", names.event)
    values["owner_id"] = reader.find(row, "owner", names.staff)
    stage = reader.find(row, "stage", names.stage) or names.first_stage
    outcome = {k: v for k, v in row.values.items() if k in OUTCOME_FIELDS}
    received = values.get("received_on")
    reader.require(row, "received_on", received, text("enter the day the inquiry came in"))
    # The rules of a stage move hold here too: no decision still to come, no negative
    # jobs, and what the stage needs (a lost project's reason, a landed one's checklist).
    problems = list(invalid_values(OutcomeUpdate(**outcome), today))
    if stage in categories:
        problems += missing_for(categories[stage], Outcome(**outcome))
    try:
        draft = checked_project(session, ProjectDraft(company_id=company or 0, **values))
    except ValidationError as error:
        problems[:0] = [p for p in error.problems if p.field != "company_id"]
        draft = None
    if problems:
        reader.refused(row, ValidationError(problems))
    if draft is None or problems:
        return None
    if company is None or received is None:
        return None
    columns = {name: getattr(draft, name) for name in _DRAFT_FIELDS}
    columns["competing_locations"] = list(draft.competing_locations)
    return Project(**columns, **outcome, stage_key=stage)


def import_stage_history(session: Session, reader: SheetReader, names: Names, links: Links) -> int:
    """Add the stage changes of a workbook's Stage history sheet; how many."""
    added = 0
    for row in reader:
        project = reader.find(row, "project_ref", lambda v: links.record("projects", v))
        to_stage = reader.find(row, "to_stage", names.stage)
        from_stage = reader.find(row, "from_stage", names.stage)
        changed_by = reader.find(row, "changed_by", names.staff)
        changed_at = row.values.get("changed_at")
        reader.require(row, "project_ref", project, text("enter the project's ID"))
        reader.require(row, "to_stage", to_stage, text("enter the stage the project moved to"))
        reader.require(row, "changed_at", changed_at, text("enter when the project moved"))
        if project is None or to_stage is None or changed_at is None:
            continue
        session.add(
            StageChange(
                project_id=project,
                from_stage=from_stage,
                to_stage=to_stage,
                changed_at=changed_at,
                changed_by_id=changed_by,
                note=row.values.get("note", ""),
            )
        )
        added += 1
    return added


def start_histories(session: Session, projects: Sequence[Project]) -> None:
    """Give each project without a history one: in its stage since the day it was received."""
    session.flush()
    has_history = exists().where(StageChange.project_id == Project.id)
    bare = set(
        session.scalars(
            select(Project.id).where(Project.id.in_([p.id for p in projects]), ~has_history)
        )
    )
    for project in projects:
        if project.id in bare:
            started = datetime.combine(project.received_on, time(9), OFFICE_TIMEZONE)
            session.add(
                StageChange(project_id=project.id, to_stage=project.stage_key, changed_at=started)
            )


def import_projects(
    sessions: sessionmaker[Session],
    path: Path,
    *,
    sheet: str | None = None,
    dry_run: bool = False,
    chosen: ColumnChoices | None = None,
) -> ImportReport:
    """Import the projects of ``path`` (a CSV file or a workbook's ``sheet``): all rows, or none.

    Raises:
        SpreadsheetError: the file cannot be read.
        ImportRefusedError: a row has a problem (nothing was written).
    """

    def work(session: Session, reader: SheetReader) -> tuple[int, int, int]:
        added = import_project_rows(session, reader, Names(session), None)
        if not reader.problems:
            start_histories(session, added)
        return len(added), 0, 0

    rows = read_sheet(path, sheet)
    return import_sheet(sessions, rows, PROJECT_COLUMNS, work, dry_run=dry_run, chosen=chosen)
