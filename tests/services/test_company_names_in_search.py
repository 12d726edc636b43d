"""Projects and contacts are found by any name of their company, also after a rename."""

from __future__ import annotations

from pathlib import Path

import pytest

from leadtracker.db.database import Database
from leadtracker.domain.vocabulary import RecordKind
from leadtracker.services.companies import CompanyDraft, CompanyRecord, update_company
from leadtracker.services.contacts import ContactDraft
from leadtracker.services.importing.choices import OnDuplicate
from leadtracker.services.importing.companies import import_companies
from leadtracker.services.lists.base import ListQuery
from leadtracker.services.lists.contacts import ContactList
from leadtracker.services.lists.projects import ProjectList
from leadtracker.services.projects import ProjectDraft
from tests.conftest import Services

pytestmark = pytest.mark.both_engines

YAMADA = CompanyDraft(
    name_ja="山田コンサルティング株式会社",
    name_kana="ヤマダコンサルティング",
    name_en="Yamada Consulting Co., Ltd.",
    name_de="Yamada Beratung GmbH",
    corporate_number="5835678256246",
)


def _yamada(services: Services, others: int) -> CompanyRecord:
    """Yamada Consulting with a project and a contact, beside ``others`` other companies."""
    for n in range(others):
        other = services.company(name_en=f"Kobayashi Trading {n}")
        services.project(other.id, title=f"Logistics hub {n}")
        services.contacts.create(ContactDraft(company_id=other.id, family_romaji=f"Suzuki{n}"))
    company = services.companies.create(YAMADA)
    services.project(company.id, title="European HQ")
    services.contacts.create(
        ContactDraft(company_id=company.id, family_kanji="鈴木", family_kana="すずき")
    )
    return company


def _listed(db: Database, text: str) -> tuple[list[str], list[str]]:
    """Titles of the projects and names of the contacts the lists show for a filter."""
    query = ListQuery(text=text)
    _, projects = ProjectList(db.sessions, db.search).first_page(query, 50, cap=1001)
    contacts = ContactList(db.sessions, db.search)
    assert contacts.count(query) == len(contacts.page(query, 0, 50))
    return [p.title for p in projects], [c.name for c in contacts.page(query, 0, 50)]


def _searched(services: Services, text: str) -> list[str]:
    kinds = [RecordKind.PROJECT, RecordKind.CONTACT]
    return [f"{h.kind.name}:{h.title}" for h in services.search.search(text, kinds=kinds)]


NAMES = (
    "Yamada Consulting",  # the English name, as in the issue
    "Yamada Consulting Co., Ltd.",  # with its legal form
    "山田コンサルティング",  # the Japanese name
    "やまだこんさるてぃんぐ",  # the reading, typed in hiragana
    "ﾔﾏﾀﾞｺﾝｻﾙ",  # half-width
    "Yamada Beratung",  # the German entity
)


@pytest.mark.parametrize("others", [1, 6], ids=["walked", "collected"])
def test_lists_and_search_find_projects_and_contacts_by_their_company(
    services: Services, db: Database, others: int
) -> None:
    """Both ways a list filters see the company's names.

    With 1 other company the filter matches half the records and walks the
    sort index; with 6 it collects the few matches from the index.
    """
    _yamada(services, others)
    for text in NAMES:
        assert _listed(db, text) == (["European HQ"], ["鈴木"]), text
        assert _searched(services, text) == ["CONTACT:鈴木", "PROJECT:European HQ"], text


def test_a_query_of_only_a_legal_form_finds_companies_not_their_projects(
    services: Services, db: Database
) -> None:
    _yamada(services, 1)
    assert _listed(db, "GmbH") == ([], [])
    assert [h.title for h in services.search.search("GmbH")] == ["Yamada Consulting Co., Ltd."]


def test_renaming_a_company_moves_its_projects_and_contacts_to_the_new_name(
    services: Services, db: Database
) -> None:
    company = _yamada(services, 1)
    services.companies.update(company.id, CompanyDraft(name_en="Tanaka Partners"))
    assert _listed(db, "Tanaka Partners") == (["European HQ"], ["鈴木"])
    assert _listed(db, "Yamada") == ([], [])
    assert _searched(services, "tanaka") == ["CONTACT:鈴木", "PROJECT:European HQ"]


def test_the_documents_follow_a_rename_in_its_own_transaction(
    services: Services, db: Database
) -> None:
    company = _yamada(services, 1)
    with pytest.raises(RuntimeError), db.sessions.begin() as session:
        update_company(session, company.id, CompanyDraft(name_en="Tanaka Partners"))
        found = db.search.find(session.connection(), "tanaka", [RecordKind.PROJECT], 10)
        assert len(found[RecordKind.PROJECT]) == 1  # before the commit, in the same transaction
        raise RuntimeError  # ... and rolled back with the rename
    assert _listed(db, "Tanaka") == ([], [])
    assert _listed(db, "Yamada Consulting") == (["European HQ"], ["鈴木"])


def test_an_import_that_renames_a_company_moves_its_projects_and_contacts(
    services: Services, db: Database, tmp_path: Path
) -> None:
    _yamada(services, 1)
    path = tmp_path / "firmen.csv"
    path.write_text("Firma,Unternehmensnummer\nTanaka Partners K.K.,5835678256246\n")
    report = import_companies(db.sessions, db.search, path, on_duplicate=OnDuplicate.UPDATE)
    assert report.updated == 1
    assert _listed(db, "Tanaka Partners") == (["European HQ"], ["鈴木"])
    assert _listed(db, "Yamada Consulting Co") == ([], [])
    assert _listed(db, "山田コンサルティング") == (["European HQ"], ["鈴木"])  # kept


def test_a_project_back_from_the_trash_goes_by_the_new_name(
    services: Services, db: Database
) -> None:
    company = _yamada(services, 1)
    trash = services.trash
    [project] = ProjectList(db.sessions, db.search).of_company(company.id)
    item = trash.move_to_trash("project", project.id)
    services.companies.update(company.id, CompanyDraft(name_en="Tanaka Partners"))
    assert _listed(db, "Tanaka Partners") == ([], ["鈴木"])  # in the trash: not found
    trash.restore(item.entry_id)
    assert _listed(db, "Tanaka Partners") == (["European HQ"], ["鈴木"])
    assert _listed(db, "Yamada") == ([], [])


def test_a_project_moved_to_another_company_goes_by_its_name(
    services: Services, db: Database
) -> None:
    company = _yamada(services, 1)
    other = services.company(name_en="Tanaka Partners")
    [row] = ProjectList(db.sessions, db.search).of_company(company.id)
    project = services.projects.get(row.id)
    services.projects.update(project.id, ProjectDraft(company_id=other.id, title=project.title))
    assert _listed(db, "Tanaka Partners")[0] == ["European HQ"]
    assert _listed(db, "Yamada Consulting")[0] == []
