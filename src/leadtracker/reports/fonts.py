"""The fonts of every document, registered with reportlab once per process.

Latin text is set in Noto Sans (regular and bold), Japanese in IPAexGothic;
both are TrueType files from ``resources/fonts`` and both are embedded as
subsets, so a document prints the same on any PC. reportlab's built-in CID
fonts are not embedded, and it cannot read CFF/OpenType fonts.

:func:`runs` splits a text into stretches for one font each: a character
Noto Sans lacks is set in IPAexGothic; one neither has (variant kanji such
as 𠮷 outside Unicode's basic plane) becomes the geta mark 〓, the
typesetter's sign for a missing character, and is reported so that the
document can list it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from leadtracker.resources import JAPANESE_FONT, LATIN_BOLD_FONT, LATIN_FONT, resource

SANS = "LeadTracker-Sans"
SANS_BOLD = "LeadTracker-Sans-Bold"
GOTHIC = "LeadTracker-Gothic"
#: Printed for a character no font has.
GETA = "\u3013"


@dataclass(frozen=True)
class FontSet:
    """The registered fonts and the characters each can set."""

    latin: frozenset[int]
    japanese: frozenset[int]


@cache
def register_fonts() -> FontSet:
    """Register the document fonts with reportlab (once) and return what each can set."""
    fonts = {
        SANS: TTFont(SANS, str(resource(*LATIN_FONT))),
        SANS_BOLD: TTFont(SANS_BOLD, str(resource(*LATIN_BOLD_FONT))),
        GOTHIC: TTFont(GOTHIC, str(resource(*JAPANESE_FONT))),
    }
    for font in fonts.values():
        pdfmetrics.registerFont(font)
    # <b> in a paragraph of the sans family picks the bold face.
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS)
    addMapping(SANS, 1, 1, SANS_BOLD)
    addMapping(GOTHIC, 0, 0, GOTHIC)
    addMapping(GOTHIC, 1, 0, GOTHIC)
    addMapping(GOTHIC, 0, 1, GOTHIC)
    addMapping(GOTHIC, 1, 1, GOTHIC)
    return FontSet(
        latin=frozenset(fonts[SANS].face.charToGlyph),
        japanese=frozenset(fonts[GOTHIC].face.charToGlyph),
    )


@dataclass(frozen=True)
class Run:
    """A stretch of text set in one font: ``font`` is :data:`SANS` or :data:`GOTHIC`."""

    font: str
    text: str


def runs(text: str, missing: set[str] | None = None) -> Iterator[Run]:
    """``text`` cut into runs per font; characters no font has become :data:`GETA`.

    Those characters are added to ``missing`` when given.
    """
    fonts = register_fonts()
    current, chars = "", list[str]()
    for char in text:
        code, shown = ord(char), char
        if code in fonts.latin or char in " \n":
            font = SANS
        elif code in fonts.japanese:
            font = GOTHIC
        else:
            font, shown = GOTHIC, GETA
            if missing is not None:
                missing.add(char)
        if font != current and chars:
            yield Run(current, "".join(chars))
            chars = []
        current = font
        chars.append(shown)
    if chars:
        yield Run(current, "".join(chars))
