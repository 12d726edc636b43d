"""Who is using this PC? Asked at the first start, and whenever nobody is chosen.

LeadTracker records every change with its author. The dialog lists the
active staff members of the open database; a new colleague adds themselves
(name and initials) in the same dialog. Choosing is remembered in Settings.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadtracker.domain.errors import DomainError
from leadtracker.services.network import NetworkService, UserRecord
from leadtracker.ui.forms.form import FormBanner
from leadtracker.ui.i18n import localized_error

#: Wide enough that the explanation reads in a few lines, narrow enough for any screen.
PREFERRED_WIDTH = 460

#: How many initials are suggested from a new colleague's name.
SUGGESTED_INITIALS = 3


def suggested_initials(name: str) -> str:
    """Initials for ``name``: the first letter of each of its words, up to three."""
    return "".join(part[0] for part in name.split() if part).upper()[:SUGGESTED_INITIALS]


class WhoDialog(QDialog):
    """Choose yourself among the staff, or add yourself; :attr:`chosen` is the result."""

    def __init__(self, network: NetworkService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._network = network
        self.chosen: UserRecord | None = None
        self.setWindowTitle(self.tr("Who is using this PC?"))
        intro = QLabel(
            self.tr(
                "LeadTracker records every change with the name of the person who made it. "
                "Choose yourself, or add yourself if you are new at the desk. You can change "
                "this later under Settings."
            )
        )
        intro.setWordWrap(True)

        self.staff = QListWidget()
        self.staff.setAccessibleName(self.tr("Staff members"))
        for user in network.users():
            if user.active:
                item = QListWidgetItem(f"{user.name} ({user.initials})")
                item.setData(Qt.ItemDataRole.UserRole, user)
                self.staff.addItem(item)
        self.staff.itemSelectionChanged.connect(self._update)
        self.staff.itemDoubleClicked.connect(lambda _item: self.accept())

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Full name"))
        self.name.setPlaceholderText(self.tr("e.g. {example}").format(example="Anna Becker"))
        self.name.textEdited.connect(self._name_edited)
        self.initials = QLineEdit()
        self.initials.setAccessibleName(self.tr("Initials"))
        self.initials.setMaxLength(8)
        self.initials.textEdited.connect(self._initials_edited)
        self._initials_typed = False
        new = QGroupBox(self.tr("I am new here"))
        form = QFormLayout(new)
        form.addRow(self.tr("Full &name:"), self.name)
        form.addRow(self.tr("&Initials:"), self.initials)

        self.problem = FormBanner()

        self.buttons = QDialogButtonBox()
        self.start = self.buttons.addButton(
            self.tr("Start working"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.later = self.buttons.addButton(
            self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.later.setToolTip(
            self.tr("You can look around; LeadTracker asks again before the first change is saved")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if self.staff.count():
            layout.addWidget(QLabel(self.tr("I am:")))
            layout.addWidget(self.staff, 1)
        else:
            self.staff.hide()
        layout.addWidget(new)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(max(self.sizeHint().width(), PREFERRED_WIDTH), self.sizeHint().height())
        self._update()

    def showEvent(self, event: QShowEvent) -> None:
        """The cursor starts where the first answer goes."""
        super().showEvent(event)
        (self.staff if self.staff.count() else self.name).setFocus()

    def choose(self, user_id: int) -> None:
        """Select the staff member ``user_id`` in the list (as a click would)."""
        for row in range(self.staff.count()):
            item = self.staff.item(row)
            if item.data(Qt.ItemDataRole.UserRole).id == user_id:
                self.staff.setCurrentItem(item)
                return

    def accept(self) -> None:
        """Take the chosen member, or add the new colleague first; stay open on a problem."""
        name = self.name.text().strip()
        if name or self.initials.text().strip():
            try:
                self.chosen = self._network.add_user(name, self.initials.text())
            except DomainError as error:
                self.problem.show_lines([localized_error(error)])
                return
        else:
            selected = self.staff.selectedItems()
            if not selected:
                return
            self.chosen = selected[0].data(Qt.ItemDataRole.UserRole)
        super().accept()

    def _name_edited(self, name: str) -> None:
        if not self._initials_typed:
            self.initials.setText(suggested_initials(name))
        if name.strip():
            self.staff.clearSelection()
        self._update()

    def _initials_edited(self, _text: str) -> None:
        self._initials_typed = True
        self._update()

    def _update(self) -> None:
        self.problem.hide()
        chosen = bool(self.staff.selectedItems()) or bool(self.name.text().strip())
        self.start.setEnabled(chosen)
        if self.staff.selectedItems():
            self.name.clear()
            self.initials.clear()
            self._initials_typed = False
