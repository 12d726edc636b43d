"""Line breaking that keeps e-mail and web addresses whole.

reportlab breaks a word wider than its column between any two characters
(``splitLongWords``), and its CJK wrapping, used for Japanese text, breaks
anywhere at all: ``taro@yamada-consulting.co`` / ``.jp`` -- an address that
reads as another. :func:`break_lines` lays out a paragraph holding an
address instead, in reportlab's own line format:

- an address never breaks where the text around it can: it moves on to the
  next line whole;
- one wider than the column is set smaller, down to :data:`SMALLEST` of the
  text's size, to fit on one line;
- only one wider than the column even then breaks -- at the sensible places
  first (before ``@``, after a ``/`` of the path, before ``?`` or ``#``),
  then before a dot or after a hyphen of the domain, between any two
  characters as the last resort, so that nothing ever runs off the page.

Elsewhere it breaks like reportlab: at spaces, between Japanese characters
(never before a closing bracket or small kana, nor after an opening one), and
a word wider than the column where it must.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus.paragraph import FragLine, ParaLines

#: An address too wide for its column is set down to this share of the text's size.
SMALLEST = 0.7

# Characters that end an address: spaces, quotes and angle brackets, Japanese text.
_OUTSIDE = r"\s<>\"\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff"
_EMAIL_PART = rf"[^{_OUTSIDE}@(),;:\[\]]"
# Each starts only where a run of its characters starts (else a long word is read over and over).
ADDRESS = re.compile(
    rf"(?<![A-Za-z0-9+.\-])(?:[A-Za-z][A-Za-z0-9+.\-]*://|www\.)[^{_OUTSIDE}]+"  # a web address
    rf"|(?<!{_EMAIL_PART}){_EMAIL_PART}+@{_EMAIL_PART}+\.{_EMAIL_PART}+"  # an e-mail address
)
# Punctuation after an address that belongs to the sentence, not to it.
_TRAILING = ".,;:!?'’”"

# Whether a break may come before a character: never; inside an address's
# domain (before a dot, after a hyphen: the last resort before any character);
# at an address's sensible places; freely (a space, Japanese).
_NEVER, _DOMAIN, _INSIDE, _FREE = 0, 1, 2, 3


def address_spans(text: str) -> Iterator[tuple[int, int]]:
    """Where ``text`` holds e-mail or web addresses: (start, end) of each."""
    for found in ADDRESS.finditer(text):
        start, end = found.span()
        while end > start and (
            text[end - 1] in _TRAILING
            or (text[end - 1] == ")" and text.count("(", start, end) < text.count(")", start, end))
        ):
            end -= 1
        if "." in text[start:end]:
            yield start, end


def has_address(text: str) -> bool:
    """Whether ``text`` holds an e-mail or web address."""
    if "@" not in text and "://" not in text and "www." not in text:
        return False
    return next(address_spans(text), None) is not None


def _sensible_breaks(address: str) -> set[int]:
    """Where an address too wide for its column breaks first: before @, in its path."""
    if "://" not in address and not address.startswith("www."):
        return {address.index("@")} if "@" in address else set()
    host_end = address.find("/", address.find("://") + 3 if "://" in address else 0)
    if host_end < 0:
        return set()
    breaks = {i + 1 for i in range(host_end, len(address) - 1) if address[i] == "/"}
    breaks |= {i for i in range(host_end, len(address)) if address[i] in "?#&"}
    return breaks


def _is_japanese(char: str) -> bool:
    return ord(char) >= 0x2E80


@cache
def _widths(font: str, size: float) -> dict[str, float]:
    """Widths of characters in ``font`` at ``size``, as measured (filled on demand)."""
    return {}


def _width(char: str, frag: Any) -> float:
    known = _widths(frag.fontName, frag.fontSize)
    width = known.get(char)
    if width is None:
        width = known[char] = stringWidth(char, frag.fontName, frag.fontSize)
    return width


@dataclass
class _Text:
    """A paragraph's characters, their fragments and widths, and where a line may break.

    A line break is an empty character; ``breaks[i]`` says whether a line may
    end before character ``i``.
    """

    chars: list[str]
    frags: list[Any]
    widths: list[float]
    breaks: list[int]


def _text(frags: Sequence[Any], column: float) -> _Text:
    """The paragraph's characters and where each may break.

    Addresses wider than ``column`` are set smaller here.
    """
    chars: list[str] = []
    owners: list[Any] = []
    for frag in frags:
        shown = frag.text or ([""] if getattr(frag, "lineBreak", False) else [])
        chars.extend(shown)
        owners.extend([frag] * len(shown))
    breaks = [_NEVER] * len(chars)
    for i in range(1, len(chars)):
        before, char = chars[i - 1], chars[i]
        if not char or char.isspace():  # spaces stay at the end of a line
            continue
        if not before or before.isspace():
            breaks[i] = _FREE
        elif _is_japanese(before) or _is_japanese(char):
            kinsoku = char in ALL_CANNOT_START or before in ALL_CANNOT_END
            breaks[i] = _NEVER if kinsoku else _FREE
        # else: inside a word
    text = _Text(chars, owners, [_width(c, f) for c, f in zip(chars, owners, strict=True)], breaks)
    spans = list(address_spans("".join(c or "\n" for c in chars)))
    for start, end in spans:
        _keep_whole(text, start, end)
    for start, end in spans:
        _fit(text, start, end, column)
    return text


def _keep_whole(text: _Text, start: int, end: int) -> None:
    """No break inside the address ``text[start:end]`` but at its last-resort places."""
    breaks, chars = text.breaks, text.chars
    # Before and after it, where glued to a word: but not after "(", nor before ")" or "。".
    if start and chars[start - 1] not in ALL_CANNOT_END:
        breaks[start] = max(breaks[start], _INSIDE)
    if end < len(chars) and chars[end].strip() and chars[end] not in ALL_CANNOT_START:
        breaks[end] = max(breaks[end], _INSIDE)
    sensible = {start + i for i in _sensible_breaks("".join(chars[start:end]))}
    for i in range(start + 1, end):
        if i in sensible:
            breaks[i] = _INSIDE
        elif chars[i] == "." or chars[i - 1] == "-":
            breaks[i] = _DOMAIN
        else:
            breaks[i] = _NEVER


def _fit(text: _Text, start: int, end: int, column: float) -> None:
    """Set the address ``text[start:end]`` smaller where it is wider than ``column``.

    So small that the characters glued to it (brackets, a full stop) fit on
    its line too, if that is no smaller than :data:`SMALLEST`; else so that
    it fits alone.
    """
    chars, breaks, widths = text.chars, text.breaks, text.widths
    left, right = start, end  # the characters that move on with it
    while left > 0 and breaks[left] < _FREE:
        left -= 1
    while right < len(chars) and breaks[right] < _FREE and chars[right].strip():
        right += 1
    own = sum(widths[start:end])
    glued = sum(widths[left:start]) + sum(widths[end:right])
    if own + glued <= column:
        return
    scale = (column - glued) / own * 0.999
    if scale < SMALLEST:
        scale = max(column / own * 0.999, SMALLEST) if own > column else 1.0
    if scale >= 1:
        return
    smaller: dict[int, Any] = {}
    for i in range(start, end):
        frag = text.frags[i]
        if id(frag) not in smaller:
            smaller[id(frag)] = frag.clone(fontSize=frag.fontSize * scale)
        text.frags[i] = smaller[id(frag)]
        widths[i] = _width(chars[i], text.frags[i])


def _break_before(breaks: list[int], start: int, stop: int) -> int:
    """Where a line from ``start`` that overflows at ``stop`` ends.

    At the last free break, else the last sensible one inside an address,
    else the last in its domain, else at ``stop`` (a word or an address
    wider than the column).
    """
    for wanted in (_FREE, _INSIDE, _DOMAIN):
        for i in range(stop, start, -1):
            if breaks[i] >= wanted:
                return i
    return stop


def _line(text: _Text, start: int, stop: int, width: float, line_break: bool) -> FragLine:
    """The characters ``start:stop`` as one of reportlab's lines (a fragment per font and size)."""
    words: list[Any] = []
    size = ascent = descent = 0.0
    run = start
    for i in range(start, stop + 1):
        if i < stop and text.frags[i] is text.frags[run]:
            continue
        frag = text.frags[run]
        words.append(frag.clone(text="".join(text.chars[run:i])))
        high, low = getAscentDescent(frag.fontName, frag.fontSize)
        size, ascent, descent = max(size, frag.fontSize), max(ascent, high), min(descent, low)
        run = i
    end = stop
    while end > start and text.chars[end - 1].isspace():
        end -= 1
    used = sum(text.widths[start:end])
    return FragLine(
        kind=1,
        extraSpace=width - used,
        wordCount=1,
        words=words,
        fontSize=size,
        ascent=ascent,
        descent=descent,
        maxWidth=width,
        currentWidth=used,
        lineBreak=line_break,
    )


def break_lines(frags: Sequence[Any], max_widths: Sequence[float]) -> ParaLines:
    """The lines of a paragraph of plain fragments (see :mod:`.markup`), addresses kept whole."""
    text = _text(frags, min(max_widths))
    chars, widths = text.chars, text.widths
    if not chars:
        return ParaLines(kind=1, lines=[])
    lines: list[FragLine] = []

    def width_of(line_no: int) -> float:
        return max_widths[min(line_no, len(max_widths) - 1)]

    start, used, i, limit = 0, 0.0, 0, width_of(0) + 1e-6
    while i < len(chars):
        if not chars[i]:  # a line break (its empty character gives the line its font)
            lines.append(_line(text, start, i + 1, width_of(len(lines)), True))
            start, used, i = i + 1, 0.0, i + 1
            limit = width_of(len(lines)) + 1e-6
        elif used + widths[i] > limit and i > start and not chars[i].isspace():
            stop = _break_before(text.breaks, start, i)
            lines.append(_line(text, start, stop, width_of(len(lines)), False))
            start, used, i = stop, 0.0, stop
            limit = width_of(len(lines)) + 1e-6
        else:
            used += widths[i]
            i += 1
    if start < len(chars) or not lines:
        lines.append(_line(text, start, len(chars), width_of(len(lines)), False))
    return ParaLines(kind=1, lines=lines)
