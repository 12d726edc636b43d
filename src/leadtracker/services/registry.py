"""Every service on one open database, built in one place: :class:`Services`.

The app, the command line and the tests take their services from
``Services.on(database)`` instead of building them where they are used. The
everyday services are built at once (they cost nothing but an object); those
whose modules are heavy to import -- documents, exports, the privacy and
demo-data tools -- are built when first asked for, so that the window's start
imports no more than it needs (tests/test_start_imports.py). Backups belong to
the file rather than to its sessions and take the rotation of the caller
(:meth:`Services.backups`; :meth:`Services.backups_of` for a file with no
database open on it).

The registry is Qt-free: ``changes`` is the database's feed of change notices
(:mod:`leadtracker.domain.changes`), which the app bridges to its views.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Self

from leadtracker.services.companies import CompanyService
from leadtracker.services.contacts import ContactService
from leadtracker.services.history import HistoryService
from leadtracker.services.my_day import MyDayService
from leadtracker.services.network import NetworkService
from leadtracker.services.opening import Database
from leadtracker.services.projects import ProjectService
from leadtracker.services.reporting.referrals import ReferralService
from leadtracker.services.safety.maintenance import MaintenanceService
from leadtracker.services.safety.trash import TrashService
from leadtracker.services.search import SearchService
from leadtracker.services.work import WorkService

if TYPE_CHECKING:
    from pathlib import Path

    from leadtracker.db.backup import Rotation
    from leadtracker.domain.changes import ChangeFeed
    from leadtracker.services.board import BoardService
    from leadtracker.services.demo.loader import DemoService
    from leadtracker.services.exporting.exports import ExportService
    from leadtracker.services.reporting.dashboard import DashboardService
    from leadtracker.services.reporting.dossiers import DossierService
    from leadtracker.services.reporting.kpis import KpiService
    from leadtracker.services.safety.backups import BackupService
    from leadtracker.services.safety.privacy import PrivacyService
    from leadtracker.services.timeline import TimelineService

# The lazily built members import their modules inside (PLC0415): the point of
# building them late is not to load those modules at start.


@dataclass(frozen=True)
class Services:
    """Every service on one database: the everyday ones at once, the heavy ones when asked."""

    database: Database
    companies: CompanyService
    contacts: ContactService
    projects: ProjectService
    work: WorkService
    network: NetworkService
    search: SearchService
    my_day: MyDayService
    referrals: ReferralService
    maintenance: MaintenanceService
    history: HistoryService
    trash: TrashService

    @classmethod
    def on(cls, database: Database) -> Self:
        """The services on ``database``."""
        sessions = database.sessions
        return cls(
            database=database,
            companies=CompanyService(sessions),
            contacts=ContactService(sessions),
            projects=ProjectService(sessions),
            work=WorkService(sessions),
            network=NetworkService(sessions),
            search=SearchService(sessions, database.search),
            my_day=MyDayService(sessions),
            referrals=ReferralService(sessions),
            maintenance=MaintenanceService(sessions, database.search),
            history=HistoryService(sessions),
            trash=TrashService(sessions),
        )

    @property
    def changes(self) -> ChangeFeed:
        """Where the database's change notices are published (and fed from outside)."""
        return self.database.changes

    @cached_property
    def board(self) -> BoardService:
        """The pipeline board's columns and filter choices."""
        from leadtracker.services.board import BoardService  # noqa: PLC0415

        return BoardService(self.database.sessions)

    @cached_property
    def timeline(self) -> TimelineService:
        """Stage history and activities, for the record windows."""
        from leadtracker.services.timeline import TimelineService  # noqa: PLC0415

        return TimelineService(self.database.sessions)

    @cached_property
    def kpis(self) -> KpiService:
        """The pipeline's figures by period."""
        from leadtracker.services.reporting.kpis import KpiService  # noqa: PLC0415

        return KpiService(self.database.sessions)

    @cached_property
    def dashboard(self) -> DashboardService:
        """The dashboard's figures."""
        from leadtracker.services.reporting.dashboard import DashboardService  # noqa: PLC0415

        return DashboardService(self.database.sessions)

    @cached_property
    def dossiers(self) -> DossierService:
        """Dossiers and briefings."""
        from leadtracker.services.reporting.dossiers import DossierService  # noqa: PLC0415

        return DossierService(self.database.sessions)

    @cached_property
    def exports(self) -> ExportService:
        """Tables to workbooks and CSV, calendars and vCards."""
        from leadtracker.services.exporting.exports import ExportService  # noqa: PLC0415

        return ExportService(self.database.sessions)

    @cached_property
    def privacy(self) -> PrivacyService:
        """Subject access, erasure and the retention review (GDPR)."""
        from leadtracker.services.safety.privacy import PrivacyService  # noqa: PLC0415

        return PrivacyService(self.database.sessions)

    @cached_property
    def demo(self) -> DemoService:
        """Made-up companies, contacts, projects and activities."""
        from leadtracker.services.demo.loader import DemoService  # noqa: PLC0415

        return DemoService(self.database.sessions, self.database.search)

    def backups(self, rotation: Rotation | None = None) -> BackupService:
        """The backups of the database's file, kept by ``rotation`` (the default one without)."""
        return self.backups_of(self.database.path, rotation)

    @staticmethod
    def backups_of(path: Path, rotation: Rotation | None = None) -> BackupService:
        """The backups of the file at ``path``, whether a database is open on it or not.

        For a file that is closed, damaged or about to be restored, where there
        are no services on an open database to ask.
        """
        from leadtracker.services.safety.backups import BackupService  # noqa: PLC0415

        return BackupService(path, rotation=rotation)
