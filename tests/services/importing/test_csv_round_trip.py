"""CSV export, import into an empty database, export again: the same files, byte for byte.

The export puts an apostrophe before text a spreadsheet would take for a
formula (``+81 …``, ``=HYPERLINK(…)``); the import must take off exactly
that apostrophe -- a phone number came back as ``'+81 …`` and was refused.
"""

from __future__ import annotations

from pathlib import Path

from leadtracker.db.database import Database, open_database
from leadtracker.services.contacts import ContactDraft
from leadtracker.services.exporting.exports import TABLES, ExportService
from leadtracker.services.importing.choices import ImportKind
from leadtracker.services.importing.entry import import_file
from tests.conftest import Services

#: The tables a CSV file of which the import reads, in the order they depend on each other.
IMPORTED = (ImportKind.COMPANIES, ImportKind.CONTACTS, ImportKind.PROJECTS)


def _fill(services: Services) -> None:
    """Records whose text starts with what a spreadsheet evaluates, or looks guarded."""
    epson = services.company(
        name_en='=HYPERLINK("http://evil.example", "Epson")',
        name_ja="セイコーエプソン株式会社",
        hq_city="-Suwa-",
        notes="@everyone: +1 for Düsseldorf\n=second line",
    )
    hooft = services.company(name_en="'t Hooft Trading", notes="'=not a guard of the export")
    services.company(name_en="Wacom Co., Ltd.", notes="\tindented")
    services.contacts.create(
        ContactDraft(
            company_id=epson.id, family_romaji="Yamada", phone="+81 3 1234 5678", mobile="+49 171 1"
        )
    )
    services.contacts.create(
        ContactDraft(company_id=hooft.id, family_romaji="'t Hooft", title="-CEO-")
    )
    services.project(epson.id, title="=1+1 European HQ", notes="+49 211 8993000")
    services.project(hooft.id, title="'quoted", code_name="@Falcon")


def test_a_csv_export_imported_into_an_empty_database_exports_the_same(
    db: Database, services: Services, tmp_path: Path
) -> None:
    _fill(services)
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    services.exports.to_csv_folder(first)
    target = open_database(tmp_path / "empty.sqlite")
    try:
        for kind in IMPORTED:
            report = import_file(
                target.sessions, target.search, first / f"{kind.value}.csv", kind=kind
            )
            assert report.created > 0 and not report.warnings
        ExportService(target.sessions).to_csv_folder(second)
    finally:
        target.close()
    phones = (first / "contacts.csv").read_text(encoding="utf-8-sig")
    assert "'+81 3 1234 5678" in phones  # the export guards it, the import reads it unguarded
    for table in TABLES:
        if table == "stage_history":  # not in a CSV of projects: it starts on the day received
            continue
        assert (second / f"{table}.csv").read_bytes() == (first / f"{table}.csv").read_bytes()
