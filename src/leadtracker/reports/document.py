"""What every document of the desk does before and after its own content.

A dossier, a briefing, a pipeline summary and a subject access copy differ in
what they say, not in how they begin and end: each starts with its words in
the document's language and a :class:`~leadtracker.reports.layout.Writer`
(which remembers the characters no font has), opens with a title and a
subtitle, and ends with the note on those characters, the metadata of a
confidential document and the pages in the house style. :class:`InternalDocument`
is that frame; a report builds only its story in between.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from reportlab.platypus import Flowable, Spacer

from leadtracker.domain.vocabulary import Language
from leadtracker.reports.labels import Labels
from leadtracker.reports.layout import SUBTITLE, TITLE, DocumentInfo, Writer, render


class InternalDocument:
    """One confidential document of ``kind`` ("Company dossier") in ``language``."""

    def __init__(self, kind: str, language: Language) -> None:
        self.kind = kind
        self.labels = Labels(language)
        self.writer = Writer(self.labels)

    def opening(self, title: str, subtitles: Sequence[str], space: float) -> list[Flowable]:
        """The title, the subtitle's lines below it (none: no subtitle), then ``space`` points."""
        w = self.writer
        subtitle = [w.lines(subtitles, SUBTITLE)] if subtitles else []
        return [w.para(title, TITLE), *subtitle, Spacer(1, space)]

    def pdf(
        self, story: Sequence[Flowable], *, about: str, printed_at: datetime, author: str = ""
    ) -> bytes:
        """The PDF of ``story`` about ``about``, noting the characters printed as 〓 at its end."""
        info = DocumentInfo.internal(self.labels, self.kind, about, printed_at, author)
        return render([*story, *self.writer.missing_note()], info)
