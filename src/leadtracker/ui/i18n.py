"""Translations of the user interface: one ``translate`` for module-level code.

Classes use ``self.tr(...)``; functions outside a class call
``translate("Context", "text")`` with a literal context, so that
``pyside6-lupdate`` finds every string and files it under the same context the
program asks for at run time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface language, looked up under ``context``."""
    return QCoreApplication.translate(context, text, disambiguation, n)
