from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import delete

from leadtracker.db.database import Database, open_database
from leadtracker.db.models import Contact, Project
from leadtracker.domain.vocabulary import ActivityKind, RecordKind
from leadtracker.services.companies import CompanyDraft
from leadtracker.services.contacts import ContactDraft
from leadtracker.services.work import ActivityDraft
from tests.conftest import Services

pytestmark = pytest.mark.both_engines

SCHEMAS = Path(__file__).parent.parent / "data" / "schemas"


@pytest.fixture
def epson(services: Services) -> Services:
    company = services.company(
        name_ja="セイコーエプソン株式会社",
        name_kana="セイコーエプソン",
        name_en="Seiko Epson Corporation",
        name_de="Epson Deutschland GmbH",
        hq_city="諏訪市",
        corporate_number="5835678256246",
    )
    services.company(name_ja="株式会社ワコム", name_en="Wacom Co., Ltd.")
    services.contacts.create(
        ContactDraft(
            company_id=company.id,
            family_kanji="山田",
            given_kanji="太郎",
            family_kana="ヤマダ",
            given_kana="タロウ",
            family_romaji="Yamada",
            given_romaji="Taro",
            email="taro.yamada@epson.example",
        )
    )
    project = services.project(
        company.id, title="Europäisches Hauptquartier", code_name="Projekt Fuji"
    )
    services.work.log_activity(
        ActivityDraft(
            kind=ActivityKind.NOTE,
            occurred_at=datetime(2026, 11, 1, tzinfo=UTC),
            project_id=project.id,
            text="Vergleicht Düsseldorf mit Amsterdam; 社長の来独は3月予定。",
        )
    )
    return services


def _found(services: Services, query: str, kind: RecordKind | None = None) -> list[str]:
    kinds = [kind] if kind else list(RecordKind)
    return [f"{h.kind.name}:{h.title}" for h in services.search.search(query, kinds=kinds)]


@pytest.mark.parametrize(
    "query",
    [
        "エプソン",  # Japanese substring in the middle of the legal name
        "ｴﾌﾟｿﾝ",  # half-width query, full-width data
        "えぷそん",  # hiragana finds katakana
        "ＥＰＳＯＮ",  # full-width Latin
        "epson",
        "Seiko Epson Co., Ltd.",  # company forms ignored in the query
        "セイコーエプソン（株）",
        "諏訪",  # 2-character city
        "5835678256246",
    ],
)
def test_company_found_by_any_form(epson: Services, query: str) -> None:
    assert "COMPANY:Seiko Epson Corporation" in _found(epson, query, RecordKind.COMPANY)


@pytest.mark.parametrize(
    "query",
    ["山田", "山", "やまだ", "ﾀﾛｳ", "yamada taro", "taro yamada", "山田太郎", "TARO.YAMADA@"],
)
def test_contact_found(epson: Services, query: str) -> None:
    assert _found(epson, query, RecordKind.CONTACT) == ["CONTACT:山田 太郎 (YAMADA Taro)"]


def test_one_and_two_character_queries(epson: Services) -> None:
    assert "COMPANY:Wacom Co., Ltd." in _found(epson, "ワ")  # 1 character, Japanese
    assert "COMPANY:Wacom Co., Ltd." in _found(epson, "wa")  # 2 characters, Latin
    assert _found(epson, "z") == []  # nothing contains a z
    assert "ACTIVITY:Vergleicht Düsseldorf mit Amsterdam; 社長の来独は3月予定。" in _found(
        epson, "社長"
    )


def test_projects_by_title_and_code_name_and_notes(epson: Services) -> None:
    assert _found(epson, "fuji", RecordKind.PROJECT) == [
        "PROJECT:Europäisches Hauptquartier [Projekt Fuji]"
    ]
    assert _found(epson, "EUROPÄISCHES", RecordKind.PROJECT)
    assert _found(epson, "amsterdam", RecordKind.ACTIVITY)


def test_empty_queries_find_nothing(epson: Services) -> None:
    assert _found(epson, "") == []
    assert _found(epson, "   ") == []
    assert _found(epson, 'quote " and * and (') == []  # FTS syntax is never interpreted


def test_index_follows_updates_and_deletes(epson: Services, db: Database) -> None:
    company = epson.companies.find_duplicates(CompanyDraft(name_en="Wacom"))[0]
    epson.companies.update(company.company_id, CompanyDraft(name_en="Wacom Europe GmbH"))
    assert _found(epson, "ワコム") == []
    assert _found(epson, "wacom europe") == ["COMPANY:Wacom Europe GmbH"]
    with db.sessions.begin() as session:
        for contact in session.query(Contact):
            session.delete(contact)
    assert _found(epson, "yamada", RecordKind.CONTACT) == []


def test_index_is_written_in_the_same_transaction(services: Services, db: Database) -> None:
    with pytest.raises(RuntimeError), db.sessions.begin() as session:
        session.add(Contact(family_romaji="Rollback"))
        session.flush()  # indexed here ...
        assert db.search.count(session.connection()) == 1
        raise RuntimeError  # ... and rolled back with the data
    assert _found(services, "rollback") == []
    with db.engine.connect() as conn:
        assert db.search.count(conn) == 0


def test_cascades_and_bulk_deletes_leave_no_stale_entries(epson: Services, db: Database) -> None:
    with db.engine.connect() as conn:
        before = db.search.count(conn)
    with db.sessions.begin() as session:  # a Core delete: the ORM sees nothing
        session.execute(delete(Contact))
    with db.sessions.begin() as session:  # cascades to the project's activity
        project = session.query(Project).one()
        session.delete(project)
    with db.engine.connect() as conn:
        assert db.search.count(conn) == before - 3  # contact, project, activity
    assert _found(epson, "amsterdam") == []
    assert _found(epson, "yamada") == []


def test_queries_that_look_like_company_forms_are_taken_literally(epson: Services) -> None:
    assert "COMPANY:Seiko Epson Corporation" in _found(epson, "se")  # "SE" is a legal form
    assert "COMPANY:Seiko Epson Corporation" in _found(epson, "SE")


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("GmbH", ["Seiko Epson Corporation"]),  # Epson Deutschland GmbH
        ("gmb", ["Seiko Epson Corporation"]),
        ("Ltd", ["Wacom Co., Ltd."]),
        ("Co., Ltd.", ["Wacom Co., Ltd."]),
        ("Corporation", ["Seiko Epson Corporation"]),
        ("株式会社", ["Wacom Co., Ltd.", "Seiko Epson Corporation"]),
        ("(株)", ["Shiseido"]),
        ("㈱", ["Shiseido"]),
        ("ＡＧ", ["Bayer AG"]),
    ],
)
def test_a_query_of_only_a_company_form_finds_it_literally(
    epson: Services, query: str, names: list[str]
) -> None:
    epson.company(name_ja="（株）資生堂", name_en="Shiseido")
    epson.company(name_en="Bayer AG")
    assert [h.title for h in epson.search.search(query, kinds=[RecordKind.COMPANY])] == names
    # ... while a form beside a name is still ignored
    assert _found(epson, "Wacom GmbH", RecordKind.COMPANY) == ["COMPANY:Wacom Co., Ltd."]


def test_an_upgraded_database_finds_company_forms(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(SCHEMAS / "0005-sample.sqlite", path)  # indexed without the forms
    database = open_database(path)
    found = Services.on(database).search.search("GmbH")
    database.close()
    assert [h.title for h in found] == ["Seiko Epson Corporation"]


@pytest.mark.parametrize("query", ["Back", "ack", "l", "ul", "Nul\x00", "l\x00 b", "back\x1bred"])
def test_control_characters_count_as_spaces(services: Services, query: str) -> None:
    """A NUL in a query broke MATCH; a name cannot hold one (refused), other controls it can."""
    services.company(name_en="Nul\x01 Back\x1bRed\tx")
    assert [h.title for h in services.search.search(query)] == ["Nul\x01 Back\x1bRed\tx"]


def test_limit_must_be_positive(services: Services) -> None:
    with pytest.raises(ValueError, match="limit must be at least 1"):
        services.search.search("epson", limit=0)


def test_limit_per_kind_and_newest_first(services: Services) -> None:
    for n in range(30):
        services.company(name_en=f"Tanaka Electric {n:02d}")
    hits = services.search.search("tanaka", limit=5)
    assert [h.title for h in hits] == [f"Tanaka Electric {n}" for n in (29, 28, 27, 26, 25)]
