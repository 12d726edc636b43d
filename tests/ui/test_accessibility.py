"""Keyboard and screen-reader review of the main window's pages, on a real demo database.

Every control a user can reach has a name a screen reader can say (its own
accessible name, its text, or a label that names it), Tab walks each page in
reading order, and each page's common actions have a key of their own.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database
from leadtracker.services.registry import Services
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.app import Desk

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)
#: Widgets whose inner parts (a spin box's field, a tab bar's arrows) are not controls of their own.
COMPOUNDS = (*CONTROLS, QAbstractSpinBox, QTabBar)


@pytest.fixture
def desk(qtbot: QtBot, demo_db: Database, tmp_path: Path, demo_services: Services) -> Desk:
    """The window on the demo data, shown, with a staff member chosen (so nothing is greyed)."""
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.staff_user_id = next(u.id for u in demo_services.network.users() if u.active)
    desk = Desk(demo_services, settings)
    qtbot.addWidget(desk.window)
    desk.window.resize(1280, 800)
    desk.window.show()
    return desk


def show_page(desk: Desk, row: int) -> QWidget:
    """Bring page ``row`` to the front, its data loaded and laid out."""
    desk.window.navigation.setCurrentRow(row)
    for _ in range(3):  # a load may start another (My day reloads once more)
        desk.runner.wait()
        QApplication.processEvents()
    page = desk.window.pages.widget(row)
    assert page.isVisible()
    return page


def part_of_another_control(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, COMPOUNDS):
            return True
        parent = parent.parentWidget()
    return False


def spoken_name(widget: QWidget, buddies: set[int]) -> str:
    """What a screen reader calls the control: its name, its text, or its label's text."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text().replace("&", "")
    return "(label)" if id(widget) in buddies else ""


def unnamed_controls(root: QWidget) -> list[str]:
    """The visible controls under ``root`` that a screen reader could not name."""
    labels = root.window().findChildren(QLabel)
    buddies = {id(label.buddy()) for label in labels if label.buddy() is not None}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible():
            continue
        if part_of_another_control(widget, root):
            continue
        name = spoken_name(widget, buddies)
        if not name or re.search(r"&[^&\s]", name):  # empty, or a mnemonic's "&" read out
            missing.append(f"{type(widget).__name__} {name!r} {widget.objectName()!r}")
    return missing


def tab_stops(root: QWidget) -> list[str]:
    """The names of the widgets Tab visits under ``root``, in the order it visits them."""
    names = []
    widget = root.nextInFocusChain()
    while widget is not root:
        takes_tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        if (
            root.isAncestorOf(widget)
            and takes_tab
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusProxy() is None
        ):
            names.append(spoken_name(widget, set()) or type(widget).__name__)
        widget = widget.nextInFocusChain()
    return names


def assert_in_order(stops: list[str], expected: list[str]) -> None:
    """Each stop starts with one of ``expected``, in that order; each expected one is there."""
    positions = []
    for stop in stops:
        matches = [i for i, start in enumerate(expected) if stop.startswith(start)]
        assert matches, f"unexpected tab stop {stop!r} in {stops}"
        positions.append(matches[0])
    assert positions == sorted(positions), f"tab order {stops}"
    assert set(positions) == set(range(len(expected))), f"missing tab stops in {stops}"


def page_keys(page: QWidget) -> list[str]:
    """Every key the page answers to: mnemonics of buttons and labels, shortcuts of actions."""
    keys: list[QKeySequence] = []
    actions: dict[int, QAction] = {}
    for widget in [page, *page.findChildren(QWidget)]:
        if isinstance(widget, QAbstractButton) and not widget.shortcut().isEmpty():
            keys.append(widget.shortcut())
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            keys.append(QKeySequence.mnemonic(widget.text()))
        for action in widget.actions():
            actions[id(action)] = action
    keys += [key for action in actions.values() for key in action.shortcuts()]
    return [key.toString() for key in keys if not key.isEmpty()]


PAGES = {
    "My day": 0,
    "Pipeline": 1,
    "Projects": 2,
    "Companies": 3,
    "Contacts": 4,
    "Partners & events": 5,
    "Dashboard": 6,
    "Settings": 7,
}


def test_every_control_on_every_page_has_a_name(desk: Desk) -> None:
    missing = {}
    for title, row in PAGES.items():
        assert desk.window.navigation.item(row).text() == title
        unnamed = unnamed_controls(show_page(desk, row))
        if unnamed:
            missing[title] = unnamed
    assert missing == {}


def test_the_record_windows_name_their_controls(desk: Desk) -> None:
    project = desk.open_project(1)
    company = desk.open_company(project.record.company_id if project.record else 1)
    assert unnamed_controls(project) == []
    assert unnamed_controls(company) == []


TAB_ORDER = {
    "My day": [
        "Only my work",
        "New inquiry",
        "Overdue",
        "Due today",
        "Due this week",
        "Answer",
        "New inquiries waiting",
        "Logged in the last",
    ],
    "Pipeline": [
        "Owner",
        "Sector",
        "Source",
        "Period",
        "Refresh",
        "Inquiry column",
        "Qualified column",
        "Active project column",
        "Site visit column",
        "Decision pending column",
        "Won column",
        "Landed column",
        "Aftercare column",
        "On hold",
        "Lost column",
        "Withdrawn column",
    ],
    "Projects": ["Filter projects", "Columns", "projects"],
    "Companies": ["Filter companies", "Columns", "New company", "companies"],
    "Contacts": ["Filter contacts", "Columns", "New contact", "contacts"],
    "Partners & events": ["Add partner", "Partners", "Add event", "Events"],
    "Dashboard": [
        "Kind of period",
        "Previous year",
        "Year",
        "Next year",
        "Refresh",
        "Pipeline summary",
        "Active pipeline by stage",
        "Landed per year",
        "Inquiries by source",
    ],
    "Settings": [
        "Database file",
        "Open another",
        "Create new",
        "Connect to a team database",
        "Daily backups kept",
        "Weekly backups kept",
        "Staff member",
        "Add staff member",
        "Language of PDF documents",
        "Interface language",
        "Ask before a move skips stages",
    ],
}


@pytest.mark.parametrize("title", list(TAB_ORDER))
def test_tab_walks_each_page_in_reading_order(desk: Desk, title: str) -> None:
    page = show_page(desk, PAGES[title])
    if title == "My day":
        desk.my_day.waiting.table.selectRow(0)  # Answer… is for the inquiry chosen
    stops = tab_stops(page)
    if title == "My day":  # sections without rows are hidden; the others keep their order
        expected = [e for e in TAB_ORDER[title] if any(s.startswith(e) for s in stops)]
        assert expected[:2] == ["Only my work", "New inquiry"]
        if "New inquiries waiting" in expected:  # with a row chosen, Answer… comes first
            answer = expected.index("Answer")
            assert expected[answer : answer + 2] == ["Answer", "New inquiries waiting"]
    else:
        expected = TAB_ORDER[title]
    assert_in_order(stops, expected)


PAGE_KEYS = {
    "My day": {"Alt+O", "Alt+A", "Space", "F2", "Del", "Ctrl+Z"},
    "Pipeline": {"Alt+O", "Alt+E", "Alt+U", "Alt+P", "Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y", "F5"},
    "Projects": {"Ctrl+F", "Alt+M"},
    "Companies": {"Ctrl+F", "Alt+M"},
    "Contacts": {"Ctrl+F", "Alt+M"},
    "Partners & events": {"Alt+P", "Alt+E"},
    "Dashboard": {"Alt+Left", "Alt+Right", "Alt+T", "F5"},
    "Settings": {"Alt+O", "Alt+N", "Alt+S", "Alt+A", "Alt+P", "Alt+K"},
}


def test_each_page_has_keys_for_its_actions_and_no_key_twice(desk: Desk) -> None:
    window_keys = {"Ctrl+N", "Ctrl+K", *(f"Ctrl+{n}" for n in range(1, 9))}
    for title, expected in PAGE_KEYS.items():
        keys = page_keys(show_page(desk, PAGES[title]))
        assert expected <= set(keys), title
        table_keys = {"Space", "F2", "Del"}  # one per table, each only where the focus is
        twice = [key for key, count in Counter(keys).items() if count > 1 and key not in table_keys]
        assert twice == [], title
        assert not window_keys & set(keys), title
