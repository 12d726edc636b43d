"""Printing and saving PDF documents from the app.

A document is made off the UI thread (by a function returning the PDF's
bytes), then either written to the file the user chose -- whole or not at
all -- or printed through the system's print dialog: QtPdf renders each
page at the printer's resolution onto the printer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, QStandardPaths, Qt
from PySide6.QtGui import QActionGroup, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QWidget

from leadtracker.domain.vocabulary import Language
from leadtracker.services.files import write_whole
from leadtracker.ui.background import BackgroundRunner, Progress, show_error
from leadtracker.ui.i18n import translate
from leadtracker.ui.saved_notice import show_saved
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.desk import DeskActions

FOLDER_KEY = "documents/folder"

MakePdf = Callable[[], bytes]


def ask_save_path(
    parent: QWidget, settings: AppSettings, suggested: str, suffix: str = ".pdf"
) -> Path | None:
    """The file to save as (``.pdf`` or ``.xlsx``; the folder used last is offered again)."""
    folder = settings.store.value(FOLDER_KEY) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )
    title, kinds = {
        ".pdf": (
            translate("Documents", "Save as PDF"),
            translate("Documents", "PDF documents (*.pdf)"),
        ),
        ".xlsx": (
            translate("Documents", "Save as Excel workbook"),
            translate("Documents", "Excel workbooks (*.xlsx)"),
        ),
        ".csv": (
            translate("Documents", "Save as CSV"),
            translate("Documents", "CSV files (*.csv)"),
        ),
    }[suffix]
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(Path(str(folder)) / suggested), kinds
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    settings.store.setValue(FOLDER_KEY, str(path.parent))
    return path


class DocumentOutput:
    """Saves or prints the documents of one window, made in the background."""

    def __init__(self, parent: QWidget, settings: AppSettings) -> None:
        self._parent = parent
        self._settings = settings
        self.runner = BackgroundRunner(parent)

    @property
    def parent(self) -> QWidget:
        """The window the dialogs belong to."""
        return self._parent

    def save(
        self, make: MakePdf, suggested: str, on_saved: Callable[[Path], None] | None = None
    ) -> None:
        """Ask where to save, then make and write the document in the background."""
        path = ask_save_path(self._parent, self._settings, suggested)
        if path is None:
            return
        self.run(lambda _progress: write_whole(path, make()), on_saved)

    def ask_path(self, suggested: str, suffix: str = ".pdf") -> Path | None:
        """The file to save as, asked in the system's dialog."""
        return ask_save_path(self._parent, self._settings, suggested, suffix)

    def run(
        self, work: Callable[[Progress], Path], on_saved: Callable[[Path], None] | None = None
    ) -> None:
        """Write a file in the background (``work`` returns where), with a progress dialog.

        Once it is written, a notice says where, with *Open* and *Show in folder*.
        """

        def saved(path: Path) -> None:
            if on_saved is not None:
                on_saved(path)
            show_saved(self._parent, path)

        self.runner.run(
            work,
            saved,
            error_title=translate("Documents", "The document could not be saved"),
            progress_title=translate("Documents", "Preparing the document …"),
        )

    def print(self, make: MakePdf, title: str) -> None:
        """Make the document in the background, then print it through the print dialog."""
        self.runner.run(
            lambda _progress: make(),
            lambda pdf: ask_and_print(self._parent, pdf, title),
            error_title=translate("Documents", "The document could not be printed"),
            progress_title=translate("Documents", "Preparing the document …"),
        )


def ask_and_print(parent: QWidget, pdf: bytes, title: str) -> int:
    """The system print dialog for ``pdf``; the pages printed (0: cancelled)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Documents", "Print {title}").format(title=title))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    try:
        return print_pdf(pdf, printer)
    except OSError as error:  # no printer, or it refused to start
        show_error(parent, translate("Documents", "The document could not be printed"), error)
        return 0


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint the pages of ``pdf`` (the range chosen in the dialog) onto ``printer``.

    Returns the number of pages printed.
    """
    data = QBuffer()
    data.setData(QByteArray(pdf))
    data.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(data)
    count = document.pageCount()
    first = max(printer.fromPage(), 1) - 1 if printer.fromPage() else 0
    last = min(printer.toPage(), count) - 1 if printer.toPage() else count - 1
    if count == 0 or last < first:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(
            translate(
                "Documents", "The printer could not be started. Is a printer set up on this PC?"
            )
        )
    dpi = printer.resolution()
    try:
        for number in range(first, last + 1):
            if number > first:
                printer.newPage()
            points = document.pagePointSize(number)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(number, size)
            target = painter.viewport()
            scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), scaled), image)
    finally:
        painter.end()
        document.close()
    return last - first + 1


#: Document languages by their own names (the same in every UI language).
LANGUAGE_NAMES = {
    Language.GERMAN: "Deutsch",
    Language.ENGLISH: "English",
    Language.JAPANESE: "日本語",
}

_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_name(*parts: str) -> str:
    """A PDF file name from ``parts`` (characters no file system takes replaced)."""
    name = " ".join(p for p in parts if p)
    return _NOT_IN_FILE_NAMES.sub("-", name).strip(" .-")[:150] + ".pdf"


def staff_name(actions: DeskActions) -> str:
    """The name of the staff member using this PC (Settings), for a document's author."""
    me = actions.me
    return next((u.name for u in actions.services.network.users() if u.id == me), "")


class LanguageMenu(QMenu):
    """A submenu choosing the language of documents (the default from Settings)."""

    def __init__(self, title: str, default: Language, parent: QWidget) -> None:
        super().__init__(title, parent)
        self.language = default
        group = QActionGroup(self)
        for language, name in LANGUAGE_NAMES.items():
            action = self.addAction(name)
            action.setCheckable(True)
            action.setChecked(language is default)
            action.triggered.connect(lambda _on=False, chosen=language: self._choose(chosen))
            group.addAction(action)

    def _choose(self, language: Language) -> None:
        self.language = language
