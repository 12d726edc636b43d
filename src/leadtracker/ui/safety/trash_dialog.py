"""Deleting into the trash (with one clear question) and the File → Trash… dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadtracker.domain.errors import DomainError
from leadtracker.services.safety.trash import TrashedItem, TrashPreview, TrashService
from leadtracker.ui.background import show_error
from leadtracker.ui.formats import moment_text
from leadtracker.ui.i18n import translate
from leadtracker.ui.lists.table_view import read_only_table


def kind_name(kind: str) -> str:
    """A deletable kind of record, in words."""
    return {
        "company": translate("Trash", "Company"),
        "contact": translate("Trash", "Contact"),
        "project": translate("Trash", "Project"),
        "activity": translate("Trash", "Activity"),
        "task": translate("Trash", "Task"),
    }.get(kind, kind)


def _along(preview: TrashPreview) -> str:
    parts = [
        (preview.contacts, translate("Trash", "{count} contacts")),
        (preview.projects, translate("Trash", "{count} projects")),
        (preview.activities, translate("Trash", "{count} activities")),
        (preview.tasks, translate("Trash", "{count} tasks")),
    ]
    return ", ".join(text.format(count=count) for count, text in parts if count)


def ask_move_to_trash(parent: QWidget | None, preview: TrashPreview) -> bool:
    """Ask before deleting; says what goes with the record and that it can come back."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Trash", "Move to the trash"))
    box.setText(translate("Trash", "Move “{name}” to the trash?").format(name=preview.label))
    along = _along(preview)
    details = (
        translate("Trash", "With it go: {records}.").format(records=along) + "\n\n" if along else ""
    )
    box.setInformativeText(
        details
        + translate(
            "Trash",
            "Nothing shows it any more, but File → Trash… can restore it until the trash "
            "is emptied.",
        )
    )
    move = box.addButton(translate("Trash", "&Move to trash"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(move)
    box.exec()
    return box.clickedButton() is move


class TrashDialog(QDialog):
    """What was deleted: restore a deletion, delete chosen ones for good, or empty the trash."""

    #: Records came back or went for good: pages reload.
    changed = Signal()

    def __init__(self, trash: TrashService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._trash = trash
        self._items: tuple[TrashedItem, ...] = ()
        self.setWindowTitle(self.tr("Trash"))
        self.resize(820, 420)
        self.intro = QLabel(
            self.tr(
                "Deleted companies, contacts, projects, activities and tasks wait here. "
                "Restoring brings back "
                "everything a deletion took; deleting for good cannot be undone "
                "(only backups keep it)."
            )
        )
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        headers = (
            self.tr("Deleted"),
            self.tr("What"),
            self.tr("Name"),
            self.tr("With it"),
            self.tr("By"),
        )
        self.table.setHorizontalHeaderLabels(list(headers))
        read_only_table(self.table, stretch=2)
        self.table.setAccessibleName(self.tr("Deleted records"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore())
        self.empty_label = QLabel(self.tr("The trash is empty."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(placeholder-text); padding: 12px;")

        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.clicked.connect(self.restore)
        self.delete_button = QPushButton(self.tr("&Delete for good…"))
        self.delete_button.clicked.connect(self.delete_chosen)
        self.empty_button = QPushButton(self.tr("&Empty trash…"))
        self.empty_button.clicked.connect(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.restore_button, self.delete_button, self.empty_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        """Show what is in the trash now."""
        self._items = self._trash.items()
        self.table.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            when = moment_text(item.trashed_at)
            along = str(item.along) if item.along else ""
            cells = (when, kind_name(item.kind), item.label, along, item.trashed_by)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setVisible(bool(self._items))
        self.empty_label.setVisible(not self._items)
        if self._items:
            self.table.selectRow(0)
        self._update_buttons()

    def _chosen(self) -> list[TrashedItem]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self._items[row] for row in rows]

    def _update_buttons(self) -> None:
        chosen = self._chosen()
        self.restore_button.setEnabled(len(chosen) >= 1)
        self.delete_button.setEnabled(bool(chosen))
        self.empty_button.setEnabled(bool(self._items))

    def restore(self) -> None:
        """Bring back the chosen deletions (companies first, so their people can follow)."""
        chosen = sorted(self._chosen(), key=lambda item: item.kind != "company")
        try:
            for item in chosen:
                self._trash.restore(item.entry_id)
        except DomainError as error:
            show_error(self, self.tr("Not everything could be restored"), error)
        self.changed.emit()
        self.reload()

    def delete_chosen(self) -> None:
        """Delete the chosen deletions for good, after a question."""
        chosen = self._chosen()
        question = self.tr("Delete {count} deleted records for good?").format(count=len(chosen))
        if len(chosen) == 1:
            question = self.tr("Delete “{name}” for good?").format(name=chosen[0].label)
        if self._confirm(question):
            self._trash.empty([item.entry_id for item in chosen])
            self.changed.emit()
            self.reload()

    def empty(self) -> None:
        """Delete everything in the trash for good, after a question."""
        if self._confirm(self.tr("Empty the trash: delete everything in it for good?")):
            self._trash.empty()
            self.changed.emit()
            self.reload()

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("Delete for good"),
            question
            + "\n\n"
            + self.tr(
                "This cannot be undone (only backups keep the records until they rotate out)."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes
