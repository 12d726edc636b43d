"""The meeting briefing: one page (or two) to take into a meeting on a project.

Attendees in protocol order -- the company's contacts, and the Japan Desk's
staff who attend -- the meeting time in Düsseldorf and Tokyo, where
the project stands, open points and the last activities, public holidays in
NRW and Japan within two weeks of the meeting, and ruled space for talking
points to write on.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from leadtracker.domain.holidays import HolidayRegion
from leadtracker.domain.office import OFFICE_TIMEZONE
from leadtracker.domain.vocabulary import Language
from leadtracker.reports.document import InternalDocument
from leadtracker.reports.dossier import (
    CONTACT_COLUMNS,
    activity_flowables,
    contact_table,
    project_name,
    stage_table,
    task_table,
)
from leadtracker.reports.labels import vocabulary
from leadtracker.reports.layout import FRAME_WIDTH, H2, RULE, SMALL, Writer, table_style
from leadtracker.services.network import UserRecord
from leadtracker.services.reporting.dossiers import TOKYO, MeetingBriefing

#: Ruled lines left for talking points.
TALKING_POINT_LINES = 8
#: Shares of the width of the staff table: name, e-mail (under the contacts' e-mail).
STAFF_COLUMNS = (1 - CONTACT_COLUMNS[-1], CONTACT_COLUMNS[-1])


def _ruled_lines(count: int) -> Table:
    table = Table([[""] for _ in range(count)], colWidths=[FRAME_WIDTH], rowHeights=9 * mm)
    table.setStyle(table_style(("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)))
    return table


def staff_table(w: Writer, staff: tuple[UserRecord, ...]) -> Flowable:
    """The Japan Desk's staff at the meeting: name and e-mail, as stored."""
    rows: list[list[Flowable | str]] = [[member.name, member.email] for member in staff]
    return w.table(["Name", "Email"], rows, STAFF_COLUMNS)


def meeting_briefing_pdf(
    briefing: MeetingBriefing,
    language: Language = Language.GERMAN,
    *,
    author: str = "",
    reveal_confidential: bool = False,
) -> bytes:
    """The PDF of a meeting briefing in ``language``."""
    document = InternalDocument("Meeting briefing", language)
    labels, w = document.labels, document.writer
    item, company = briefing.project, briefing.company
    project = item.project
    name = project_name(project, reveal_confidential=reveal_confidential)
    subtitle = f"{name} — {labels(project.stage_label)}"
    story = document.opening(company.display_name, [subtitle], 3 * mm)
    meeting = w.facts(
        [
            ("Düsseldorf", labels.datetime(briefing.meeting_at, OFFICE_TIMEZONE)),
            ("Tokyo", labels.datetime(briefing.meeting_at, ZoneInfo(TOKYO))),
            ("Owner", item.owner),
        ]
    )
    story.append(w.heading("Meeting"))
    if meeting is not None:
        story.append(meeting)

    story.append(w.heading("Attendees"))
    contacts = contact_table(w, briefing.attendees) or w.para(labels("none"), SMALL)
    if briefing.staff:  # both sides of the table, each under its name
        story.extend([w.para(company.display_name, H2), contacts])
        story.extend([w.para(labels("Japan Desk"), H2), staff_table(w, briefing.staff)])
    else:
        story.append(contacts)

    story.append(w.heading("Project"))
    facts = w.facts(
        [
            ("Type", vocabulary(labels, project.project_type)),
            ("Planned jobs", labels.number(project.planned_jobs)),
            ("Planned investment", labels.money(project.planned_investment)),
            ("Office space", labels.number(project.office_space_m2, "m²")),
            ("Target date", labels.date(project.target_date)),
            ("Competing locations", ", ".join(project.competing_locations)),
            ("Referred by", item.partner),
            ("Event", item.event),
        ]
    )
    if facts is not None:
        story.append(facts)
    if item.spans:
        story.extend([Spacer(1, 3 * mm), stage_table(w, item.spans)])

    story.append(w.heading("Open points"))
    if briefing.open_tasks:
        story.append(task_table(w, briefing.open_tasks))
    else:
        story.append(w.para(labels("none"), SMALL))

    if briefing.activities:
        story.append(w.heading("Last activities"))
        story.extend(activity_flowables(w, briefing.activities))

    story.append(w.heading("Public holidays within two weeks"))
    if briefing.holidays:
        region = {HolidayRegion.NRW: labels("NRW"), HolidayRegion.JAPAN: labels("Japan")}
        rows: list[list[Flowable | str]] = [
            [labels.date(h.day), region[h.region], h.name] for h in briefing.holidays
        ]
        story.append(w.table(["Date", "Region", "Name"], rows, [0.2, 0.15, 0.65]))
    else:
        story.append(w.para(labels("No public holidays."), SMALL))

    story.append(w.heading("Talking points"))
    story.append(_ruled_lines(TALKING_POINT_LINES))
    about = f"{company.display_name} — {name}"
    return document.pdf(story, about=about, printed_at=briefing.printed_at, author=author)
