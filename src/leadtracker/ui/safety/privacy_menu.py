"""A contact's personal data in the app: export it (PDF or JSON), or erase the person.

The *Personal data* button of the contact dialog. Export writes what
``leadtracker privacy export`` writes; erasure is asked for twice in words
that say it cannot be undone, then done as ``leadtracker privacy erase``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton, QWidget

from leadtracker.domain.errors import DomainError
from leadtracker.domain.vocabulary import Language
from leadtracker.reports.privacy import subject_access_pdf
from leadtracker.services.files import write_whole
from leadtracker.services.safety.privacy import ErasurePendingError, PrivacyService
from leadtracker.ui.background import show_error
from leadtracker.ui.i18n import translate
from leadtracker.ui.saved_notice import show_saved

#: Asks where to save: ``ask(parent, title, suggested name, filter)`` -> path or "".
AskPath = Callable[[QWidget, str, str, str], tuple[str, str]]


class PrivacyMenu(QPushButton):
    """*Personal data ▾*: export as PDF or JSON, erase."""

    def __init__(
        self,
        privacy: PrivacyService,
        contact_id: int,
        language: Language,
        on_erased: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("PrivacyMenu", "&Personal data"), parent)
        self.setToolTip(
            translate(
                "PrivacyMenu", "Export everything held about this person, or erase them (GDPR)"
            )
        )
        self._privacy, self._contact_id, self._language = privacy, contact_id, language
        self._on_erased = on_erased
        #: The save dialog; replaceable in tests.
        self.ask_path: AskPath = QFileDialog.getSaveFileName
        menu = QMenu(self)
        self.pdf_action = menu.addAction(translate("PrivacyMenu", "Export as PDF…"))
        self.pdf_action.triggered.connect(lambda: self.export(pdf=True))
        self.json_action = menu.addAction(translate("PrivacyMenu", "Export as JSON…"))
        self.json_action.triggered.connect(lambda: self.export(pdf=False))
        menu.addSeparator()
        self.erase_action = menu.addAction(translate("PrivacyMenu", "Erase this person…"))
        self.erase_action.triggered.connect(self.erase)
        self.setMenu(menu)

    def export(self, *, pdf: bool) -> Path | None:
        """Ask where, then write everything held about the contact there."""
        suffix, kind = (".pdf", "PDF (*.pdf)") if pdf else (".json", "JSON (*.json)")
        chosen, _filter = self.ask_path(
            self,
            translate("PrivacyMenu", "Export personal data"),
            f"personal-data-{self._contact_id}-{date.today().isoformat()}{suffix}",
            kind,
        )
        if not chosen:
            return None
        path = Path(chosen)
        try:
            if pdf:
                data = self._privacy.subject_access(self._contact_id)
                content = subject_access_pdf(data, self._language)
            else:
                content = self._privacy.subject_access_json(self._contact_id)
            written = write_whole(path, content)
        except (DomainError, OSError) as error:
            show_error(
                self, translate("PrivacyMenu", "The personal data could not be exported"), error
            )
            return None
        show_saved(self, written)
        return written

    def erase(self) -> bool:
        """Erase the person after a clear confirmation; whether it was done."""
        answer = QMessageBox.warning(
            self,
            translate("PrivacyMenu", "Erase this person"),
            translate(
                "PrivacyMenu",
                "Erase this person's names, email, phones, title and notes, their name in "
                "activity texts, and their values in the audit trail?\n\n"
                "This cannot be undone (only backups keep them until they rotate out). "
                "Projects and statistics stay as they are.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self._privacy.erase(self._contact_id)
        except ErasurePendingError as pending:  # erased in the records; the file follows
            show_error(self, translate("PrivacyMenu", "Erasure not finished"), pending)
        self._on_erased()
        return True
