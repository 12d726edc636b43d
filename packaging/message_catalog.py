"""Collect the English message templates of the domain and the services for the translators.

The domain and the services write their messages with
``leadtracker.domain.messages.text("template", **values)``. They are plain
Python (no Qt), so ``pyside6-lupdate`` does not look at them; this script
finds every literal template there and writes them, marked with
``QT_TRANSLATE_NOOP("Messages", …)``, into ``src/leadtracker/ui/message_catalog.py``,
which lupdate reads like any other file of the interface. The fields an
import can feed are named by the first header name of each ``ImportColumn``;
those are gathered too (context "ImportFields"). ``bootstrap.py
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
context "Messages" when it shows a :class:`~leadtracker.domain.messages.Text`,
and the fields an import can feed in the context "ImportFields".
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = (
'''


def templates_in(source: str) -> list[tuple[str, str]]:
    """``(context, text)`` of one module's literal messages.

    The templates of ``text(...)`` calls (by whatever local name), in the
    context "Messages", and the first header name of each
    ``ImportColumn("key", ("Name", …))``, in the context "ImportFields".
    """
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
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        first = node.args[0] if node.args else None
        if node.func.id in names and _is_text(first):
            found.append(("Messages", first.value))  # type: ignore[union-attr]
        elif node.func.id == "ImportColumn" and len(node.args) > 1:
            headers = node.args[1]
            if isinstance(headers, ast.Tuple) and headers.elts and _is_text(headers.elts[0]):
                found.append(("ImportFields", headers.elts[0].value))  # type: ignore[attr-defined]
    return found


def _is_text(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def collect() -> list[tuple[str, str]]:
    """Every ``(context, text)`` of the scanned packages, once each, sorted."""
    templates: set[tuple[str, str]] = set()
    for folder in SCANNED:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            templates.update(templates_in(path.read_text(encoding="utf-8")))
    return sorted(templates)


def catalog_source() -> str:
    """The catalog module's text for today's sources."""
    quoted = ((json.dumps(c), json.dumps(t, ensure_ascii=False)) for c, t in collect())
    lines = [f"    QT_TRANSLATE_NOOP({context}, {template}),\n" for context, template in quoted]
    return HEADER + "".join(lines) + ")\n"


def main() -> int:
    """Write the catalog; exit code 0."""
    CATALOG.write_text(catalog_source(), encoding="utf-8")
    print(f"{CATALOG.relative_to(ROOT)}: {len(collect())} message templates")
    return 0


if __name__ == "__main__":
    sys.exit(main())
