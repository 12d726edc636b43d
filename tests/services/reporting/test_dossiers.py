from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest

from leadtracker.db.database import Database
from leadtracker.domain.errors import NotFoundError
from leadtracker.domain.holidays import HolidayRegion
from leadtracker.domain.vocabulary import ActivityKind, Language, ProjectSource, Rank
from leadtracker.reports.dossier import company_dossier_pdf
from leadtracker.services.contacts import ContactDraft
from leadtracker.services.lookup import AmbiguousRecordError, RecordLookup
from leadtracker.services.work import ActivityDraft, TaskDraft
from tests.conftest import Services
from tests.reports.pdf import read_pdf

pytestmark = pytest.mark.both_engines

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def epson(services: Services) -> tuple[int, int]:
    """A German entity under its Japanese parent, three contacts, a project, work; the ids."""
    parent = services.company(name_en="Seiko Epson Corporation", name_ja="セイコーエプソン株式会社")
    company = services.company(
        name_en="Epson Europe", name_de="Epson Deutschland GmbH", parent_id=parent.id
    )
    for family, given, rank in (
        ("Kato", "Hideki", Rank.MANAGER),
        ("Ogawa", "Keiko", Rank.PRESIDENT),
    ):
        services.contacts.create(
            ContactDraft(company_id=company.id, family_romaji=family, given_romaji=given, rank=rank)
        )
    services.contacts.create(
        ContactDraft(
            company_id=company.id,
            family_kanji="中島",
            family_kana="なかじま",
            family_romaji="Nakajima",
            rank=Rank.PRESIDENT,
        )
    )
    partner = services.network.add_partner("JETRO Düsseldorf")
    owner = services.network.add_user("Anna Schmidt", "AS")
    project = services.project(
        company.id,
        title="European HQ",
        source=ProjectSource.PARTNER_REFERRAL,
        partner_id=partner.id,
        owner_id=owner.id,
        planned_jobs=40,
        planned_investment=Decimal("2500000"),
        received_on=date(2026, 1, 10),
    )
    services.projects.move(project.id, "qualified", when=datetime(2026, 2, 1, 10, tzinfo=UTC))
    for days_ago in (3, 200, 500):
        services.work.log_activity(
            ActivityDraft(
                ActivityKind.MEETING,
                NOW - timedelta(days=days_ago),
                project_id=project.id,
                subject=f"Meeting {days_ago} days ago",
            )
        )
    services.work.add_task(
        TaskDraft("Send the office list", date(2026, 12, 1), project_id=project.id)
    )
    done = services.work.add_task(TaskDraft("Done already", project_id=project.id))
    services.work.complete_task(done.id)
    services.work.add_task(TaskDraft("Call the parent", company_id=company.id))
    return company.id, project.id


def test_a_dossier_has_the_chain_contacts_in_protocol_order_projects_and_open_work(
    db: Database, services: Services
) -> None:
    company_id, project_id = epson(services)
    dossier = services.dossiers.company_dossier(company_id, now=NOW)
    assert dossier.company.name_de == "Epson Deutschland GmbH"
    assert [c.name_ja for c in dossier.chain] == ["セイコーエプソン株式会社"]
    # Presidents first (by reading: なかじま before Ogawa's Latin name), then the manager.
    assert [c.family_romaji for c in dossier.contacts] == ["Nakajima", "Ogawa", "Kato"]
    [project] = dossier.projects
    assert project.project.id == project_id and project.partner == "JETRO Düsseldorf"
    assert project.owner == "Anna Schmidt"
    assert [s.stage_key for s in project.spans] == ["inquiry", "qualified"]
    assert project.spans[0].days == 22  # 10 January to 1 February
    assert [t.title for t in dossier.open_tasks] == ["Send the office list", "Call the parent"]
    # Fewer than ten in the last year: the last ten, newest first, older ones too.
    assert [e.title for e in dossier.activities] == [
        "Meeting 3 days ago",
        "Meeting 200 days ago",
        "Meeting 500 days ago",
    ]
    assert dossier.partners == ("JETRO Düsseldorf",)


def test_a_quiet_company_still_shows_its_last_activities(db: Database, services: Services) -> None:
    company = services.company()
    for years in range(1, 4):
        services.work.log_activity(
            ActivityDraft(
                ActivityKind.CALL, NOW - timedelta(days=400 * years), company_id=company.id
            )
        )
    dossier = services.dossiers.company_dossier(company.id, now=NOW)
    assert len(dossier.activities) == 3


def test_a_briefing_has_the_chosen_attendees_times_and_holidays(
    db: Database, services: Services
) -> None:
    company_id, project_id = epson(services)
    service = services.dossiers
    contacts = service.company_dossier(company_id).contacts
    kato = next(c for c in contacts if c.family_romaji == "Kato")
    briefing = service.meeting_briefing(
        project_id, date(2026, 5, 4), time(9, 30), attendee_ids=(kato.id,), now=NOW
    )
    assert [a.family_romaji for a in briefing.attendees] == ["Kato"]
    assert briefing.meeting_at.isoformat() == "2026-05-04T09:30:00+02:00"
    assert [t.title for t in briefing.open_tasks] == ["Send the office list"]
    regions = {h.region for h in briefing.holidays}
    assert regions == {HolidayRegion.NRW, HolidayRegion.JAPAN}
    assert all(abs((h.day - date(2026, 5, 4)).days) <= 14 for h in briefing.holidays)
    everyone = service.meeting_briefing(project_id, date(2026, 5, 4), language=Language.JAPANESE)
    assert len(everyone.attendees) == 3
    assert "こどもの日" in {h.name for h in everyone.holidays}


def test_a_briefing_refuses_a_stranger_and_a_missing_project(
    db: Database, services: Services
) -> None:
    _company_id, project_id = epson(services)
    stranger = services.contacts.create(
        ContactDraft(company_id=services.company().id, family_romaji="Fremd")
    )
    service = services.dossiers
    with pytest.raises(NotFoundError, match=f"Contact {stranger.id} is not a contact"):
        service.meeting_briefing(project_id, date(2026, 5, 4), attendee_ids=(stranger.id,))
    with pytest.raises(NotFoundError, match="no project with id 999"):
        service.meeting_briefing(999, date(2026, 5, 4))
    with pytest.raises(NotFoundError, match="no company with id 999"):
        service.company_dossier(999)


def test_lookup_takes_an_id_an_exact_name_or_a_single_hit(db: Database, services: Services) -> None:
    company_id, project_id = epson(services)
    services.company(name_en="Epson Logistics")
    lookup = RecordLookup(db.sessions, db.search)
    assert lookup.company(str(company_id)) == company_id
    assert lookup.company("epson deutschland gmbh") == company_id  # exact, any case
    assert lookup.company("ＥＰＳＯＮ ＤＥＵＴＳＣＨＬＡＮＤ") == company_id  # one hit, full-width
    assert lookup.company("セイコーエプソン") != company_id  # the parent's name is the parent's
    assert lookup.project("European HQ") == project_id
    with pytest.raises(AmbiguousRecordError) as several:
        lookup.company("Epson")
    assert len(several.value.candidates) == 3
    with pytest.raises(NotFoundError, match="No company matches “Nikon”"):
        lookup.company("Nikon")
    with pytest.raises(NotFoundError, match="no company with id 4711"):
        lookup.company("4711")


def test_a_dossier_prints_the_last_thirty_and_counts_the_rest_of_the_year(
    db: Database, services: Services
) -> None:
    company = services.company()
    for days_ago in (*range(1, 36), 400):
        services.work.log_activity(
            ActivityDraft(ActivityKind.EMAIL, NOW - timedelta(days=days_ago), company_id=company.id)
        )
    dossier = services.dossiers.company_dossier(company.id, now=NOW)
    assert len(dossier.activities) == 30 and dossier.activities_left_out == 5
    text = read_pdf(company_dossier_pdf(dossier, Language.GERMAN)).text
    assert "5 weitere Aktivitäten sind nicht abgedruckt." in text
