"""The pipeline board service on real databases: columns, counts, filters, limits, days."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from leadtracker.db.database import Database
from leadtracker.db.models import Project
from leadtracker.domain.errors import ValidationError
from leadtracker.domain.pipeline.stages import DEFAULT_STAGES
from leadtracker.domain.vocabulary import LostReason, ProjectSource, Sector
from leadtracker.services.board import BoardFilter, BoardService
from leadtracker.services.projects import OutcomeUpdate
from tests.conftest import Services

pytestmark = pytest.mark.both_engines

LOST = OutcomeUpdate(lost_reason=LostReason.COSTS, lost_to_location="Amsterdam")


@pytest.fixture
def board(services: Services) -> BoardService:
    return services.board


def test_one_column_per_stage_in_pipeline_order(services: Services, board: BoardService) -> None:
    first = services.project(received_on=date(2026, 1, 5))
    second = services.project(received_on=date(2026, 2, 5))
    services.projects.move(second.id, "qualified")
    result = board.board()
    assert [c.stage.key for c in result.columns] == [s.key for s in DEFAULT_STAGES]
    assert result.column("inquiry").total == 1
    assert [card.project_id for card in result.column("inquiry").cards] == [first.id]
    assert [card.project_id for card in result.column("qualified").cards] == [second.id]
    assert result.column("won").cards == () and result.column("won").total == 0
    assert result.total == 2


def test_a_card_shows_company_code_name_owner_and_jobs(
    services: Services, board: BoardService
) -> None:
    user = services.network.add_user("Benjamin Leonhardt", "BL")
    company = services.company(
        name_ja="セイコーエプソン株式会社", name_en="Seiko Epson Corporation"
    )
    secret = services.project(
        company.id, title="European HQ", code_name="Projekt Sakura", owner_id=user.id,
        planned_jobs=40,
    )  # fmt: skip
    plain = services.project(company.id, title="Sales office Düsseldorf")
    cards = {c.project_id: c for c in board.board().column("inquiry").cards}
    card = cards[secret.id]
    assert (card.company, card.title, card.confidential) == (
        "Seiko Epson Corporation",
        "Projekt Sakura",
        True,
    )
    assert (card.owner, card.owner_name, card.planned_jobs) == ("BL", "Benjamin Leonhardt", 40)
    other = cards[plain.id]
    assert (other.title, other.confidential, other.owner, other.planned_jobs) == (
        "Sales office Düsseldorf",
        False,
        "",
        None,
    )


def test_days_in_stage_count_from_the_last_move_in_duesseldorf(
    services: Services, board: BoardService
) -> None:
    project = services.project(received_on=date(2026, 1, 10))
    # 23:30 UTC on 1 March is already 2 March in Düsseldorf.
    services.projects.move(project.id, "qualified", when=datetime(2026, 3, 1, 23, 30, tzinfo=UTC))
    now = datetime(2026, 3, 5, 12, tzinfo=UTC)
    [card] = board.board(now=now).column("qualified").cards
    assert card.days_in_stage == 3
    waiting = services.project(received_on=date(2026, 3, 4))  # history starts 4 March 09:00
    cards = {c.project_id: c for c in board.board(now=now).column("inquiry").cards}
    assert cards[waiting.id].days_in_stage == 1


def test_columns_count_everything_but_show_at_most_the_limit(
    services: Services, board: BoardService
) -> None:
    company = services.company().id
    open_ids = [services.project(company, received_on=date(2026, 1, d)).id for d in range(1, 6)]
    lost_ids = []
    for day in range(1, 6):
        lost = services.project(company, received_on=date(2025, 6, day))
        services.projects.move(lost.id, "lost", outcome=LOST)
        lost_ids.append(lost.id)
    result = board.board(limit=2)
    inquiries, losses = result.column("inquiry"), result.column("lost")
    assert (inquiries.total, len(inquiries.cards), inquiries.hidden) == (5, 2, 3)
    # Working stages: the oldest inquiries first (they have waited longest) ...
    assert not inquiries.newest_first
    assert [c.project_id for c in inquiries.cards] == open_ids[:2]
    # ... closed stages: the newest first.
    assert losses.newest_first
    assert [c.project_id for c in losses.cards] == lost_ids[::-1][:2]
    assert losses.total == 5
    with pytest.raises(ValueError, match="at least one card"):
        board.board(limit=0)


def test_filters_by_owner_sector_source_and_period(services: Services, board: BoardService) -> None:
    anna = services.network.add_user("Anna Schmidt", "AS")
    ben = services.network.add_user("Ben Leonhardt", "BL")
    cars = services.company(name_en="Denso", sector=Sector.AUTOMOTIVE).id
    chips = services.company(name_en="Renesas", sector=Sector.ELECTRONICS).id
    a = services.project(cars, owner_id=anna.id, source=ProjectSource.EVENT,
                         received_on=date(2025, 3, 1))  # fmt: skip
    b = services.project(chips, owner_id=ben.id, source=ProjectSource.DIRECT,
                         received_on=date(2025, 9, 1))  # fmt: skip
    c = services.project(chips, owner_id=anna.id, source=ProjectSource.DIRECT,
                         received_on=date(2026, 2, 1))  # fmt: skip
    services.projects.move(c.id, "active")

    def shown(**criteria: object) -> set[int]:
        result = board.board(BoardFilter(**criteria))  # type: ignore[arg-type]
        ids = {card.project_id for column in result.columns for card in column.cards}
        assert result.total == len(ids)  # counts follow the filter too
        return ids

    assert shown() == {a.id, b.id, c.id}
    assert shown(owner_id=anna.id) == {a.id, c.id}
    assert shown(sector=Sector.ELECTRONICS) == {b.id, c.id}
    assert shown(source=ProjectSource.DIRECT) == {b.id, c.id}
    assert shown(received_from=date(2025, 9, 1)) == {b.id, c.id}
    assert shown(received_to=date(2025, 9, 1)) == {a.id, b.id}
    assert shown(received_from=date(2025, 4, 1), received_to=date(2025, 12, 31)) == {b.id}
    assert shown(owner_id=anna.id, sector=Sector.ELECTRONICS, source=ProjectSource.DIRECT) == {c.id}
    assert shown(sector=Sector.FOOD) == set()
    assert board.board(BoardFilter(owner_id=anna.id)).column("active").total == 1


def test_a_period_that_ends_before_it_starts_is_refused(board: BoardService) -> None:
    backwards = BoardFilter(received_from=date(2026, 2, 1), received_to=date(2026, 1, 1))
    with pytest.raises(ValidationError) as error:
        board.board(backwards)
    assert error.value.fields == ("received_to",)


def test_choices_offer_staff_by_name_and_the_sectors_on_record(
    services: Services, board: BoardService
) -> None:
    services.network.add_user("Yuki Tanaka", "YT")
    services.network.add_user("Anna Schmidt", "AS")
    services.company(sector=Sector.FOOD)
    services.company(sector=Sector.AUTOMOTIVE)
    services.company()
    choices = board.choices()
    assert [o.initials for o in choices.owners] == ["AS", "YT"]
    assert choices.sectors == (Sector.AUTOMOTIVE, Sector.FOOD)  # vocabulary order
    assert choices.sources == tuple(ProjectSource)


@pytest.mark.sqlite_only("the demo's bulk loader writes with SQLite's own SQL so far")
def test_demo_board_counts_every_project(
    db: Database, services: Services, board: BoardService
) -> None:
    services.demo.generate(80, seed=3)
    with db.sessions() as session:
        projects = session.scalar(select(func.count(Project.id)))
    result = board.board(limit=5)
    assert result.total == projects
    assert all(len(c.cards) == min(5, c.total) for c in result.columns)
    assert all(card.company for c in result.columns for card in c.cards)
    assert all(card.stage_key == c.stage.key for c in result.columns for card in c.cards)
