from __future__ import annotations

import multiprocessing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from leadtracker.db.bulk import RowPreparer
from leadtracker.db.database import Database, open_database
from leadtracker.db.models import Company, Contact, Project, StageChange, User
from leadtracker.domain.pipeline.stages import DEFAULT_STAGES
from leadtracker.services.demo import loader as demo
from leadtracker.services.demo.desk import staff_initials
from leadtracker.services.demo.loader import DatabaseNotEmptyError
from tests.conftest import Services

TODAY = date(2026, 11, 21)
TOMORROW = datetime(2026, 11, 22, tzinfo=UTC)


def _demo(path: Path, companies: int = 300, seed: int = 7) -> Database:
    database = open_database(path)
    Services.on(database).demo.generate(companies, seed=seed, today=TODAY)
    return database


def _dump(database: Database) -> list[tuple[object, ...]]:
    with database.engine.connect() as conn:
        return [
            *conn.execute(select(Company.id, Company.name_ja, Company.name_en, Company.status)),
            *conn.execute(select(Project.id, Project.stage_key, Project.planned_investment)),
        ]


def test_same_seed_same_data_other_seed_other_data(tmp_path: Path) -> None:
    first, second = _demo(tmp_path / "a.sqlite"), _demo(tmp_path / "b.sqlite")
    other = _demo(tmp_path / "c.sqlite", seed=8)
    assert _dump(first) == _dump(second)
    assert _dump(first) != _dump(other)


def test_demo_is_realistic_and_consistent(tmp_path: Path) -> None:
    database = _demo(tmp_path / "demo.sqlite", companies=400)
    report = Services.on(database).maintenance.check()
    assert report.ok
    assert report.counts["companies"] == 400
    assert report.counts["contacts"] > 400 and report.counts["activities"] > 800
    with database.engine.connect() as conn:
        stages = dict(
            conn.execute(select(Project.stage_key, func.count()).group_by(Project.stage_key)).all()
        )
        years = conn.execute(
            select(func.min(Project.received_on), func.max(Project.received_on))
        ).one()
        # Every project's last stage change leads to the stage it is in.
        mismatches = conn.exec_driver_sql(
            "SELECT count(*) FROM project p WHERE p.stage_key != ("
            "SELECT to_stage FROM stage_change WHERE project_id = p.id "
            "ORDER BY changed_at DESC, id DESC LIMIT 1)"
        ).scalar()
        in_future = conn.execute(
            select(func.count()).select_from(StageChange).where(StageChange.changed_at >= TOMORROW)
        ).scalar()
        # New inquiries nobody has answered yet, for *My day*.
        waiting = conn.exec_driver_sql(
            "SELECT count(*) FROM project p WHERE stage_key = 'inquiry' AND received_on >= ? "
            "AND NOT EXISTS (SELECT 1 FROM activity a WHERE a.project_id = p.id)",
            ((TODAY - timedelta(days=10)).isoformat(),),
        ).scalar()
    assert set(stages) == {s.key for s in DEFAULT_STAGES}, "every stage has projects"
    assert years[0] <= date(2007, 3, 1) and years[1] >= date(2026, 1, 1), "20 years of history"
    assert mismatches == 0 and in_future == 0
    assert waiting is not None and waiting >= 3
    # Every project's stored outcome fits the stage it ended in.
    with database.engine.connect() as conn:
        broken = conn.exec_driver_sql(
            "SELECT count(*) FROM project WHERE "
            "(stage_key IN ('landed', 'aftercare') AND (trade_registered_on IS NULL "
            " OR register_entry_on IS NULL OR permits_status = 'open' OR lease_signed_on IS NULL"
            " OR opened_on IS NULL OR jobs_at_opening IS NULL OR decision_date IS NULL))"
            " OR (stage_key = 'lost' AND (lost_reason IS NULL OR lost_to_location = ''"
            " OR decision_date IS NULL))"
            " OR (stage_key = 'won' AND decision_date IS NULL)"
            " OR (stage_key NOT IN ('lost') AND lost_reason IS NOT NULL)"
        ).scalar()
    assert broken == 0


def test_named_companies_are_there_and_searchable(tmp_path: Path) -> None:
    database = _demo(tmp_path / "demo.sqlite", companies=50)
    hits = Services.on(database).search.search("ｴﾌﾟｿﾝ")
    assert hits[0].title == "Seiko Epson Corporation"
    assert "Epson Deutschland GmbH" in hits[0].detail


def test_demo_refuses_a_database_with_data(tmp_path: Path) -> None:
    database = _demo(tmp_path / "demo.sqlite", companies=30)
    with pytest.raises(DatabaseNotEmptyError, match="--db"):
        Services.on(database).demo.generate(10)
    with pytest.raises(ValueError, match="at least 1"):
        Services.on(database).demo.generate(0)


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_helper_processes_write_the_same_data_as_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start: str
) -> None:
    """Chunks built in helper processes (forked or spawned) equal chunks built here."""
    if start not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {start} here")
    monkeypatch.setattr(demo, "CHUNK_COMPANIES", 40)  # several chunks from a small data set
    monkeypatch.setattr(demo, "_start_method", lambda: start)
    results = []
    for parallel in (False, True):
        database = open_database(tmp_path / f"parallel-{parallel}.sqlite")
        report = Services.on(database).demo.generate(130, seed=5, today=TODAY, parallel=parallel)
        results.append((report.counts, _dump(database)))
        with database.engine.connect() as conn:
            ids = conn.execute(select(Contact.id).order_by(Contact.id)).scalars().all()
            # The load's own settings are undone: WAL, foreign keys, nothing attached.
            settings = [
                conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("journal_mode", "foreign_keys")
            ]
            attached = {row[1] for row in conn.exec_driver_sql("PRAGMA database_list")}
        assert ids == list(range(1, len(ids) + 1)), "ids are contiguous across chunks"
        assert settings == ["wal", 1] and attached <= {"main", "temp"}
        database.close()
    assert results[0] == results[1]


def test_stored_values_are_what_sqlalchemy_stores(tmp_path: Path) -> None:
    """The builder writes stored forms directly; SQLAlchemy would store the very same."""
    database = _demo(tmp_path / "demo.sqlite", companies=120)
    quote = database.engine.dialect.identifier_preparer.quote
    with database.engine.connect() as conn:
        for _name, table, columns in demo._TABLES:
            stored = conn.exec_driver_sql(
                f"SELECT {', '.join(quote(c) for c in columns)} FROM {quote(table.name)}"
            ).all()
            typed = conn.execute(select(*(table.c[c] for c in columns))).all()
            again = RowPreparer(table.name, columns).prepare(typed)
            assert sorted(map(repr, map(tuple, stored))) == sorted(map(repr, again)), table.name


def test_old_projects_have_ended_and_the_years_look_plausible(tmp_path: Path) -> None:
    database = _demo(tmp_path / "demo.sqlite", companies=3000)
    with database.engine.connect() as conn:
        old_and_open = conn.exec_driver_sql(
            "SELECT count(*) FROM project WHERE received_on < ? AND stage_key NOT IN "
            "('landed', 'aftercare', 'lost', 'withdrawn', 'on_hold')",
            ((TODAY - timedelta(days=3 * 365)).isoformat(),),
        ).scalar()
        inquiries: dict[int, int] = dict(
            conn.exec_driver_sql(
                "SELECT CAST(substr(received_on, 1, 4) AS INTEGER), count(*) FROM project "
                "GROUP BY 1"
            ).all()
        )
        landed: dict[int, int] = dict(
            conn.exec_driver_sql(
                "SELECT CAST(substr(opened_on, 1, 4) AS INTEGER), count(*) FROM project "
                "WHERE opened_on IS NOT NULL GROUP BY 1"
            ).all()
        )
    assert old_and_open == 0, "a project older than three years has ended or is on hold"

    def total(counts: dict[int, int], years: range) -> int:
        return sum(counts.get(year, 0) for year in years)

    # Inquiries grow gently over the years; the current year is no spike (per day so far).
    growth = total(inquiries, range(2023, 2026)) / total(inquiries, range(2008, 2011))
    assert 1.2 < growth < 2.5
    so_far = (TODAY - date(2026, 1, 1)).days + 1
    assert inquiries[2026] / so_far < 1.3 * inquiries[2025] / 365
    # Landings follow the inquiries: no drop in the last full years.
    assert total(landed, range(2024, 2026)) > 0.8 * total(landed, range(2020, 2022))


def test_staff_initials_are_unique_letters(tmp_path: Path) -> None:
    database = _demo(tmp_path / "demo.sqlite", companies=30)
    with database.engine.connect() as conn:
        initials = conn.execute(select(User.initials)).scalars().all()
    assert all(i.isalpha() and i.isupper() and 2 <= len(i) <= 3 for i in initials)
    assert len(set(initials)) == len(initials)
    taken = staff_initials([("Anna", "Berg"), ("Arne", "Brandt"), ("Anton", "Bauer")])
    assert taken == ["AB", "ABR", "ABA"]
