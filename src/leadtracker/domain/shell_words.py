"""A file name as one word of a command line that a user can copy into their shell.

Messages that name a command to run (``leadtracker --db … restore …``) quote
the paths in it: a folder named ``CRM #1`` would otherwise start a comment
in a POSIX shell, and a space would split the path in two anywhere.
"""

from __future__ import annotations

import os
import shlex

#: Characters that make cmd.exe or PowerShell split or read a word differently.
_WINDOWS_SPECIAL = frozenset(" \t&|<>^()%!;,\"'`$@{}[]#")


def shell_word(value: object) -> str:
    """``value`` as one word of this system's command line (quoted only where needed)."""
    text = str(value)
    if os.name == "nt":
        if text and not any(char in _WINDOWS_SPECIAL for char in text):
            return text
        return '"' + text.replace('"', '""') + '"'
    return shlex.quote(text)
