"""The pages keep up with change notices: each reloads once, and only for what it shows.

A real desk on a real SQLite file; what is counted is how often each page
reads its data again (the board's service, the lists' models).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database
from leadtracker.domain.changes import ChangedKind, ChangeNotice, Operation
from leadtracker.services.companies import CompanyDraft
from leadtracker.services.contacts import ContactDraft
from leadtracker.ui.background import wait_for_background
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.app import Desk
from tests.conftest import Services


def _desk(qtbot: QtBot, db: Database, tmp_path: Path) -> Desk:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    desk = Desk(Services.on(db), settings)
    qtbot.addWidget(desk.window)
    desk.window.show()
    return desk


def _settle(qtbot: QtBot) -> None:
    """Let the notices arrive and the reloads they start finish."""
    for _ in range(3):
        qtbot.wait(30)
        wait_for_background(10_000)


def _count(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[bool]:
    """Count the calls of ``owner.name`` (each: whether it ran on the window's thread)."""
    calls: list[bool] = []
    original: Callable[..., Any] = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(threading.current_thread() is threading.main_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


def _visit(qtbot: QtBot, desk: Desk, page: QWidget) -> None:
    """Show ``page`` (a list behind the others reloads now if it missed a change)."""
    desk.window.show_page(page)
    qtbot.waitUntil(page.isVisible, timeout=3000)
    _settle(qtbot)


class Reads:
    """How often the board and the three lists read their data again."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, desk: Desk) -> None:
        self.board = _count(monkeypatch, desk.services.board, "board")
        self.projects = _count(monkeypatch, desk.projects.model, "reload")
        self.companies = _count(monkeypatch, desk.companies.model, "reload")
        self.contacts = _count(monkeypatch, desk.contacts.model, "reload")

    def clear(self) -> None:
        """From now on."""
        for calls in (self.board, self.projects, self.companies, self.contacts):
            calls.clear()


def _all_loaded(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, desk: Desk) -> Reads:
    """Every list and the board loaded once, the board in front; reads counted from now on."""
    reads = Reads(monkeypatch, desk)
    for page in (desk.projects, desk.companies, desk.contacts):
        _visit(qtbot, desk, page)
    board = desk.pipeline
    _visit(qtbot, desk, desk._pipeline)  # the board's place in the window
    qtbot.waitUntil(lambda: board.board is not None, timeout=5000)
    reads.clear()
    return reads


def test_a_move_on_the_board_reloads_the_board_once_and_leaves_unrelated_lists_alone(
    qtbot: QtBot,
    db: Database,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    company = services.company(name_en="Tanaka Seiki")
    services.contacts.create(ContactDraft(company_id=company.id, family_romaji="Tanaka"))
    project = services.project(company.id)
    desk = _desk(qtbot, db, tmp_path)
    reads = _all_loaded(qtbot, monkeypatch, desk)

    with qtbot.waitSignal(desk.pipeline.project_moved, timeout=5000):
        desk.pipeline.move_project(project.id, "qualified")
    _settle(qtbot)

    assert services.projects.get(project.id).stage_key == "qualified"
    assert len(reads.board) == 1  # its own reload after the move, not the notice's as well
    for page in (desk.companies, desk.contacts, desk.projects):
        _visit(qtbot, desk, page)
    assert reads.companies == [] and reads.contacts == []  # they show no stages
    assert reads.projects == [True]  # the Projects list shows stages: read once


def test_a_company_edit_reloads_the_companies_list_and_the_board_only_if_it_shows_it(
    qtbot: QtBot,
    db: Database,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    on_board = services.company(name_en="Tanaka Seiki")
    services.project(on_board.id)
    elsewhere = services.company(name_en="Sato Denki")
    desk = _desk(qtbot, db, tmp_path)
    reads = _all_loaded(qtbot, monkeypatch, desk)

    services.companies.update(elsewhere.id, CompanyDraft(name_en="Sato Denki Europe"))
    _settle(qtbot)
    assert reads.board == []
    _visit(qtbot, desk, desk.companies)
    assert reads.companies == [True]

    _visit(qtbot, desk, desk._pipeline)
    reads.clear()
    services.companies.update(on_board.id, CompanyDraft(name_en="Tanaka Seiki Europe"))
    _settle(qtbot)
    assert len(reads.board) == 1
    cards = [card for column in desk.pipeline.columns for card in column.model.cards]
    assert [card.company for card in cards] == ["Tanaka Seiki Europe"]


def test_writes_in_one_turn_of_the_event_loop_reload_a_list_once(
    qtbot: QtBot,
    db: Database,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second = services.company(name_en="Tanaka Seiki"), services.company(name_en="Ito")
    desk = _desk(qtbot, db, tmp_path)
    reads = _all_loaded(qtbot, monkeypatch, desk)
    _visit(qtbot, desk, desk.companies)
    reads.clear()

    services.companies.update(first.id, CompanyDraft(name_en="Tanaka Seiki Europe"))
    services.companies.update(second.id, CompanyDraft(name_en="Ito Europe"))
    _settle(qtbot)

    assert reads.companies == [True]


def test_a_notice_fed_from_elsewhere_reloads_the_views_it_touches(
    qtbot: QtBot,
    db: Database,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    company = services.company(name_en="Tanaka Seiki")
    contact = services.contacts.create(ContactDraft(company_id=company.id, family_romaji="Ito"))
    desk = _desk(qtbot, db, tmp_path)
    reads = _all_loaded(qtbot, monkeypatch, desk)
    _visit(qtbot, desk, desk.contacts)
    reads.clear()
    colleague = ChangeNotice.of(
        ChangedKind.CONTACT, (contact.id,), Operation.UPDATE, staff_id=7, elsewhere=True
    )

    # As a listener on a shared server would: from a thread of its own.
    arrival = threading.Thread(target=desk.notices.publish, args=(colleague,))
    arrival.start()
    arrival.join()
    _settle(qtbot)

    assert reads.contacts == [True]  # reloaded once, on the window's thread
    for page in (desk.companies, desk.projects):
        _visit(qtbot, desk, page)
    assert reads.companies == [] and reads.projects == [] and reads.board == []


def test_choosing_another_staff_member_reloads_every_view_and_later_changes_still_arrive(
    qtbot: QtBot,
    db: Database,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    company = services.company(name_en="Tanaka Seiki")
    services.project(company.id)
    desk = _desk(qtbot, db, tmp_path)
    reads = _all_loaded(qtbot, monkeypatch, desk)

    desk.notices.everything("staff chosen")  # "my" work is someone else's: no write
    _settle(qtbot)
    assert len(reads.board) == 1
    services.companies.update(company.id, CompanyDraft(name_en="Tanaka Seiki Europe"))
    _settle(qtbot)

    assert len(reads.board) == 2
    _visit(qtbot, desk, desk.companies)
    assert reads.companies == [True]  # both, while it was hidden: read once when shown
