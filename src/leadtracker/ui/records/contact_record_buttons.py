"""A saved contact's record: personal data (GDPR), changes, delete, activities and tasks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leadtracker.ui.i18n import translate
from leadtracker.ui.records.change_history import ChangeHistory
from leadtracker.ui.records.contact_editor import ContactEditorDialog
from leadtracker.ui.records.contact_work import ContactWork
from leadtracker.ui.safety.privacy_menu import PrivacyMenu
from leadtracker.ui.shell.desk import DeskActions


def show_changes(actions: DeskActions, contact_id: int, parent: QWidget) -> None:
    """The contact's audit trail in a dialog of its own."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("ContactRecord", "Changes of this contact"))
    dialog.resize(760, 380)
    table = ChangeHistory(dialog)
    table.show_lines(actions.services.history.of("contact", contact_id))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dialog.exec()
    dialog.deleteLater()


def contact_record_buttons(
    actions: DeskActions, contact_id: int, reload: Callable[[], None], parent: QWidget
) -> QWidget:
    """*Personal data*, *Changes…* and *Delete…* for the contact dialog ``parent``.

    A :class:`ContactEditorDialog` also gets the tab with the contact's
    activities and their company's tasks.
    """
    services = actions.services
    if isinstance(parent, ContactEditorDialog):
        parent.add_tab(
            ContactWork(actions, contact_id, parent),
            translate("ContactRecord", "Activities and tasks"),
        )

    def erased() -> None:
        reload()

    privacy = services.privacy
    menu = PrivacyMenu(privacy, contact_id, actions.settings.pdf_language, erased, parent)
    changes = QPushButton(translate("ContactRecord", "C&hanges…"))
    changes.setToolTip(translate("ContactRecord", "Who changed what of this contact, and when"))
    changes.clicked.connect(lambda: show_changes(actions, contact_id, parent))
    delete = QPushButton(translate("ContactRecord", "Delete…"))
    delete.setToolTip(
        translate("ContactRecord", "Move this contact to the trash (File → Trash… restores it)")
    )

    def move_to_trash() -> None:
        if actions.move_to_trash("contact", contact_id, parent) and isinstance(parent, QDialog):
            parent.reject()

    delete.clicked.connect(move_to_trash)
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for button in (menu, changes, delete):
        layout.addWidget(button)
    return row
