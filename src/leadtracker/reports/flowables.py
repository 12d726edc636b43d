"""Paragraphs and tables that run on across pages, however long their text.

reportlab splits a table only between rows unless told otherwise, so a row
taller than a page -- a long note in a cell -- cannot be placed at all
(``LayoutError … too large``). :class:`PageTable` splits inside such a row.
And reportlab lays out the rest of a paragraph split at a page break anew,
once per page: :class:`TextParagraph` keeps the lines it has.
"""

from __future__ import annotations

from collections.abc import Sequence
from copy import copy
from typing import Any, cast

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from leadtracker.reports.addresses import break_lines, has_address

#: How much of a table longer than a page must fit below its heading (points):
#: about two rows; less, and the heading moves on to the next page with it.
HEADING_KEEPS = 48.0

#: A row splits across pages where the rest keeps at least this height (points):
#: any, but not none -- a row a padding taller than the page leaves a rest of
#: less than a point. (The type stubs say int; reportlab compares it with heights.)
SPLIT_IN_ROW = cast("int", 0.01)


class TextParagraph(Paragraph):
    """A paragraph that lays out its lines once per width, also across page breaks.

    reportlab wraps a table cell three or four times (to size the row, to
    split the table across pages, to draw it); the lines only change with
    the width, so the last result is kept. And where reportlab splits a
    paragraph at a page break, it makes the rest a new paragraph that lays
    out its text again: a text of many pages would be laid out once per page
    (minutes for a note of 100,000 characters). Here the rest keeps its lines.
    """

    _wrapped: tuple[float, tuple[float, float]] | None = None
    _addresses: bool | None = None  # whether the text holds an e-mail or web address

    def breakLines(self, width: Any) -> Any:  # noqa: N802 -- reportlab's name
        """The lines at ``width``: e-mail and web addresses kept whole (see :mod:`.addresses`)."""
        if self._holds_address():
            return self._address_lines(width)
        return super().breakLines(width)

    def breakLinesCJK(self, maxWidths: Any) -> Any:  # noqa: N802, N803 -- reportlab's names
        """The lines at ``maxWidths`` the CJK way, but e-mail and web addresses kept whole."""
        if self._holds_address():
            return self._address_lines(maxWidths)
        return super().breakLinesCJK(maxWidths)

    def _holds_address(self) -> bool:
        if self._addresses is None:
            self._addresses = has_address("".join(getattr(f, "text", "") for f in self.frags))
        return self._addresses

    def _address_lines(self, widths: Any) -> Any:
        if "blPara" in self.__dict__ and self.__dict__.get("_splitpara"):
            return self.blPara  # the first part of a split paragraph keeps its lines
        return break_lines(self.frags, widths if isinstance(widths, list | tuple) else [widths])

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """Width and height at ``availWidth`` (laid out again only for another width)."""
        wrapped = self._wrapped
        # reportlab's split() drops the lines (blPara) when it moves a paragraph on.
        if wrapped is not None and wrapped[0] == availWidth and "blPara" in self.__dict__:
            return wrapped[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """The lines that fit ``availHeight`` and the rest, both keeping their lines.

        (Laid out anew, the first part could take more lines than there was
        room for: reportlab ends each of its lines with a space, which makes a
        line of Japanese too long to fit -- the table row would not fit.)
        """
        laid_out = self.__dict__.get("blPara")
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if not parts and laid_out is not None:  # no room here: the lines still hold
            self.blPara = laid_out
        if len(parts) == 2 and self._wrapped:
            # The lines' width: a table splits a cell at the column's width, padding and all.
            width, lines = self._wrapped[0], self.blPara.lines
            first = len(parts[0].blPara.lines)  # type: ignore[attr-defined]
            for part, own in ((parts[0], lines[:first]), (parts[1], lines[first:])):
                if isinstance(part, TextParagraph):
                    part.blPara = copy(self.blPara)
                    part.blPara.lines = own
                    part.width, part.height = width, len(own) * self.style.leading
                    part._wrapped = (width, (part.width, part.height))
        return parts

    def _split_blParaProcessed(self, laid_out: Any, start: int, stop: int) -> Any:  # noqa: N802
        # reportlab's lines point into the paragraph's words (``sFW``) from the
        # first word of the paragraph it laid out; a rest's words start later.
        offset = laid_out.lines[0].sFW if laid_out.lines else 0
        if offset:
            laid_out = copy(laid_out)
            laid_out.lines = _LinesFrom(laid_out.lines, offset)
        return super()._split_blParaProcessed(laid_out, start, stop)  # type: ignore[misc]


class _LinesFrom:
    """A paragraph's lines with their word pointers counted from ``offset`` (read-only)."""

    def __init__(self, lines: Sequence[Any], offset: int) -> None:
        self.lines, self.offset = lines, offset

    def __len__(self) -> int:
        return len(self.lines)

    def __getitem__(self, index: int) -> Any:
        line = copy(self.lines[index])
        line.sFW -= self.offset
        return line


class PageTable(Table):
    """A table that splits between rows, and inside a row taller than a page.

    A row that fits a page moves on whole, as ever; only one that would not
    fit an empty page (below the repeated header rows) is split across pages.
    """

    #: The height of the page's frame (a document's tables say theirs).
    frame_height: float = A4[1]

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """The part that fits ``availHeight`` and the rest ([]: nothing fits here)."""
        self.splitInRow = 0
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if parts:
            return parts
        heights: list[float] = self.__dict__["_rowHeights"]  # laid out by split()
        header = sum(heights[: self.repeatRows]) if isinstance(self.repeatRows, int) else 0
        used, row = 0.0, 0
        while row < len(heights) and used + heights[row] <= availHeight:
            used, row = used + heights[row], row + 1
        if row < len(heights) and header + heights[row] > self.frame_height:
            self.splitInRow = SPLIT_IN_ROW
            parts = super().split(availWidth, availHeight)
        return parts


class KeepWithStart(KeepTogether):
    """Headings kept with what follows them: with its start, when it is longer than a page.

    reportlab keeps a heading (``keepWithNext``) together with the whole of
    the next flowable: when both do not fit the rest of the page, both move
    on. For a table taller than a page (a long note in it) that moved the
    heading and the table to the next page and left the rest of this one
    empty -- a dossier's first page held only its title. Such a table now
    starts below its heading where there is room for its first rows.
    """

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803
        """Reportlab's size, with a table longer than a page counted as its start only."""
        size: tuple[float, float] = super().wrap(aW, aH)
        content: list[Flowable] = self.__dict__["_content"]  # (not in the type stubs)
        last = content[-1] if len(content) > 1 else None
        if isinstance(last, PageTable):
            height = last.wrap(aW, aH)[1]
            if height > last.frame_height:
                self.__dict__["_H"] -= height - HEADING_KEEPS
        return size
