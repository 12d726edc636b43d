"""Stored text shown where it cannot do harm: control characters spelt out.

Names and notes may hold anything a file or a paste brought in: escape
sequences that would recolour or clear a terminal, a bell, NUL, carriage
returns that overwrite the start of a line, and the bidirectional overrides
(U+202E ...) that make text read differently from what it is. Wherever stored
text is shown -- in PDFs and on the command line -- such a character is spelt
out as ``[U+001B]`` instead, so the reader sees that it is there and nothing
acts on it. The stored value itself is never changed.

:func:`visible` keeps line breaks (a PDF paragraph has lines); :func:`visible_line`
is for one line of a listing or a message, where a value's line break shows as
``⏎``.
"""

from __future__ import annotations

import re

#: C0 controls but tab and line feed, DEL, C1 controls; the bidirectional
#: embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069); the line
#: and paragraph separators; lone surrogates (undecodable bytes of a file name
#: or an argument, as Python hands them over).
_HIDDEN = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]"
)
_LINE_ENDS = re.compile(r"\r\n?")

#: How a value's line break shows in a one-line listing.
LINE_BREAK = "⏎"


def _spelt_out(match: re.Match[str]) -> str:
    return f"[U+{ord(match.group()):04X}]"


def visible(value: str) -> str:
    """``value`` with line ends unified to a line feed, tabs as four spaces, the rest spelt out."""
    value = _LINE_ENDS.sub("\n", value).replace("\t", "    ")
    return _HIDDEN.sub(_spelt_out, value)


def visible_line(value: str) -> str:
    """``value`` as one line: :func:`visible`, and each line break as ``⏎``."""
    return visible(value).replace("\n", LINE_BREAK)
