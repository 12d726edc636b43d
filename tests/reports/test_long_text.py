"""Any stored text prints, whole, in every document: long notes and names split across pages.

Each printed field holds a text of Latin words, of Japanese, of one unbroken
"word" (a URL) or of many short lines, tagged with the field's name at its
start and end; the PDF read back must hold both tags of every field. Every
field is filled at once with a few thousand characters (a table row and a
cell longer than a page), and one field at a time with 100,000.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from leadtracker.db.database import Database
from leadtracker.domain.pipeline.periods import Period
from leadtracker.domain.vocabulary import Language
from leadtracker.reports.briefing import meeting_briefing_pdf
from leadtracker.reports.dossier import company_dossier_pdf
from leadtracker.reports.fonts import GOTHIC, SANS
from leadtracker.reports.layout import FRAME_WIDTH, one_line
from leadtracker.reports.pipeline import pipeline_summary_pdf
from leadtracker.reports.privacy import subject_access_pdf
from leadtracker.services.reporting.kpis import KpiService
from tests.conftest import Services
from tests.reports.long_text import (
    KINDS,
    MARKUP_SHOWN,
    Filled,
    end_of,
    fill_every_field,
    start_of,
)
from tests.reports.pdf import page_count, pages_text, read_pdf

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)

Document = Callable[[Services, Filled], bytes]


def dossier(services: Services, filled: Filled) -> bytes:
    data = services.dossiers.company_dossier(filled.company_id, now=NOW)
    return company_dossier_pdf(data, Language.GERMAN, reveal_confidential=True)


def briefing(services: Services, filled: Filled) -> bytes:
    data = services.dossiers.meeting_briefing(
        filled.project_id, date(2026, 12, 3), time(10, 0), now=NOW
    )
    return meeting_briefing_pdf(data, Language.JAPANESE, reveal_confidential=True)


def pipeline(services: Services, filled: Filled) -> bytes:
    # Built here for a fixed today; the registry's runs on the office clock.
    summary = KpiService(services.database.sessions, today=lambda: date(2026, 11, 22)).summary(
        Period.parse("2026")
    )
    return pipeline_summary_pdf(summary, Language.ENGLISH, reveal_confidential=True)


def privacy(services: Services, filled: Filled) -> bytes:
    data = services.privacy.subject_access(filled.contact_id)
    return subject_access_pdf(data, Language.GERMAN)


_CONTACT = (
    "familykanji",
    "givenkanji",
    "familykana",
    "givenkana",
    "familyromaji",
    "givenromaji",
    "contacttitle",
    "contactemail",
    "contactphone",
    "contactmobile",
)
_WORK = ("activitysubject", "activitytext", "tasktitle", "tasknotes", "staffname")
#: The fields each document prints (project notes print in none of them).
PRINTED: dict[Document, tuple[str, ...]] = {
    dossier: (
        *("companyen", "companyde", "companyja", "companykana", "hqcity", "companynotes"),
        *("website", "register", "corporate", "parentname", "subsidiaryname"),
        *_CONTACT,
        *("projecttitle", "codename", "competingone", "competingtwo", "stagelabel"),
        *("partnername", "eventname", "ownername", "losttitle", "lostto"),
        *_WORK,
    ),
    briefing: (
        *("companyen", "projecttitle", "codename", "competingone", "competingtwo"),
        *("stagelabel", "partnername", "eventname", "ownername"),
        *_CONTACT,
        *_WORK,
    ),
    pipeline: (
        *("companyen", "projecttitle", "losttitle", "lostto", "ownername", "partnername"),
        "stagelabel",
    ),
    privacy: (
        *_CONTACT,
        *("companyen", "consentscope", "contactnotes", "activitysubject", "activitytext"),
    ),
}


def _flat(text: str) -> str:
    """Text without white space (a reader breaks lines anywhere), in lower case.

    (A person's family name prints in capitals in its Latin form.)
    """
    return "".join(text.split()).lower()


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("document", PRINTED, ids=lambda d: d.__name__)
def test_every_field_prints_whole_in_every_document(
    db: Database, services: Services, document: Document, kind: str
) -> None:
    filled = fill_every_field(db, services, kind, 1_200)
    text = _flat(read_pdf(document(services, filled)).text)
    start = MARKUP_SHOWN if kind == "markup" else ""  # control characters spelt out
    missing = [
        tag
        for tag in PRINTED[document]
        if _flat(start_of(tag) + start) not in text or _flat(end_of(tag)) not in text
    ]
    assert not missing


#: One field at a time with 100,000 characters: (document, field, kind, pages at least).
HUNDRED_THOUSAND = [
    (dossier, "companynotes", "latin", 20),  # a cell of a label/value table
    (dossier, "companynotes", "japanese", 36),
    (dossier, "activitytext", "unbroken", 14),  # a paragraph
    (dossier, "familyromaji", "lines", 150),  # a narrow column of a table
    (briefing, "tasknotes", "japanese", 44),
    (pipeline, "projecttitle", "unbroken", 54),
    (privacy, "contactnotes", "unbroken", 16),  # once: written past the audit trail
    (privacy, "activitytext", "lines", 40),
]


@pytest.mark.parametrize(
    "case", HUNDRED_THOUSAND, ids=[f"{d.__name__}-{t}-{k}" for d, t, k, _ in HUNDRED_THOUSAND]
)
def test_a_field_of_100000_characters_prints_whole(
    db: Database, services: Services, case: tuple[Document, str, str, int]
) -> None:
    document, tag, kind, pages = case
    filled = fill_every_field(db, services, kind, 60, {tag: 100_000})
    pdf = document(services, filled)
    count = page_count(pdf)
    assert count >= pages  # not cut short ...
    # The other fields are short: the value starts within the first pages ...
    assert _flat(start_of(tag)) in _flat(pages_text(pdf, range(6)))
    # ... but run on to its end, a page or three before the document's.
    assert _flat(end_of(tag)) in _flat(pages_text(pdf, range(max(count - 4, 0), count)))


def test_the_issue_s_notes_print(db: Database, services: Services) -> None:
    """The notes of the report: 5,000 characters for a company, 6,000 and 3,400 for contacts."""
    lengths = {"companynotes": 5_000, "contactnotes": 6_000}
    filled = fill_every_field(db, services, "latin", 60, lengths)
    assert _flat(end_of("companynotes")) in _flat(read_pdf(dossier(services, filled)).text)
    assert _flat(end_of("contactnotes")) in _flat(read_pdf(privacy(services, filled)).text)
    japanese = fill_every_field(db, services, "japanese", 60, {"contactnotes": 3_400})
    assert _flat(end_of("contactnotes")) in _flat(read_pdf(privacy(services, japanese)).text)


def test_control_characters_lone_surrogates_and_markup_print_as_text(
    db: Database, services: Services
) -> None:
    hostile = "<b>A & B</b> &amp; <br/>\x1b\x00end\ud800"
    filled = fill_every_field(db, services, "latin", 60)
    data = services.dossiers.company_dossier(filled.company_id, now=NOW)
    contact = replace(data.contacts[0], title=hostile, family_romaji=hostile)
    data = replace(
        data,
        company=replace(data.company, name_en=hostile, notes=hostile),
        contacts=(contact,),
        partners=(hostile,),
    )
    pdf = read_pdf(company_dossier_pdf(data, Language.GERMAN))
    shown = "<b>A & B</b> &amp; <br/>[U+001B][U+0000]end[U+D800]"
    assert pdf.text.count(shown) >= 4  # title, company name, notes, partner (and the head)
    assert pdf.metadata["/Title"] == f"Unternehmensdossier: {shown}"


def test_a_running_head_or_chart_label_is_cut_to_its_line_and_marked() -> None:
    """The only places a value is cut: the full value stands on the first page, or in a table."""
    assert one_line("Dossier: Epson\nGmbH\x1b", 8, FRAME_WIDTH) == "Dossier: Epson GmbH[U+001B]"
    for value, font in (
        ("W" * 100_000, SANS),
        ("株式会社" * 25_000, GOTHIC),
        ("i" * 100_000, SANS),
    ):
        line = one_line(value, 8, FRAME_WIDTH)
        assert line.endswith("…")
        width = stringWidth(line[:-1], font, 8) + stringWidth("…", SANS, 8)
        assert FRAME_WIDTH - 12 < width <= FRAME_WIDTH  # full, but not over


def test_a_table_longer_than_a_page_starts_below_its_heading(
    db: Database, services: Services
) -> None:
    """A long note no longer moves its section to the next page, leaving this one empty."""
    note = "Besprechung über den Standort Düsseldorf; 欧州本社の候補地として検討中。 " * 300
    company = services.company(name_en="Long Note GmbH", notes="NOTE-START " + note)
    pdf = company_dossier_pdf(services.dossiers.company_dossier(company.id), Language.GERMAN)
    first_page = _flat(pages_text(pdf, range(1)))
    assert _flat("Long Note GmbH") in first_page
    assert _flat("NOTE-START") in first_page  # the note starts on the first page
