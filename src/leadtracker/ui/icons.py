"""The app's icons: its own application icon, and Material Design icons for pages and actions.

The application icon is LeadTracker's own (``resources/icons/leadtracker*``,
drawn as SVG, rendered by ``packaging/make_icons.py``). The side bar's and
the main actions' icons are Material Design Icons (Apache-2.0), rendered to
PNG in several sizes by ``packaging/make_ui_icons.py`` (``resources/icons/ui/``),
so that loading them costs a few milliseconds, not an icon-font library's
start-up. Every icon is asked for by its role.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from leadtracker.resources import resource

#: Every role there is an icon for: the side bar's pages, then the main actions.
ROLES = (
    "my_day",
    "pipeline",
    "projects",
    "companies",
    "contacts",
    "network",
    "dashboard",
    "settings",
    "new_inquiry",
    "search",
    "backups",
    "trash",
    "retention",
    "summary",
    "import",
    "export",
    "about",
)


@cache
def icon(role: str) -> QIcon:
    """The icon of a page or action by its role (``"pipeline"``, ``"search"`` …).

    Raises:
        KeyError: there is no icon for ``role``.
    """
    if role not in ROLES:
        raise KeyError(role)
    found = QIcon()
    for path in sorted(resource("icons", "ui").glob(f"{role}-*.png")):
        found.addFile(str(path))
    return found


def app_icon() -> QIcon:
    """LeadTracker's own icon, in every size it was rendered in."""
    found = QIcon()
    for path in sorted(resource("icons").glob("leadtracker-*.png")):
        found.addFile(str(path))
    return found
