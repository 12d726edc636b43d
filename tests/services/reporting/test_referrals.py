"""Partners and events with what they brought in."""

from __future__ import annotations

from datetime import date

import pytest

from leadtracker.db.database import Database
from leadtracker.domain.vocabulary import PartnerKind, PermitStatus, ProjectSource
from leadtracker.services.projects import OutcomeUpdate
from leadtracker.services.reporting.referrals import Results
from tests.conftest import Services

pytestmark = pytest.mark.both_engines

LANDING = OutcomeUpdate(
    trade_registered_on=date(2026, 3, 1),
    register_entry_on=date(2026, 3, 20),
    permits_status=PermitStatus.NOT_REQUIRED,
    lease_signed_on=date(2026, 2, 1),
    opened_on=date(2026, 4, 1),
    jobs_at_opening=12,
)


def test_partners_and_events_count_inquiries_wins_and_openings(
    db: Database, services: Services
) -> None:
    jetro = services.network.add_partner("JETRO Düsseldorf", PartnerKind.AGENCY)
    services.network.add_partner("Bank of Tokyo", PartnerKind.BANK)
    day = services.network.add_event(
        "Japan-Tag 2026", date(2026, 5, 23), "Rheinufer", organiser_id=jetro.id
    )
    referred = [
        services.project(source=ProjectSource.PARTNER_REFERRAL, partner_id=jetro.id)
        for _ in range(3)
    ]
    services.project(source=ProjectSource.EVENT, event_id=day.id)
    services.project()  # direct: nobody's result
    for project in referred[:2]:
        services.projects.move(project.id, "qualified")
        services.projects.move(project.id, "won")
    services.projects.move(referred[0].id, "landed", outcome=LANDING)

    referrals = services.referrals
    partners = {p.name: p for p in referrals.partners()}
    assert list(partners) == ["Bank of Tokyo", "JETRO Düsseldorf"]
    assert partners["JETRO Düsseldorf"].results == Results(inquiries=3, won=2, opened=1)
    assert partners["Bank of Tokyo"].results == Results(0, 0, 0)
    assert partners["Bank of Tokyo"].kind is PartnerKind.BANK
    [event] = referrals.events()
    assert (event.name, event.organiser, event.results) == (
        "Japan-Tag 2026",
        "JETRO Düsseldorf",
        Results(1, 0, 0),
    )
