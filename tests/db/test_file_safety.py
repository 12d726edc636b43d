"""Files with personal data are readable by their owner only: database, WAL, backups, exports."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from leadtracker.cli import EXIT_OK, main

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_file_with_personal_data_is_the_owners_alone(tmp_path: Path) -> None:
    folder = tmp_path / "Japan Desk – Düsseldorf 日本"  # spaces, umlauts, kanji
    folder.mkdir(mode=0o755)
    db = folder / "desk.sqlite"
    run = ["--db", str(db)]
    assert main([*run, "demo", "--companies", "20"]) == EXIT_OK
    assert main([*run, "backup"]) == EXIT_OK
    assert (
        main([*run, "export", "all", "--format", "xlsx", "-o", str(folder / "all.xlsx")]) == EXIT_OK
    )
    assert (
        main([*run, "export", "contacts", "--format", "csv", "-o", str(folder / "c.csv")])
        == EXIT_OK
    )
    assert (
        main([*run, "export", "contacts", "--format", "vcf", "-o", str(folder / "c.vcf")])
        == EXIT_OK
    )
    assert main([*run, "dossier", "1", "-o", str(folder / "dossier.pdf")]) == EXIT_OK
    written = [
        db,
        *folder.glob("desk.sqlite-*"),  # WAL and shared memory, while they exist
        *(folder / "desk-backups").glob("*.sqlite"),
        folder / "all.xlsx",
        folder / "c.csv",
        folder / "c.vcf",
        folder / "dossier.pdf",
    ]
    assert len(written) >= 6 and any(p.parent.name == "desk-backups" for p in written)
    assert {path.name: oct(_mode(path)) for path in written} == {
        path.name: oct(0o600) for path in written
    }
