"""The readable copy of a subject access request: everything held about one person, as a PDF.

Same letterhead, fonts, languages and footer as the dossier. Values are
printed as stored; the audit trail's raw field names and values are kept as
they are, since the person is entitled to the record itself.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from leadtracker.domain.names import PersonName
from leadtracker.domain.office import OFFICE_TIMEZONE
from leadtracker.domain.vocabulary import Language
from leadtracker.reports.document import InternalDocument
from leadtracker.reports.labels import vocabulary
from leadtracker.reports.layout import SMALL
from leadtracker.services.safety.privacy import SubjectAccess

#: Shares of the page width of the tables' columns.
ACTIVITY_COLUMNS = (0.2, 0.19, 0.61)
TRAIL_COLUMNS = (0.16, 0.18, 0.12, 0.14, 0.2, 0.2)


def subject_access_pdf(
    data: SubjectAccess, language: Language = Language.GERMAN, *, author: str = ""
) -> bytes:
    """The PDF of everything held about one contact, in ``language``."""
    document = InternalDocument("Personal data held", language)
    labels, w = document.labels, document.writer
    contact = data.contact
    name = PersonName.of(contact)
    facts = w.facts(
        [
            ("Name", "\n".join(n for n in (name.native, name.reading, name.latin) if n)),
            ("Company", contact.company_name),
            ("Title", contact.title),
            ("Email", contact.email),
            ("Phone", contact.phone),
            ("Mobile", contact.mobile),
            ("Preferred language", vocabulary(labels, contact.preferred_language)),
            ("Legal basis", vocabulary(labels, contact.legal_basis)),
            ("Consent date", labels.date(contact.consent_date)),
            ("Consent scope", contact.consent_scope),
            ("Notes", contact.notes),
        ]
    )
    activities: list[list[Flowable | str]] = [
        [
            labels.datetime(a.occurred_at, OFFICE_TIMEZONE),
            vocabulary(labels, a.kind),
            w.lines([a.subject, a.text]),
        ]
        for a in data.activities
    ]
    trail = [
        [
            labels.datetime(line.at, OFFICE_TIMEZONE),
            line.staff,
            labels(line.action),
            line.field,
            line.old_value or "",
            line.new_value or "",
        ]
        for line in data.trail
    ]
    story: list[Flowable] = [
        *document.opening(labels("Personal data held"), [name.display], 4 * mm),
        w.para(labels("This is everything the Japan Desk holds about this person."), SMALL),
        *w.section("Contact", [facts]),
        *w.section(
            "Activities",
            [w.table(["When", "Kind", "Activity"], activities, ACTIVITY_COLUMNS)]
            if activities
            else [],
        ),
        *w.section(
            "Audit trail",
            [w.table(["When", "Who", "Change", "Field", "Before", "After"], trail, TRAIL_COLUMNS)]
            if trail
            else [],
        ),
    ]
    return document.pdf(story, about=name.display, printed_at=data.exported_at, author=author)
