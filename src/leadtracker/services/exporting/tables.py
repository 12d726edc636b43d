"""What each exported table holds: its columns, their cell types, and the query that reads them.

Nine tables can be exported (:data:`TABLES`). The five the desk works with
every day -- projects, companies, contacts, activities and tasks -- come
first; then what a project's history and the desk's own network need to
survive a round trip through a workbook: the stage history, the staff, the
partners and the events.

References are written twice where a name alone could be ambiguous: by name
for people reading the sheet (the company's display name, the owner's name,
the stage's label), and by the ``ID`` of the referenced row for the import
(``Company ID``, ``Project ID``, ``Parent ID`` …), because two companies may
share a name and project titles repeat. Vocabularies are written by their
English ``label``; staff who took part in an activity by their initials.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    String,
    cast,
    func,
    literal_column,
    select,
)
from sqlalchemy.orm import aliased

from leadtracker.db.models import (
    Activity,
    Company,
    Contact,
    Event,
    Partner,
    Project,
    Stage,
    StageChange,
    Task,
    User,
)
from leadtracker.db.models.base import Trashable
from leadtracker.db.models.work import activity_contact, activity_user
from leadtracker.domain.office import OFFICE_TIMEZONE
from leadtracker.domain.prefectures import PREFECTURES
from leadtracker.domain.vocabulary import (
    ActivityKind,
    CompanyStatus,
    Language,
    LegalBasis,
    LostReason,
    PartnerKind,
    PermitStatus,
    ProjectSource,
    ProjectType,
    Rank,
    Salutation,
    Sector,
)
from leadtracker.services.exporting.choices import TABLES

#: Rows read from the database at a time; progress is reported after each batch.
BATCH_ROWS = 5_000

#: How a list of names or IDs is joined in one cell (and split again on import).
LIST_SEPARATOR = ", "


class CellType(StrEnum):
    """How a column's values are written."""

    TEXT = "text"
    INTEGER = "integer"
    MONEY = "money"  # euro, exact to the cent
    DATE = "date"
    DATETIME = "datetime"  # office time


# Column widths in Excel's units (about one digit each), by cell type.
_WIDTHS = {
    CellType.TEXT: 24,
    CellType.INTEGER: 10,
    CellType.MONEY: 16,
    CellType.DATE: 12,
    CellType.DATETIME: 17,
}
_WIDE = 40  # long texts: notes, titles


@dataclass(frozen=True)
class ExportColumn:
    """A column of an exported table: its header and how its cells are written."""

    header: str
    cell_type: CellType
    wide: bool = False  # long text: a wider column

    @property
    def width(self) -> int:
        """Width of the column in a workbook (from the type; room for the header and filter)."""
        return max(_WIDE if self.wide else _WIDTHS[self.cell_type], len(self.header) + 4)


@dataclass(frozen=True)
class Field:
    """A column with the SQL expression it is read from and how a value becomes a cell."""

    column: ExportColumn
    expression: ColumnElement[Any]
    convert: Callable[[Any], Any] | None = None


@dataclass(frozen=True)
class Source:
    """A table's fields and the SELECT (with its joins) that reads them in id order."""

    name: str
    sheet: str
    fields: tuple[Field, ...]
    statement: Select[Any]
    count: Select[Any]

    @property
    def columns(self) -> tuple[ExportColumn, ...]:
        """The table's columns in order."""
        return tuple(f.column for f in self.fields)


def _labels(vocabulary: Iterable[Any]) -> Callable[[Any], str]:
    """The English label of a member of the enum ``vocabulary`` (its value for an unknown one)."""
    labels: dict[Any, str] = {member: member.label for member in vocabulary}

    def label(value: Any) -> str:
        return labels.get(value, str(value))

    return label


_RANKS = {int(rank): rank.label for rank in Rank}
_PREFECTURES = {p.code: p.name_en for p in PREFECTURES}


def _rank(value: int) -> str:
    return _RANKS.get(value, str(value))


def _prefecture(code: int) -> str:
    return _PREFECTURES.get(code, str(code))


def _joined(values: Sequence[str]) -> str:
    return LIST_SEPARATOR.join(str(value) for value in values)


def _id_list(text: str) -> str:
    """IDs aggregated by the database (in no set order) in ascending order."""
    return LIST_SEPARATOR.join(str(i) for i in sorted(int(part) for part in text.split(",")))


def _word_list(text: str) -> str:
    """Words aggregated by the database (in no set order) in alphabetical order."""
    return LIST_SEPARATOR.join(sorted(text.split(",")))


def _yes_no(value: bool) -> str:
    return "yes" if value else "no"


def _office_time(moment: datetime) -> datetime:
    return moment.astimezone(OFFICE_TIMEZONE)


_BLANK: ColumnElement[str] = literal_column("''")


def _company_name(company: Any) -> ColumnElement[str]:
    """A company's display name in SQL: English, else German, else Japanese name.

    The same rule as :func:`leadtracker.domain.names.company_display_name`.
    """
    return func.coalesce(
        func.nullif(company.name_en, _BLANK), func.nullif(company.name_de, _BLANK), company.name_ja
    )


def _text(header: str, expression: Any, convert: Any = None, *, wide: bool = False) -> Field:
    return Field(ExportColumn(header, CellType.TEXT, wide), expression, convert)


def _typed(header: str, cell_type: CellType, expression: Any, convert: Any = None) -> Field:
    return Field(ExportColumn(header, cell_type), expression, convert)


def _id(header: str, expression: Any) -> Field:
    return Field(ExportColumn(header, CellType.INTEGER), expression)


def _source(
    name: str,
    model: Any,
    fields: tuple[Field, ...],
    joined: Select[Any],
    *,
    sheet: str | None = None,
    in_use: ColumnElement[bool] | None = None,
) -> Source:
    """A table from ``joined``; rows in the trash left out.

    ``in_use`` tells the rows to export by ``model``'s own columns (default:
    not in the trash, for the models that can be), so that counting them
    needs no joins.
    """
    if in_use is None and issubclass(model, Trashable):
        in_use = model.trashed_in.is_(None)
    count = select(func.count()).select_from(model)
    if in_use is not None:
        joined, count = joined.where(in_use), count.where(in_use)
    statement = joined.with_only_columns(
        *(f.expression for f in fields), maintain_column_froms=True
    )
    return Source(
        name=name,
        sheet=sheet or name.capitalize(),
        fields=fields,
        statement=statement.order_by(model.id),
        count=count,
    )


def _projects() -> Source:
    fields = (
        _typed("ID", CellType.INTEGER, Project.id),
        _text("Company", _company_name(Company)),
        _id("Company ID", Project.company_id),
        _text("Title", Project.title, wide=True),
        _text("Code name", Project.code_name),
        _text("Type", Project.project_type, _labels(ProjectType)),
        _text("Source", Project.source, _labels(ProjectSource)),
        _text("Partner", Partner.name),
        _text("Event", Event.name),
        _text("Owner", User.name),
        _text("Stage", Stage.label),
        _typed("Received on", CellType.DATE, Project.received_on),
        _typed("Planned jobs", CellType.INTEGER, Project.planned_jobs),
        _typed("Planned investment (EUR)", CellType.MONEY, Project.planned_investment),
        _typed("Office space (m²)", CellType.INTEGER, Project.office_space_m2),
        _typed("Target date", CellType.DATE, Project.target_date),
        _typed("Decision date", CellType.DATE, Project.decision_date),
        _text("Competing locations", Project.competing_locations, _joined, wide=True),
        _text("Lost reason", Project.lost_reason, _labels(LostReason)),
        _text("Lost to", Project.lost_to_location),
        _typed("Trade registered on", CellType.DATE, Project.trade_registered_on),
        _typed("Register entry on", CellType.DATE, Project.register_entry_on),
        _text("Permits", Project.permits_status, _labels(PermitStatus)),
        _typed("Lease signed on", CellType.DATE, Project.lease_signed_on),
        _typed("Opened on", CellType.DATE, Project.opened_on),
        _typed("Jobs at opening", CellType.INTEGER, Project.jobs_at_opening),
        _typed("Actual investment (EUR)", CellType.MONEY, Project.actual_investment),
        _text("Notes", Project.notes, wide=True),
    )
    joined = (
        select(Project.id)
        .join(Company, Company.id == Project.company_id)
        .join(Stage, Stage.key == Project.stage_key)
        .outerjoin(Partner, Partner.id == Project.partner_id)
        .outerjoin(Event, Event.id == Project.event_id)
        .outerjoin(User, User.id == Project.owner_id)
    )
    return _source("projects", Project, fields, joined)


def _companies() -> Source:
    parent = aliased(Company)
    fields = (
        _typed("ID", CellType.INTEGER, Company.id),
        _text("Name (Japanese)", Company.name_ja),
        _text("Name (kana)", Company.name_kana),
        _text("Name (English)", Company.name_en),
        _text("Name (German)", Company.name_de),
        _text("Register number", Company.register_number),
        _text("Corporate number", Company.corporate_number),
        _text("Sector", Company.sector, _labels(Sector)),
        _text("HQ prefecture", Company.hq_prefecture, _prefecture),
        _text("HQ city", Company.hq_city),
        _text("Website", Company.website),
        _text("Parent company", _company_name(parent)),
        _id("Parent ID", Company.parent_id),
        _text("Status", Company.status, _labels(CompanyStatus)),
        _text("Notes", Company.notes, wide=True),
    )
    joined = select(Company.id).outerjoin(parent, parent.id == Company.parent_id)
    return _source("companies", Company, fields, joined)


def _contacts() -> Source:
    fields = (
        _typed("ID", CellType.INTEGER, Contact.id),
        _text("Company", _company_name(Company)),
        _id("Company ID", Contact.company_id),
        _text("Family name (kanji)", Contact.family_kanji),
        _text("Given name (kanji)", Contact.given_kanji),
        _text("Family name (kana)", Contact.family_kana),
        _text("Given name (kana)", Contact.given_kana),
        _text("Family name (romaji)", Contact.family_romaji),
        _text("Given name (romaji)", Contact.given_romaji),
        _text("Salutation", Contact.salutation, _labels(Salutation)),
        _text("Title", Contact.title),
        _text("Rank", Contact.rank, _rank),
        _text("Email", Contact.email),
        _text("Phone", Contact.phone),
        _text("Mobile", Contact.mobile),
        _text("Preferred language", Contact.preferred_language, _labels(Language)),
        _text("Legal basis", Contact.legal_basis, _labels(LegalBasis)),
        _typed("Consent date", CellType.DATE, Contact.consent_date),
        _text("Consent scope", Contact.consent_scope),
        _text("Notes", Contact.notes, wide=True),
    )
    joined = select(Contact.id).outerjoin(Company, Company.id == Contact.company_id)
    return _source("contacts", Contact, fields, joined)


def _activities() -> Source:
    contact_ids = (
        # As text: PostgreSQL's string_agg joins text only (SQLite's group_concat anything).
        select(func.aggregate_strings(cast(activity_contact.c.contact_id, String), ","))
        .join(Contact, Contact.id == activity_contact.c.contact_id)
        .where(activity_contact.c.activity_id == Activity.id, Contact.trashed_in.is_(None))
        .scalar_subquery()
    )
    staff = (
        select(func.aggregate_strings(User.initials, ","))
        .join(activity_user, activity_user.c.user_id == User.id)
        .where(activity_user.c.activity_id == Activity.id)
        .scalar_subquery()
    )
    author = aliased(User)
    fields = (
        _typed("ID", CellType.INTEGER, Activity.id),
        _typed("Occurred at", CellType.DATETIME, Activity.occurred_at, _office_time),
        _text("Kind", Activity.kind, _labels(ActivityKind)),
        _text("Company", _company_name(Company)),
        _id("Company ID", Activity.company_id),
        _text("Project", Project.title),
        _id("Project ID", Activity.project_id),
        _text("Subject", Activity.subject, wide=True),
        _text("Text", Activity.text, wide=True),
        _text("Contact IDs", contact_ids, _id_list),
        _text("Staff", staff, _word_list),
        _text("Logged by", author.name),
    )
    joined = (
        select(Activity.id)
        .outerjoin(Company, Company.id == Activity.company_id)
        .outerjoin(Project, Project.id == Activity.project_id)
        .outerjoin(author, author.id == Activity.created_by_id)
    )
    return _source("activities", Activity, fields, joined)


def _tasks() -> Source:
    fields = (
        _typed("ID", CellType.INTEGER, Task.id),
        _text("Title", Task.title, wide=True),
        _typed("Due on", CellType.DATE, Task.due_on),
        _typed("Done at", CellType.DATETIME, Task.done_at, _office_time),
        _text("Owner", User.name),
        _text("Company", _company_name(Company)),
        _id("Company ID", Task.company_id),
        _text("Project", Project.title),
        _id("Project ID", Task.project_id),
        _text("Notes", Task.notes, wide=True),
    )
    joined = (
        select(Task.id)
        .outerjoin(User, User.id == Task.owner_id)
        .outerjoin(Company, Company.id == Task.company_id)
        .outerjoin(Project, Project.id == Task.project_id)
    )
    return _source("tasks", Task, fields, joined)


def _stage_history() -> Source:
    before, after = aliased(Stage), aliased(Stage)
    fields = (
        _typed("ID", CellType.INTEGER, StageChange.id),
        _id("Project ID", StageChange.project_id),
        _text("Project", Project.title),
        _text("From stage", before.label),
        _text("To stage", after.label),
        _typed("Changed at", CellType.DATETIME, StageChange.changed_at, _office_time),
        _text("Changed by", User.name),
        _text("Note", StageChange.note, wide=True),
    )
    joined = (
        select(StageChange.id)
        .join(Project, Project.id == StageChange.project_id)
        .outerjoin(before, before.key == StageChange.from_stage)
        .join(after, after.key == StageChange.to_stage)
        .outerjoin(User, User.id == StageChange.changed_by_id)
    )
    return _source(
        "stage_history",
        StageChange,
        fields,
        joined,
        sheet="Stage history",
        in_use=StageChange.project_id.not_in(
            select(Project.id).where(Project.trashed_in.is_not(None))
        ),
    )


def _staff() -> Source:
    fields = (
        _typed("ID", CellType.INTEGER, User.id),
        _text("Name", User.name),
        _text("Initials", User.initials),
        _text("Email", User.email),
        _text("Active", User.active, _yes_no),
    )
    return _source("staff", User, fields, select(User.id))


def _partners() -> Source:
    fields = (
        _typed("ID", CellType.INTEGER, Partner.id),
        _text("Name", Partner.name, wide=True),
        _text("Kind", Partner.kind, _labels(PartnerKind)),
        _text("Website", Partner.website),
        _text("Notes", Partner.notes, wide=True),
    )
    return _source("partners", Partner, fields, select(Partner.id))


def _events() -> Source:
    fields = (
        _typed("ID", CellType.INTEGER, Event.id),
        _text("Name", Event.name, wide=True),
        _typed("Starts on", CellType.DATE, Event.starts_on),
        _text("Location", Event.location),
        _text("Organiser", Partner.name),
        _text("Notes", Event.notes, wide=True),
    )
    joined = select(Event.id).outerjoin(Partner, Partner.id == Event.organiser_id)
    return _source("events", Event, fields, joined)


#: What each table exports, by table name.
SOURCES: Mapping[str, Source] = MappingProxyType(
    {
        source.name: source
        for source in (
            _projects(),
            _companies(),
            _contacts(),
            _activities(),
            _tasks(),
            _stage_history(),
            _staff(),
            _partners(),
            _events(),
        )
    }
)

#: The columns of each table, by table name.
COLUMNS: Mapping[str, tuple[ExportColumn, ...]] = MappingProxyType(
    {name: SOURCES[name].columns for name in TABLES}
)


def batches(conn: Connection, source: Source) -> Iterator[list[list[Any]]]:
    """The table's rows as cell values, ``BATCH_ROWS`` at a time, in id order."""
    converters = [(i, f.convert) for i, f in enumerate(source.fields) if f.convert is not None]
    result = conn.execute(source.statement.execution_options(yield_per=BATCH_ROWS))
    for partition in result.partitions():
        batch = [list(row) for row in partition]
        for cells in batch:
            for i, convert in converters:
                value = cells[i]
                if value is not None:
                    cells[i] = convert(value)
        yield batch
