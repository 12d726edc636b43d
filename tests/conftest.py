"""Shared fixtures: real SQLite files in tmp_path, services on them, small factories."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from leadtracker.db.database import Database, open_database
from leadtracker.services import registry
from leadtracker.services.companies import CompanyDraft, CompanyRecord
from leadtracker.services.projects import ProjectDraft, ProjectRecord


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A new, migrated database file."""
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
