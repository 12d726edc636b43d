"""The choices of an import, light enough for the command line's parser.

``leadtracker --help`` lists them, and the parser is built at every start,
the desktop app's included; the modules that read files load only
when a command needs them (they take a tenth of a second to import).
"""

from __future__ import annotations

from enum import StrEnum


class ImportKind(StrEnum):
    """What the rows of a file are."""

    COMPANIES = "companies"
    CONTACTS = "contacts"
    PROJECTS = "projects"
    VCARDS = "vcards"
    WORKBOOK = "workbook"  # every sheet of an exported workbook


class OnDuplicate(StrEnum):
    """What to do with a row that looks like an existing company."""

    SKIP = "skip"
    UPDATE = "update"
    CREATE = "create"
