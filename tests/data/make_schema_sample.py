"""Write ``tests/data/schemas/<head revision>-sample.sqlite``: a small database of today's schema.

Run once for every new migration (``python tests/data/make_schema_sample.py``)
and commit the file: the migration tests open every stored sample with the
newest program and check that its records survive the upgrade.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from alembic.script import ScriptDirectory

from leadtracker.db.database import open_database
from leadtracker.db.migrate import alembic_config
from leadtracker.domain.vocabulary import ActivityKind, Sector
from leadtracker.services.companies import CompanyDraft
from leadtracker.services.contacts import ContactDraft
from leadtracker.services.projects import ProjectDraft
from leadtracker.services.registry import Services
from leadtracker.services.work import ActivityDraft


def main() -> None:
    """Create the sample for the current head revision."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    path = Path(__file__).parent / "schemas" / f"{head}-sample.sqlite"
    path.unlink(missing_ok=True)
    db = open_database(path)
    services = Services.on(db)
    company = services.companies.create(
        CompanyDraft(
            name_ja="セイコーエプソン株式会社",
            name_kana="セイコーエプソン",
            name_en="Seiko Epson Corporation",
            name_de="Epson Deutschland GmbH",
            sector=Sector.ELECTRONICS,
            hq_prefecture=20,
            hq_city="諏訪市",
            website="epson.de",
        )
    )
    contact = services.contacts.create(
        ContactDraft(
            company_id=company.id,
            family_kanji="山田",
            given_kanji="太郎",
            family_kana="やまだ",
            given_kana="たろう",
            family_romaji="Yamada",
            given_romaji="Taro",
            email="taro.yamada@epson.example",
        )
    )
    projects = services.projects
    project = projects.create(
        ProjectDraft(
            company_id=company.id,
            title="European HQ",
            planned_jobs=40,
            planned_investment=Decimal("1500000.50"),
            received_on=date(2025, 4, 1),
        )
    )
    projects.move(project.id, "qualified")
    services.work.log_activity(
        ActivityDraft(
            kind=ActivityKind.MEETING,
            occurred_at=datetime(2025, 5, 1, 9, tzinfo=UTC),
            project_id=project.id,
            subject="Erstgespräch",
            text="Büroflächen im Medienhafen",
            contact_ids=(contact.id,),
        )
    )
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
