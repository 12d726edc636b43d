"""Starting the desktop app loads what its first page needs, not what a command or a dialog does.

Every module imported at start adds to the time before the window can be
used (SQLAlchemy and Qt alone take most of a second on an office PC); the
file formats, documents and dialogs load when first asked for.
"""

from __future__ import annotations

import subprocess
import sys

#: Modules the window's start must not import (each costs 10-150 ms on a slow PC).
NOT_AT_START = (
    "alembic",
    "reportlab",
    "xlsxwriter",
    "python_calamine",
    "vobject",
    "charset_normalizer",
    "leadtracker.services.demo.loader",
    "leadtracker.services.importing.entry",
    "leadtracker.services.exporting.exports",
    "leadtracker.services.exporting.tables",
    "leadtracker.services.reporting.dossiers",
    "leadtracker.services.safety.privacy",
    "leadtracker.ui.exchange.documents",
    "leadtracker.ui.records.work_dialogs",
    "leadtracker.ui.safety.trash_dialog",
)


def test_the_window_starts_without_the_file_formats_documents_and_dialogs() -> None:
    code = (
        "import sys; import leadtracker.cli, leadtracker.ui.shell.startup; "
        f"print(' '.join(m for m in {NOT_AT_START!r} if m in sys.modules))"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.split() == []
