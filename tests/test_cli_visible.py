"""Stored text cannot act on the terminal: what the command line prints is made visible.

Names, notes, file names and arguments holding escape sequences, a bell, NUL,
carriage returns or bidirectional overrides are printed spelt out
(``[U+001B]``; a value's line break as ``⏎``) by every command that shows them.
"""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest

from leadtracker import cli
from leadtracker.cli import main
from leadtracker.cli.output import say
from leadtracker.db.database import open_database
from leadtracker.domain.visible import visible, visible_line
from leadtracker.services.companies import CompanyDraft
from leadtracker.services.contacts import ContactDraft
from leadtracker.services.projects import ProjectDraft
from tests.conftest import Services

#: ESC (a colour, then a window title), BEL, SOH (a NUL is refused), CR, a right-to-left override.
HOSTILE = "Evil\x1b[31m Red\x1b]0;owned\x07 Bell\x07 Soh\x01 Back\r Rtl\u202ecorp\nNext"
#: What must never reach the terminal raw (line feeds are only the lines' own ends).
RAW = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def test_the_rule_spells_out_controls_and_bidi_overrides() -> None:
    assert visible_line("a\x1b[1mb\x07\x00\u202ec") == "a[U+001B][1mb[U+0007][U+0000][U+202E]c"
    assert visible_line("one\r\ntwo\rthree\nfour") == "one⏎two⏎three⏎four"
    assert visible_line("tab\there") == "tab    here"
    assert visible("one\r\ntwo") == "one\ntwo"  # PDFs keep their line breaks
    assert visible_line("Ｅ山田 Müller") == "Ｅ山田 Müller"  # letters of any script stay
    assert visible_line("bad\udcff") == "bad[U+DCFF]"  # an undecodable byte of an argument


@pytest.fixture
def hostile_db(tmp_path: Path) -> Path:
    """Two companies, a contact and a project whose names hold every kind of control."""
    path = tmp_path / "lt.sqlite"
    database = open_database(path)
    services = Services.on(database)
    companies = services.companies
    first = companies.create(CompanyDraft(name_en=HOSTILE), allow_duplicate=True).id
    companies.create(CompanyDraft(name_en=HOSTILE + " Two"), allow_duplicate=True)
    services.contacts.create(
        ContactDraft(company_id=first, family_romaji=HOSTILE, given_romaji="\x1b[2J")
    )
    services.projects.create(ProjectDraft(company_id=first, title=HOSTILE))
    database.close()
    return path


def _assert_harmless(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:  # argparse: wrong usage
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    for stream in (out, err):
        assert not RAW.search(stream), (args, stream)
    assert "internal error" not in err
    return code, out, err


def test_every_listing_shows_stored_controls_visibly(
    hostile_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(hostile_db)
    code, out, _ = _assert_harmless(capsys, "--db", db, "search", "Evil")
    assert code == 0 and "Evil[U+001B][31m Red" in out and "[U+202E]corp⏎Next" in out
    code, out, _ = _assert_harmless(capsys, "--db", db, "history", "company", "1")
    assert code == 0 and "Rtl[U+202E]corp" in out  # the trail's JSON escapes the rest
    code, _, err = _assert_harmless(capsys, "--db", db, "dossier", "Evil", "-o", "x.pdf")
    assert code == 1 and "matches several companies" in err and "Bell[U+0007]" in err
    code, _, err = _assert_harmless(capsys, "--db", db, "search", "nowhere\x1b[2J\u202e")
    assert code == 3 and "nowhere[U+001B][2J[U+202E]" in err
    code, _, err = _assert_harmless(capsys, "--db", db, "dossier", "no\x1b]0;x\x07", "-o", "x.pdf")
    assert code == 1 and "no[U+001B]]0;x[U+0007]" in err
    code, out, _ = _assert_harmless(capsys, "--db", db, "privacy", "review", "--years", "1")
    assert code == 0 and "Soh[U+0001]" in out
    code, out, _ = _assert_harmless(capsys, "--db", db, "delete", "project", "1")
    assert code == 0 and "Back⏎ Rtl[U+202E]" in out
    code, out, _ = _assert_harmless(capsys, "--db", db, "trash", "list")
    assert code == 0 and "[U+001B]" in out
    code, out, _ = _assert_harmless(capsys, "--db", db, "trash", "restore", "1")
    assert code == 0 and "[U+001B]" in out


def test_file_names_and_arguments_are_shown_visibly(
    hostile_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(hostile_db)
    missing = str(tmp_path / "bad\x1b[31m\u202e.csv")
    code, _, err = _assert_harmless(capsys, "--db", db, "import", missing)
    assert code == 1 and "bad[U+001B][31m[U+202E].csv" in err
    output = tmp_path / "out\x07\u202e.xlsx"
    code, out, _ = _assert_harmless(capsys, "--db", db, "export", "companies", "-o", str(output))
    assert code == 0 and "out[U+0007][U+202E].xlsx" in out
    copy = tmp_path / "copy\x1b.sqlite"
    code, out, _ = _assert_harmless(capsys, "--db", db, "backup", "-o", str(copy))
    assert code == 0 and "copy[U+001B].sqlite" in out
    code, _, err = _assert_harmless(capsys, "--db", db, "search", "x", "extra\x1b[2J")
    assert code == 2 and "extra[U+001B][2J" in err  # argparse names unknown arguments raw


def test_the_command_line_prints_only_through_its_output_module() -> None:
    folder = Path(cli.__file__).parent
    printing = [
        f"{path.name}:{number}"
        for path in sorted(folder.glob("*.py"))
        if path.name != "output.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\b(print|input)\(|sys\.std(out|err)\.write", line)
    ]
    assert printing == []


def test_a_terminal_without_the_characters_gets_escapes(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.TextIOWrapper(io.BytesIO(), encoding="cp1252")  # a Windows console, redirected
    monkeypatch.setattr(sys, "stdout", stream)
    say("Müller 山田 \udcff")
    stream.flush()
    assert stream.buffer.getvalue() == "Müller \\u5c71\\u7530 [U+DCFF]\n".encode("cp1252")
