"""Settings: which database file, who uses this PC, the language of printed documents.

Choosing another file (or creating a new one) asks the app to reopen on it
through ``database_chosen``; the other settings are saved as they change.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leadtracker.domain.errors import DomainError
from leadtracker.domain.vocabulary import Language
from leadtracker.services.network import NetworkService
from leadtracker.services.opening import DatabaseLocation, where
from leadtracker.services.safety.backups import Rotation
from leadtracker.ui.background import show_error
from leadtracker.ui.i18n import QT_TRANSLATE_NOOP, system_language_name
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.who_dialog import suggested_initials

#: What the file dialogs offer (the texts are translated when shown).
FILE_FILTER = (
    QT_TRANSLATE_NOOP("SettingsPage", "LeadTracker database (*.sqlite *.db)"),
    QT_TRANSLATE_NOOP("SettingsPage", "All files (*)"),
)


class SettingsPage(QWidget):
    """The Settings page of the main window."""

    #: The user chose another database file (to open, or to create when it does not exist).
    database_chosen = Signal(object)
    #: The staff member using this PC changed (their id, or None).
    staff_chosen = Signal(object)
    #: The user wants LeadTracker started again now (another interface language).
    restart_requested = Signal()

    def __init__(
        self, settings: AppSettings, network: NetworkService, database: DatabaseLocation
    ) -> None:
        super().__init__()
        self._settings = settings
        self._network = network

        self._folder = database.parent if isinstance(database, Path) else Path.home()
        database_box = self._database_box(settings, database)

        self.staff = QComboBox()
        self.staff.setAccessibleName(self.tr("Staff member using this PC"))
        self.staff.currentIndexChanged.connect(self._staff_chosen)
        self.add_staff = QPushButton(self.tr("&Add staff member…"))
        self.add_staff.clicked.connect(self._add_staff_member)
        staff_row = QHBoxLayout()
        staff_row.addWidget(self.staff, 1)
        staff_row.addWidget(self.add_staff)

        self.pdf_language = QComboBox()
        self.pdf_language.setAccessibleName(self.tr("Language of PDF documents"))
        for language, label in (
            (Language.GERMAN, self.tr("German")),
            (Language.ENGLISH, self.tr("English")),
            (Language.JAPANESE, self.tr("Japanese")),
        ):
            self.pdf_language.addItem(label, language)
        self.pdf_language.setCurrentIndex(self.pdf_language.findData(settings.pdf_language))
        self.pdf_language.currentIndexChanged.connect(
            lambda _index: setattr(settings, "pdf_language", self.pdf_language.currentData())
        )

        work_box = QGroupBox(self.tr("Your work"))
        work_form = QFormLayout(work_box)
        staff_label = QLabel(self.tr("&Staff member using this PC"))
        staff_label.setBuddy(self.staff)
        work_form.addRow(staff_label, staff_row)
        work_form.addRow(self.tr("&PDF documents in"), self.pdf_language)
        language_row = self._language_row(settings)
        language_label = QLabel(self.tr("&Interface language"))
        language_label.setBuddy(self.interface_language)
        work_form.addRow(language_label, language_row)
        self.ask_skipping = QCheckBox(self.tr("As&k before a move skips stages"))
        self.ask_skipping.setChecked(settings.ask_before_skipping_stages)
        self.ask_skipping.toggled.connect(
            lambda ask: setattr(settings, "ask_before_skipping_stages", ask)
        )
        work_form.addRow("", self.ask_skipping)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Settings"))
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        layout.addWidget(title)
        layout.addWidget(database_box)
        layout.addWidget(work_box)
        layout.addStretch(1)
        self.reload_staff()

    def _database_box(self, settings: AppSettings, database: DatabaseLocation) -> QGroupBox:
        """The database (open another file, create one, connect to a server), backups kept."""
        on_server = not isinstance(database, Path)
        self.path_label = QLineEdit(where(database))
        self.path_label.setReadOnly(True)
        self.path_label.setAccessibleName(
            self.tr("Team database") if on_server else self.tr("Database file")
        )
        self.open_button = QPushButton(self.tr("&Open another…"))
        self.open_button.clicked.connect(self._open_other)
        self.new_button = QPushButton(self.tr("Create &new…"))
        self.new_button.clicked.connect(self._create_new)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_label, 1)
        file_row.addWidget(self.open_button)
        file_row.addWidget(self.new_button)
        self.connect_button = QPushButton(self.tr("Connect to a &team database…"))
        self.connect_button.clicked.connect(self._connect_to_server)
        file_row.addWidget(self.connect_button)
        database_box = QGroupBox(self.tr("Database"))
        database_form = QVBoxLayout(database_box)
        database_form.addLayout(file_row)
        self.database_hint = QLabel(
            self.tr(
                "The desk's data lives on this team server, shared with your colleagues. "
                "Its backups are made on the server by your IT department."
            )
            if on_server
            else self.tr(
                "All data of the Japan Desk lives in this one file. Keep it on this PC's own "
                "disk; backups are made beside it."
            )
        )
        self.database_hint.setWordWrap(True)
        self.database_hint.setStyleSheet("color: palette(placeholder-text);")
        database_form.addWidget(self.database_hint)
        rotation = self._rotation_row(settings)
        database_form.addLayout(rotation)
        for index in range(rotation.count()):  # the app keeps no backups of a server database
            item = rotation.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setVisible(not on_server)
        return database_box

    def _rotation_row(self, settings: AppSettings) -> QHBoxLayout:
        """How many daily backups are kept: the last N days and M weeks."""
        rotation = settings.backup_rotation
        self.keep_days, self.keep_weeks = QSpinBox(), QSpinBox()
        for box, value, name in (
            (self.keep_days, rotation.days, self.tr("Daily backups kept (days)")),
            (self.keep_weeks, rotation.weeks, self.tr("Weekly backups kept (weeks)")),
        ):
            box.setRange(1, 365)
            box.setValue(value)
            box.setAccessibleName(name)
            box.valueChanged.connect(
                lambda _value: setattr(
                    settings,
                    "backup_rotation",
                    Rotation(self.keep_days.value(), self.keep_weeks.value()),
                )
            )
        row = QHBoxLayout()
        label = QLabel(self.tr("Keep the daily backups of the last"))
        label.setBuddy(self.keep_days)
        for widget in (
            label,
            self.keep_days,
            QLabel(self.tr("days and one of each of the last")),
            self.keep_weeks,
            QLabel(self.tr("weeks")),
        ):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _language_row(self, settings: AppSettings) -> QHBoxLayout:
        """The interface language; it takes effect when LeadTracker starts next."""
        self.interface_language = QComboBox()
        self.interface_language.setAccessibleName(self.tr("Interface language"))
        for code, label in (
            ("", self.tr("As the system (now: {name})").format(name=system_language_name())),
            ("de", "Deutsch"),
            ("en", "English"),
            ("ja", "日本語"),
        ):
            self.interface_language.addItem(label, code)
        self.interface_language.setCurrentIndex(
            self.interface_language.findData(settings.interface_language)
        )
        self.language_hint = QLabel()
        self.language_hint.setStyleSheet("color: palette(placeholder-text);")

        def chosen(_index: int) -> None:
            settings.interface_language = self.interface_language.currentData()
            self.language_hint.setText(self.tr("Takes effect when LeadTracker starts next."))
            self._offer_restart()

        self.interface_language.currentIndexChanged.connect(chosen)
        row = QHBoxLayout()
        row.addWidget(self.interface_language)
        row.addWidget(self.language_hint, 1)
        return row

    def _offer_restart(self) -> None:
        """Ask whether to start again now, in the language just chosen."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Interface language"))
        box.setText(
            self.tr("The new language shows when LeadTracker starts again. Restart it now?")
        )
        now = box.addButton(self.tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(now)
        box.exec()
        if box.clickedButton() is now:
            self.restart_requested.emit()

    def reload_staff(self) -> None:
        """Fill the staff list from the database, the chosen member selected."""
        self.staff.blockSignals(True)
        self.staff.clear()
        self.staff.addItem(self.tr("Not chosen"), None)
        for user in self._network.users():
            if user.active:
                self.staff.addItem(f"{user.name} ({user.initials})", user.id)
        index = self.staff.findData(self._settings.staff_user_id)
        self.staff.setCurrentIndex(max(index, 0))
        self.staff.blockSignals(False)

    def _staff_chosen(self, _index: int) -> None:
        self._settings.staff_user_id = self.staff.currentData()
        self.staff_chosen.emit(self._settings.staff_user_id)

    def _add_staff_member(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add staff member"), self.tr("Full name:"))
        if not ok or not name.strip():
            return
        initials = suggested_initials(name)
        initials, ok = QInputDialog.getText(
            self, self.tr("Add staff member"), self.tr("Initials:"), text=initials
        )
        if not ok:
            return
        try:
            user = self._network.add_user(name, initials)
        except DomainError as error:
            show_error(self, self.tr("The staff member was not added"), error)
            return
        self._settings.staff_user_id = user.id
        self.reload_staff()
        self.staff_chosen.emit(user.id)

    def _file_filter(self) -> str:
        return ";;".join(self.tr(text) for text in FILE_FILTER)

    def _open_other(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            str(self._folder),
            self._file_filter(),
        )
        if path:
            self.database_chosen.emit(Path(path))

    def _create_new(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Create a new database"),
            str(self._folder / "leadtracker.sqlite"),
            self._file_filter(),
        )
        if not path:
            return
        chosen = Path(path)
        if chosen.suffix == "":
            chosen = chosen.with_suffix(".sqlite")
        if chosen.exists():
            text = self.tr("{path} exists already. Use “Open another…” to open it.")
            error = DomainError(text.format(path=chosen))
            show_error(self, self.tr("No new database was created"), error)
            return
        self.database_chosen.emit(chosen)

    def _connect_to_server(self) -> None:
        from leadtracker.ui.shell.connect_dialog import ConnectDialog  # noqa: PLC0415

        dialog = ConnectDialog(self._settings, self)
        if dialog.exec() and dialog.address is not None:
            self.database_chosen.emit(dialog.address)
        dialog.deleteLater()
