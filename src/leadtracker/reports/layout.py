"""The house style of every document: A4, letterhead, footer, page "n of m", metadata.

:func:`render` lays out a list of flowables on A4 pages: the office's
letterhead on the first page, a running head on the others, and on every
page a footer with the confidentiality note, the print date and "page n of
m". The document's metadata (title, author, subject, language) is set, and
no text is set in a font that is not embedded.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from leadtracker.domain.office import OFFICE_TIMEZONE
from leadtracker.reports.flowables import KeepWithStart, PageTable, TextParagraph
from leadtracker.reports.fonts import SANS, SANS_BOLD, register_fonts, runs
from leadtracker.reports.labels import Labels
from leadtracker.reports.markup import fragments, has_japanese, needs_cjk_wrap, plain

ACCENT = colors.HexColor("#B0122D")  # Düsseldorf red
INK = colors.HexColor("#1F2328")
MUTED = colors.HexColor("#5F6670")
RULE = colors.HexColor("#D0D4D9")
SHADE = colors.HexColor("#F3F4F6")

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
TOP = 38 * mm  # room for the letterhead
BOTTOM = 22 * mm
#: The page's frame for text: within the margins, less its padding (6 points).
FRAME_HEIGHT = PAGE_HEIGHT - TOP - BOTTOM - 2 * 6
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
RUNNING_HEAD_SIZE = 8


@dataclass(frozen=True)
class DocumentInfo:
    """What a document is, for its metadata, letterhead and footer."""

    title: str  # e.g. "Company dossier: Epson Deutschland GmbH"
    kind: str  # e.g. "Company dossier", shown in the letterhead
    subject: str
    author: str
    printed_at: datetime
    labels: Labels

    @classmethod
    def internal(
        cls, labels: Labels, kind: str, name: str, printed_at: datetime, author: str = ""
    ) -> DocumentInfo:
        """A confidential document of ``kind`` ("Company dossier") about ``name``."""
        return cls(
            title=f"{labels(kind)}: {name}",
            kind=kind,
            subject=labels("Confidential — for internal use"),
            author=author or labels("Japan Desk"),
            printed_at=printed_at,
            labels=labels,
        )


def _style(name: str, **values: Any) -> ParagraphStyle:
    base: dict[str, Any] = {
        "fontName": SANS,
        "bulletFontName": SANS,
        "fontSize": 9.5,
        "leading": 13.5,
        "textColor": INK,
        "alignment": TA_LEFT,
    }
    base.update(values)
    return ParagraphStyle(name, **base)


BODY = _style("body")
SMALL = _style("small", fontSize=8, leading=10.5, textColor=MUTED)
LABEL = _style("label", fontSize=8, leading=11, textColor=MUTED)
CELL = _style("cell", fontSize=8.5, leading=11.5)
CELL_BOLD = _style("cell-bold", fontName=SANS_BOLD, fontSize=8.5, leading=11.5)
HEAD_CELL = _style("head-cell", fontName=SANS_BOLD, fontSize=8, leading=10.5, textColor=MUTED)
TITLE = _style("title", fontName=SANS_BOLD, fontSize=20, leading=25, spaceAfter=2)
NUMBER = _style("number", fontName=SANS_BOLD, fontSize=20, leading=24, textColor=ACCENT)
SUBTITLE = _style("subtitle", fontSize=12, leading=17, textColor=MUTED)
H1 = _style(
    "h1",
    fontName=SANS_BOLD,
    fontSize=13,
    leading=17,
    spaceBefore=14,
    spaceAfter=6,
    textColor=ACCENT,
    keepWithNext=1,
)
H2 = _style(
    "h2",
    fontName=SANS_BOLD,
    fontSize=10.5,
    leading=14,
    spaceBefore=10,
    spaceAfter=3,
    keepWithNext=1,
)


class _Table(PageTable):
    """A table of the documents: a row taller than their page splits across pages."""

    frame_height = FRAME_HEIGHT


def table_style(*commands: tuple[Any, ...]) -> TableStyle:
    """A table style that sets empty and plain-text cells in the house font.

    (reportlab's default is Helvetica, which would not be embedded.)
    """
    return TableStyle([("FONT", (0, 0), (-1, -1), SANS), *commands])


def _fits_plain(value: str, width: float) -> bool:
    """Whether ``value`` can be a plain table cell: one line of Latin text that fits ``width``."""
    if not value.isprintable() or has_japanese(value):
        return False
    covered = register_fonts().latin
    if any(ord(char) not in covered for char in value):
        return False
    return stringWidth(value, SANS, CELL.fontSize) <= width


@cache
def _cjk(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` wrapping the CJK way (between any two characters, minding kinsoku)."""
    return ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")


class Writer:
    """Builds flowables from user text, remembering characters no font has."""

    def __init__(self, labels: Labels) -> None:
        register_fonts()
        self.labels = labels
        self.missing: set[str] = set()

    def para(self, value: str, style: ParagraphStyle = BODY) -> Paragraph:
        """A paragraph printing ``value`` literally (CJK line breaking where it holds Japanese)."""
        if needs_cjk_wrap(value):
            style = _cjk(style)
        return TextParagraph("", style, frags=fragments(value, style, self.missing))

    def lines(self, values: Sequence[str], style: ParagraphStyle = CELL) -> Paragraph:
        """Several values on lines of one paragraph (empty ones left out)."""
        return self.para("\n".join(v for v in values if v), style)

    def section(self, english: str, parts: Sequence[Flowable | None]) -> list[Flowable]:
        """A heading and its parts -- nothing at all when there are no parts."""
        shown = [p for p in parts if p is not None]
        return [self.heading(english), *shown] if shown else []

    def heading(self, english: str, style: ParagraphStyle = H1) -> Paragraph:
        """A section heading, in the document's language."""
        return self.para(self.labels(english), style)

    def facts(self, rows: Sequence[tuple[str, str]]) -> PageTable | None:
        """Label/value pairs as a two-column table; empty values are left out (None: all empty)."""
        shown = [(self.para(self.labels(k), LABEL), self.para(v, CELL)) for k, v in rows if v]
        if not shown:
            return None
        table = _Table(shown, colWidths=[45 * mm, FRAME_WIDTH - 45 * mm], hAlign="LEFT")
        table.setStyle(
            table_style(
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE),
            )
        )
        return table

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Flowable | str]],
        widths: Sequence[float],
    ) -> PageTable:
        """A table with a header row repeated on every page; ``widths`` as shares of the frame."""
        head = [self.para(self.labels(h), HEAD_CELL) for h in header]
        columns = [w * FRAME_WIDTH for w in widths]
        body = [[self._cell(c, w) for c, w in zip(r, columns, strict=True)] for r in rows]
        table = _Table([head, *body], colWidths=columns, repeatRows=1, hAlign="LEFT")
        table.setStyle(
            table_style(
                ("FONTSIZE", (0, 0), (-1, -1), CELL.fontSize),
                ("LEADING", (0, 0), (-1, -1), CELL.leading),
                ("TEXTCOLOR", (0, 0), (-1, -1), CELL.textColor),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            )
        )
        return table

    def _cell(self, value: Flowable | str, width: float) -> Flowable | str:
        """A table cell: short Latin text as a plain string (much quicker), else a paragraph."""
        if isinstance(value, Flowable):
            return value
        if _fits_plain(value, width - 6):  # less the cell's padding
            return value
        return self.para(value, CELL)

    def missing_note(self) -> list[Flowable]:
        """The note listing characters printed as 〓, if there were any."""
        if not self.missing:
            return []
        chars = " ".join(f"{c} (U+{ord(c):04X})" for c in sorted(self.missing))
        note = self.labels("Not in the fonts, printed as 〓: {chars}", chars=chars)
        # Printed through the fonts again: the characters themselves become 〓 there.
        return [Spacer(1, 6 * mm), self.para(note, SMALL)]


def _pieces(value: str, bold: bool) -> list[tuple[str, str]]:
    """``value`` as (font, text) pieces: a font per script, bold where asked."""
    return [(SANS_BOLD if bold and r.font == SANS else r.font, r.text) for r in runs(value)]


def _width(value: str, size: float, *, bold: bool = False) -> float:
    return sum(stringWidth(text, font, size) for font, text in _pieces(value, bold))


def one_line(value: str, size: float, width: float, *, bold: bool = False) -> str:
    """``value`` as one line of at most ``width`` points, cut short with "…" when longer.

    Line breaks become spaces, control characters are spelt out and
    characters no font has become 〓 (as in paragraphs). For a running head
    or a chart's labels: the full text stands elsewhere in the document.
    """
    # No line of ``width`` points holds more characters than this (hair-thin ones at that).
    longest = int(width / (size * 0.2))
    line = "".join(run.text for run in runs(" ".join(plain(value[: longest + 1]).split("\n"))))
    if len(value) <= longest and _width(line, size, bold=bold) <= width:
        return line
    low, high = 0, min(len(line), longest)  # the most characters that fit with the "…"
    while low < high:
        middle = (low + high + 1) // 2
        if _width(line[:middle].rstrip() + "…", size, bold=bold) <= width:
            low = middle
        else:
            high = middle - 1
    return line[:low].rstrip() + "…"


def text_width(value: str, size: float, *, bold: bool = False) -> float:
    """The width of one line of ``value`` at ``size``, each script in its font (points)."""
    return _width(value, size, bold=bold)


def wrapped(value: str, size: float, width: float, lines: int = 2) -> list[str]:
    """``value`` on at most ``lines`` lines of ``width`` points; the last cut with "…" if longer.

    Lines break at spaces, or between Japanese characters; a word wider than
    ``width`` breaks where the line is full. For a chart's labels: the full
    text stands in the document's tables.
    """
    longest = int(width / (size * 0.2))  # as in one_line: no line holds more characters
    rest = " ".join(plain(value[: lines * (longest + 1)]).split("\n")).strip()
    rest = "".join(run.text for run in runs(rest))
    shown: list[str] = []
    while len(shown) < lines - 1 and _width(rest, size) > width:
        low, high = 1, min(len(rest), longest)  # the most characters that fit
        while low < high:
            middle = (low + high + 1) // 2
            if _width(rest[:middle], size) <= width:
                low = middle
            else:
                high = middle - 1
        cut = next((i for i in range(low, 0, -1) if _may_break(rest, i)), low)
        shown.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    return [*shown, one_line(rest, size, width)] if rest or not shown else shown


def _may_break(value: str, index: int) -> bool:
    """Whether a line may end before ``value[index]``: at a space, or beside Japanese."""
    before, after = value[index - 1], value[index] if index < len(value) else " "
    return after == " " or before == " " or has_japanese(before) or has_japanese(after)


def _draw(
    canvas: Canvas,
    x: float,
    y: float,
    value: str,
    size: float,
    *,
    bold: bool = False,
    align: str = "left",
    color: colors.Color = INK,
) -> None:
    """Draw one line of text in the right font per script (for letterhead and footer)."""
    pieces = _pieces(value, bold)
    width = sum(stringWidth(t, f, size) for f, t in pieces)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    canvas.setFillColor(color)
    for font, piece in pieces:
        canvas.setFont(font, size)
        canvas.drawString(x, y, piece)
        x += stringWidth(piece, font, size)


def _page_furniture(
    canvas: Canvas, info: DocumentInfo, running_head: str, page: int, pages: int
) -> None:
    labels = info.labels
    printed_on = labels.date(info.printed_at.astimezone(OFFICE_TIMEZONE).date())
    left, right = MARGIN, PAGE_WIDTH - MARGIN
    canvas.saveState()
    top = PAGE_HEIGHT - 14 * mm
    if page == 1:  # the letterhead
        canvas.setFillColor(ACCENT)
        canvas.rect(left, top - 1.2 * mm, 3 * mm, 11 * mm, stroke=0, fill=1)
        _draw(canvas, left + 6 * mm, top + 5 * mm, labels("City of Düsseldorf"), 11, bold=True)
        office = f"{labels('Office of Economic Development')} · {labels('Japan Desk')}"
        _draw(canvas, left + 6 * mm, top, office, 9, color=MUTED)
        _draw(canvas, right, top + 5 * mm, labels(info.kind), 11, bold=True, align="right")
        _draw(canvas, right, top, printed_on, 9, align="right", color=MUTED)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(left, top - 5 * mm, right, top - 5 * mm)
    else:  # a running head
        _draw(canvas, left, top + 2 * mm, running_head, RUNNING_HEAD_SIZE, color=MUTED)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(left, top, right, top)
    bottom = 12 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
    confidential = labels("Confidential — for internal use")
    _draw(canvas, left, bottom, confidential, 7.5, bold=True, color=ACCENT)
    printed = labels("Printed {date}", date=printed_on)
    _draw(canvas, PAGE_WIDTH / 2, bottom, printed, 7.5, align="center", color=MUTED)
    numbers = labels("Page {page} of {pages}", page=page, pages=pages)
    _draw(canvas, right, bottom, numbers, 7.5, align="right", color=MUTED)
    canvas.restoreState()


def _numbered_canvas(info: DocumentInfo) -> type[Canvas]:
    """A canvas that draws each page's furniture once it knows the number of pages."""
    running_head = one_line(info.title, RUNNING_HEAD_SIZE, FRAME_WIDTH)

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 -- reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                # Letterhead and footer go first in the page: text extraction
                # and screen readers meet them in reading order.
                content: list[str] = self.__dict__["_code"]  # the page's drawing operators
                self.__dict__["_code"] = []
                _page_furniture(self, info, running_head, number, total)
                self.__dict__["_code"].extend(content)
                super().showPage()
            super().save()

    return NumberedCanvas


def _metadata(value: str) -> str:
    """``value`` for the document's properties: one line, control characters spelt out."""
    return " ".join(plain(value).split("\n"))


def render(flowables: Sequence[Flowable], info: DocumentInfo) -> bytes:
    """The PDF of ``flowables`` in the house style."""
    register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=_metadata(info.title),
        author=_metadata(info.author),
        subject=_metadata(info.subject),
        creator="LeadTracker",
        lang=info.labels.language.value,
        initialFontName=SANS,
        displayDocTitle=True,
    )
    document.keepTogetherClass = KeepWithStart  # a long table starts below its heading
    document.build(list(flowables), canvasmaker=_numbered_canvas(info))
    return buffer.getvalue()
