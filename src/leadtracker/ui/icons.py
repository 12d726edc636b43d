"""The app's icons: its own application icon, and Material Design icons for pages and actions.

The application icon is LeadTracker's own (``resources/icons/``, drawn as
SVG, rendered to PNG by ``packaging/make_icons.py``). Navigation and action
icons come from the Material Design Icons font that ``qtawesome`` ships, in
one calm colour, so that they scale sharply at any display scaling. Every
icon is asked for by its role here (:data:`NAVIGATION`, :data:`ACTIONS`), so
changing one is changing one line.
"""

from __future__ import annotations

import os

from PySide6.QtGui import QIcon

from leadtracker.resources import resource

# qtawesome speaks to Qt through QtPy, which must not pick another binding.
os.environ.setdefault("QT_API", "pyside6")

import qtawesome

#: The icons' colour (the app's accent blue); disabled ones are greyed by Qt.
COLOUR = "#2c6391"

#: Side bar pages, in their order.
NAVIGATION = {
    "my_day": "mdi6.calendar-today",
    "pipeline": "mdi6.view-column-outline",
    "projects": "mdi6.briefcase-outline",
    "companies": "mdi6.domain",
    "contacts": "mdi6.account-multiple-outline",
    "network": "mdi6.handshake-outline",
    "dashboard": "mdi6.chart-box-outline",
    "settings": "mdi6.cog-outline",
}
#: Main actions (tool bar, menus, buttons).
ACTIONS = {
    "new_inquiry": "mdi6.plus-circle-outline",
    "search": "mdi6.magnify",
    "backups": "mdi6.backup-restore",
    "trash": "mdi6.delete-outline",
    "retention": "mdi6.account-clock-outline",
    "summary": "mdi6.file-chart-outline",
    "import": "mdi6.file-import-outline",
    "export": "mdi6.file-export-outline",
    "about": "mdi6.information-outline",
    "delete": "mdi6.delete-outline",
    "restore": "mdi6.restore",
}


def icon(role: str) -> QIcon:
    """The icon of a page or action by its role (``"pipeline"``, ``"search"`` …)."""
    name = NAVIGATION.get(role) or ACTIONS[role]
    return qtawesome.icon(name, color=COLOUR)


def app_icon() -> QIcon:
    """LeadTracker's own icon, in every size it was rendered in."""
    found = QIcon()
    for path in sorted(resource("icons").glob("leadtracker-*.png")):
        found.addFile(str(path))
    return found
