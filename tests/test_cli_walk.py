"""Every command with extreme arguments: a message and an exit code, never an internal error.

The commands are enumerated from :func:`leadtracker.cli.build_parser`, so a new
command or argument is walked too. Each argument of each command (but ``gui``)
gets 0, a negative number, 2**63, a 5,000-digit number, a 10,000-character text, undecodable bytes
(as Python hands them over on POSIX: lone surrogates) and control characters
(ESC, BEL, a right-to-left override) in an otherwise valid
command line on a small demo database. Every run must end with an exit code
from 0 to 4, stderr without a traceback, an internal error or a raw control
character, and -- when it failed -- exactly one line saying why.
"""

from __future__ import annotations

import argparse
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from leadtracker.cli import build_parser, main
from leadtracker.cli.output import LONGEST_MESSAGE

EXTREMES = {
    "zero": "0",
    "negative": "-5",
    "2**63": str(2**63),
    "10k-chars": "Ab" * 5000,
    "5000-digits": "9" * 5000,  # more than int() reads
    "bytes": b"\xff\xfe\x80".decode("utf-8", "surrogateescape"),
    "controls": "\x1b[2J\x07\u202e",  # must come back visibly, if at all
}

#: Raw control characters or lone surrogates on the terminal.
RAW = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")

#: Cases that crash outside the command line's own code: each names its defect.
#: (xfail_strict: the case must really fail; remove it when the defect is fixed.)
KNOWN_DEFECTS: dict[str, str] = {}


@dataclass
class CommandLine:
    """A valid command line as parts: positionals in order, options, flags."""

    path: list[str]
    positionals: dict[str, list[str]] = field(default_factory=dict)
    options: dict[str, list[str]] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)

    def args(self) -> list[str]:
        """The argument list."""
        options = [token for option, values in self.options.items() for token in (option, *values)]
        positionals = [value for values in self.positionals.values() for value in values]
        return [*self.path, *positionals, *options, *self.flags]


#: A valid command line for each command ({out} is a new file, {csv} and
#: {backup} are files made for the walk); commands not named need no arguments.
VALID: dict[str, tuple[list[str], dict[str, list[str]]]] = {
    "demo": ([], {"--companies": ["1"]}),
    "search": (["epson"], {}),
    "dossier": (["1"], {"-o": ["{out}.pdf"]}),
    "briefing": (["1"], {"--date": ["2026-12-01"], "-o": ["{out}.pdf"]}),
    "report": (["pipeline"], {"--period": ["2025"], "-o": ["{out}.pdf"]}),
    "export": (["companies"], {"-o": ["{out}.xlsx"]}),
    "import": (["{csv}"], {}),
    "history": (["company", "1"], {}),
    "restore": (["{backup}"], {}),
    "privacy export": (["1"], {"-o": ["{out}.json"]}),
    "privacy erase": (["1"], {}),
    "delete": (["company", "1"], {}),
    "trash restore": (["1"], {}),
    "trash empty": (["1"], {}),
}


def _commands(
    parser: argparse.ArgumentParser, path: list[str]
) -> Iterator[tuple[list[str], argparse.ArgumentParser]]:
    subcommands = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subcommands:
        yield path, parser
    for action in subcommands:
        for name, child in action.choices.items():
            yield from _commands(child, [*path, name])


def _valid(path: list[str], parser: argparse.ArgumentParser) -> CommandLine:
    positional_values, options = VALID.get(" ".join(path), ([], {}))
    positionals = [a for a in parser._actions if not a.option_strings]
    assert len(positional_values) == len(positionals), f"VALID lacks {path}'s arguments"
    line = CommandLine(
        path, {a.dest: [v] for a, v in zip(positionals, positional_values, strict=True)}
    )
    line.options = {option: list(values) for option, values in options.items()}
    line.flags = [
        option
        for a in parser._actions
        if a.nargs == 0 and a.dest in {"yes"}
        for option in a.option_strings[-1:]
    ]
    return line


def _cases() -> Iterator[object]:
    for path, parser in _commands(build_parser(), []):
        if path == ["gui"]:
            continue
        valid = _valid(path, parser)
        for action in parser._actions:
            if action.nargs == 0:  # --help, flags: nothing to give
                continue
            for label, value in EXTREMES.items():
                line = CommandLine(
                    path,
                    dict(valid.positionals),
                    dict(valid.options),
                    list(valid.flags),
                )
                if action.option_strings:
                    given = next((o for o in action.option_strings if o in line.options), None)
                    line.options.pop(given or "", None)
                    line.options[action.option_strings[-1]] = [value]
                else:
                    line.positionals[action.dest] = [value]
                name = action.option_strings[-1] if action.option_strings else action.dest
                case = f"{' '.join(path)}:{name}={label}"
                marks = (
                    [pytest.mark.xfail(reason=KNOWN_DEFECTS[case])] if case in KNOWN_DEFECTS else []
                )
                yield pytest.param(line.args(), id=case, marks=marks)
    for label, value in EXTREMES.items():  # the database file itself, existing or new
        yield pytest.param(["--db", value, "search", "epson"], id=f"--db={label}")
        yield pytest.param(["--db", value, "demo", "--companies", "1"], id=f"--db={label} demo")


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The demo database (a contact in the trash), a CSV of its companies, a backup of it."""
    folder = tmp_path_factory.mktemp("walk")
    database = folder / "demo.sqlite"
    assert main(["--db", str(database), "demo", "--companies", "20"]) == 0
    assert main(["--db", str(database), "delete", "contact", "1"]) == 0
    csv = folder / "companies.csv"
    assert (
        main(["--db", str(database), "export", "companies", "--format", "csv", "-o", str(csv)]) == 0
    )
    backup = folder / "backup.sqlite"
    assert main(["--db", str(database), "backup", "-o", str(backup)]) == 0
    return {"database": database, "csv": csv, "backup": backup}


@pytest.mark.parametrize("args", list(_cases()))
def test_every_command_with_extreme_arguments(
    args: list[str],
    files: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)  # relative names ("0", "-5") land here
    database = tmp_path / "lt.sqlite"
    if args[0] != "demo":  # demo fills a new file; the others change a copy of the demo
        shutil.copy(files["database"], database)
    args = [
        a.format(out=tmp_path / "out", csv=files["csv"], backup=files["backup"])
        if "{" in a and len(a) < 100
        else a
        for a in args
    ]
    if args[0] != "--db":
        args = ["--db", str(database), *args]
    try:
        code = main(args)
    except SystemExit as exit_:  # argparse: wrong usage (2)
        code = exit_.code if isinstance(exit_.code, int) else 2
    out, err = capsys.readouterr()
    assert "internal error" not in err and "Traceback" not in err, err[-2000:]
    assert 0 <= code <= 4, err[-2000:]
    assert not RAW.search(out) and not RAW.search(err)
    if code in (1, 2):
        errors = [line for line in err.splitlines() if "error:" in line]
        assert len(errors) == 1, err[-2000:]
        assert err.splitlines()[-1] == errors[0] or code == 1
        assert len(errors[0]) <= LONGEST_MESSAGE + 100  # a value of 10,000 is not repeated whole
