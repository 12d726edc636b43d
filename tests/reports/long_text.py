"""A database in which every printed field holds one very long value (for the document tests).

:func:`long_value` makes a text of a given length and kind -- Latin words,
Japanese, one unbroken "word", or many short lines -- that starts and ends
with a marker naming its field, so that a test can tell that the whole value
(not the first page of it) made it into a document. :func:`fill_every_field`
stores such values in every field a document prints: through the services,
and straight through the session for the fields whose service checks the
form (email, phone, website, register and corporate numbers), and for fields
longer than their columns -- whatever is stored must print.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import update

from leadtracker.db.database import Database
from leadtracker.db.models import (
    Activity,
    Company,
    Contact,
    Event,
    Partner,
    Project,
    Stage,
    Task,
    User,
)
from leadtracker.domain.vocabulary import ActivityKind, LostReason, ProjectSource, Rank
from leadtracker.services.contacts import ContactDraft
from leadtracker.services.projects import OutcomeUpdate
from leadtracker.services.work import ActivityDraft, TaskDraft
from tests.conftest import Services

#: The kinds of long text: words, Japanese, no break opportunity at all, many
#: lines, and markup with control characters (to print as text, spelt out).
KINDS = ("latin", "japanese", "unbroken", "lines", "markup")
#: How the markup kind reads in a document, right after a field's start marker.
MARKUP_SHOWN = "[U+001B]<b>A & B</b> &amp; <br/>[U+0007]"

_FILLER = {
    "latin": "Standortfrage Düsseldorf, Gespräch mit der Geschäftsführung über Büroflächen. ",
    "japanese": "デュッセルドルフへの進出について経営陣と事務所の広さを協議した。",
    "unbroken": "https://example.jp/a/very/long/path/without/any/space/or/hyphen-",
    "lines": "Eine Zeile der Notiz über das Büro.\n",
    "markup": "\x1b<b>A & B</b> &amp; <br/>\x07 ",
}


def start_of(tag: str) -> str:
    """The marker a long value of field ``tag`` starts with."""
    return f"{tag}START"


def end_of(tag: str) -> str:
    """The marker a long value of field ``tag`` ends with."""
    return f"{tag}END"


def long_value(tag: str, kind: str, length: int) -> str:
    """A text of ``length`` characters of ``kind`` between the field's start and end markers."""
    head, tail = start_of(tag), end_of(tag)
    separator = "\n" if kind == "lines" else ""
    filler = _FILLER[kind]
    body_length = length - len(head) - len(tail) - 2 * len(separator)
    body = (filler * (body_length // len(filler) + 1))[:body_length]
    return f"{head}{separator}{body}{separator}{tail}"


@dataclass(frozen=True)
class Filled:
    """The records holding the long values, and the tag of every field filled."""

    company_id: int
    project_id: int
    contact_id: int
    tags: tuple[str, ...]


def fill_every_field(
    db: Database,
    services: Services,
    kind: str,
    length: int,
    lengths: Mapping[str, int] | None = None,
) -> Filled:
    """A company, its parent and subsidiary, contact, project, partner, event, staff, work.

    Every text field a document prints holds a ``kind`` value of ``length``
    characters (``lengths`` by tag, where given), tagged with the field's name
    (see :func:`long_value`). The records are made through the services with
    short values; the long ones are written with plain UPDATEs afterwards, as
    a database holds them that was written before the services refused text
    longer than its column (SQLite stores it): whatever is stored must print.
    """
    tags: list[str] = []
    later: list[tuple[type[Any], Any, str, str]] = []  # model, id, column, tag

    def value(
        tag: str, model: type[Any] | None = None, record: Any = None, column: str = ""
    ) -> str:
        tags.append(tag)
        if model is not None:
            later.append((model, record, column, tag))
        return tag

    serial = len(services.network.users())  # initials are unique
    owner = services.network.add_user(value("ownername"), f"OW{serial}")
    staff = services.network.add_user(value("staffname"), f"ST{serial}")
    partner = services.network.add_partner(value("partnername") + str(serial))
    event = services.network.add_event(value("eventname"))
    parent = services.company(name_en=value("parentname"))
    company = services.company(parent_id=parent.id)
    subsidiary = services.company(name_en=value("subsidiaryname"), parent_id=company.id)
    contact = services.contacts.create(
        ContactDraft(company_id=company.id, family_romaji="x", rank=Rank.PRESIDENT)
    )
    project = services.project(
        company.id,
        title="x",
        source=ProjectSource.PARTNER_REFERRAL,
        partner_id=partner.id,
        event_id=event.id,
        owner_id=owner.id,
        received_on=date(2026, 1, 10),
        planned_jobs=12,
        planned_investment=Decimal("1250000"),
    )
    lost = services.project(
        company.id, title=value("losttitle"), owner_id=owner.id, received_on=date(2026, 2, 1)
    )
    services.projects.move(
        lost.id,
        "lost",
        outcome=OutcomeUpdate(lost_reason=LostReason.COSTS, lost_to_location="x"),
        when=datetime(2026, 6, 1, 9, tzinfo=UTC),
    )
    activity = services.work.log_activity(
        ActivityDraft(
            ActivityKind.MEETING,
            datetime(2026, 11, 20, 9, tzinfo=UTC),
            project_id=project.id,
            contact_ids=(contact.id,),
            staff_ids=(staff.id,),
        )
    )
    task = services.work.add_task(
        TaskDraft("x", date(2026, 12, 1) - timedelta(days=30), owner.id, project.id)
    )
    for model, record, columns in (
        (User, owner.id, {"name": "ownername"}),
        (User, staff.id, {"name": "staffname"}),
        (Partner, partner.id, {"name": "partnername"}),
        (Event, event.id, {"name": "eventname"}),
        (Company, parent.id, {"name_en": "parentname"}),
        (Company, subsidiary.id, {"name_en": "subsidiaryname"}),
        (
            Company,
            company.id,
            {
                **{"name_en": "companyen", "name_de": "companyde", "name_ja": "companyja"},
                **{"name_kana": "companykana", "hq_city": "hqcity", "notes": "companynotes"},
                **{"website": "website", "register_number": "register"},
                "corporate_number": "corporate",
            },
        ),
        (
            Contact,
            contact.id,
            {
                **{"family_kanji": "familykanji", "given_kanji": "givenkanji"},
                **{"family_kana": "familykana", "given_kana": "givenkana"},
                **{"family_romaji": "familyromaji", "given_romaji": "givenromaji"},
                **{"title": "contacttitle", "consent_scope": "consentscope"},
                **{"notes": "contactnotes", "email": "contactemail"},
                **{"phone": "contactphone", "mobile": "contactmobile"},
            },
        ),
        (
            Project,
            project.id,
            {"title": "projecttitle", "code_name": "codename", "notes": "projectnotes"},
        ),
        (Project, lost.id, {"title": "losttitle", "lost_to_location": "lostto"}),
        (Activity, activity.id, {"subject": "activitysubject", "text": "activitytext"}),
        (Task, task.id, {"title": "tasktitle", "notes": "tasknotes"}),
    ):
        for column, tag in columns.items():
            value(tag, model, record, column)
    competing = ("competingone", "competingtwo")
    tags.extend((*competing, "stagelabel"))

    def long(tag: str) -> str:
        return long_value(tag, kind, (lengths or {}).get(tag, length))

    with db.sessions.begin() as session:  # straight past the services' checks
        for model, record, column, tag in later:
            session.execute(update(model).where(model.id == record).values({column: long(tag)}))
        session.execute(
            update(Project)
            .where(Project.id == project.id)
            .values(competing_locations=[long(tag) for tag in competing])
        )
        session.execute(
            update(Stage).where(Stage.key == "inquiry").values(label=long("stagelabel"))
        )
    return Filled(company.id, project.id, contact.id, tuple(dict.fromkeys(tags)))
