"""The main window's menu bar: File, Reports, Data and Help."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from leadtracker.ui.i18n import translate
from leadtracker.ui.icons import icon

if TYPE_CHECKING:
    from leadtracker.ui.shell.app import Desk


def build_menus(desk: Desk) -> None:
    """File (new records, backups, trash, privacy, quit), reports, data exchange and help."""
    bar = desk.window.menuBar()
    file = bar.addMenu(translate("MainWindow", "&File"))
    actions = desk.actions
    file.addAction(translate("MainWindow", "New &company…"), actions.new_company)
    file.addAction(translate("MainWindow", "New c&ontact…"), actions.new_contact)
    file.addSeparator()
    file.addAction(icon("backups"), translate("MainWindow", "&Backups…"), desk.show_backups)
    file.addAction(icon("trash"), translate("MainWindow", "&Trash…"), desk.show_trash)
    file.addAction(
        icon("retention"), translate("MainWindow", "&Retention review…"), desk.retention_review
    )
    file.addSeparator()
    quit_action = file.addAction(translate("MainWindow", "&Quit"), desk.window.close)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    reports = bar.addMenu(translate("MainWindow", "&Reports"))
    summary = reports.addAction(
        icon("summary"),
        translate("MainWindow", "&Pipeline summary…"),
        desk.pipeline_summary,  # a menu slot gets no ``checked`` (no period)
    )
    summary.setShortcut("Ctrl+R")
    data = bar.addMenu(translate("MainWindow", "&Data"))
    importer = data.addAction(
        icon("import"), translate("MainWindow", "&Import…"), desk.import_companies
    )
    importer.setShortcut("Ctrl+I")
    export = data.addAction(icon("export"), translate("MainWindow", "&Export…"), desk.export_data)
    export.setShortcut("Ctrl+E")
    # Reports and data exchange are the desk's, not a window's: their keys work in
    # the company and project windows too (no window uses them for its own).
    for everywhere in (summary, importer, export):
        everywhere.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(
        icon("about"), translate("MainWindow", "&About LeadTracker…"), desk.show_about
    )
    help_menu.addAction(translate("MainWindow", "About &Qt…"), QApplication.aboutQt)
