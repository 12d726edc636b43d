"""The command line deletes a single activity or task into the trash and brings it back."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from leadtracker.cli import main
from leadtracker.db.database import open_database
from leadtracker.domain.vocabulary import ActivityKind
from leadtracker.services.companies import CompanyDraft
from leadtracker.services.work import ActivityDraft, TaskDraft
from tests.conftest import Services


def test_delete_an_activity_and_a_task_then_restore_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "lt.sqlite"
    database = open_database(path)
    services = Services.on(database)
    company = services.companies.create(CompanyDraft(name_en="Wacom"))
    work = services.work
    when = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    activity = work.log_activity(
        ActivityDraft(ActivityKind.CALL, when, company_id=company.id, subject="First call")
    )
    task = work.add_task(TaskDraft("Send offers", company_id=company.id))
    database.close()

    assert main(["--db", str(path), "delete", "activity", str(activity.id)]) == 0
    assert main(["--db", str(path), "delete", "task", str(task.id)]) == 0
    out = capsys.readouterr().out
    assert "Moved activity 1 “2026-03-02 First call” to the trash." in out
    assert "Moved task 1 “Send offers” to the trash." in out
    assert main(["--db", str(path), "trash", "list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split()[3] for line in listed] == ["task", "activity"]

    assert main(["--db", str(path), "trash", "restore", listed[1].split()[0]]) == 0
    database = open_database(path)
    services = Services.on(database)
    assert services.work.activity(activity.id).subject == "First call"
    assert services.timeline.company_tasks(company.id) == ()
    database.close()
