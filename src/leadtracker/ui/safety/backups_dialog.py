"""Backups in the app: the list of backups, backing up now, restoring one, and a damaged file.

*File → Backups…* opens :class:`BackupsDialog`: every backup of the open
database with when and why it was taken and its size, *Back up now*, and
*Restore…* for the one selected (after a confirmation; the file as it was is
kept as a backup first). A job in the background that finds the file damaged
shows no error of its own: the check runs again and offers the backup (once,
however many pages failed). The restore itself is the caller's: the database
has to be closed and opened again around it (:class:`DeskApp`).

After the window opens, :class:`HealthCheck` runs SQLite's quick check
and the day's backup in the background. A damaged file -- or one that does
not open at all -- leads to :func:`offer_restore`: the newest backup that
passes the full check, offered for restoring.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadtracker.services.opening import WriteGuard
from leadtracker.services.safety.backups import BackupEntry, BackupService, Health
from leadtracker.ui.background import BackgroundRunner, show_error
from leadtracker.ui.formats import moment_text
from leadtracker.ui.i18n import translate


def reason_text(reason: str) -> str:
    """Why a backup was taken, in words."""
    if reason.startswith("before-") and reason != "before-restore":
        return translate("Backups", "before the upgrade to {revision}").format(
            revision=reason[len("before-") :]
        )
    return {
        "daily": translate("Backups", "daily"),
        "manual": translate("Backups", "backed up by hand"),
        "before-restore": translate("Backups", "before a restore"),
    }.get(reason, reason)


def when_text(entry: BackupEntry) -> str:
    """When a backup was taken, in local time."""
    return moment_text(entry.taken_at)


class BackupsDialog(QDialog):
    """The backups of the open database: back up now, or choose one to restore."""

    #: Restore this backup (its path), confirmed by the user.
    restore_requested = Signal(object)

    def __init__(self, service: BackupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self._service = service
        self._runner = BackgroundRunner(self)
        self._entries: tuple[BackupEntry, ...] = ()
        intro = QLabel(
            self.tr(
                "Backups of {name} in {folder}. A daily backup is taken when the app starts; "
                "the last 7 days and 8 weeks are kept."
            ).format(name=service.database.name, folder=service.folder)
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.back_up_button = QPushButton(self.tr("&Back up now"))
        self.back_up_button.clicked.connect(self.back_up)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.back_up_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.reload()

    def reload(self) -> None:
        """Read the backup folder again."""
        self._entries = self._service.backups()
        self.table.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            size = QTableWidgetItem(f"{entry.size / 1_048_576:.1f} MiB")
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate(
                (
                    QTableWidgetItem(when_text(entry)),
                    QTableWidgetItem(reason_text(entry.reason)),
                    size,
                )
            ):
                item.setToolTip(str(entry.path))
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self._selection_changed()

    @property
    def selected(self) -> BackupEntry | None:
        """The backup selected in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self._entries[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected is not None)

    def back_up(self) -> None:
        """Back the database up now (in the background), then show the new backup."""
        self.back_up_button.setEnabled(False)

        def done(_entry: BackupEntry) -> None:
            self.back_up_button.setEnabled(True)
            self.reload()
            self.table.selectRow(0)

        self._runner.run(
            lambda _progress: self._service.back_up(),
            done,
            error_title=self.tr("The backup could not be made"),
            progress_title=self.tr("Backing up …"),
        )

    def restore_selected(self) -> None:
        """Ask, then ask for the selected backup to be restored."""
        entry = self.selected
        if entry is None:
            return
        if confirm_restore(self, entry):
            self.restore_requested.emit(entry.path)
            self.accept()


def confirm_restore(parent: QWidget | None, entry: BackupEntry) -> bool:
    """Whether the user wants the database replaced by ``entry``."""
    answer = QMessageBox.question(
        parent,
        translate("Backups", "Restore a backup"),
        translate(
            "Backups",
            "Replace everything in the database with the backup of {when} ({why})?\n\n"
            "Changes made since then are no longer shown; the database as it is now is kept "
            "as a backup first, so this can be undone.",
        ).format(when=when_text(entry), why=reason_text(entry.reason)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def offer_restore(parent: QWidget | None, path: Path, health: Health) -> Path | None:
    """Tell the user the file is damaged; the backup to restore if they want it (else None)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("Backups", "The database is damaged"))
    box.setText(translate("Backups", "The database file {path} is damaged.").format(path=path))
    details = "\n".join(health.problems[:20])
    sound = health.newest_sound
    if sound is None:
        box.setInformativeText(
            translate(
                "Backups",
                "There is no backup that passes the check. Keep the file as it is and ask your "
                "IT support for the copy of the file server's backup.",
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.setDetailedText(details)
        box.exec()
        return None
    box.setInformativeText(
        translate(
            "Backups",
            "The newest good backup is from {when} ({why}). Restore it? Changes made since then "
            "are lost; the damaged file is kept beside the backups.",
        ).format(when=when_text(sound), why=reason_text(sound.reason))
    )
    box.setDetailedText(details)
    restore = box.addButton(
        translate("Backups", "&Restore the backup"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(restore)
    box.exec()
    return sound.path if box.clickedButton() is restore else None


class HealthCheck:
    """Checks the file in the background and offers the newest good backup when it is damaged.

    Run once after the start (with the day's backup), and again whenever a
    background job finds the file damaged -- but never twice at a time, so
    the user sees one offer, not one per failed page.
    """

    def __init__(
        self,
        runner: BackgroundRunner,
        service: BackupService,
        parent: QWidget,
        restore: Callable[[Path], object],
        guard: WriteGuard | None = None,
    ) -> None:
        self._runner, self._service, self._parent, self._restore = runner, service, parent, restore
        self._guard = guard
        self._running = False
        runner.damage_found.connect(lambda: self.run(daily=False))

    @property
    def running(self) -> bool:
        """Whether a check is under way (or its offer is open)."""
        return self._running

    def run(self, *, daily: bool) -> None:
        """Quick-check the file (and take the day's backup with ``daily``) unless running."""
        if self._running:
            return
        self._running = True
        service = self._service

        def work(_progress: object) -> Health:
            health = service.health()
            if health.sound and daily:
                service.daily()  # only a sound file is worth a backup
            return health

        self._runner.run(
            work,
            self._done,
            error_title=translate("Backups", "The database could not be checked"),
            on_error=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self._running = False
        show_error(self._parent, translate("Backups", "The database could not be checked"), error)

    def _done(self, health: Health) -> None:
        chosen = None
        if not health.sound and self._guard is not None:  # nothing more goes into the file
            self._guard.refuse(
                translate(
                    "Backups",
                    "The database {path} is damaged: nothing is saved into it any more. "
                    "Restore the newest sound backup (File → Backups…).",
                ).format(path=self._service.database)
            )
        if not health.sound:  # still running while the offer is open: no second offer
            chosen = offer_restore(self._parent, self._service.database, health)
        self._running = False
        if chosen is not None:
            self._restore(chosen)
