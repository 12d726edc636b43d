"""Tasks and meetings as .ics, contacts as vCards: read back by another library (vobject)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import vobject

from leadtracker.cli import EXIT_ERROR, EXIT_OK, main
from leadtracker.db.database import Database
from leadtracker.domain.vocabulary import ActivityKind, Rank
from leadtracker.services.contacts import ContactDraft
from leadtracker.services.exporting.calendar_files import CalendarExport, sequence, uid
from leadtracker.services.work import ActivityDraft, TaskDraft
from tests.conftest import Services

pytestmark = pytest.mark.both_engines

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def read_calendar(path: Path) -> list[Any]:
    [calendar] = vobject.readComponents(path.read_text(encoding="utf-8"))
    return [c for c in calendar.getChildren() if c.name in {"VTODO", "VEVENT"}]


def test_tasks_and_planned_meetings_with_stable_uids(
    db: Database, services: Services, tmp_path: Path
) -> None:
    project = services.project(title="European HQ", code_name="Sakura")
    task = services.work.add_task(
        TaskDraft("Send the office list", date(2026, 12, 1), project_id=project.id)
    )
    services.work.add_task(TaskDraft("No due date yet", project_id=project.id))
    old = services.work.add_task(TaskDraft("Done last year", project_id=project.id))
    services.work.complete_task(old.id, NOW - timedelta(days=400))
    services.work.log_activity(
        ActivityDraft(
            ActivityKind.SITE_VISIT,
            NOW + timedelta(days=3),
            project_id=project.id,
            subject="Office tour Kö-Bogen",
        )
    )
    services.work.log_activity(  # a past meeting is history, not a calendar entry
        ActivityDraft(ActivityKind.MEETING, NOW - timedelta(days=30), project_id=project.id)
    )
    target = tmp_path / "desk.ics"
    report = CalendarExport(db.sessions).calendar(target, now=NOW)
    items = read_calendar(target)
    assert report.items == len(items) == 3
    todos = {i.uid.value: i for i in items if i.name == "VTODO"}
    [event] = [i for i in items if i.name == "VEVENT"]
    first = todos[uid("task", task.id)]
    assert first.due.value == date(2026, 12, 1) and first.status.value == "NEEDS-ACTION"
    assert first.summary.value == "Send the office list (Test Company 1 · Sakura)"  # code name only
    assert event.summary.value.startswith("Office tour Kö-Bogen")
    assert event.dtend.value - event.dtstart.value == timedelta(hours=1)
    # Done later: the same UID, a higher SEQUENCE -- Outlook updates the task.
    before = int(first.sequence.value)
    services.work.complete_task(task.id, NOW + timedelta(minutes=5))
    CalendarExport(db.sessions).calendar(target, now=NOW + timedelta(minutes=10))
    again = {i.uid.value: i for i in read_calendar(target) if i.name == "VTODO"}
    assert again[uid("task", task.id)].status.value == "COMPLETED"
    assert int(again[uid("task", task.id)].sequence.value) >= before


def test_sequence_grows_with_time() -> None:
    assert sequence(datetime(2026, 1, 1, 12, 1, tzinfo=UTC)) > sequence(
        datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    )
    assert sequence(None) == 0


def test_contacts_as_vcards_with_japanese_readings(
    db: Database, services: Services, tmp_path: Path
) -> None:
    company = services.company(name_en="Seiko Epson Corporation")
    yamada = services.contacts.create(
        ContactDraft(
            company_id=company.id,
            family_kanji="山田",
            given_kanji="太郎",
            family_kana="やまだ",
            given_kana="たろう",
            family_romaji="Yamada",
            given_romaji="Taro",
            title="部長",
            rank=Rank.GENERAL_MANAGER,
            email="taro.yamada@example.jp",
            phone="+81 3 1234 5678",
            mobile="+49 170 1234567",
            notes="Prefers mornings; <b>not</b> markup",
        )
    )
    services.contacts.create(
        ContactDraft(company_id=company.id, family_romaji="Müller", given_romaji="Hans")
    )
    target = tmp_path / "contacts.vcf"
    report = CalendarExport(db.sessions).contacts(target)
    cards = list(vobject.readComponents(target.read_text(encoding="utf-8")))
    assert report.items == len(cards) == 2
    card = next(c for c in cards if c.uid.value == uid("contact", yamada.id))
    assert (card.n.value.family, card.n.value.given) == ("山田", "太郎")
    assert card.fn.value == "山田 太郎 (YAMADA Taro)"
    assert card.contents["x-phonetic-last-name"][0].value == "やまだ"
    assert card.contents["x-phonetic-first-name"][0].value == "たろう"
    assert card.contents["sort-string"][0].value == "やまだ たろう"
    assert card.org.value == ["Seiko Epson Corporation"] and card.title.value == "部長"
    phones = {t.type_param: t.value for t in card.contents["tel"]}
    assert phones == {"WORK": "+81 3 1234 5678", "CELL": "+49 170 1234567"}
    assert card.note.value == "Prefers mornings; <b>not</b> markup"
    muller = next(c for c in cards if c.uid.value != uid("contact", yamada.id))
    assert muller.fn.value == "Hans Müller" and "x-phonetic-last-name" not in muller.contents


def test_export_calendar_and_contacts_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "lt.sqlite")
    main(["--db", db, "demo", "--companies", "20"])
    assert (
        main(["--db", db, "export", "tasks", "--format", "ics", "-o", str(tmp_path / "t.ics")])
        == EXIT_OK
    )
    assert (
        main(["--db", db, "export", "contacts", "--format", "vcf", "-o", str(tmp_path / "c.vcf")])
        == EXIT_OK
    )
    assert "BEGIN:VCALENDAR" in (tmp_path / "t.ics").read_text(encoding="utf-8")
    assert (tmp_path / "c.vcf").read_text(encoding="utf-8").count("BEGIN:VCARD") > 20
    capsys.readouterr()
    assert (
        main(["--db", db, "export", "projects", "--format", "vcf", "-o", str(tmp_path / "p.vcf")])
        == EXIT_ERROR
    )
    assert "vcf exports contacts" in capsys.readouterr().err
