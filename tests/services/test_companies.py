from __future__ import annotations

import pytest

from leadtracker.domain.duplicates import KeyKind
from leadtracker.domain.errors import NotFoundError, ValidationError
from leadtracker.domain.vocabulary import Sector
from leadtracker.services.companies import CompanyDraft, PossibleDuplicatesError
from tests.conftest import Services

pytestmark = pytest.mark.both_engines

EPSON = CompanyDraft(
    name_ja="セイコーエプソン株式会社",
    name_kana="セイコーエプソン",
    name_en="Seiko Epson Corporation",
    corporate_number="5-8356-7825-6246",
    sector=Sector.ELECTRONICS,
    hq_prefecture=20,
    hq_city="諏訪市",
    website="https://global.epson.com/",
)


def test_create_and_read_back_what_was_typed(services: Services) -> None:
    created = services.companies.create(EPSON)
    read = services.companies.get(created.id)
    assert read.name_ja == "セイコーエプソン株式会社"  # stored as typed, not normalised
    assert read.corporate_number == "5835678256246"  # canonical form
    assert read.display_name == "Seiko Epson Corporation"
    assert read.created_at is not None and read.created_at.tzinfo is not None


def test_every_bad_field_is_reported_and_nothing_is_written(services: Services) -> None:
    bad = CompanyDraft(corporate_number="2-8356-7825-6246", website="epson", hq_prefecture=48)
    with pytest.raises(ValidationError) as error:
        services.companies.create(bad)
    assert set(error.value.fields) == {"name_en", "corporate_number", "website", "hq_prefecture"}
    assert "check digit" in str(error.value)
    assert services.companies.count() == 0


@pytest.mark.parametrize(
    ("draft", "reason"),
    [
        (CompanyDraft(name_en="SEIKO EPSON CO., LTD."), KeyKind.NAME),
        (CompanyDraft(name_ja="ｾｲｺｰｴﾌﾟｿﾝ"), KeyKind.NAME),  # half-width kana = the reading
        (CompanyDraft(name_ja="（株）セイコーエプソン"), KeyKind.NAME),
        (CompanyDraft(name_en="Epson", corporate_number="5835678256246"), KeyKind.CORPORATE_NUMBER),
        (
            CompanyDraft(name_en="EPSON Europe", website="http://www.global.epson.com"),
            KeyKind.DOMAIN,
        ),
    ],
)
def test_duplicates_are_returned_instead_of_created(
    services: Services, draft: CompanyDraft, reason: KeyKind
) -> None:
    existing = services.companies.create(EPSON)
    with pytest.raises(PossibleDuplicatesError) as warning:
        services.companies.create(draft)
    [candidate] = warning.value.candidates
    assert candidate.company_id == existing.id
    assert reason in candidate.reasons
    assert services.companies.count() == 1
    assert services.companies.find_duplicates(draft)[0].company_id == existing.id
    # Confirmed by the user: created after all.
    assert services.companies.create(draft, allow_duplicate=True).id != existing.id


def test_different_companies_are_not_duplicates(services: Services) -> None:
    services.companies.create(EPSON)
    assert services.companies.find_duplicates(CompanyDraft(name_en="Epson Deutschland GmbH")) == ()
    assert services.companies.find_duplicates(CompanyDraft(name_en="Canon Inc.")) == ()


def test_a_company_does_not_duplicate_itself_on_update(services: Services) -> None:
    created = services.companies.create(EPSON)
    assert services.companies.find_duplicates(EPSON, exclude=created.id) == ()
    updated = services.companies.update(created.id, CompanyDraft(name_en="Epson", website=""))
    assert updated.name_en == "Epson"
    # The old website no longer marks it as a duplicate.
    assert (
        services.companies.find_duplicates(CompanyDraft(name_en="X", website="global.epson.com"))
        == ()
    )


def test_parent_chain_and_cycles(services: Services) -> None:
    parent = services.company(name_en="Seiko Epson Corporation")
    europe = services.company(name_en="Epson Europe B.V.", parent_id=parent.id)
    germany = services.company(name_de="Epson Deutschland GmbH", parent_id=europe.id)
    chain = services.companies.parent_chain(germany.id)
    assert [c.id for c in chain] == [germany.id, europe.id, parent.id]
    with pytest.raises(ValidationError, match="cannot be its own parent"):
        services.companies.update(
            parent.id, CompanyDraft(name_en="Seiko Epson", parent_id=germany.id)
        )
    with pytest.raises(ValidationError, match="Parent company: there is no company with id 999"):
        services.companies.create(CompanyDraft(name_en="Orphan", parent_id=999))


def test_unknown_company(services: Services) -> None:
    with pytest.raises(NotFoundError, match="no company with id 42"):
        services.companies.get(42)
