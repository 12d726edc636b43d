"""One date format per interface language: lists, My day, the review and the Changes tab agree."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database
from leadtracker.domain.vocabulary import ActivityKind
from leadtracker.services.contacts import ContactDraft
from leadtracker.services.work import ActivityDraft
from leadtracker.ui.formats import day_text
from leadtracker.ui.lists.project_table_model import ProjectTableModel
from leadtracker.ui.my_day.my_day_models import DueTaskModel
from leadtracker.ui.safety.retention_dialog import RetentionDialog
from tests.conftest import Services

DAY = date(2026, 12, 7)
WRITTEN = {
    "en_US": "12/7/2026",
    "en_GB": "07/12/2026",
    "de_DE": "07.12.2026",
    "ja_JP": "2026/12/07",
}


@pytest.fixture(params=sorted(WRITTEN))
def locale(request: pytest.FixtureRequest) -> Iterator[str]:
    """The interface's locale for one test (as the app sets it at start), then back."""
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield str(request.param)
    QLocale.setDefault(before)


def _column(columns: Any, title: str) -> Any:
    return next(column for column in columns if column.title == title)


def test_the_project_list_writes_days_as_my_day_does(locale: str) -> None:
    received = _column(ProjectTableModel.COLUMNS, "Received")
    due = _column(DueTaskModel.COLUMNS, "Due")
    assert received.text(SimpleNamespace(received_on=DAY)) == WRITTEN[locale]  # not 2026-12-07
    assert due.text(SimpleNamespace(due_on=DAY)) == WRITTEN[locale]
    assert day_text(DAY) == WRITTEN[locale]


def test_the_retention_review_writes_days_as_the_lists_do(
    qtbot: QtBot, db: Database, services: Services, locale: str
) -> None:
    company = services.company(name_en="Midori Seiki").id
    contact = services.contacts.create(ContactDraft(company_id=company, family_romaji="Ito")).id
    services.work.log_activity(
        ActivityDraft(
            ActivityKind.CALL,
            datetime(2015, 3, 2, 12, tzinfo=UTC),
            company_id=company,
            contact_ids=(contact,),
        )
    )
    dialog = RetentionDialog(services.privacy, services.companies)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 2).text() == day_text(date(2015, 3, 2))
    assert dialog.table.item(0, 2).text() != "2015-03-02"
