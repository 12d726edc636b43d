"""A database in which every printed field holds one very long value (for the document tests).

:func:`long_value` makes a text of a given length and kind -- Latin words,
Japanese, one unbroken "word", or many short lines -- that starts and ends
with a marker naming its field, so that a test can tell that the whole value
(not the first page of it) made it into a document. :func:`fill_every_field`
stores such values in every field a document prints: through the services,
and straight through the session for the fields whose service checks the
form (email, phone, website, register and corporate numbers) -- whatever is
stored must print.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from leadtracker.db.database import Database
from leadtracker.db.models import Company, Contact, Stage
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
    (see :func:`long_value`).
    """
    tags: list[str] = []

    def value(tag: str) -> str:
        tags.append(tag)
        return long_value(tag, kind, (lengths or {}).get(tag, length))

    serial = len(services.network.users())  # initials are unique
    owner = services.network.add_user(value("ownername"), f"OW{serial}")
    staff = services.network.add_user(value("staffname"), f"ST{serial}")
    partner = services.network.add_partner(value("partnername"))
    event = services.network.add_event(value("eventname"))
    parent = services.company(name_en=value("parentname"))
    company = services.company(
        name_en=value("companyen"),
        name_de=value("companyde"),
        name_ja=value("companyja"),
        name_kana=value("companykana"),
        hq_city=value("hqcity"),
        notes=value("companynotes"),
        parent_id=parent.id,
    )
    services.company(name_en=value("subsidiaryname"), parent_id=company.id)
    contact = services.contacts.create(
        ContactDraft(
            company_id=company.id,
            family_kanji=value("familykanji"),
            given_kanji=value("givenkanji"),
            family_kana=value("familykana"),
            given_kana=value("givenkana"),
            family_romaji=value("familyromaji"),
            given_romaji=value("givenromaji"),
            title=value("contacttitle"),
            rank=Rank.PRESIDENT,
            consent_scope=value("consentscope"),
            notes=value("contactnotes"),
        )
    )
    project = services.project(
        company.id,
        title=value("projecttitle"),
        code_name=value("codename"),
        source=ProjectSource.PARTNER_REFERRAL,
        partner_id=partner.id,
        event_id=event.id,
        owner_id=owner.id,
        received_on=date(2026, 1, 10),
        planned_jobs=12,
        planned_investment=Decimal("1250000"),
        competing_locations=(value("competingone"), value("competingtwo")),
        notes=value("projectnotes"),
    )
    lost = services.project(
        company.id,
        title=value("losttitle"),
        owner_id=owner.id,
        received_on=date(2026, 2, 1),
    )
    services.projects.move(
        lost.id,
        "lost",
        outcome=OutcomeUpdate(lost_reason=LostReason.COSTS, lost_to_location=value("lostto")),
        when=datetime(2026, 6, 1, 9, tzinfo=UTC),
    )
    services.work.log_activity(
        ActivityDraft(
            ActivityKind.MEETING,
            datetime(2026, 11, 20, 9, tzinfo=UTC),
            project_id=project.id,
            subject=value("activitysubject"),
            text=value("activitytext"),
            contact_ids=(contact.id,),
            staff_ids=(staff.id,),
        )
    )
    services.work.add_task(
        TaskDraft(
            value("tasktitle"),
            date(2026, 12, 1) - timedelta(days=30),
            owner.id,
            project.id,
            notes=value("tasknotes"),
        )
    )
    with db.sessions.begin() as session:  # fields whose service checks the form
        stored = session.get(Contact, contact.id)
        assert stored is not None
        stored.email = value("contactemail")
        stored.phone = value("contactphone")
        stored.mobile = value("contactmobile")
        firm = session.get(Company, company.id)
        assert firm is not None
        firm.website = value("website")
        firm.register_number = value("register")
        firm.corporate_number = value("corporate")
        stage = session.get(Stage, "inquiry")
        assert stage is not None
        stage.label = value("stagelabel")
    return Filled(company.id, project.id, contact.id, tuple(tags))
