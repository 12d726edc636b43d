"""Reading PDFs back as a reader would: text, fonts, pages, metadata (pypdf)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader


@dataclass(frozen=True)
class ReadPdf:
    """What a reader gets out of a PDF."""

    pages: list[str]
    fonts: dict[str, bool]  # base font name -> embedded
    metadata: dict[str, str]
    language: str

    @property
    def text(self) -> str:
        """All pages' text, in order."""
        return "\n".join(self.pages)


def read_pdf(data: bytes) -> ReadPdf:
    """Extract the text of every page, the fonts with whether each is embedded, the metadata."""
    reader = PdfReader(io.BytesIO(data))
    fonts: dict[str, bool] = {}
    for page in reader.pages:
        resources: Any = page.get("/Resources") or {}
        for reference in (resources.get("/Font") or {}).values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            for descendant in font.get("/DescendantFonts") or []:
                descriptor = descendant.get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts[str(font["/BaseFont"])] = embedded
    info: dict[str, Any] = dict(reader.metadata or {})
    return ReadPdf(
        pages=[page.extract_text() for page in reader.pages],
        fonts=fonts,
        metadata={str(k): str(v) for k, v in info.items()},
        language=str(reader.root_object.get("/Lang", "")),
    )


def page_count(data: bytes) -> int:
    """How many pages the PDF has."""
    return len(PdfReader(io.BytesIO(data)).pages)


def pages_text(data: bytes, numbers: range) -> str:
    """The text of the pages ``numbers`` (from 0; -1 the last): a few pages of a long PDF."""
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(reader.pages[n].extract_text() for n in numbers)
