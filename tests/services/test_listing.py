from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, select

from leadtracker.db import search_index
from leadtracker.db.database import Database, open_database
from leadtracker.domain.names import company_sort_name, sort_key
from leadtracker.domain.pipeline.stages import DEFAULT_STAGES
from leadtracker.domain.vocabulary import RecordKind
from leadtracker.services.lists import base
from leadtracker.services.lists.base import ListQuery
from leadtracker.services.lists.companies import CompanyList, CompanySort
from leadtracker.services.lists.contacts import ContactList, ContactSort
from leadtracker.services.lists.projects import ProjectList, ProjectSort
from tests.conftest import Services


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("listing") / "demo.sqlite"
    database = open_database(path)
    Services.on(database).demo.generate(300, seed=11)
    yield database
    database.close()


def test_pages_cover_the_whole_list_once(demo_db: Database) -> None:
    companies = CompanyList(demo_db.sessions, demo_db.search)
    query = ListQuery()
    assert companies.count(query) == 300
    seen = [row.id for offset in range(0, 300, 70) for row in companies.page(query, offset, 70)]
    assert sorted(seen) == list(range(1, 301))
    names = [row.name for row in companies.page(query, 0, 300)]
    assert names == sorted(names, key=lambda name: company_sort_name(name, "", ""))


def test_sort_by_reading_and_projects(demo_db: Database) -> None:
    companies = CompanyList(demo_db.sessions, demo_db.search)
    readings = [r.name_kana for r in companies.page(ListQuery(sort=CompanySort.READING), 0, 300)]
    assert readings == sorted(readings, key=sort_key)
    busiest = companies.page(ListQuery(sort=CompanySort.PROJECTS, descending=True), 0, 5)
    assert busiest[0].projects >= busiest[-1].projects >= 1


def test_quick_filter_uses_the_search_normalisation(demo_db: Database) -> None:
    companies = CompanyList(demo_db.sessions, demo_db.search)
    query = ListQuery(text="ｴﾌﾟｿﾝ")
    assert companies.count(query) == 1
    assert [r.name for r in companies.page(query, 0, 10)] == ["Seiko Epson Corporation"]
    short = ListQuery(text="山")  # one character: every match, not just the first 20
    rows = companies.page(short, 0, 300)
    assert len(rows) == companies.count(short) > 20
    assert all("山" in r.name_ja for r in rows)
    assert companies.count(ListQuery(text="nirgendwo")) == 0


def test_bad_pages_are_refused(demo_db: Database) -> None:
    with pytest.raises(ValueError, match="bad page"):
        CompanyList(demo_db.sessions, demo_db.search).page(ListQuery(), -1, 10)


def test_contact_list_sorts_by_reading_and_filters(demo_db: Database) -> None:
    contacts = ContactList(demo_db.sessions, demo_db.search)
    total = contacts.count(ListQuery())
    rows = contacts.page(ListQuery(), 0, total)
    japanese = [r.reading for r in rows if r.reading]
    assert japanese and japanese == sorted(japanese, key=sort_key)
    assert all(not r.reading for r in rows[len(japanese) :])  # Western names after
    assert rows[0].company  # the company's display name comes along
    yamada = contacts.page(ListQuery(text="やまだ"), 0, 50)
    assert yamada and all(
        "山田" in r.name or "YAMADA" in r.name.upper() + r.company.upper() for r in yamada
    )
    by_rank = contacts.page(ListQuery(sort=ContactSort.RANK), 0, 20)
    assert [r.rank for r in by_rank] == sorted(r.rank for r in by_rank)


def test_project_list_newest_first_with_stage_and_days(demo_db: Database) -> None:
    projects = ProjectList(demo_db.sessions, demo_db.search)
    rows = projects.page(ListQuery(), 0, 50)
    received = [r.received_on for r in rows]
    assert received == sorted(received, reverse=True)
    assert all(r.stage and r.company and r.owner and r.days_in_stage >= 0 for r in rows)
    by_stage = projects.page(ListQuery(sort=ProjectSort.STAGE), 0, projects.count(ListQuery()))
    order = [s.key for s in DEFAULT_STAGES]
    positions = [order.index(r.stage_key) for r in by_stage]
    assert positions == sorted(positions)
    jobs = projects.page(ListQuery(sort=ProjectSort.JOBS, descending=True), 0, 10)
    assert [r.planned_jobs for r in jobs] == sorted(
        (r.planned_jobs or 0 for r in jobs), reverse=True
    )


@pytest.mark.parametrize("text", ["e", "o", "山", "tanaka"])
def test_walking_the_sort_index_gives_the_same_pages_as_sorting_the_matches(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    companies = CompanyList(demo_db.sessions, demo_db.search)
    contacts = ContactList(demo_db.sessions, demo_db.search)
    queries = [ListQuery(text=text), ListQuery(text=text, sort=CompanySort.CITY, descending=True)]

    def pages(lst: CompanyList | ContactList, query: ListQuery) -> list[int]:
        return [row.id for offset in (0, 40, 80) for row in lst.page(query, offset, 40)]

    monkeypatch.setattr(base, "WALK_FROM_SHARE", 0.0)  # always walk
    monkeypatch.setattr(base, "SPREAD_WALK_FROM_SHARE", 0.0)
    walked = [pages(companies, q) for q in queries] + [pages(contacts, ListQuery(text=text))]
    monkeypatch.setattr(base, "WALK_FROM_SHARE", 2.0)  # never walk
    monkeypatch.setattr(base, "SPREAD_WALK_FROM_SHARE", 2.0)
    sorted_ = [pages(companies, q) for q in queries] + [pages(contacts, ListQuery(text=text))]
    assert walked == sorted_
    assert walked[0]  # the filter matches something


def test_how_common_a_text_is_and_a_capped_count(demo_db: Database) -> None:
    companies = CompanyList(demo_db.sessions, demo_db.search)
    with demo_db.engine.connect() as conn:
        common = demo_db.search.text_filter(conn, "e", RecordKind.COMPANY).share
        rare = demo_db.search.text_filter(conn, "ｴﾌﾟｿﾝ", RecordKind.COMPANY).share
    assert common > 0.5
    assert 0 < rare < 0.01
    every = companies.count(ListQuery(text="e"))
    assert every > 100
    assert companies.count(ListQuery(text="e"), cap=100) == 100
    assert companies.count(ListQuery(text="ｴﾌﾟｿﾝ"), cap=100) == 1
    assert companies.count(ListQuery(), cap=100) == 300  # no filter: the count is cheap anyway


@pytest.mark.parametrize("text", ["ゐゑ", "ゐ", "q\x00", "\"'"])
def test_texts_no_record_holds_find_nothing(demo_db: Database, text: str) -> None:
    for lst in (
        CompanyList(demo_db.sessions, demo_db.search),
        ContactList(demo_db.sessions, demo_db.search),
    ):
        assert lst.count(ListQuery(text=text)) == 0
        assert lst.count(ListQuery(text=text), cap=10) == 0
        assert lst.page(ListQuery(text=text), 0, 10) == ()


@pytest.mark.parametrize("walk_from", [0.0, 2.0])  # walking the sort index, or sorting the matches
@pytest.mark.parametrize("text", ["", "e", "山", "ta", "ｴﾌﾟｿﾝ", "no such text"])
def test_the_first_page_read_together_is_the_count_and_the_page(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch, walk_from: float, text: str
) -> None:
    """What the lists show first (one read, the filter looked up once) is the count and the page."""
    monkeypatch.setattr(base, "WALK_FROM_SHARE", walk_from)
    monkeypatch.setattr(base, "SPREAD_WALK_FROM_SHARE", walk_from)
    for lst in (
        CompanyList(demo_db.sessions, demo_db.search),
        ContactList(demo_db.sessions, demo_db.search),
        ProjectList(demo_db.sessions, demo_db.search),
    ):
        for query in (ListQuery(text=text), ListQuery(text=text, sort=lst.default_sort)):
            for cap in (None, 1000, 5):
                total, rows = lst.first_page(query, 40, cap=cap)
                assert rows == lst.page(query, 0, 40)
                assert total == lst.count(query, cap=cap)
    with pytest.raises(ValueError, match="bad page"):
        CompanyList(demo_db.sessions, demo_db.search).first_page(ListQuery(), 0)


def test_a_descending_order_with_blanks_last_is_not_walked(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No index serves blanks last under descending terms: walking it tested every row."""
    companies = CompanyList(demo_db.sessions, demo_db.search)
    monkeypatch.setattr(base, "WALK_FROM_SHARE", 0.0)  # walk wherever an index can serve it
    monkeypatch.setattr(base, "SPREAD_WALK_FROM_SHARE", 0.0)
    statements: list[str] = []

    def seen(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(demo_db.engine, "before_cursor_execute", seen)
    try:
        for descending in (False, True):
            companies.page(ListQuery(text="e", sort=CompanySort.CITY, descending=descending), 0, 40)
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", seen)
    pages = [s for s in statements if s.lstrip().startswith("SELECT company.id")]
    walked, collected = pages
    assert "WHERE instr((SELECT search_document.body" in walked  # each row tested in index order
    assert "WHERE company.id IN (SELECT" in collected  # the matches collected, then sorted
    assert "instr((SELECT search_document.body" not in collected


@pytest.mark.parametrize("text", ["山", "田", "e", "ta", "ko", "1", "株", ".", "ab"])
def test_one_or_two_characters_are_found_by_the_index_alone_exactly(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """The trigrams starting with the text name exactly the documents holding it."""
    monkeypatch.setattr(search_index, "DENSE_SHARE", 2.0)  # never read the documents instead
    for kind in (RecordKind.COMPANY, RecordKind.CONTACT, RecordKind.PROJECT, RecordKind.ACTIVITY):
        with demo_db.engine.connect() as conn:
            text_filter = demo_db.search.text_filter(conn, text, kind)
            assert text_filter.match is not None
            matching = demo_db.search.matching_ids(text_filter).subquery()
            found = list(conn.scalars(select(matching.c.record_id)))
            assert len(found) == len(set(found)), kind  # each record once
            low, high = search_index._kind_range(kind)
            holding = conn.exec_driver_sql(
                "SELECT ? - (id & ?) FROM search_document WHERE id BETWEEN ? AND ? "
                "AND instr(body, ?) > 0",
                (search_index._ID_MASK, search_index._ID_MASK, low, high, text_filter.key),
            )
            assert set(found) == set(holding.scalars()), kind


def test_many_trigrams_are_asked_for_in_groups_and_counted_once(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_index, "DENSE_SHARE", 2.0)  # never read the documents instead
    with demo_db.engine.connect() as conn:
        text_filter = demo_db.search.text_filter(conn, "e", RecordKind.ACTIVITY)
    assert text_filter.match is not None and len(text_filter.match) > 1
    assert all(group.count(" OR ") < search_index._OR_GROUP for group in text_filter.match)
    companies = CompanyList(demo_db.sessions, demo_db.search)
    for text in ("e", "山", "ta"):
        query = ListQuery(text=text)
        exact = companies.count(query)  # every match, each record once
        assert companies.count(query, cap=100_000) == exact > 0
        assert companies.count(query, cap=5) == 5  # and a cap still stops it


def test_records_in_the_trash_are_not_counted(tmp_path: Path) -> None:
    database = open_database(tmp_path / "trash.sqlite")
    try:
        services = Services.on(database)
        services.demo.generate(40, seed=5)
        trash = services.trash
        companies = CompanyList(database.sessions, database.search)
        projects = ProjectList(database.sessions, database.search)
        before = projects.count(ListQuery())
        [gone] = [r for r in companies.page(ListQuery(), 0, 40) if r.id == 3]
        assert companies.count(ListQuery(text=gone.name), cap=1001) >= 1
        trash.move_to_trash("company", 3)  # with its contacts and projects
        assert companies.count(ListQuery(text=gone.name), cap=1001) == 0
        for rows in (companies, projects, ContactList(database.sessions, database.search)):
            shown = rows.page(ListQuery(), 0, 1000)
            assert rows.count(ListQuery()) == len(shown)
            assert rows.first_page(ListQuery(), 1000)[0] == len(shown)
        assert companies.count(ListQuery()) == 39
        assert projects.count(ListQuery()) < before
    finally:
        database.close()
