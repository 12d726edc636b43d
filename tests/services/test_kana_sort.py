"""Names and readings sort in gojūon order: hiragana equal to katakana, half-width folded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from leadtracker.db.database import Database
from leadtracker.services.companies import CompanyDraft
from leadtracker.services.contacts import ContactDraft
from leadtracker.services.importing.companies import import_companies
from leadtracker.services.lists.base import ListQuery
from leadtracker.services.lists.companies import CompanyList, CompanySort
from leadtracker.services.lists.contacts import ContactList, ContactSort
from leadtracker.services.lists.projects import ProjectList, ProjectSort
from tests.conftest import Services

pytestmark = pytest.mark.both_engines

#: Readings as typed: hiragana (as the field's example), katakana, half-width katakana.
READINGS = ("ワタナベ", "いとう", "ｵｵﾀ", "あべ", "カトウ", "ごとう", "こばやし", "ｻｻｷ")
GOJUON = ("あべ", "いとう", "ｵｵﾀ", "カトウ", "ごとう", "こばやし", "ｻｻｷ", "ワタナベ")
#: Japanese company names without an English or German one (so they are the display name).
COMPANIES = ("わかば株式会社", "株式会社イロハ", "ｵｵﾀ商事", "あおば", "カワサキ", "ごとう")
COMPANIES_GOJUON = ("あおば", "株式会社イロハ", "ｵｵﾀ商事", "カワサキ", "ごとう", "わかば株式会社")


def _contacts(services: Services) -> None:
    company = services.company(name_en="Seiko Epson Corporation")
    for reading in READINGS:
        services.contacts.create(
            ContactDraft(company_id=company.id, family_kana=reading, family_romaji="Test")
        )
    services.contacts.create(ContactDraft(family_romaji="Müller", given_romaji="Hans"))


def test_the_contact_list_interleaves_hiragana_and_katakana_readings(
    services: Services, db: Database
) -> None:
    _contacts(services)
    contacts = ContactList(db.sessions, db.search)
    paged = [r.reading for offset in range(0, 9, 4) for r in contacts.page(ListQuery(), offset, 4)]
    assert paged == [*GOJUON, ""]  # a name without a reading last
    down = ListQuery(sort=ContactSort.NAME, descending=True)
    assert [r.reading for r in contacts.page(down, 0, 20)] == [*reversed(GOJUON), ""]
    filtered = contacts.page(ListQuery(text="epson"), 0, 20)  # walks the sort index
    assert [r.reading for r in filtered] == list(GOJUON)


def test_the_company_list_sorts_names_and_readings_in_gojuon_order(
    services: Services, db: Database
) -> None:
    for name in COMPANIES:
        services.company(name_ja=name, name_en="", name_kana=name.replace("株式会社", ""))
    companies = CompanyList(db.sessions, db.search)
    by_name = companies.page(ListQuery(sort=CompanySort.NAME), 0, 20)
    assert [r.name for r in by_name] == list(COMPANIES_GOJUON)
    by_reading = companies.page(ListQuery(sort=CompanySort.READING), 0, 20)
    assert [r.name for r in by_reading] == list(COMPANIES_GOJUON)


def test_projects_and_contacts_sort_by_their_company_in_gojuon_order(
    services: Services, db: Database
) -> None:
    for name in COMPANIES:
        company = services.company(name_ja=name, name_en="")
        services.project(company.id, title=name)
        services.contacts.create(ContactDraft(company_id=company.id, family_romaji=name))
    projects = ProjectList(db.sessions, db.search)
    by_company = projects.page(ListQuery(sort=ProjectSort.COMPANY), 0, 20)
    assert [r.company for r in by_company] == list(COMPANIES_GOJUON)
    contacts = ContactList(db.sessions, db.search).page(ListQuery(sort=ContactSort.COMPANY), 0, 20)
    assert [r.company for r in contacts] == list(COMPANIES_GOJUON)


def test_a_dossier_lists_subsidiaries_and_contacts_in_gojuon_order(
    services: Services, db: Database
) -> None:
    parent = services.company(name_en="Seiko Epson Corporation")
    for name in COMPANIES:
        services.companies.create(CompanyDraft(name_ja=name, parent_id=parent.id))
    for reading in READINGS:
        services.contacts.create(
            ContactDraft(company_id=parent.id, family_kana=reading, family_romaji="Test")
        )
    dossier = services.dossiers.company_dossier(parent.id)
    assert dossier.subsidiaries == COMPANIES_GOJUON
    assert tuple(c.name.reading for c in dossier.contacts) == GOJUON


def test_a_contact_given_a_new_reading_sorts_by_it(services: Services, db: Database) -> None:
    _contacts(services)
    contacts = ContactList(db.sessions, db.search)
    [first] = contacts.page(ListQuery(), 0, 1)
    record = services.contacts.get(first.id)
    services.contacts.update(first.id, ContactDraft(family_kana="ﾖｼﾀﾞ", family_romaji="Yoshida"))
    readings = [r.reading for r in contacts.page(ListQuery(), 0, 20)]
    assert (record.name.reading, readings[0], readings[-3:]) == (
        "あべ",
        "いとう",
        ["ﾖｼﾀﾞ", "ワタナベ", ""],
    )


@pytest.mark.sqlite_only("reads SQLite's EXPLAIN QUERY PLAN")
def test_the_sorted_pages_come_off_the_sort_indexes(services: Services, db: Database) -> None:
    """No sort of every row: a page of 100,000 companies must not read them all."""
    _contacts(services)
    plans: list[str] = []

    def explain(conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().startswith("SELECT") and "ORDER BY" in statement:
            rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
            plans.append(" / ".join(str(row[-1]) for row in rows))

    event.listen(db.engine, "before_cursor_execute", explain)
    try:
        ContactList(db.sessions, db.search).page(ListQuery(), 0, 10)
        CompanyList(db.sessions, db.search).page(ListQuery(sort=CompanySort.NAME), 0, 10)
        CompanyList(db.sessions, db.search).page(ListQuery(sort=CompanySort.READING), 0, 10)
    finally:
        event.remove(db.engine, "before_cursor_execute", explain)
    assert len(plans) == 3
    for plan, index in zip(
        plans,
        ("ix_sort_contact_name", "ix_sort_company_name", "ix_sort_company_reading"),
        strict=True,
    ):
        assert index in plan and "TEMP B-TREE" not in plan, plan


def test_imported_companies_sort_alike(db: Database, tmp_path: Path) -> None:
    """An import writes plain rows (no ORM event): their sort keys are worked out there too."""
    path = tmp_path / "firmen.csv"
    rows = "".join(f"{name},{name.replace('株式会社', '')}\n" for name in COMPANIES)
    path.write_text(f"Japanischer Name,Lesung\n{rows}")
    assert import_companies(db.sessions, db.search, path).created == len(COMPANIES)
    companies = CompanyList(db.sessions, db.search)
    for sort in (CompanySort.NAME, CompanySort.READING):
        shown = companies.page(ListQuery(sort=sort), 0, 20)
        assert [r.name for r in shown] == list(COMPANIES_GOJUON), sort
