"""Subject access, erasure with no trace left in the file, and the retention review."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from leadtracker.cli import EXIT_ERROR, EXIT_OK, main
from leadtracker.db.database import Database
from leadtracker.domain.vocabulary import ActivityKind, Language
from leadtracker.reports.labels import UNTRANSLATED
from leadtracker.reports.privacy import subject_access_pdf
from leadtracker.services.contacts import ContactDraft
from leadtracker.services.safety.privacy import ERASED, ErasurePendingError
from leadtracker.services.work import ActivityDraft
from tests.conftest import Services
from tests.reports.pdf import read_pdf

NAME_PARTS = ("山田", "太郎", "やまだ", "Yamada", "Taro", "t.yamada@example.jp", "+49 211 555 01")


def _person(services: Services) -> tuple[int, int, int]:
    company = services.company(name_en="Midori Seiki").id
    yamada = services.contacts.create(
        ContactDraft(
            company_id=company,
            family_kanji="山田",
            given_kanji="太郎",
            family_kana="やまだ",
            given_kana="たろう",
            family_romaji="Yamada",
            given_romaji="Taro",
            email="t.yamada@example.jp",
            phone="+49 211 555 01",
            notes="Prefers meetings in the morning",
        )
    ).id
    project = services.project(company, title="Sales office").id
    services.work.log_activity(
        ActivityDraft(
            ActivityKind.MEETING,
            datetime(2026, 5, 2, 9, tzinfo=UTC),
            project_id=project,
            subject="Besuch bei 山田太郎",
            text="Mr. Yamada wants 20 jobs; call Yamada Taro again.",
            contact_ids=(yamada,),
        )
    )
    return company, yamada, project


def test_subject_access_lists_everything_held_about_the_person(
    db: Database, services: Services
) -> None:
    _, yamada, _ = _person(services)
    data = json.loads(services.privacy.subject_access_json(yamada))
    assert data["contact"]["email"] == "t.yamada@example.jp"
    assert data["company"] == "Midori Seiki"
    assert [a["subject"] for a in data["activities"]] == ["Besuch bei 山田太郎"]
    assert data["audit_trail"][0]["action"] == "create"


def test_erasure_leaves_no_trace_in_the_file_and_keeps_the_statistics(
    db: Database, services: Services
) -> None:
    _, yamada, project = _person(services)
    services.privacy.erase(yamada)
    contact = services.contacts.get(yamada)
    assert contact.family_romaji == ERASED and contact.email == "" and contact.notes == ""
    assert services.projects.get(project).title == "Sales office"  # the project stays
    assert all(
        line.old_value in (None, "[redacted]") and line.new_value in (None, "[redacted]")
        for line in services.history.of("contact", yamada)
    )
    db.close()
    raw = b"".join(path.read_bytes() for path in Path(db.path).parent.glob(f"{db.path.name}*"))
    for part in NAME_PARTS:
        assert part.encode() not in raw, f"{part} is still in the database file"
    with sqlite3.connect(db.path) as conn:
        [(text,)] = conn.execute("SELECT text FROM activity")
    conn.close()
    assert text == f"Mr. {ERASED} wants 20 jobs; call {ERASED} again."


def test_the_retention_review_lists_contacts_without_recent_activity(
    db: Database, services: Services
) -> None:
    _, yamada, _ = _person(services)
    quiet = services.contacts.create(ContactDraft(company_id=1, family_romaji="Sato")).id
    privacy = services.privacy
    assert [line.contact_id for line in privacy.review(5, today=date(2027, 1, 1))] == [quiet]
    later = privacy.review(5, today=date(2032, 1, 1))
    assert [line.contact_id for line in later] == [quiet, yamada]
    privacy.erase(quiet)
    assert [line.contact_id for line in privacy.review(5, today=date(2032, 1, 1))] == [yamada]


def test_privacy_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = ["--db", str(tmp_path / "lt.sqlite")]
    assert main([*db, "demo", "--companies", "10"]) == EXIT_OK
    out = tmp_path / "Auskunft 1.json"
    assert main([*db, "privacy", "export", "1", "-o", str(out)]) == EXIT_OK
    held = json.loads(out.read_text(encoding="utf-8"))
    assert held["contact"]["id"] == "1" and held["activities"]
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main([*db, "privacy", "erase", "1"]) == EXIT_ERROR  # never without --yes in scripts
    assert main([*db, "privacy", "erase", "1", "--yes"]) == EXIT_OK
    capsys.readouterr()
    assert main([*db, "privacy", "review", "--years", "0"]) == EXIT_OK
    listed = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert "1" not in listed and listed  # the erased contact is no longer due


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (Language.GERMAN, ("Gespeicherte personenbezogene Daten", "Änderungsprotokoll", "Termin")),
        (Language.JAPANESE, ("保有個人データ", "変更履歴", "面談")),
    ],
)
def test_the_subject_access_pdf_reads_back_with_everything(
    db: Database, services: Services, language: Language, words: tuple[str, ...]
) -> None:
    _, yamada, _ = _person(services)
    UNTRANSLATED.clear()
    pdf = read_pdf(subject_access_pdf(services.privacy.subject_access(yamada), language))
    text = " ".join(pdf.text.split())
    for expected in (*words, "山田 太郎", "t.yamada@example.jp", "Besuch bei 山田太郎"):
        assert expected in text, expected
    assert not UNTRANSLATED
    assert all(pdf.fonts.values())  # every font embedded


def test_erasure_with_a_reader_open_says_what_is_pending_until_the_bytes_are_gone(
    db: Database, services: Services
) -> None:
    _, yamada, _ = _person(services)
    reader = sqlite3.connect(db.path)  # the app open on the same file, in the middle of a read
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM contact").fetchone() == (1,)
    privacy = services.privacy
    with pytest.raises(ErasurePendingError, match="still in the database file"):
        privacy.erase(yamada)
    assert services.contacts.get(yamada).family_romaji == ERASED  # the records are erased
    raw = b"".join(path.read_bytes() for path in Path(db.path).parent.glob(f"{db.path.name}*"))
    assert any(part.encode() in raw for part in NAME_PARTS)  # which is why it said so
    reader.close()
    privacy.erase(yamada)  # again, with nobody reading: finishes, and only now says so
    raw = b"".join(path.read_bytes() for path in Path(db.path).parent.glob(f"{db.path.name}*"))
    for part in NAME_PARTS:
        assert part.encode() not in raw, f"{part} is still in the database file"
