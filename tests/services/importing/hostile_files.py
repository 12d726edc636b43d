"""Hostile and broken files for the readers' tests, built by hand byte for byte.

A workbook here is the least an ``.xlsx`` needs (content types, the
workbook, its relationships, one sheet "Companies", shared strings), so
that each test changes exactly the part it is about.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE = "http://schemas.openxmlformats.org/package/2006"
CONTENT_TYPES = (
    f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{_PACKAGE}/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
    'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
    'worksheet+xml"/></Types>'
)
PACKAGE_RELATIONS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PACKAGE}/relationships">'
    f'<Relationship Id="rId1" Type="{RELATIONS}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
WORKBOOK = (
    f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{RELATIONS}">'
    '<sheets><sheet name="Companies" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELATIONS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PACKAGE}/relationships">'
    f'<Relationship Id="rId1" Type="{RELATIONS}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{RELATIONS}/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)
NO_STRINGS = f'<sst xmlns="{MAIN}" count="0" uniqueCount="0"></sst>'


def inline(reference: str, value: str) -> str:
    """A text cell at ``reference``."""
    return f'<c r="{reference}" t="inlineStr"><is><t>{value}</t></is></c>'


def sheet_xml(rows: str, dimension: str = "") -> str:
    """A worksheet with ``rows`` (``<row>`` elements) and, if given, a ``<dimension ref>``."""
    declared = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">{declared}'
        f"<sheetData>{rows}</sheetData></worksheet>"
    )


HEADER_ROW = '<row r="1">' + inline("A1", "Company") + inline("B1", "City") + "</row>"


def workbook(
    path: Path,
    sheet: str,
    *,
    shared: str | Callable[[zipfile.ZipFile], None] = NO_STRINGS,
    extra: dict[str, str] | None = None,
) -> Path:
    """Write a workbook whose only sheet is ``sheet`` (XML text) to ``path``."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", PACKAGE_RELATIONS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELATIONS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
        if isinstance(shared, str):
            archive.writestr("xl/sharedStrings.xml", shared)
        else:
            shared(archive)
        for name, content in (extra or {}).items():
            archive.writestr(name, content)
    return path


def far_cell(path: Path) -> Path:
    """The attacker's 1.6 KB file: a header row and one cell at XFD1048576."""
    rows = HEADER_ROW + '<row r="1048576">' + inline("XFD1048576", "x") + "</row>"
    return workbook(path, sheet_xml(rows))


def shared_strings_bomb(path: Path, megabytes: int = 2048) -> Path:
    """A ~2 MB workbook whose one shared string unpacks to ``megabytes`` MiB of ``A``."""

    def bomb(archive: zipfile.ZipFile) -> None:
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as stream:
            stream.write(f'<sst xmlns="{MAIN}" count="1" uniqueCount="1"><si><t>'.encode())
            block = b"A" * (1 << 20)
            for _ in range(megabytes):
                stream.write(block)
            stream.write(b"</t></si></sst>")

    rows = HEADER_ROW + '<row r="2"><c r="A2" t="s"><v>0</v></c></row>'
    return workbook(path, sheet_xml(rows), shared=bomb)


def lying_bomb(path: Path, megabytes: int = 64) -> Path:
    """Shared strings of ``megabytes`` MiB whose zip headers say they unpack to 1 KiB."""
    head = f'<sst xmlns="{MAIN}" count="1" uniqueCount="1"><si><t>'.encode()
    block, tail = b"A" * (1 << 20), b"</t></si></sst>"
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    parts = [packer.compress(head)]
    crc = zlib.crc32(head)
    for _ in range(megabytes):
        parts.append(packer.compress(block))
        crc = zlib.crc32(block, crc)
    parts += [packer.compress(tail), packer.flush()]
    crc = zlib.crc32(tail, crc)
    rows = HEADER_ROW + '<row r="2"><c r="A2" t="s"><v>0</v></c></row>'
    workbook(path, sheet_xml(rows), shared=lambda archive: None)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", b"")  # replaced below, by hand
    _replace_last_entry(path, b"".join(parts), crc, declared=1024)
    return path


def _replace_last_entry(path: Path, packed: bytes, crc: int, *, declared: int) -> None:
    """Rewrite the archive's last (empty) entry with ``packed`` data and a false size."""
    data = path.read_bytes()
    central = data.rindex(b"PK\x01\x02")  # the last entry's central directory record
    local = struct.unpack_from("<I", data, central + 42)[0]
    name_length, extra_length = struct.unpack_from("<HH", data, local + 26)
    start = local + 30 + name_length + extra_length
    old_packed = struct.unpack_from("<I", data, central + 20)[0]
    head = bytearray(data[:start])
    struct.pack_into("<III", head, local + 14, crc, len(packed), declared)
    tail = bytearray(data[start + old_packed :])
    offset = central - (start + old_packed)
    struct.pack_into("<III", tail, offset + 16, crc, len(packed), declared)
    end = tail.rindex(b"PK\x05\x06")
    directory_start = struct.unpack_from("<I", tail, end + 16)[0]
    struct.pack_into("<I", tail, end + 16, directory_start + len(packed) - old_packed)
    path.write_bytes(bytes(head) + packed + bytes(tail))
