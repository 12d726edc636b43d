"""Help → About LeadTracker: the version, where the data lives, and the licences."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from leadtracker import __version__
from leadtracker.licences import FONTS, LICENCE, components
from leadtracker.services.opening import DatabaseLocation, where
from leadtracker.services.safety.backups import default_backup_dir
from leadtracker.ui.icons import app_icon
from leadtracker.ui.lists.table_view import read_only_table

#: The icons of the side bar and the main actions, and their licence.
ICON_FONT = ("Material Design Icons (Pictogrammers)", "Apache-2.0")


class AboutDialog(QDialog):
    """About LeadTracker: version, files, licences of LeadTracker, its libraries and fonts."""

    def __init__(self, database: DatabaseLocation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About LeadTracker"))
        self.resize(720, 520)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(96, 96))
        title = QLabel(f"LeadTracker {__version__}")
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        purpose = QLabel(
            self.tr(
                "The Japan Desk's pipeline: Japanese companies from the first inquiry to "
                "their branch in Düsseldorf, and the aftercare of settled companies."
            )
        )
        purpose.setWordWrap(True)
        files = QGridLayout()
        rows = (
            (
                (self.tr("Database file"), str(database)),
                (self.tr("Data folder"), str(database.parent)),
                (self.tr("Backups"), str(default_backup_dir(database))),
            )
            if isinstance(database, Path)
            else ((self.tr("Team database"), where(database)),)
        )
        for row, (label, value) in enumerate(rows):
            name = QLabel(label)
            name.setStyleSheet("color: palette(placeholder-text);")
            path = QLabel(value)
            path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            path.setAccessibleName(label)
            files.addWidget(name, row, 0)
            files.addWidget(path, row, 1)
        files.setColumnStretch(1, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._licence_tab(), self.tr("&Licence"))
        self.tabs.addTab(self._components_tab(), self.tr("&Components"))
        self.tabs.addTab(self._fonts_tab(), self.tr("&Fonts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        heading = QGridLayout()
        heading.addWidget(logo, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(title, 0, 1)
        heading.addWidget(purpose, 1, 1)
        heading.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(files)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _licence_tab(self) -> QWidget:
        text = QLabel(
            self.tr(
                "LeadTracker is free software: you can redistribute it and/or modify it under "
                "the terms of the GNU General Public License as published by the Free Software "
                "Foundation, either version 3 of the License, or (at your option) any later "
                "version ({licence}).\n\nIt is distributed in the hope that it will be useful, "
                "but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY "
                "or FITNESS FOR A PARTICULAR PURPOSE."
            ).format(licence=LICENCE)
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignTop)
        text.setContentsMargins(8, 8, 8, 8)
        return text

    def _components_tab(self) -> QWidget:
        rows = [(c.name, c.version, c.licence) for c in components()]
        rows.append((ICON_FONT[0], "", ICON_FONT[1]))
        self.components = QTableWidget(len(rows), 3)
        self.components.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        )
        self.components.setAccessibleName(self.tr("Components and their licences"))
        read_only_table(self.components, stretch=2)
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                self.components.setItem(row, column, QTableWidgetItem(text))
        return self.components

    def _fonts_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        for font in FONTS:
            heading = QLabel(
                self.tr("{font} ({files}) — {licence}").format(
                    font=font.name, files=", ".join(font.files), licence=font.licence
                )
            )
            heading.setStyleSheet("font-weight: 600;")
            text = QPlainTextEdit(font.licence_text())
            text.setReadOnly(True)
            text.setAccessibleName(font.licence)
            layout.addWidget(heading)
            layout.addWidget(text, 1)
        return page
