"""The rules of a stage move hold for every caller: the service, an import, the command line."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from leadtracker.cli import EXIT_ERROR, main
from leadtracker.db.database import Database
from leadtracker.domain.errors import StageMoveError, ValidationError
from leadtracker.domain.office import office_date
from leadtracker.domain.pipeline.outcomes import Outcome, OutcomeUpdate, invalid_values, needed
from leadtracker.domain.pipeline.stages import Pipeline
from leadtracker.domain.vocabulary import LostReason, PermitStatus
from leadtracker.services.importing.choices import ImportKind
from leadtracker.services.importing.entry import import_file
from leadtracker.services.importing.report import ImportRefusedError
from tests.conftest import Services

pytestmark = pytest.mark.both_engines


def _tomorrow() -> date:
    return office_date(datetime.now(UTC)) + timedelta(days=1)


def test_a_decision_day_after_today_in_duesseldorf_is_wrong_whatever_the_stage() -> None:
    today = date(2026, 12, 8)
    assert invalid_values(OutcomeUpdate(decision_date=today), today) == ()
    [problem] = invalid_values(OutcomeUpdate(decision_date=date(2026, 12, 9)), today)
    assert problem.field == "decision_date"
    assert str(problem) == (
        "Decision date: cannot be in the future (got 2026-12-09; today is 2026-12-08)"
    )
    # The landing checklist records what happened too; numbers are never below zero.
    landing = OutcomeUpdate(opened_on=date(2027, 1, 1), jobs_at_opening=-1)
    assert {p.field for p in invalid_values(landing, today)} == {"opened_on", "jobs_at_opening"}


@pytest.mark.parametrize("target", ["won", "lost"])
def test_the_service_refuses_a_future_decision_date(services: Services, target: str) -> None:
    project = services.project()
    services.projects.move(project.id, "qualified")
    future = _tomorrow()
    outcome = OutcomeUpdate(
        decision_date=future, lost_reason=LostReason.COSTS, lost_to_location="Amsterdam"
    )
    with pytest.raises(ValidationError) as refused:
        services.projects.move(project.id, target, outcome=outcome)
    assert refused.value.fields == ("decision_date",)
    assert str(refused.value).startswith(
        f"Decision date: cannot be in the future (got {future:%Y-%m-%d}; today is "
    )
    assert services.projects.get(project.id).stage_key == "qualified"  # nothing saved
    today = future - timedelta(days=1)  # today in Düsseldorf is fine
    moved = services.projects.move(project.id, target, outcome=outcome.also(decision_date=today))
    assert (moved.stage_key, moved.decision_date) == (target, today)


def test_a_lost_move_without_its_reason_reads_the_same_from_every_caller(
    services: Services,
) -> None:
    project = services.project()
    services.projects.move(project.id, "active")
    with pytest.raises(StageMoveError) as refused:
        services.projects.move(
            project.id, "lost", outcome=OutcomeUpdate(lost_to_location="Amsterdam")
        )
    assert refused.value.missing == (needed("lost_reason"),)
    assert str(refused.value) == "Moving to “Lost” needs: Lost reason."
    # What a stage dialog asks the domain for its answers: the same problem.
    asked = Pipeline.default().move_problems(
        "lost", Outcome(), OutcomeUpdate(lost_to_location="Amsterdam"), today=date(2026, 12, 8)
    )
    assert asked == (needed("lost_reason"),)
    assert str(needed("lost_reason")) == "Lost reason: choose why the company went elsewhere"


def test_negative_numbers_read_the_same_for_a_project_and_its_landing(
    services: Services,
) -> None:
    with pytest.raises(ValidationError) as planned:
        services.project(planned_jobs=-3)
    assert str(planned.value) == "Planned jobs: cannot be negative (got -3)"
    project = services.project()
    services.projects.move(project.id, "qualified")
    services.projects.move(project.id, "won")
    checklist = OutcomeUpdate(
        trade_registered_on=date(2026, 3, 1),
        register_entry_on=date(2026, 3, 2),
        permits_status=PermitStatus.NOT_REQUIRED,
        lease_signed_on=date(2026, 3, 3),
        opened_on=date(2026, 3, 4),
        jobs_at_opening=-3,
    )
    with pytest.raises(ValidationError) as landed:
        services.projects.move(project.id, "landed", outcome=checklist)
    assert str(landed.value) == "Jobs at opening: cannot be negative (got -3)"


def _projects_csv(path: Path, decided: date) -> Path:
    path.write_text(
        "Company,Title,Received on,Stage,Decision date\r\n"
        f"Midori Seiki,Sales office,2026-01-15,Won,{decided:%Y-%m-%d}\r\n",
        encoding="utf-8",
    )
    return path


def test_an_import_refuses_a_future_decision_date(
    db: Database, services: Services, tmp_path: Path
) -> None:
    services.company(name_en="Midori Seiki")
    future = _tomorrow()
    path = _projects_csv(tmp_path / "projects.csv", future)
    with pytest.raises(ImportRefusedError) as refused:
        import_file(db.sessions, db.search, path, kind=ImportKind.PROJECTS)
    [problem] = refused.value.report.problems
    assert str(problem).startswith(
        f"row 2, Decision date: “{future:%Y-%m-%d}” cannot be in the future "
        f"(got {future:%Y-%m-%d}; today is "
    )
    report = import_file(
        db.sessions,
        db.search,
        _projects_csv(path, future - timedelta(days=1)),
        kind=ImportKind.PROJECTS,
    )
    assert report.created == 1


def test_the_command_line_refuses_a_future_decision_date(
    db: Database, services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services.company(name_en="Midori Seiki")
    path = _projects_csv(tmp_path / "projects.csv", _tomorrow())
    database = tmp_path / "leadtracker.sqlite"
    code = main(["--db", str(database), "import", "--kind", "projects", str(path)])
    err = capsys.readouterr().err
    assert code == EXIT_ERROR
    assert "leadtracker: error:" in err
    assert "Decision date" in err and "cannot be in the future" in err


def test_an_import_refuses_a_lost_project_without_its_reason_in_the_same_words(
    db: Database, services: Services, tmp_path: Path
) -> None:
    services.company(name_en="Midori Seiki")
    path = tmp_path / "projects.csv"
    path.write_text(
        "Company,Title,Received on,Stage,Decision date,Lost to\r\n"
        "Midori Seiki,Sales office,2026-01-15,Lost,2026-03-01,Amsterdam\r\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRefusedError) as refused:
        import_file(db.sessions, db.search, path, kind=ImportKind.PROJECTS)
    assert [str(p) for p in refused.value.report.problems] == [
        "row 2, Lost reason: choose why the company went elsewhere"
    ]
