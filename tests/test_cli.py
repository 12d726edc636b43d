"""The command line: exit codes, messages on stderr, no tracebacks."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from leadtracker import __version__
from leadtracker.cli import EXIT_CHECK_FAILED, EXIT_ERROR, EXIT_NOT_FOUND, EXIT_OK, main
from leadtracker.cli import search as search_command
from leadtracker.db.database import Database, open_database
from leadtracker.domain.vocabulary import LostReason
from leadtracker.services.companies import CompanyDraft
from leadtracker.services.projects import OutcomeUpdate, ProjectDraft
from tests.conftest import Services
from tests.reports.pdf import read_pdf


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_search_finds_epson(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "lt.sqlite")
    code, out, _ = run(capsys, "--db", db, "demo", "--companies", "60")
    assert code == EXIT_OK and "60 companies" in out
    code, out, err = run(capsys, "--db", db, "search", "ｴﾌﾟｿﾝ")
    assert code == EXIT_OK, err
    assert "Seiko Epson Corporation" in out and "セイコーエプソン株式会社" in out
    code, out, _ = run(capsys, "--db", db, "search", "山", "--kind", "contact", "--limit", "2")
    assert code == EXIT_OK and len(out.splitlines()) == 2
    assert all(line.startswith("contact") for line in out.splitlines())


def test_nothing_found_exits_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--db", str(tmp_path / "lt.sqlite"), "demo", "--companies", "5")
    code, out, err = run(capsys, "--db", str(tmp_path / "lt.sqlite"), "search", "nirgendwo")
    assert (code, out) == (EXIT_NOT_FOUND, "")
    assert "Nothing found for “nirgendwo”" in err


def test_database_from_the_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "from env.sqlite"
    monkeypatch.setenv("LEADTRACKER_DB", str(path))
    assert run(capsys, "demo", "--companies", "5")[0] == EXIT_OK
    code, out, _ = run(capsys, "check")
    assert code == EXIT_OK
    assert f"Database:  {path}" in out and "Integrity: ok" in out and "up to date" in out


@pytest.mark.parametrize("command", ["check", "search"])
def test_check_and_search_never_create_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    typo = tmp_path / "leadtraker.sqlite"
    args = [command] if command == "check" else [command, "epson"]
    code, out, err = run(capsys, "--db", str(typo), *args)
    assert code == EXIT_ERROR and out == ""
    assert err == f"leadtracker: error: there is no database at {typo}\n"
    assert not typo.exists()


def test_check_reports_a_damaged_first_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "lt.sqlite"
    run(capsys, "--db", str(db), "demo", "--companies", "20")
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\x00" * 3996  # keep the header, destroy the schema page
    db.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    code, out, err = run(capsys, "--db", str(db), "check")
    assert code == EXIT_CHECK_FAILED, err
    assert "Integrity: unreadable" in out or "Integrity: ok" not in out


def test_check_reports_a_damaged_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "lt.sqlite"
    run(capsys, "--db", str(db), "demo", "--companies", "200")
    data = bytearray(db.read_bytes())
    # Overwrite a page in the middle (a b-tree page of some table) with garbage.
    data[len(data) // 2 : len(data) // 2 + 4096] = b"\xff" * 4096
    db.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    code, out, err = run(capsys, "--db", str(db), "check")
    assert code == EXIT_CHECK_FAILED
    assert "Traceback" not in err
    assert "Integrity: " in out and "Integrity: ok" not in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["demo"], "already holds data"),
        (["--db", "/", "check"], "is a folder"),
    ],
)
def test_errors_are_one_line_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    db = str(tmp_path / "lt.sqlite")
    run(capsys, "--db", db, "demo", "--companies", "5")
    code, out, err = run(capsys, *(args if "--db" in args else ["--db", db, *args]))
    assert code == EXIT_ERROR and out == ""
    assert err.startswith("leadtracker: error: ") and message in err
    assert "Traceback" not in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["demo", "--companies", "-5"])
    assert exit_info.value.code == 2
    assert "--companies: must be at least 1 (got -5)" in capsys.readouterr().err


def test_python_dash_m_and_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "leadtracker", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"leadtracker {__version__}"


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("demo", "search", "dossier", "briefing", "check", "gui", "--db"):
        assert command in out


def test_check_compares_the_search_index_with_the_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "lt.sqlite"
    run(capsys, "--db", str(db), "demo", "--companies", "30")
    code, out, _ = run(capsys, "--db", str(db), "check")
    assert code == EXIT_OK and "Search:    ok" in out
    with sqlite3.connect(db) as raw:  # lose one company's index entry behind the app's back
        raw.execute("DELETE FROM search_document WHERE id >> 40 = 1 AND rowid IN "
                    "(SELECT id FROM search_document WHERE id >> 40 = 1 LIMIT 1)")  # fmt: skip
    code, out, _ = run(capsys, "--db", str(db), "check")
    assert code == EXIT_CHECK_FAILED
    assert "Search:    search index: 29 of 30 companies indexed" in out


def test_a_bug_is_one_line_unless_debugging(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_args: object) -> int:
        raise ZeroDivisionError("oops")

    monkeypatch.setattr(search_command, "_run_search", broken)
    code, _, err = run(capsys, "search", "x")
    assert code == EXIT_ERROR
    assert err.startswith("leadtracker: internal error: ZeroDivisionError('oops')")
    monkeypatch.setenv("LEADTRACKER_DEBUG", "1")
    with pytest.raises(ZeroDivisionError):
        main(["search", "x"])


def test_dossier_and_briefing_write_pdfs_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "lt.sqlite")
    run(capsys, "--db", db, "demo", "--companies", "30")
    out_file = tmp_path / "epson.pdf"
    code, out, err = run(
        capsys, "--db", db, "dossier", "Epson Deutschland GmbH", "-o", str(out_file), "--lang", "ja"
    )
    assert code == EXIT_OK, err
    assert out == f"Written to {out_file}\n"
    pdf = read_pdf(out_file.read_bytes())
    assert "セイコーエプソン株式会社" in pdf.text and "企業ドシエ" in pdf.text
    assert all(pdf.fonts.values())
    assert not list(tmp_path.glob("*.part"))
    briefing = tmp_path / "briefing.pdf"
    code, _, err = run(
        capsys,
        "--db",
        db,
        "briefing",
        "1",
        "--date",
        "2026-05-04",
        "--time",
        "14:30",
        "-o",
        str(briefing),
        "--lang",
        "en",
    )
    assert code == EXIT_OK, err
    assert "Monday, 4 May 2026, 14:30" in read_pdf(briefing.read_bytes()).text


def test_a_name_matching_several_companies_lists_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "lt.sqlite")
    run(capsys, "--db", db, "demo", "--companies", "30")
    target = tmp_path / "x.pdf"
    code, out, err = run(capsys, "--db", db, "dossier", "Co", "-o", str(target))
    assert (code, out) == (EXIT_ERROR, "")
    lines = err.splitlines()
    assert lines[0] == "leadtracker: error: “Co” matches several companies: give one of their ids"
    assert len(lines) > 2 and all(line.startswith("  #") for line in lines[1:])
    assert not target.exists()
    with pytest.raises(SystemExit) as usage:
        main(["--db", db, "briefing", "1", "--date", "4.5.2026", "-o", str(target)])
    assert usage.value.code == 2
    assert "'4.5.2026' is not a date like 2026-11-22" in capsys.readouterr().err


def test_a_reader_that_stops_early_is_no_error(tmp_path: Path) -> None:
    """`leadtracker search … | head -1`: when the pipe closes, no error message."""
    db = str(tmp_path / "demo.sqlite")
    assert main(["--db", db, "demo", "--companies", "30"]) == EXIT_OK
    child = subprocess.Popen(
        [sys.executable, "-m", "leadtracker", "--db", db, "search", "a"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stderr is not None
    with child, child.stderr:
        child.stdout.close()  # the reader is gone before anything is written
        errors = child.stderr.read().decode()
        assert child.wait(timeout=60) == EXIT_OK
    assert errors == ""


def test_history_prints_words_not_keys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`leadtracker history project 1`: field names, stage names and loss reasons in English."""
    path = tmp_path / "lt.sqlite"
    database = open_database(path)
    try:
        services = Services.on(database)
        company = services.companies.create(CompanyDraft(name_en="Midori Seiki"))
        projects = services.projects
        project = projects.create(ProjectDraft(company_id=company.id, title="Sales office"))
        projects.move(project.id, "site_visit")
        lost = OutcomeUpdate(
            lost_reason=LostReason.COSTS,
            lost_to_location="Amsterdam",
            decision_date=date(2026, 5, 2),
        )
        projects.move(project.id, "lost", outcome=lost)
    finally:
        database.close()
    code, out, err = run(capsys, "--db", str(path), "history", "project", str(project.id))
    assert code == EXIT_OK, err
    lines = [line.split("  ", 2)[-1].strip() for line in out.splitlines()]
    assert lines[0].startswith("created: Company: Midori Seiki; Title: Sales office;")
    assert "Stage: Inquiry" in lines[0]
    assert "Stage: Inquiry → Site visit" in lines
    assert "Stage: Site visit → Lost" in lines
    assert "Lost reason: (empty) → Costs" in lines
    assert "Location chosen instead: (empty) → Amsterdam" in lines
    assert "Decision date: (empty) → 2026-05-02" in lines
    for key in ("stage_key", "site_visit", "lost_reason", "lost_to_location", "costs"):
        assert key not in out


def test_briefing_lists_the_staff_named_with_staff(
    db: Database, services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    project = services.project(services.company(name_en="Wacom Co., Ltd.").id)
    services.network.add_user("Anna Schmidt", "AS", "anna.schmidt@duesseldorf.example")
    services.network.add_user("Kenji Sato", "KS")
    services.network.add_user("Bernd Lange", "BL")
    target = db.path.parent / "briefing.pdf"
    briefing = ["--db", str(db.path), "briefing", str(project.id), "--date", "2026-12-03"]
    code, _, err = run(
        capsys, *briefing, "--staff", "Kenji Sato", "--staff", "as", "-o", str(target)
    )
    assert code == EXIT_OK, err
    text = read_pdf(target.read_bytes()).text
    assert "Japan Desk" in text.split("Teilnehmende")[1]  # among the attendees
    assert text.index("Kenji Sato") < text.index("Anna Schmidt")  # in the order given
    assert "anna.schmidt@duesseldorf.example" in text and "Bernd Lange" not in text

    code, out, err = run(capsys, *briefing, "--staff", "Anna Schmit", "-o", str(target) + "2")
    assert (code, out) == (EXIT_ERROR, "")
    assert err == (
        "leadtracker: error: There is no staff member “Anna Schmit”; the staff: "
        "Anna Schmidt (AS), Bernd Lange (BL), Kenji Sato (KS)\n"
    )
    assert not Path(str(target) + "2").exists()
