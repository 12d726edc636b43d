"""The desk's dialogs about the data as a whole: backups, trash, privacy, reports, exchange, demo.

:class:`DataDialogs` is the part of the desk (``ui/shell/app.py``) behind
the File, Reports, Data and Help menus. Every dialog takes its services from
the registry; what they change reports itself through the change notices,
except demo data, which is written past the sessions and says so itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from leadtracker.domain.pipeline.periods import Period
from leadtracker.services.opening import where
from leadtracker.services.registry import Services
from leadtracker.ui.background import BackgroundRunner, Progress
from leadtracker.ui.i18n import translate
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.desk import DeskActions
from leadtracker.ui.shell.main_window import MainWindow
from leadtracker.ui.shell.staff_identity import StaffIdentity

if TYPE_CHECKING:
    from leadtracker.ui.exchange.documents import DocumentOutput
    from leadtracker.ui.exchange.import_dialog import Importer

#: Companies in the demo data offered on the first start.
FIRST_START_DEMO_COMPANIES = 500


class DataDialogs:
    """Backups, trash, retention review, reports, import and export, demo data, About."""

    services: Services
    settings: AppSettings
    actions: DeskActions
    window: MainWindow
    runner: BackgroundRunner
    identity: StaffIdentity
    _documents: DocumentOutput | None

    def show_about(self) -> None:
        """Version, where the data is, and the licences of what LeadTracker is built on."""
        from leadtracker.ui.shell.about_dialog import AboutDialog  # noqa: PLC0415

        dialog = AboutDialog(self.services.database.location, self.window)
        dialog.exec()
        dialog.deleteLater()

    def show_backups(self) -> None:
        """The backups of this database: back up now, or restore one."""
        from leadtracker.ui.safety.backups_dialog import BackupsDialog  # noqa: PLC0415

        if self.services.database.on_server:
            # A server has no file of ours to copy: its backups are the server's.
            QMessageBox.information(
                self.window,
                translate("MainWindow", "Backups"),
                translate(
                    "MainWindow",
                    "This database is on a team server. Its backups are made on the server "
                    "by your IT department; LeadTracker cannot back up or restore a server "
                    "database yet.",
                ),
            )
            return
        dialog = BackupsDialog(self.services.backups(self.settings.backup_rotation), self.window)
        dialog.restore_requested.connect(self.actions.restore_requested)
        dialog.exec()

    def show_trash(self) -> None:
        """What was deleted: restore it, or delete it for good."""
        from leadtracker.ui.safety.trash_dialog import TrashDialog  # noqa: PLC0415

        dialog = TrashDialog(self.services.trash, self.window)
        dialog.exec()
        dialog.deleteLater()

    def retention_review(self) -> None:
        """Contacts without activity for years: erase the ones no longer needed (GDPR)."""
        from leadtracker.ui.safety.retention_dialog import RetentionDialog  # noqa: PLC0415

        dialog = RetentionDialog(self.services.privacy, self.services.companies, self.window)
        dialog.exec()

    @property
    def documents(self) -> DocumentOutput:
        """Saves the window's documents and exports in the background."""
        if self._documents is None:
            from leadtracker.ui.exchange.documents import DocumentOutput  # noqa: PLC0415  (Qt PDF, printing)

            self._documents = DocumentOutput(self.window, self.settings)
        return self._documents

    def pipeline_summary(self, period: Period | None = None) -> None:
        """Ask for period, language and format, then save the pipeline summary."""
        from leadtracker.ui.exchange.report_dialog import (  # noqa: PLC0415
            PipelineReportDialog,
            save_pipeline_summary,
        )

        kpis = self.services.kpis
        dialog = PipelineReportDialog(
            kpis.today(), language=self.settings.pdf_language, period=period, parent=self.window
        )
        if dialog.exec() and dialog.choice is not None:
            save_pipeline_summary(self.documents, kpis, self.services.exports, dialog.choice)

    def importer(self) -> Importer:
        """Imports a file into this desk's database as the Import dialog asks."""
        from leadtracker.ui.exchange.import_dialog import importer_into  # noqa: PLC0415

        return importer_into(self.services.database)

    def import_companies(self) -> None:
        """The Import dialog (companies, contacts, projects, vCards, whole workbooks).

        The pages showing what was imported reload after it.
        """
        from leadtracker.ui.exchange.import_dialog import ImportDialog  # noqa: PLC0415

        dialog = ImportDialog(self.importer(), self.window)
        dialog.exec()

    def export_data(self) -> None:
        """Ask which tables in which format, then export them in the background."""
        from leadtracker.ui.exchange.export_dialog import ExportDialog, run_export  # noqa: PLC0415

        dialog = ExportDialog(self.window)
        if dialog.exec() and dialog.choice is not None:
            run_export(self.documents, self.services.exports, dialog.choice)

    def offer_demo_data(self) -> bool:
        """On an empty database: offer to fill it with demo data; whether it is loading."""
        if self.services.maintenance.counts()["companies"]:
            return False
        box = QMessageBox(self.window)
        box.setWindowTitle(translate("MainWindow", "Welcome to LeadTracker"))
        box.setText(translate("MainWindow", "Your database is empty."))
        box.setInformativeText(
            translate(
                "MainWindow",
                "It is stored in {path}.\n\nLoad demo data ({count} made-up companies with "
                "contacts, projects and activities) to explore LeadTracker? For real work, "
                "create a new, empty database later under Settings.",
            ).format(path=where(self.services.database.location), count=FIRST_START_DEMO_COMPANIES)
        )
        load = box.addButton(
            translate("MainWindow", "Load demo data"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(translate("MainWindow", "Start empty"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(load)
        box.exec()
        if box.clickedButton() is not load:
            return False
        self.load_demo_data()
        return True

    def load_demo_data(self, companies: int = FIRST_START_DEMO_COMPANIES) -> None:
        """Generate demo data in the background, with a progress dialog."""
        demo = self.services.demo  # Faker loads only here, not on every start

        def work(progress: Progress) -> object:
            return demo.generate(companies, progress=progress, parallel=False)

        self.runner.run(
            work,
            lambda _report: self.identity.ask_if_needed(),  # the demo staff to choose from
            error_title=translate("MainWindow", "The demo data could not be loaded"),
            progress_title=translate("MainWindow", "Loading demo data …"),
            cancellable=True,
        )
