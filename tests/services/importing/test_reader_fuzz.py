"""Fuzzing the readers with damaged copies of the app's own exports.

A small demo database is exported as XLSX, CSV, vCard and iCalendar. Each
example takes one of these files and damages it: bits flipped, cut short,
bytes put in; for a workbook also inside its zip entries (XML made
invalid, cells far away, DTDs, huge numbers), entries swapped, doubled,
dropped or declared huge; text re-encoded or given a wrong byte order mark;
the name's suffix changed. Every reader, the dry run and the real import
must then either read the file or refuse it with a :class:`DomainError`
whose message says why -- anything else fails -- and a refusal or a dry run
leaves the database byte for byte as it was.

The number of examples per kind of file comes from ``LEADTRACKER_FUZZ_EXAMPLES``
(default 40; a long run: ``LEADTRACKER_FUZZ_EXAMPLES=2000``). The examples
are derived from a fixed seed: a run is repeatable.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import sqlite3
import tempfile
import warnings
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from leadtracker.db.database import open_database
from leadtracker.domain.errors import DomainError
from leadtracker.services.demo.loader import DemoService
from leadtracker.services.exporting.calendar_files import CalendarExport
from leadtracker.services.exporting.exports import ExportService
from leadtracker.services.importing.choices import ImportKind
from leadtracker.services.importing.entry import guess_kind, import_file, preview
from leadtracker.services.importing.spreadsheet_files import read_sheet, read_workbook, sheet_names

EXAMPLES = int(os.environ.get("LEADTRACKER_FUZZ_EXAMPLES", "40"))

#: Pieces put into a workbook's XML: what hostile files hold.
SNIPPETS = (
    b'<c r="XFD1048576"><v>1</v></c>',
    b'<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row>',
    b'<dimension ref="A1:XFD1048576"/>',
    b"&#0;",
    b"&#xD800;",
    b'<!DOCTYPE x [<!ENTITY a "aaaa">]>',
    b"&a;",
    b"<f>1+1</f>",
    b"<v>1e300</v>",
    b"<v>-1e309</v>",
    b'<c r="B2" t="s"><v>99999</v></c>',
    b'<c r="B2" t="s"><v>-1</v></c>',
    b'<c t="inlineStr"><is><t>' + b"x" * 40_000 + b"</t></is></c>",
    b"]]>",
    b"<",
    b'"',
    b"\xff\xfe",
    b"\x00",
)

#: What a damaged copy was derived by: one of these, with its values.
Mutation = tuple[Any, ...]

_MUTATIONS = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 1 << 30), st.integers(0, 7)),
    st.tuples(st.just("truncate"), st.integers(0, 1 << 30)),
    st.tuples(st.just("insert"), st.integers(0, 1 << 30), st.binary(min_size=1, max_size=8)),
    st.tuples(
        st.just("entry_insert"),
        st.integers(0, 30),
        st.integers(0, 1 << 30),
        st.integers(0, len(SNIPPETS) - 1),  # an index: examples print short
    ),
    st.tuples(st.just("entry_flip"), st.integers(0, 30), st.integers(0, 1 << 30)),
    st.tuples(st.just("entry_truncate"), st.integers(0, 30), st.integers(0, 1 << 30)),
    st.tuples(st.just("swap"), st.integers(0, 30), st.integers(0, 30)),
    st.tuples(st.just("duplicate"), st.integers(0, 30)),
    st.tuples(st.just("drop"), st.integers(0, 30)),
    st.tuples(st.just("declare"), st.integers(0, 30), st.sampled_from([0, 1, 2**31, 2**32 - 1])),
    st.tuples(
        st.just("encode"),
        st.sampled_from(["utf-8", "cp932", "cp1252", "utf-16-le", "utf-16-be"]),
        st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"]),
    ),
)


@dataclass(frozen=True)
class Exports:
    """The exported files (name -> bytes) and the database they came from."""

    files: dict[str, bytes]
    database: Path


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> Exports:
    folder = tmp_path_factory.mktemp("fuzz")
    database = open_database(folder / "demo.sqlite")
    try:
        DemoService(database.sessions, database.search).generate(3, parallel=False)
        ExportService(database.sessions).to_xlsx(folder / "all.xlsx")
        ExportService(database.sessions).to_csv_folder(
            folder, ["companies", "contacts", "projects"]
        )
        calendar = CalendarExport(database.sessions)
        calendar.contacts(folder / "contacts.vcf")
        calendar.calendar(folder / "tasks.ics", now=datetime(2026, 11, 1, tzinfo=UTC))
    finally:
        database.close()
    names = ("all.xlsx", "companies.csv", "contacts.csv", "projects.csv", "contacts.vcf")
    files = {name: (folder / name).read_bytes() for name in (*names, "tasks.ics")}
    return Exports(files, folder / "demo.sqlite")


def _entries(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]] | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return [(info, archive.read(info)) for info in archive.infolist()]
    except Exception:  # not a readable zip any more: entry mutations do nothing
        return None


def _zipped(entries: list[tuple[zipfile.ZipInfo, bytes]]) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are on purpose
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for info, content in entries:
                archive.writestr(info.filename, content)
    return out.getvalue()


def _declared(data: bytes, index: int, size: int) -> bytes:
    """``data`` with the ``index``-th central directory record declaring ``size`` unpacked."""
    records = [n for n in range(len(data) - 4) if data.startswith(b"PK\x01\x02", n)]
    if not records:
        return data
    at = records[index % len(records)] + 24
    return data[:at] + size.to_bytes(4, "little") + data[at + 4 :]


def _flip(data: bytes, at: int, bit: int) -> bytes:
    if not data:
        return data
    at %= len(data)
    return data[:at] + bytes([data[at] ^ (1 << bit)]) + data[at + 1 :]


def _insert(data: bytes, at: int, piece: bytes) -> bytes:
    at %= max(1, len(data))
    return data[:at] + piece + data[at:]


def _encode(data: bytes, codec: str, mark: bytes) -> bytes:
    try:
        return mark + data.decode("utf-8-sig").encode(codec, errors="replace")
    except UnicodeDecodeError:
        return data


_BYTE_MUTATIONS: dict[str, Callable[..., bytes]] = {
    "flip": _flip,
    "truncate": lambda data, at: data[: at % max(1, len(data))],
    "insert": _insert,
    "declare": _declared,
    "encode": _encode,
}

Entries = list[tuple[zipfile.ZipInfo, bytes]]


def _swap(entries: Entries, index: int, other: int) -> None:
    other %= len(entries)
    entries[index], entries[other] = entries[other], entries[index]
    entries[index], entries[other] = (
        (entries[other][0], entries[index][1]),
        (entries[index][0], entries[other][1]),
    )


_ENTRY_MUTATIONS: dict[str, Callable[..., None]] = {
    "entry_insert": lambda entries, i, at, snippet: entries.__setitem__(
        i, (entries[i][0], _insert(entries[i][1], at, SNIPPETS[snippet]))
    ),
    "entry_flip": lambda entries, i, at: entries.__setitem__(
        i, (entries[i][0], _flip(entries[i][1], at, 5))
    ),
    "entry_truncate": lambda entries, i, at: entries.__setitem__(
        i, (entries[i][0], entries[i][1][: at % max(1, len(entries[i][1]))])
    ),
    "swap": _swap,
    "duplicate": lambda entries, i: entries.append(
        (entries[i][0], entries[i][1][: len(entries[i][1]) // 2])
    ),
    "drop": lambda entries, i: entries.__delitem__(i),
}


def mutate(data: bytes, mutation: Mutation) -> bytes:
    """``data`` changed as ``mutation`` says (an entry mutation of a non-zip does nothing)."""
    kind, *values = mutation
    if kind in _BYTE_MUTATIONS:
        return _BYTE_MUTATIONS[kind](data, *values)
    entries = _entries(data)
    if not entries:
        return data
    _ENTRY_MUTATIONS[kind](entries, values[0] % len(entries), *values[1:])
    return _zipped(entries)


def fingerprint(database: Path) -> str:
    """A hash of everything the database holds (its SQL dump)."""
    with sqlite3.connect(database) as connection:
        dump = "\n".join(connection.iterdump())
    connection.close()
    return hashlib.sha256(dump.encode()).hexdigest()


def _outcomes(path: Path) -> Iterator[str]:
    """Run every reader on ``path``; yield the refusals' messages."""
    readers = (
        lambda: read_sheet(path),
        lambda: sheet_names(path),
        lambda: read_workbook(path, sheet_names(path)),
        lambda: guess_kind(path),
        lambda: preview(path),
    )
    for read in readers:
        try:
            read()
        except DomainError as refusal:
            yield str(refusal)


def _check(path: Path, target: Path) -> None:
    """Read and import ``path`` into ``target``: read or refused, and nothing else."""
    for message in _outcomes(path):
        assert message.strip(), "a refusal without a message"
    before = fingerprint(target)
    database = open_database(target)
    try:
        for dry_run in (True, False):
            try:
                import_file(database.sessions, database.search, path, dry_run=dry_run)
            except DomainError as refusal:
                assert str(refusal).strip()
                database.close()
                assert fingerprint(target) == before, "a refused import changed the database"
                database = open_database(target)
            else:
                if dry_run:
                    database.close()
                    assert fingerprint(target) == before, "a dry run changed the database"
                    database = open_database(target)
    finally:
        database.close()


def _fuzz(exports: Exports, tmp_path: Path, name: str, suffix: str, plan: list[Mutation]) -> None:
    data = exports.files[name]
    for mutation in plan:
        data = mutate(data, mutation)
    folder = Path(tempfile.mkdtemp(dir=tmp_path))  # hypothesis may run an example twice
    path = folder / (Path(name).stem + suffix)
    path.write_bytes(data)
    target = folder / "target.sqlite"
    shutil.copyfile(exports.database, target)
    _check(path, target)


_SETTINGS = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)
_PLANS = st.lists(_MUTATIONS, min_size=1, max_size=3)


@pytest.mark.slow
@_SETTINGS
@given(plan=_PLANS, suffix=st.sampled_from([".xlsx", ".xlsx", ".xlsx", ".csv"]))
@example(plan=[("entry_insert", 4, 200, 0)], suffix=".xlsx")  # a far cell put mid-tag
@example(plan=[("entry_truncate", 1, 300)], suffix=".xlsx")  # a sheet cut short: XmlError
@example(plan=[("drop", 12)], suffix=".xlsx")  # no workbook relationships
@example(plan=[("swap", 0, 11)], suffix=".xlsx")  # a sheet where the workbook was
@example(plan=[("entry_insert", 11, 40, 5)], suffix=".xlsx")  # a DTD in the workbook part
@example(plan=[("entry_truncate", 11, 0)], suffix=".xlsx")  # an empty workbook part
@example(plan=[("entry_insert", 2, 400, 8)], suffix=".xlsx")  # 1e300 mid-sheet: XmlError
@example(plan=[("declare", 0, 2**32 - 1)], suffix=".xlsx")  # a sheet declared 4 GiB
def test_damaged_workbooks_are_read_or_refused(
    exports: Exports, tmp_path: Path, plan: list[Mutation], suffix: str
) -> None:
    _fuzz(exports, tmp_path, "all.xlsx", suffix, plan)


@pytest.mark.slow
@_SETTINGS
@given(
    plan=_PLANS,
    name=st.sampled_from(["companies.csv", "contacts.csv", "projects.csv"]),
    suffix=st.sampled_from([".csv", ".csv", ".xlsx", ".vcf"]),
)
@example(plan=[("encode", "cp932", b"\xef\xbb\xbf")], name="contacts.csv", suffix=".csv")  # crashed
@example(plan=[("encode", "cp932", b"\xff\xfe")], name="companies.csv", suffix=".csv")
@example(plan=[("insert", 200, b"\xc5")], name="projects.csv", suffix=".csv")  # crashed too
def test_damaged_csv_files_are_read_or_refused(
    exports: Exports, tmp_path: Path, plan: list[Mutation], name: str, suffix: str
) -> None:
    _fuzz(exports, tmp_path, name, suffix, plan)


@pytest.mark.slow
@_SETTINGS
@given(
    plan=_PLANS,
    name=st.sampled_from(["contacts.vcf", "tasks.ics"]),
    suffix=st.sampled_from([".vcf", ".vcf", ".ics", ".csv", ".xlsx"]),
)
def test_damaged_vcards_and_calendars_are_read_or_refused(
    exports: Exports, tmp_path: Path, plan: list[Mutation], name: str, suffix: str
) -> None:
    _fuzz(exports, tmp_path, name, suffix, plan)


def test_the_undamaged_exports_import(exports: Exports, tmp_path: Path) -> None:
    """The seeds themselves: each file reads, and imports as a dry run."""
    for name in ("all.xlsx", "companies.csv", "contacts.csv", "contacts.vcf"):
        path = tmp_path / name
        path.write_bytes(exports.files[name])
        target = tmp_path / f"{name}.sqlite"
        shutil.copyfile(exports.database, target)
        database = open_database(target)
        try:
            kind = guess_kind(path)
            report = import_file(database.sessions, database.search, path, dry_run=True)
            assert report.rows > 0, (name, kind)
            assert kind is not ImportKind.PROJECTS or name == "projects.csv"
        finally:
            database.close()
