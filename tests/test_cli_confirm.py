"""The command line asks before what cannot be undone, and stops when no one can answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from leadtracker.cli import main
from leadtracker.cli.confirm import stop_unless_confirmed
from leadtracker.cli.exits import EXIT_ERROR, EXIT_OK


def test_yes_goes_on_without_asking(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("builtins.input", lambda _prompt: pytest.fail("asked"))
    assert stop_unless_confirmed(True, "Really?", "add --yes") is None


def test_without_a_terminal_it_stops_with_the_reason(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert stop_unless_confirmed(False, "Really?", "this cannot be undone; add --yes") == EXIT_ERROR
    assert capsys.readouterr().err == "leadtracker: error: this cannot be undone; add --yes\n"


@pytest.mark.parametrize(("answer", "expected"), [("y", None), (" Ja ", None), ("", EXIT_OK)])
def test_the_answer_decides(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    answer: str,
    expected: int | None,
) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    prompts: list[str] = []

    def ask(prompt: str) -> str:
        prompts.append(prompt)
        return answer

    monkeypatch.setattr("builtins.input", ask)
    assert stop_unless_confirmed(False, "Really?", "add --yes") == expected
    assert prompts == ["Really? [y/N] "]
    assert ("Nothing was changed." in capsys.readouterr().out) == (expected == EXIT_OK)


def test_emptying_the_trash_without_a_terminal_needs_yes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    db = ["--db", str(tmp_path / "t.sqlite")]
    assert main([*db, "trash", "empty"]) == EXIT_ERROR
    assert "emptying the trash cannot be undone; add --yes" in capsys.readouterr().err
    assert not (tmp_path / "t.sqlite").exists()  # stopped before opening anything
