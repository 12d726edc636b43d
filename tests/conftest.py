"""Shared fixtures: real SQLite files in tmp_path (and PostgreSQL databases), services, factories.

``db`` is an SQLite file, unless a test module or test is marked
``both_engines``: then it runs once on SQLite and once on a fresh database
on the session's throwaway PostgreSQL server (``--engine sqlite`` or
``--engine postgresql`` runs one of them).
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest

from leadtracker.db.database import Database, open_database
from leadtracker.services import registry
from leadtracker.services.companies import CompanyDraft, CompanyRecord
from leadtracker.services.projects import ProjectDraft, ProjectRecord
from tests.memory_keyring import MemoryKeyring
from tests.postgres_server import PostgresServer, ServerMissingError, start_server

ENGINES = ("sqlite", "postgresql")


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--engine``: which database engines the ``both_engines`` tests run on."""
    parser.addoption(
        "--engine",
        choices=(*ENGINES, "both"),
        default="both",
        help="run the tests marked both_engines on sqlite, postgresql or both (default)",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Register the marker of the tests that run on every engine."""
    config.addinivalue_line(
        "markers", "both_engines: the db fixture runs on SQLite and on PostgreSQL"
    )
    config.addinivalue_line(
        "markers", "sqlite_only(reason): in a both_engines module, this test runs on SQLite only"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked ``both_engines`` that use ``db`` run once per chosen engine."""
    if "db_engine" not in metafunc.fixturenames:
        return
    if metafunc.definition.get_closest_marker("both_engines") is None:
        return
    if metafunc.definition.get_closest_marker("sqlite_only") is not None:
        return
    chosen = metafunc.config.getoption("--engine")
    engines = ENGINES if chosen == "both" else (chosen,)
    metafunc.parametrize("db_engine", engines, indirect=True)


@pytest.fixture
def db_engine(request: pytest.FixtureRequest) -> str:
    """The engine of this test's ``db``: ``sqlite`` unless the test runs on both."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(autouse=True)
def keychain() -> MemoryKeyring:
    """Every test's own keychain in memory: no test reads or writes this PC's real one."""
    memory = MemoryKeyring()
    keyring.set_keyring(memory)  # also keeps keyring from looking for the real one
    return memory


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """The session's throwaway PostgreSQL server (started on first use, stopped at the end)."""
    try:
        server = start_server()
    except ServerMissingError as missing:
        pytest.fail(str(missing), pytrace=False)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def postgres_template(postgres_server: PostgresServer) -> str:
    """A database migrated to head once per session, which each test's database copies."""
    name = postgres_server.create_database(prefix="lt_head")
    open_database(postgres_server.url(name)).close()
    return name


@pytest.fixture
def postgres_database(postgres_server: PostgresServer, postgres_template: str) -> Iterator[str]:
    """A fresh database at head on the test server (a copy of the template); its name."""
    name = postgres_server.create_database(postgres_template)
    yield name
    postgres_server.drop_database(name)


@pytest.fixture
def db(db_engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A new, migrated database: a file, or a fresh database on the PostgreSQL test server."""
    if db_engine == "postgresql":
        server: PostgresServer = request.getfixturevalue("postgres_server")
        name: str = request.getfixturevalue("postgres_database")
        database = open_database(server.url(name))
    else:
        database = open_database(tmp_path / "leadtracker.sqlite")
    yield database
    _wait_for_background_work()
    database.close()


def _wait_for_background_work() -> None:
    """Let the app's pool threads finish before their database closes (GUI tests)."""
    background = sys.modules.get("leadtracker.ui.background")
    if background is not None:
        background.wait_for_background(10_000)


@dataclass(frozen=True)
class Services(registry.Services):
    """Every service on one database, as the app wires them (the registry), and small factories."""

    def company(self, **fields: object) -> CompanyRecord:
        """Create a company (an English name is made up when none is given)."""
        fields.setdefault("name_en", f"Test Company {self.companies.count() + 1}")
        return self.companies.create(CompanyDraft(**fields), allow_duplicate=True)  # type: ignore[arg-type]

    def project(self, company_id: int | None = None, **fields: object) -> ProjectRecord:
        """Create a project (and a company for it when none is given)."""
        if company_id is None:
            company_id = self.company().id
        fields.setdefault("title", "Sales office Düsseldorf")
        return self.projects.create(ProjectDraft(company_id=company_id, **fields))  # type: ignore[arg-type]


@pytest.fixture
def services(db: Database) -> Services:
    """Services on the test database (the registry the app and the command line use)."""
    return Services.on(db)
