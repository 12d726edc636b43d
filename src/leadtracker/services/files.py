"""Writing a file whole or not at all: a temporary file beside it, renamed at the end.

The mechanism is :mod:`leadtracker.db.file_writes` (backups use it too);
this is the services' name for it.
"""

from __future__ import annotations

from leadtracker.db.file_writes import TargetError, replacing, write_whole

__all__ = ["TargetError", "replacing", "write_whole"]
