"""User text made safe for reportlab paragraphs: always printed literally.

reportlab's :class:`~reportlab.platypus.Paragraph` reads a mini markup
language (``<b>``, ``<font>``, ``&amp;`` ...). Names and notes typed by users
may contain any of that, and control characters besides; :func:`text` turns
them into markup that prints exactly what was typed, in the right font for
each script (see :mod:`leadtracker.reports.fonts`).
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from leadtracker.reports.fonts import GOTHIC, runs

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_JAPANESE = re.compile(
    r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff]"
)


def _visible_control(match: re.Match[str]) -> str:
    return f"[U+{ord(match.group()):04X}]"


def plain(value: str) -> str:
    """``value`` with line ends unified, tabs as spaces, other control characters spelt out."""
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _CONTROL.sub(_visible_control, value)


def text(value: str, missing: set[str] | None = None) -> str:
    """Paragraph markup that prints ``value`` literally (line breaks kept).

    Characters no font has print as 〓 and are added to ``missing``.
    """
    parts = []
    for run in runs(plain(value), missing):
        escaped = escape(run.text).replace("\n", "<br/>")
        parts.append(f'<font face="{GOTHIC}">{escaped}</font>' if run.font == GOTHIC else escaped)
    return "".join(parts)


def has_japanese(value: str) -> bool:
    """Whether ``value`` holds Japanese (or other CJK) characters: wrap it the CJK way."""
    return _JAPANESE.search(value) is not None
