"""Start the desktop app: Qt, fonts, style, then the database and its window.

:class:`DeskApp` owns the open database and its :class:`~leadtracker.ui.shell.app.Desk`:
on the first start it creates the database in the user's data folder, offers
demo data and asks who is working; from Settings it reopens on another file,
and it restores a backup in the file's place. :func:`run` is the entry point
of ``leadtracker gui``.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from leadtracker import __version__
from leadtracker.domain.errors import DomainError
from leadtracker.resources import JAPANESE_FONT, resource
from leadtracker.services.opening import (
    Database,
    DatabaseFault,
    DatabaseLocation,
    DatabaseOpenError,
    ServerAddress,
    ServerUnreachableError,
    explain,
    is_network_path,
    is_unreachable,
    open_database,
    server_reason,
    where,
)
from leadtracker.services.registry import Services
from leadtracker.ui.background import show_error
from leadtracker.ui.collector import UiThreadCollector
from leadtracker.ui.i18n import (
    install_translations,
    interface_language,
    localized_error,
    translate,
)
from leadtracker.ui.icons import app_icon
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.app import Desk
from leadtracker.ui.shell.screen_fit import ScreenFit
from leadtracker.ui.shell.style import apply_style


def install_japanese_font(app: QApplication) -> None:
    """Register the bundled IPAexGothic as a fallback so Japanese shows on any PC.

    The app font is first pinned to the family the system really uses
    ("Sans Serif" is often only an alias): a substitute for an alias would
    replace it outright and set every Latin letter and quote mark in the
    Japanese font.
    """
    base = app.font()
    real = QFontInfo(base).family()
    if real and real != base.family():
        base.setFamily(real)
        app.setFont(base)
    font_id = QFontDatabase.addApplicationFont(str(resource(*JAPANESE_FONT)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        for family in dict.fromkeys((real, "Sans Serif", "Segoe UI", "Arial", "Helvetica")):
            QFont.insertSubstitutions(family, [*QFont.substitutes(family), *families])


class DeskApp(QObject):
    """Owns the open database and its :class:`Desk`; reopens on another file on request."""

    def __init__(self, settings: AppSettings) -> None:
        super().__init__()
        self.settings = settings
        self.desk: Desk | None = None
        self._health: object | None = None  # the open file's HealthCheck, kept alive

    def open(self, location: DatabaseLocation) -> bool:
        """Open the database at ``location`` (a file or a server) and show its window.

        Whether it worked; if not, the user was told why and the database open
        before (if any) stays open.
        """
        if isinstance(location, Path):
            return self._open_file(location)
        parent = self.desk.window if self.desk else None
        try:
            database = open_database(location)
        except DatabaseFault as error:  # the server: refused, timeout, password, TLS
            shown = ServerUnreachableError(server_reason(error.orig or error, location))
            if self.desk is None and is_unreachable(error):  # at start, no window yet: what now?
                return self._when_away(location, shown)
            show_error(parent, translate("MainWindow", "LeadTracker"), shown)
            return False
        except DomainError as error:  # not a LeadTracker database, a newer schema
            show_error(parent, translate("MainWindow", "LeadTracker"), error)
            return False
        self._show(database, location, created=False)
        return True

    def _when_away(self, location: ServerAddress, error: ServerUnreachableError) -> bool:
        """Ask what to do when the server is away at start, and do it; whether a database opened."""
        from leadtracker.ui.shell.connect_dialog import ConnectDialog  # noqa: PLC0415
        from leadtracker.ui.shell.server_away import AwayChoice, ask_when_away  # noqa: PLC0415

        choice = ask_when_away(None, where(location), localized_error(error))
        if choice is AwayChoice.RETRY:
            return self.open(location)
        if choice is AwayChoice.LOCAL_FILE:
            path, _filter = QFileDialog.getOpenFileName(
                None,
                translate("MainWindow", "Open a local database file"),
                str(Path.home()),
                translate("MainWindow", "LeadTracker database (*.sqlite *.db);;All files (*)"),
            )
            return self.open(Path(path)) if path else self._when_away(location, error)
        if choice is AwayChoice.CHANGE:
            dialog = ConnectDialog(self.settings, start=location)
            chosen = dialog.address if dialog.exec() else None
            dialog.deleteLater()
            return self.open(chosen) if chosen is not None else self._when_away(location, error)
        return False

    def _open_file(self, path: Path) -> bool:
        """Open (or create) the database file at ``path`` and show its window.

        A file that exists but does not open (damaged) leads to its newest
        sound backup, offered for restoring.
        """
        from leadtracker.ui.safety.backups_dialog import offer_restore  # noqa: PLC0415

        created = not path.exists()
        parent = self.desk.window if self.desk else None
        try:
            database = open_database(path)
        except (DatabaseOpenError, DatabaseFault) as error:
            health = Services.backups_of(path).health() if path.is_file() else None
            if health is None or health.sound or health.newest_sound is None:
                shown = (
                    error
                    if isinstance(error, DatabaseOpenError)
                    else DatabaseOpenError(
                        translate("MainWindow", "{path} cannot be read: {error}").format(
                            path=path, error=error.orig
                        )
                    )
                )
                show_error(parent, translate("MainWindow", "LeadTracker"), shown)
                return False
            chosen = offer_restore(parent, path, health)
            return chosen is not None and self._restore_closed(path, chosen)
        self._show(database, path, created=created)
        return True

    def _show(self, database: Database, location: DatabaseLocation, *, created: bool) -> None:
        """The window of the newly opened ``database``, in place of the one before."""
        from leadtracker.ui.safety.backups_dialog import HealthCheck  # noqa: PLC0415

        previous = self.desk
        self.desk = Desk(Services.on(database), self.settings)
        self.desk.actions.database_requested.connect(self.switch_to)
        self.desk.actions.restore_requested.connect(self.restore)
        self.settings.database_location = location
        if previous is not None:
            previous.window.close()
            previous.stop_work()
            previous.services.database.close()
        self.desk.window.show()
        path = location if isinstance(location, Path) else None
        if path is not None and is_network_path(path):
            QMessageBox.warning(
                self.desk.window,
                translate("MainWindow", "Database on a network drive"),
                translate(
                    "MainWindow",
                    "{path} is on a network drive. When two PCs write to it at the same time, "
                    "the file can be damaged. Keep the database on this PC and share exports, "
                    "or let one PC at a time use it.",
                ).format(path=path),
            )
        self.desk.identity.require()
        if created:
            if not self.desk.offer_demo_data():
                self.desk.identity.ask_if_needed()
        elif path is None:  # a server keeps its own backups (docs/team-server.md)
            self.desk.identity.ask_if_needed()
        else:
            backups = Services.backups_of(path, rotation=self.settings.backup_rotation)
            self._health = HealthCheck(
                self.desk.runner,
                backups,
                self.desk.window,
                self.restore,
                guard=self.desk.services.database.write_guard,
            )
            self._health.run(daily=True)
            self.desk.identity.ask_if_needed()

    def restore(self, backup: Path) -> bool:
        """Close the database, put ``backup``'s contents in its place, and open it again."""
        if self.desk is None:
            return False
        path = self.desk.services.database.path
        self.desk.window.close()
        self.close()
        return self._restore_closed(path, backup)

    def _restore_closed(self, path: Path, backup: Path) -> bool:

        try:
            Services.backups_of(path).restore(backup)
        except (DomainError, sqlite3.DatabaseError) as error:  # busy, a bad backup, read-only
            shown = (
                error if isinstance(error, DomainError) else DatabaseOpenError(explain(error, path))
            )
            show_error(None, translate("MainWindow", "LeadTracker"), shown)
            return self.open(path)  # nothing was replaced: back to the database as it is
        return self.open(path)

    def close(self) -> None:
        """Close the database (after the window closed)."""
        if self.desk is not None:
            self.desk.stop_work()
            self.desk.services.database.close()
            self.desk = None

    def switch_to(self, location: DatabaseLocation) -> None:
        """Reopen on another database (file or server); the current one stays open if that fails."""
        self.open(location)


def _show_uncaught(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """Errors escaping a slot end in the error dialog, not on a console nobody reads."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    show_error(QApplication.activeWindow(), translate("MainWindow", "LeadTracker"), error)


def _quit_when_ready(app: QApplication, desk_app: DeskApp) -> None:
    """Print "ready" and quit once the window is shown with its first page loaded.

    The file's quick check and the day's backup may still run in the
    background then: they do not keep anyone from working.
    """
    desk = desk_app.desk
    if desk is None:
        app.quit()
        return
    on_my_day = desk.window.pages.currentWidget() is desk.my_day
    first_page_loaded = desk.my_day.loaded if on_my_day else not desk.runner.busy
    if not first_page_loaded or not desk.window.isVisible():
        QTimer.singleShot(1, lambda: _quit_when_ready(app, desk_app))
        return
    desk.window.repaint()
    print("ready", flush=True)
    app.quit()


def run(
    database: DatabaseLocation | None, default_path: Path, *, quit_when_ready: bool = False
) -> int:
    """Run the GUI; ``database`` as given on the command line, else the last one used.

    ``quit_when_ready`` ends the app as soon as it is usable (start-time benchmarks).
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("LeadTracker")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Japan Desk Düsseldorf")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("de.duesseldorf.LeadTracker")  # the .desktop entry (Linux)
    install_japanese_font(app)
    apply_style(app)
    UiThreadCollector(app)
    ScreenFit(app)
    sys.excepthook = _show_uncaught
    settings = AppSettings(QSettings())
    # Kept referenced while the app runs: a collected translator stops translating.
    _translators = install_translations(app, interface_language(settings.interface_language))
    desk_app = DeskApp(settings)
    location = database or settings.database_location or default_path
    if not desk_app.open(location):
        return 1
    if quit_when_ready:
        QTimer.singleShot(0, lambda: _quit_when_ready(app, desk_app))
    try:
        return app.exec()
    finally:
        desk_app.close()
