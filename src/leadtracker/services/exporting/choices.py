"""The choices of an export, light enough for the command line's parser.

``leadtracker --help`` lists them, and the parser is built at every start,
the desktop app's included; the modules that write files load only when a
command needs them.
"""

from __future__ import annotations

#: The tables that can be exported, in the order of the workbook's sheets.
TABLES: tuple[str, ...] = (
    "projects",
    "companies",
    "contacts",
    "activities",
    "tasks",
    "stage_history",
    "staff",
    "partners",
    "events",
)
