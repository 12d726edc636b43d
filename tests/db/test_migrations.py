"""Models and migrations agree; databases are created, upgraded, backed up or refused."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from leadtracker.db import migrate
from leadtracker.db.database import Database, DatabaseOpenError, open_database
from leadtracker.db.migrate import include_name
from leadtracker.db.models import Base
from leadtracker.domain.names import company_sort_name, sort_key
from leadtracker.domain.vocabulary import RecordKind
from leadtracker.services.companies import CompanyDraft
from leadtracker.services.contacts import ContactDraft
from leadtracker.services.lists.base import ListQuery
from leadtracker.services.lists.contacts import ContactList
from leadtracker.services.lists.projects import ProjectList
from tests.conftest import Services

STORED = Path(__file__).parent.parent / "data" / "schemas"


# The list sort indexes are on expressions, which SQLAlchemy does not reflect.
@pytest.mark.filterwarnings(
    "ignore:Skipped unsupported reflection of expression-based index ix_sort_"
)
@pytest.mark.both_engines
def test_models_and_migrations_agree(db: Database) -> None:
    """``alembic check`` on a new database (on PostgreSQL: migrated from nothing to head)."""
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_name": include_name, "compare_type": True}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_new_database_has_schema_pragmas_and_search_tables(tmp_path: Path) -> None:
    database = open_database(tmp_path / "new.sqlite")
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
        stages = conn.exec_driver_sql("SELECT count(*) FROM stage").scalar()
    assert {"search_document", "search_trigram", "company", "stage_change"} <= names
    assert stages == 11
    assert database.backup is None  # nothing to back up in a new file
    database.close()


def test_file_is_private_to_its_owner(tmp_path: Path) -> None:
    path = tmp_path / "Ordner mit Ümlaut und 日本語" / "lt.sqlite"
    open_database(path).close()
    assert path.stat().st_mode & 0o777 == 0o600


@pytest.mark.both_engines
def test_downgrade_and_upgrade_again(db: Database) -> None:
    with db.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "base")
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    assert tables <= {"alembic_version"}
    db.close()
    again = open_database(db.location)  # an empty database at base is upgraded again
    assert again.status is not None
    again.close()
    with db.engine.connect() as conn:
        assert {"company", "search_document", "audit_entry"} <= set(inspect(conn).get_table_names())


def test_database_from_a_newer_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lt.sqlite"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(DatabaseOpenError, match="newer LeadTracker"):
        open_database(path)


def test_other_files_are_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not a database")
    with pytest.raises(DatabaseOpenError, match="not an SQLite file"):
        open_database(text)
    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE something (x)")
    with pytest.raises(DatabaseOpenError, match="not a LeadTracker database"):
        open_database(foreign)
    with pytest.raises(DatabaseOpenError, match="is a folder"):
        open_database(tmp_path)


@pytest.mark.parametrize("stored", sorted(STORED.glob("*.sqlite")), ids=lambda p: p.stem)
def test_stored_databases_of_every_schema_upgrade(stored: Path, tmp_path: Path) -> None:
    path = tmp_path / stored.name
    shutil.copy(stored, path)
    with sqlite3.connect(path) as raw:
        (revision,) = raw.execute("SELECT version_num FROM alembic_version").fetchone()
    assert stored.name.startswith(f"{revision}-")
    database = open_database(path)
    head = ScriptDirectory.from_config(migrate.alembic_config()).get_current_head()
    assert database.upgraded_from == (None if revision == head else revision)
    services = Services.on(database)
    assert services.companies.get(1).name_ja == "セイコーエプソン株式会社"
    search = services.search
    assert [h.title for h in search.search("山田 太郎")] == ["山田 太郎 (YAMADA Taro)"]
    assert [h.to_stage for h in services.projects.history(1)] == [
        "inquiry",
        "qualified",
    ]
    database.close()


@pytest.mark.parametrize("revision", ["0001", "0006"])
def test_an_upgraded_database_finds_by_company_name_and_sorts_kana_alike(
    revision: str, tmp_path: Path
) -> None:
    """Migration 0007 indexes company names for projects and contacts and fills the sort keys."""
    path = tmp_path / "old.sqlite"
    shutil.copy(STORED / f"{revision}-sample.sqlite", path)
    database = open_database(path)
    assert database.upgraded_from == revision
    projects = ProjectList(database.sessions, database.search)
    assert [p.title for p in projects.page(ListQuery(text="Seiko Epson"), 0, 10)] == ["European HQ"]
    contacts = ContactList(database.sessions, database.search)
    assert [c.reading for c in contacts.page(ListQuery(text="ｴﾌﾟｿﾝ"), 0, 10)] == ["やまだ たろう"]
    search = Services.on(database).search
    found = search.search("Epson Deutschland", kinds=[RecordKind.PROJECT, RecordKind.CONTACT])
    assert [h.title for h in found] == ["山田 太郎 (YAMADA Taro)", "European HQ"]
    # The sample's hiragana reading sorts among katakana ones typed after the upgrade.
    for reading in ("ワタナベ", "イトウ", "ヤマグチ"):
        Services.on(database).contacts.create(
            ContactDraft(family_kana=reading, family_romaji="Test")
        )
    readings = [c.reading for c in contacts.page(ListQuery(), 0, 10)]
    assert readings == ["イトウ", "ヤマグチ", "やまだ たろう", "ワタナベ"]
    with database.engine.begin() as conn:
        assert database.search.problems(conn) == ()  # the FTS index rebuilt matches its documents
        stored = conn.exec_driver_sql("SELECT name_sort, reading_sort FROM company").one()
    assert tuple(stored) == (
        company_sort_name("Seiko Epson Corporation", "", ""),
        sort_key("セイコーエプソン"),
    )
    database.close()


def test_stored_databases_cover_every_revision() -> None:
    stored = {p.stem.split("-")[0] for p in STORED.glob("*.sqlite")}
    head = ScriptDirectory.from_config(migrate.alembic_config()).get_current_head()
    assert head in stored, "add tests/data/schemas/<revision>-sample.sqlite for the new revision"


def test_older_database_is_backed_up_before_the_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real extra migration on a copy of ours: the data survives and a backup is kept."""
    path = tmp_path / "lt.sqlite"
    database = open_database(path)
    Services.on(database).companies.create(CompanyDraft(name_en="Wacom Co., Ltd."))
    database.close()
    migrations = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, migrations)
    head = migrate.shipped_revisions()[-1]
    (migrations / "versions" / "9000_test_column.py").write_text(
        '"""Test revision."""\n'
        "import sqlalchemy as sa\nfrom alembic import op\n"
        f"revision = '9000'\ndown_revision = '{head}'\nbranch_labels = None\ndepends_on = None\n"
        "def upgrade():\n"
        "    with op.batch_alter_table('company') as batch:\n"
        "        batch.add_column(sa.Column('extra', sa.Text(), nullable=True))\n"
        "def downgrade():\n    pass\n"
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", migrations)
    upgraded = open_database(path)
    assert upgraded.upgraded_from == head
    assert upgraded.backup is not None and upgraded.backup.exists()
    assert upgraded.backup.stat().st_mode & 0o777 == 0o600
    with sqlite3.connect(upgraded.backup) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
        assert backup.execute("SELECT name_en FROM company").fetchall() == [("Wacom Co., Ltd.",)]
    with upgraded.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT name_en, extra FROM company").all() == [
            ("Wacom Co., Ltd.", None)
        ]
        # batch mode rebuilt the table: references and the search index are intact
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    upgraded.close()


def test_the_revisions_read_from_file_names_are_alembics() -> None:
    """Opening a database reads revisions from file names, without importing Alembic."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    alembic_view = sorted(rev.revision for rev in script.walk_revisions())
    assert list(migrate.shipped_revisions()) == alembic_view
    assert migrate.shipped_revisions()[-1] == script.get_current_head()


def test_opening_the_app_does_not_import_alembic(tmp_path: Path) -> None:
    code = (
        "import sys; from pathlib import Path; from leadtracker.db.database import open_database; "
        f"open_database(Path({str(tmp_path / 'a.sqlite')!r})).close(); "  # creates: migrates
        f"open_database(Path({str(tmp_path / 'a.sqlite')!r})).close(); "
        "print('alembic' in sys.modules)"
    )
    fresh = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert fresh.stdout.strip() == "True"  # creating a database runs the migrations
    code = code.replace(f"open_database(Path({str(tmp_path / 'a.sqlite')!r})).close(); ", "", 1)
    reopened = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert reopened.stdout.strip() == "False"
