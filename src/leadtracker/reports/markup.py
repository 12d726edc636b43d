"""User text made into reportlab paragraphs that print it literally.

reportlab's :class:`~reportlab.platypus.Paragraph` normally parses a mini
markup language (``<b>``, ``<font>``, ``&amp;`` ...) out of its text. Names and
notes typed by users may contain any of that, and control characters besides.
:func:`fragments` skips the parser altogether: it builds the paragraph's
fragments directly -- one per run of a font (see
:mod:`leadtracker.reports.fonts`) and one per line break -- so nothing in the
text is ever read as markup. (It is also several times faster than parsing.)
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.paraparser import ParaParser

from leadtracker.domain.visible import visible
from leadtracker.reports.fonts import GOTHIC, runs

# CJK symbols, kana, ideographs (also beyond the basic plane), full- and half-width forms.
_JAPANESE = re.compile(
    r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff]"
)
#: Japanese characters in a row (no space) from which a text is wrapped the CJK
#: way. A shorter run moves to the next line whole, like a long word; the CJK
#: wrap breaks between any two characters (minding kinsoku) but costs ~50 µs
#: per character in reportlab -- a dossier's worth of names and short notes
#: would take ten times longer.
CJK_RUN = 16
_JAPANESE_RUN = re.compile(f"{_JAPANESE.pattern}{{{CJK_RUN},}}")


def plain(value: str) -> str:
    """``value`` with line ends unified, tabs as spaces, other control characters spelt out.

    So are lone surrogates (``[U+D800]``): they cannot be written to a PDF.
    """
    return visible(value)  # the rule the command line shows stored text by, too


@cache
def _prototype(style: ParagraphStyle) -> Any:
    """A fragment with the style's font, size and colour, to clone for each run."""
    _style, [frag], _bullet = ParaParser().parse("x", style)  # type: ignore[no-untyped-call]
    return frag


def fragments(value: str, style: ParagraphStyle, missing: set[str] | None = None) -> list[Any]:
    """The fragments of a paragraph printing ``value`` literally, line breaks kept.

    Latin runs take the style's font (so a bold style stays bold); Japanese
    runs are set in IPAexGothic. Characters no font has print as 〓 and are
    added to ``missing``.
    """
    prototype = _prototype(style)
    frags = []
    for number, line in enumerate(plain(value).split("\n")):
        if number:
            frags.append(prototype.clone(text="", lineBreak=True))
        for run in runs(line, missing):
            font = GOTHIC if run.font == GOTHIC else style.fontName
            frags.append(prototype.clone(text=run.text, fontName=font))
    return frags or [prototype.clone(text="")]


def has_japanese(value: str) -> bool:
    """Whether ``value`` holds Japanese (or other CJK) characters."""
    return _JAPANESE.search(value) is not None


def needs_cjk_wrap(value: str) -> bool:
    """Whether ``value`` has a run of Japanese long enough to need breaking inside it."""
    return _JAPANESE_RUN.search(value) is not None
