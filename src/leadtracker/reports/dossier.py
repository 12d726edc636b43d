"""The company dossier: who the company is, who sits across the table, where its projects stand.

Takes a :class:`~leadtracker.services.reporting.dossiers.CompanyDossier` (plain data)
and returns the PDF. Code-named projects print only their code name unless
``reveal_confidential`` is set.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from leadtracker.domain.names import PersonName
from leadtracker.domain.prefectures import prefecture as find_by_code
from leadtracker.domain.vocabulary import Language, Rank
from leadtracker.reports.document import InternalDocument
from leadtracker.reports.labels import vocabulary
from leadtracker.reports.layout import CELL, CELL_BOLD, H2, SMALL, Writer
from leadtracker.services.companies import CompanyRecord
from leadtracker.services.contacts import ContactRecord
from leadtracker.services.projects import ProjectRecord
from leadtracker.services.reporting.dossiers import CompanyDossier, DossierProject
from leadtracker.services.timeline import StageSpan, TaskLine, TimelineEntry

#: Shares of the width: name, title, salutations, email and phones (an address whole).
CONTACT_COLUMNS = (0.27, 0.23, 0.16, 0.34)


def project_name(project: ProjectRecord, *, reveal_confidential: bool = False) -> str:
    """How a document names a project: a code-named one by its code name only, unless revealed."""
    if not project.code_name:
        return project.title
    if reveal_confidential:
        return f"{project.title} ({project.code_name})"
    return project.code_name


def headquarters(company: CompanyRecord, language: Language) -> str:
    """The Japanese HQ: ``長野県 諏訪市`` in Japanese, ``Nagano, 諏訪市`` otherwise."""
    if not company.hq_prefecture:
        return company.hq_city
    prefecture = find_by_code(company.hq_prefecture)
    name = prefecture.name_ja if language is Language.JAPANESE else prefecture.name_en
    return " ".join(p for p in (name, company.hq_city) if p)


def contact_rows(w: Writer, contacts: tuple[ContactRecord, ...]) -> list[list[Flowable | str]]:
    """Contacts in protocol order: name in every script, title, salutations, how to reach them."""
    rows: list[list[Flowable | str]] = []
    for contact in contacts:
        name = PersonName.of(contact)
        languages = sorted(Language, key=lambda language: language is not w.labels.language)
        salutations = dict.fromkeys(
            name.salutation(language, contact.salutation) for language in languages
        )
        rank = "" if contact.rank is Rank.UNKNOWN else vocabulary(w.labels, contact.rank)
        reach = [contact.email, contact.phone, contact.mobile]
        rows.append(
            [
                w.lines([name.native, name.reading, name.latin], CELL_BOLD),
                w.lines([contact.title, rank]),
                w.lines([s for s in salutations if s]),
                w.lines(reach),
            ]
        )
    return rows


def stage_table(w: Writer, spans: tuple[StageSpan, ...]) -> Flowable:
    """A project's stages as a timeline: stage, since, until, days spent."""
    labels = w.labels
    rows: list[list[Flowable | str]] = [
        [
            labels(s.stage_label),
            labels.date(s.entered_at.date()),
            labels.date(s.left_at.date()) if s.left_at else labels("today"),
            labels.days(s.days),
        ]
        for s in spans
    ]
    return w.table(["Stage", "Since", "Until", "Days"], rows, [0.4, 0.2, 0.2, 0.2])


def project_section(
    w: Writer, item: DossierProject, *, reveal_confidential: bool
) -> list[Flowable]:
    """One project: name and stage, key figures, where it came from, its stage history."""
    labels, project = w.labels, item.project
    name = project_name(project, reveal_confidential=reveal_confidential)
    heading = w.para(f"{name} — {labels(project.stage_label)}", H2)
    facts = w.facts(
        [
            ("Type", vocabulary(labels, project.project_type)),
            ("Source", vocabulary(labels, project.source)),
            ("Referred by", item.partner),
            ("Event", item.event),
            ("Owner", item.owner),
            ("Received", labels.date(project.received_on)),
            ("Planned jobs", labels.number(project.planned_jobs)),
            ("Planned investment", labels.money(project.planned_investment)),
            ("Office space", labels.number(project.office_space_m2, "m²")),
            ("Target date", labels.date(project.target_date)),
            ("Decision date", labels.date(project.decision_date)),
            ("Competing locations", ", ".join(project.competing_locations)),
            ("Reason", vocabulary(labels, project.lost_reason)),
            ("Lost to", project.lost_to_location),
            ("Opened", labels.date(project.opened_on)),
            ("Jobs at opening", labels.number(project.jobs_at_opening)),
            ("Actual investment", labels.money(project.actual_investment)),
        ]
    )
    # Not KeepTogether: reportlab keeps a heading with the next flowable only
    # when that is not a container (keepWithNext chains instead): the section
    # heading, this heading and the facts move to a new page together.
    parts: list[Flowable] = [heading]
    if facts is not None:
        parts.append(facts)
    if item.spans:
        caption = w.para(labels("Stage history"), SMALL)
        caption.keepWithNext = True
        parts.extend([Spacer(1, 2 * mm), caption, stage_table(w, item.spans)])
    return parts


def activity_flowables(w: Writer, entries: tuple[TimelineEntry, ...]) -> list[Flowable]:
    """Activities newest first: a line of date, kind, subject and people, then the note.

    Not a table: a long note must be able to run on to the next page.
    """
    labels = w.labels
    parts: list[Flowable] = []
    for entry in entries:
        kind = vocabulary(labels, entry.kind.value.replace("_", " ").capitalize())
        head = " · ".join(p for p in (labels.date(entry.at.date()), kind, entry.title) if p)
        people = ", ".join([*entry.people, *entry.staff])
        block = [w.para(head, CELL_BOLD)]
        if people:
            block.append(w.para(f"{labels('With')}: {people}", SMALL))
        if entry.text:  # a note longer than a page runs on to the next
            block.append(w.para(entry.text, CELL))
        for line in block[:-1]:  # the head stays with the note (and a heading with both)
            line.keepWithNext = True
        parts.extend([*block, Spacer(1, 2.5 * mm)])
    return parts


def task_table(w: Writer, tasks: tuple[TaskLine, ...]) -> Flowable:
    """Open tasks with their due dates and owners."""
    rows: list[list[Flowable | str]] = [
        [w.labels.date(t.due_on), w.lines([t.title, t.notes]), t.owner] for t in tasks
    ]
    return w.table(["Due", "Task", "Owner"], rows, [0.18, 0.6, 0.22])


def company_facts(w: Writer, dossier: CompanyDossier) -> Flowable | None:
    """Who the company is: names, parents, HQ, sector, numbers, status (empty ones left out)."""
    labels, company = w.labels, dossier.company
    return w.facts(
        [
            ("Japanese name", company.name_ja),
            ("Reading", company.name_kana),
            ("English name", company.name_en),
            ("German entity", company.name_de),
            ("Parent companies", " → ".join(c.display_name for c in dossier.chain)),
            ("Subsidiaries", ", ".join(dossier.subsidiaries)),
            ("Headquarters", headquarters(company, labels.language)),
            ("Sector", vocabulary(labels, company.sector)),
            ("Website", company.website),
            ("Corporate number", company.corporate_number),
            ("Commercial register", company.register_number),
            ("Status in Düsseldorf", vocabulary(labels, company.status)),
            ("Notes", company.notes),
        ]
    )


def contact_table(w: Writer, contacts: tuple[ContactRecord, ...]) -> Flowable | None:
    """The contacts in protocol order as a table (None: there are none)."""
    if not contacts:
        return None
    rows = contact_rows(w, contacts)
    return w.table(["Name", "Title", "Salutation", "Email"], rows, CONTACT_COLUMNS)


def recent_activities(w: Writer, dossier: CompanyDossier) -> list[Flowable]:
    """The recent activities, and how many more the dossier leaves out."""
    parts: list[Flowable] = activity_flowables(w, dossier.activities)
    if dossier.activities_left_out:
        left_out = w.labels("{count} more activities are not printed.")
        parts.append(w.para(left_out.format(count=dossier.activities_left_out), SMALL))
    return parts


def company_dossier_pdf(
    dossier: CompanyDossier,
    language: Language = Language.GERMAN,
    *,
    author: str = "",
    reveal_confidential: bool = False,
) -> bytes:
    """The PDF of a company dossier in ``language``."""
    document = InternalDocument("Company dossier", language)
    w = document.writer
    company = dossier.company
    subtitle = [n for n in (company.name_ja, company.name_kana) if n and n != company.display_name]
    projects = [
        part
        for item in dossier.projects
        for part in project_section(w, item, reveal_confidential=reveal_confidential)
    ]
    partners = w.facts(
        [("Partners", ", ".join(dossier.partners)), ("Events", ", ".join(dossier.events))]
    )
    story: list[Flowable] = [
        *document.opening(company.display_name, subtitle, 4 * mm),
        *w.section("Company", [company_facts(w, dossier)]),
        *w.section("Contacts", [contact_table(w, dossier.contacts)]),
        *w.section("Projects", projects),
        *w.section("Open tasks", [task_table(w, dossier.open_tasks)] if dossier.open_tasks else []),
        *w.section("Partners and events", [partners]),
        *w.section(
            "Recent activities", recent_activities(w, dossier) if dossier.activities else []
        ),
    ]
    return document.pdf(
        story, about=company.display_name, printed_at=dossier.printed_at, author=author
    )
