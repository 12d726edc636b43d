"""A LeadTracker database on PostgreSQL: what differs from SQLite, on the tests' own server."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from leadtracker.cli.opening import database_location
from leadtracker.db.database import Database, NotAFileError, open_database
from leadtracker.db.engine import WRITES
from leadtracker.db.postgres.address import ServerAddressError, describe, server_address
from leadtracker.services.registry import Services
from tests import postgres_server
from tests.postgres_server import PostgresServer


@pytest.fixture
def pg(postgres_server: PostgresServer, postgres_database: str) -> Iterator[Database]:
    """A fresh database at head on the test server."""
    database = open_database(postgres_server.url(postgres_database))
    yield database
    database.close()


def test_sort_keys_and_search_text_compare_as_code_points(pg: Database) -> None:
    """``alembic check`` does not compare collations: the sort keys need ``C`` on any locale."""
    with pg.engine.connect() as conn:
        found = set(
            conn.execute(
                text(
                    "SELECT table_name || '.' || column_name FROM information_schema.columns "
                    "WHERE collation_name = 'C' AND table_schema = 'public'"
                )
            ).scalars()
        )
    assert found == {
        "company.name_sort",
        "company.reading_sort",
        "contact.reading_sort",
        "contact.latin_sort",
        "search_document.body",
    }


def test_a_default_timestamp_is_utc_whatever_the_server_zone(
    postgres_server: PostgresServer, pg: Database
) -> None:
    """The test server runs in Europe/Berlin; a connection without our settings gets its zone."""
    database = str(pg.engine.url.database)
    with postgres_server.connect(database) as conn:
        assert conn.execute("SHOW TimeZone").fetchone() == ("Europe/Berlin",)
        conn.execute(
            "INSERT INTO \"user\" (name, initials, email, active) VALUES ('Zone', 'ZO', '', true)"
        )
        row = conn.execute("SELECT created_at FROM \"user\" WHERE initials = 'ZO'").fetchone()
    assert row is not None
    assert abs(row[0] - datetime.now(UTC).replace(tzinfo=None)) < timedelta(minutes=5)


def test_each_connection_works_in_utc(pg: Database) -> None:
    with pg.engine.connect() as conn:
        assert conn.execute(text("SHOW TimeZone")).scalar() == "UTC"
        assert conn.execute(text("SHOW application_name")).scalar() == "LeadTracker"


def test_one_writer_at_a_time(pg: Database) -> None:
    """A second write transaction waits for the first one's commit, as BEGIN IMMEDIATE does."""
    order: list[str] = []
    writes = pg.engine.execution_options(**WRITES)
    first_holds = threading.Event()

    def second() -> None:
        first_holds.wait(5)
        with writes.begin() as conn:
            order.append("second writes")
            conn.execute(text("SELECT 1"))

    other = threading.Thread(target=second)
    other.start()
    with writes.begin() as conn:
        conn.execute(text("SELECT 1"))
        first_holds.set()
        time.sleep(0.3)
        order.append("first commits")
    other.join(10)
    assert order == ["first commits", "second writes"]


def test_reads_are_read_only_transactions(pg: Database) -> None:
    from leadtracker.db.engine import READ_ONLY  # noqa: PLC0415

    with pg.engine.execution_options(**READ_ONLY).begin() as conn:
        assert conn.execute(text("SHOW transaction_read_only")).scalar() == "on"


@pytest.mark.parametrize("ctype", ["C", "C.UTF-8"])
def test_japanese_search_whatever_the_database_locale(
    postgres_server: PostgresServer, ctype: str
) -> None:
    """pg_trgm sees no kanji or kana under LC_CTYPE C; our own grams do not depend on it."""
    name = f"locale_{ctype.replace('.', '_').replace('-', '')}".lower()
    with postgres_server.connect() as conn:
        conn.execute(
            f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' "
            f"LC_COLLATE '{ctype}' LC_CTYPE '{ctype}'"
        )
    try:
        database = open_database(postgres_server.url(name))
        services = Services.on(database)
        from leadtracker.services.companies import CompanyDraft  # noqa: PLC0415

        services.companies.create(CompanyDraft(name_ja="山田電機株式会社", name_en="Yamada"))
        for query in ("山", "山田", "山田電機", "電機"):
            assert [hit.title for hit in services.search.search(query)] == ["Yamada"], query
        database.close()
    finally:
        postgres_server.drop_database(name)


def test_a_server_address_is_read_by_sqlalchemy() -> None:
    url = server_address("postgresql://desk:secret@db.example:5433/leadtracker?sslmode=verify-full")
    assert (url.drivername, url.host, url.port, url.database) == (
        "postgresql+psycopg",
        "db.example",
        5433,
        "leadtracker",
    )
    assert url.query["sslmode"] == "verify-full"
    assert describe(url) == "postgresql://desk:***@db.example:5433/leadtracker?sslmode=verify-full"


def test_an_address_without_a_database_is_refused() -> None:
    with pytest.raises(ServerAddressError, match="names no database"):
        server_address("postgresql://desk@db.example:5432")


def test_db_option_and_environment_take_an_address(monkeypatch: pytest.MonkeyPatch) -> None:
    import argparse  # noqa: PLC0415

    address = "postgresql://desk@db.example/leadtracker"
    assert database_location(argparse.Namespace(db=address)) == server_address(address)
    monkeypatch.setenv("LEADTRACKER_DB", address)
    assert database_location(argparse.Namespace(db=None)) == server_address(address)
    assert database_location(argparse.Namespace(db="desk.sqlite")) == Path("desk.sqlite")


def test_a_server_database_has_no_file(pg: Database) -> None:
    assert pg.on_server
    with pytest.raises(NotAFileError, match="server database"):
        _ = pg.path


def test_missing_server_binaries_name_the_debian_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(postgres_server, "_DEBIAN_BIN_DIRS", "/nonexistent")
    monkeypatch.setenv("PATH", "")
    with pytest.raises(postgres_server.ServerMissingError, match="Debian package 'postgresql'"):
        postgres_server.find_binaries()


def test_the_password_comes_from_the_environment(
    postgres_server: PostgresServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As libpq finds a password: here PGPASSWORD (the test server trusts any)."""
    monkeypatch.setenv("PGPASSWORD", "from-the-environment")
    with postgres_server.connect() as conn:
        assert conn.info.password == "from-the-environment"


def test_the_command_line_works_on_a_server_database(
    pg: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    from leadtracker.cli import EXIT_OK, main  # noqa: PLC0415
    from leadtracker.services.companies import CompanyDraft  # noqa: PLC0415

    Services.on(pg).companies.create(CompanyDraft(name_ja="山田電機", name_en="Yamada Denki"))
    address = describe(pg.engine.url)
    assert main(["--db", address, "search", "山田"]) == EXIT_OK
    assert "Yamada Denki" in capsys.readouterr().out


def test_an_unreachable_server_is_one_line_naming_it(capsys: pytest.CaptureFixture[str]) -> None:
    from leadtracker.cli import EXIT_ERROR, main  # noqa: PLC0415

    assert main(["--db", "postgresql://desk@127.0.0.1:1/leadtracker", "search", "x"]) == EXIT_ERROR
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("leadtracker: error: The database postgresql://desk@127.0.0.1:1/")
    assert "refused" in line


def test_json_is_jsonb_so_rows_compare(pg: Database) -> None:
    """PostgreSQL's json has no equality: DISTINCT or UNION over a project would fail."""
    services = Services.on(pg)
    from leadtracker.services.companies import CompanyDraft  # noqa: PLC0415
    from leadtracker.services.projects import ProjectDraft  # noqa: PLC0415

    company = services.companies.create(CompanyDraft(name_en="Aoba Denki"))
    for _ in range(2):
        services.projects.create(
            ProjectDraft(company_id=company.id, title="Office", competing_locations=("Frankfurt",))
        )
    with pg.engine.connect() as conn:
        kind = conn.execute(
            text(
                "SELECT data_type FROM information_schema.columns "
                "WHERE table_name = 'project' AND column_name = 'competing_locations'"
            )
        ).scalar()
        distinct = conn.execute(text("SELECT DISTINCT competing_locations FROM project")).all()
    assert kind == "jsonb"
    assert [row[0] for row in distinct] == [["Frankfurt"]]


def test_file_only_commands_refuse_a_server_in_one_line_and_import_works(
    pg: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """On a server, demo and check failed with "internal error", backup with a mangled address."""
    from leadtracker.cli import EXIT_ERROR, EXIT_OK, main  # noqa: PLC0415

    address = describe(pg.engine.url)
    for command in (["backup"], ["check"], ["demo", "--companies", "3"]):
        assert main(["--db", address, *command]) == EXIT_ERROR
        [line] = capsys.readouterr().err.strip().splitlines()
        assert line.startswith(f"leadtracker: error: “{command[0]}” works on a database file only")
        assert f"/{pg.engine.url.database}" in line  # the team database named
    listing = tmp_path / "firmen.csv"
    listing.write_text("Name (English),Name (Japanese)\r\nAoba Denki,青葉電機\r\n", "utf-8")
    assert main(["--db", address, "import", str(listing)]) == EXIT_OK
    assert "1 compan" in capsys.readouterr().out
    assert main(["--db", address, "search", "青葉"]) == EXIT_OK
    assert "Aoba Denki" in capsys.readouterr().out
