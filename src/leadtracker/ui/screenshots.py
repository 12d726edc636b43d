"""Render every main view of the app with demo data into PNG files (offscreen).

``python -m leadtracker.ui.screenshots [FOLDER] [--lang de|en|ja]`` builds a demo database in a
temporary folder (fixed seed and date, so the pictures only change when the
app does), opens the window at 1366×768 and saves one picture per page of the
side bar, a project's and a company's window, the briefing dialog, the
search pop-up, the first start's "who is working?" and the Lost dialog, and
the first pages of a dossier and a meeting briefing. The README shows one of
them; reviewers look at all of them after a change to the UI.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from leadtracker.services.opening import open_database
from leadtracker.services.registry import Services
from leadtracker.ui.i18n import LANGUAGES, install_translations
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.app import Desk
from leadtracker.ui.shell.startup import install_japanese_font
from leadtracker.ui.shell.style import apply_style

SIZE = (1366, 768)
DEMO_COMPANIES = 400
DEMO_SEED = 2026
DEMO_TODAY = date(2026, 11, 18)
#: The side bar's pages, in order, as the pictures are named.
PAGE_NAMES = (
    "my-day",
    "pipeline",
    "projects",
    "companies",
    "contacts",
    "partners-and-events",
    "dashboard",
    "settings",
)


def _settle(app: QApplication, desk: Desk, ms: int = 150) -> None:
    """Let background loads finish and the widgets paint."""
    desk.runner.wait()
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("&", "and")).strip("-")


def render(folder: Path, language: str = "en") -> list[Path]:
    """Write the pictures, with the interface in ``language``, into ``folder``; their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("[0-9][0-9]-*.png"):  # a view added or gone renumbers the rest
        old.unlink()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_japanese_font(app)
    apply_style(app)
    _translators = install_translations(app, language)  # referenced until the pictures are done
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch:
        database = open_database(Path(scratch) / "demo.sqlite")
        services = Services.on(database)
        services.demo.generate(DEMO_COMPANIES, seed=DEMO_SEED, today=DEMO_TODAY)
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        desk = Desk(services, AppSettings(settings))
        window = desk.window
        window.resize(*SIZE)
        window.show()

        def save(widget: QWidget, name: str) -> None:
            _settle(app, desk)
            path = folder / f"{len(written) + 1:02d}-{name}.png"
            widget.grab().save(str(path))
            written.append(path)

        for row in range(window.navigation.count()):
            window.navigation.setCurrentRow(row)
            # English names in every language: the pictures of a view keep their file name.
            name = PAGE_NAMES[row] if row < len(PAGE_NAMES) else f"page-{row + 1}"
            save(window, name)
        for name, show in _extra_views(desk).items():
            widget = show()
            save(widget, name)
            widget.close()
        for name, pdf in _documents(desk).items():
            path = folder / f"{len(written) + 1:02d}-{name}.png"
            _first_page(pdf).save(str(path))
            written.append(path)
        window.close()
        desk.runner.wait()
        database.close()
    return written


#: A list as staff bring it: German headers, one column the import does not
#: know, a prefecture that does not exist.
IMPORT_SAMPLE = (
    "Firma;Japanischer Name;Präfektur;Stadt;Branche;Ansprechpartner\n"
    "Aoba Denki K.K.;青葉電機株式会社;Miyagi;仙台市;Electronics;Hr. Sato\n"
    "Midori Seiki;ミドリ精機株式会社;愛知県;名古屋市;Machinery;Fr. Ito\n"
    "Kita Logistics;北物流株式会社;Atlantis;札幌市;Logistics;\n"
)


def _extra_views(desk: Desk) -> dict[str, Callable[[], QWidget]]:
    """Windows and pop-ups beyond the side bar's pages."""

    def project() -> QWidget:
        # The project with the longest story makes the fullest picture.
        busiest = max(range(1, 60), key=lambda i: len(desk.timeline.for_project(i)))
        window = desk.open_project(busiest)
        window.resize(1000, 700)
        return window

    def search() -> QWidget:
        from leadtracker.ui.search.search_dialog import SearchDialog  # noqa: PLC0415

        dialog = SearchDialog(desk.services.search, desk.window)
        dialog.resize(900, 520)
        dialog.panel.query_edit.setText("山田")
        dialog.show()
        return dialog

    def company() -> QWidget:
        window = desk.open_company(1)  # Seiko Epson, with its Japanese names
        window.resize(1000, 700)
        return window

    def briefing() -> QWidget:
        from leadtracker.ui.exchange.briefing_dialog import BriefingDialog  # noqa: PLC0415

        contacts = desk.services.contacts.for_company(1)
        staff = desk.services.network.users()
        dialog = BriefingDialog(
            contacts, staff=staff, language=desk.settings.pdf_language, parent=desk.window
        )
        dialog.show()
        return dialog

    def import_dialog() -> QWidget:
        from leadtracker.ui.exchange.import_dialog import ImportDialog  # noqa: PLC0415

        listing = desk.services.database.path.parent / "firmenliste.csv"
        listing.write_text(IMPORT_SAMPLE, encoding="utf-8-sig")
        dialog = ImportDialog(desk.importer(), desk.window)
        dialog.resize(820, 600)
        dialog.choose(listing)
        dialog.show()
        app = QApplication.instance()
        while "…" in dialog.summary.text() and app is not None:  # the check runs in the background
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        return dialog

    def who() -> QWidget:
        from leadtracker.ui.shell.who_dialog import WhoDialog  # noqa: PLC0415

        dialog = WhoDialog(desk.services.network, desk.window)
        dialog.staff.setCurrentRow(0)
        dialog.show()
        return dialog

    def lost() -> QWidget:
        from leadtracker.ui.pipeline.stage_dialogs import LostDialog  # noqa: PLC0415

        projects = desk.services.projects
        stage = next(s for s in projects.pipeline().stages if s.key == "lost")
        dialog = LostDialog(projects.get(1), stage, DEMO_TODAY, desk.window)
        dialog.show()
        return dialog

    return {
        "import-dialog": import_dialog,
        "project-window": project,
        "company-window": company,
        "meeting-briefing-dialog": briefing,
        "search-pop-up": search,
        "who-is-working-dialog": who,
        "lost-dialog": lost,
    }


def _documents(desk: Desk) -> dict[str, bytes]:
    """A dossier in Japanese and a meeting briefing in German, as PDFs."""
    from leadtracker.domain.vocabulary import Language  # noqa: PLC0415
    from leadtracker.reports.briefing import meeting_briefing_pdf  # noqa: PLC0415
    from leadtracker.reports.dossier import company_dossier_pdf  # noqa: PLC0415

    dossiers = desk.services.dossiers
    project = desk.services.projects.get(1)
    now = datetime.combine(DEMO_TODAY, time(9), UTC)  # the same pictures on every day
    briefing = dossiers.meeting_briefing(project.id, date(2026, 12, 21), now=now)
    return {
        "dossier-ja-page-1": company_dossier_pdf(
            dossiers.company_dossier(project.company_id, now=now), Language.JAPANESE
        ),
        "briefing-de-page-1": meeting_briefing_pdf(briefing, Language.GERMAN),
    }


def _first_page(pdf: bytes) -> QImage:
    """The first page of ``pdf`` as an image, at 110 dpi on white."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize  # noqa: PLC0415
    from PySide6.QtPdf import QPdfDocument  # noqa: PLC0415

    data = QBuffer()
    data.setData(QByteArray(pdf))
    data.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(data)
    points = document.pagePointSize(0)
    size = QSize(round(points.width() * 110 / 72), round(points.height() * 110 / 72))
    image = document.render(0, size)
    document.close()
    page = QImage(size, QImage.Format.Format_RGB32)
    page.fill(Qt.GlobalColor.white)
    painter = QPainter(page)
    painter.drawImage(0, 0, image)
    painter.end()
    return page


def main(argv: list[str] | None = None) -> int:
    """Command line: the folder to write into (default ``docs/screenshots``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=Path("docs/screenshots"))
    parser.add_argument(
        "--lang", choices=LANGUAGES, default="en", help="the interface language (default: en)"
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in render(args.folder, args.lang):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
