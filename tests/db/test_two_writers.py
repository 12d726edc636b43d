"""Two processes on one database file: both get their turn, and no update is lost.

Each process saves the same project 100 times, each time adding one planned
job to what it read, the way an editor saves (with the version it loaded). A
save that crosses the other process's is refused with
:class:`~leadtracker.domain.errors.RecordChangedError` and done again on the
fresh record -- so the count ends at exactly 200, and the other waits for
the write lock (``busy_timeout``) instead of failing with "database is locked".
"""

from __future__ import annotations

import multiprocessing
from dataclasses import fields
from pathlib import Path
from typing import Any

from leadtracker.db.database import Database, open_database
from leadtracker.domain.errors import RecordChangedError
from leadtracker.services.projects import ProjectDraft
from tests.conftest import Services

SAVES = 100


def _save_repeatedly(
    path: str, project_id: int, start: Any, results: multiprocessing.Queue[int]
) -> None:
    """In a child process: add one planned job ``SAVES`` times; report the refused saves."""
    database = open_database(Path(path))
    projects = Services.on(database).projects
    refused = 0
    start.wait(timeout=60)  # both processes are ready: now they run side by side
    try:
        for _ in range(SAVES):
            while True:
                record = projects.get(project_id)
                values = {f.name: getattr(record, f.name) for f in fields(ProjectDraft)}
                values["planned_jobs"] = (record.planned_jobs or 0) + 1
                draft = ProjectDraft(**values)
                try:
                    projects.update(project_id, draft, expected_version=record.version)
                    break
                except RecordChangedError:
                    refused += 1
    finally:
        database.close()
    results.put(refused)


def test_two_processes_saving_one_record_lose_no_update(db: Database, services: Services) -> None:
    project = services.project(title="Shared office", planned_jobs=0)
    context = multiprocessing.get_context("spawn")
    results: multiprocessing.Queue[int] = context.Queue()
    start = context.Barrier(2)
    writers = [
        context.Process(target=_save_repeatedly, args=(str(db.path), project.id, start, results))
        for _ in range(2)
    ]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(timeout=120)
    assert [writer.exitcode for writer in writers] == [0, 0]
    refused = [results.get(timeout=5) for _ in writers]

    saved = services.projects.get(project.id)
    assert saved.planned_jobs == 2 * SAVES
    assert saved.version == project.version + 2 * SAVES
    print(f"saves refused as conflicts and redone: {sum(refused)}")
