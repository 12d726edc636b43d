"""The duplicate warning: a new company looks like existing ones; open one, or create anyway."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from leadtracker.domain.errors import NotFoundError
from leadtracker.services.companies import CompanyService, DuplicateCandidate
from leadtracker.ui.forms.company_chooser import headquarters
from leadtracker.ui.i18n import translate
from leadtracker.ui.lists.table_view import row_table
from leadtracker.ui.safety.duplicate_candidates_model import DuplicateCandidatesModel, DuplicateRow

CONTEXT = "DuplicatesDialog"


class DuplicateAction(Enum):
    """What the user does about possible duplicates."""

    OPEN_EXISTING = "open_existing"
    CREATE_ANYWAY = "create_anyway"
    BACK = "back"


@dataclass(frozen=True)
class DuplicateAnswer:
    """The user's answer; ``company_id`` is the existing company to open."""

    action: DuplicateAction
    company_id: int | None = None


def duplicate_rows(
    candidates: Sequence[DuplicateCandidate], companies: CompanyService
) -> list[DuplicateRow]:
    """The rows to show for ``candidates`` (each with its Japanese name and HQ)."""
    rows = []
    for candidate in candidates:
        try:
            record = companies.get(candidate.company_id)
        except NotFoundError:  # deleted meanwhile: nothing to open
            continue
        rows.append(
            DuplicateRow(
                candidate.company_id,
                candidate.display_name,
                record.name_ja if record.name_ja != candidate.display_name else "",
                headquarters(record),
                candidate.reasons,
            )
        )
    return rows


class DuplicatesDialog(QDialog):
    """Lists the look-alike companies; the answer is in :attr:`answer` after ``exec()``."""

    def __init__(
        self, rows: Sequence[DuplicateRow], new_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DuplicatesDialog", "Possible duplicate"))
        self.answer = DuplicateAnswer(DuplicateAction.BACK)
        self.model = DuplicateCandidatesModel(rows)

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        intro = QLabel(
            translate(
                "DuplicatesDialog",
                "“{name}” may already be in LeadTracker. Open the existing company "
                "instead of creating a second record, or create it anyway if it is "
                "a different company.",
            ).format(name=new_name)
        )
        intro.setWordWrap(True)
        self.table = row_table(
            self.model, translate("DuplicatesDialog", "Existing companies like this one")
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.buttons = QDialogButtonBox()
        self.open_button = QPushButton(translate("DuplicatesDialog", "Open existing"))
        self.create_button = QPushButton(translate("DuplicatesDialog", "Create anyway"))
        self.back_button = QPushButton(translate("DuplicatesDialog", "Back"))
        self.open_button.setToolTip(
            translate("DuplicatesDialog", "Open the selected company instead (Enter)")
        )
        self.back_button.setToolTip(
            translate("DuplicatesDialog", "Return to the form to change it (Esc)")
        )
        role = QDialogButtonBox.ButtonRole
        self.buttons.addButton(self.open_button, role.AcceptRole)
        self.buttons.addButton(self.create_button, role.ActionRole)
        self.buttons.addButton(self.back_button, role.RejectRole)
        self.open_button.setDefault(True)

        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addWidget(intro, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

        self.open_button.clicked.connect(self._on_open)
        self.create_button.clicked.connect(self._on_create)
        self.back_button.clicked.connect(self.reject)
        self.table.activated.connect(lambda _index: self._on_open())
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.table.setFocus()
        self.resize(760, 300)

    def selected_id(self) -> int | None:
        """The company selected in the list."""
        index: QModelIndex = self.table.currentIndex()
        value = self.model.data(index, DuplicateCandidatesModel.ID_ROLE)
        return value if isinstance(value, int) else None

    def _on_open(self) -> None:
        company_id = self.selected_id()
        if company_id is not None:
            self.answer = DuplicateAnswer(DuplicateAction.OPEN_EXISTING, company_id)
            self.accept()

    def _on_create(self) -> None:
        self.answer = DuplicateAnswer(DuplicateAction.CREATE_ANYWAY)
        self.accept()


def ask_about_duplicates(
    parent: QWidget,
    new_name: str,
    candidates: Sequence[DuplicateCandidate],
    companies: CompanyService,
) -> DuplicateAnswer:
    """Show the duplicate warning and return what the user chose."""
    dialog = DuplicatesDialog(duplicate_rows(candidates, companies), new_name, parent)
    dialog.exec()
    return dialog.answer
