"""Collect the English message templates of the domain and the services for the translators.

The domain and the services write their messages with
``leadtracker.domain.messages.text("template", **values)``. They are plain
Python (no Qt), so ``pyside6-lupdate`` does not look at them; this script
finds every literal template there and writes them, marked with
``QT_TRANSLATE_NOOP("Messages", …)``, into ``src/leadtracker/ui/message_catalog.py``,
which lupdate reads like any other file of the interface. ``bootstrap.py
translations`` runs it first; a test fails when the catalog is stale.

Standard library only: it runs before anything is installed.
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "leadtracker"
SCANNED = ("domain", "services", "db", "reports", "cli")
CATALOG = PACKAGE / "ui" / "message_catalog.py"
MODULE = "leadtracker.domain.messages"

HEADER = '''"""Every message template of the domain and the services, for lupdate (generated).

Written by ``packaging/message_catalog.py`` (``bootstrap.py translations``);
do not edit by hand. The interface translates these templates in the
context "Messages" when it shows a :class:`~leadtracker.domain.messages.Text`.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = (
'''


def templates_in(source: str) -> list[str]:
    """The literal templates of ``text(...)`` calls in one module (by whatever local name)."""
    tree = ast.parse(source)
    names = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == MODULE
        for alias in node.names
        if alias.name == "text"
    }
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in names
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append(node.args[0].value)
    return found


def collect() -> list[str]:
    """Every template of the scanned packages, once each, sorted."""
    templates: set[str] = set()
    for folder in SCANNED:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            templates.update(templates_in(path.read_text(encoding="utf-8")))
    return sorted(templates)


def catalog_source() -> str:
    """The catalog module's text for today's sources."""
    lines = [
        f'    QT_TRANSLATE_NOOP("Messages", {json.dumps(template, ensure_ascii=False)}),\n'
        for template in collect()
    ]
    return HEADER + "".join(lines) + ")\n"


def main() -> int:
    """Write the catalog; exit code 0."""
    CATALOG.write_text(catalog_source(), encoding="utf-8")
    print(f"{CATALOG.relative_to(ROOT)}: {len(collect())} message templates")
    return 0


if __name__ == "__main__":
    sys.exit(main())
