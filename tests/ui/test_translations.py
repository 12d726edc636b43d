"""The interface in German and Japanese: complete translations, same placeholders, nothing left.

The ``.ts`` sources must hold every string of ``src/leadtracker/ui`` (lupdate
run again finds nothing new), each translated with the same ``{placeholders}``;
loaded into the app, no text a user sees in the main window, a company's or a
project's window is still the English source.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import fields, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database
from leadtracker.resources import resource
from leadtracker.services.projects import ProjectDraft, ProjectRecord
from leadtracker.ui.formats import Formats, day_text, moment_text
from leadtracker.ui.forms.inputs import format_money, parse_money
from leadtracker.ui.i18n import (
    STRETCH_VARIABLE,
    install_translations,
    interface_language,
    localized_error,
    system_language,
    translate,
)
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.app import Desk
from tests.conftest import Services

TRANSLATIONS = resource("translations")
LANGUAGES = ("de", "ja")
ROOT = Path(__file__).resolve().parents[2]
UI_SOURCES = ROOT / "src" / "leadtracker" / "ui"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n")


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    assert found, f"{name} is missing (it comes with PySide6)"
    return found


def _messages(ts: Path) -> Iterator[tuple[str, str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message.find("translation")


def _compiled(language: str) -> Path:
    """The ``.qm`` of ``language``, compiled from its ``.ts`` when missing or older."""
    source = TRANSLATIONS / f"leadtracker_{language}.ts"
    compiled = source.with_suffix(".qm")
    if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
        lrelease = _tool("pyside6-lrelease")
        subprocess.run([lrelease, "-silent", str(source), "-qm", str(compiled)], check=True)
    return compiled


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_with_the_same_placeholders(language: str) -> None:
    problems = []
    count = 0
    for context, source, translation in _messages(TRANSLATIONS / f"leadtracker_{language}.ts"):
        count += 1
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") in {"unfinished", "vanished", "obsolete"} or not all(forms):
            problems.append(f"{context}: “{source}” has no translation")
            continue
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: “{source}” → “{form}”: the placeholders differ")
    assert count > 700
    assert problems == []


def test_the_translation_sources_hold_every_string_of_the_interface(tmp_path: Path) -> None:
    """Lupdate run on today's code finds no string the .ts files lack."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in UI_SOURCES.rglob("*.py"))
    lupdate = _tool("pyside6-lupdate")
    subprocess.run([lupdate, *sources, "-ts", str(fresh), "-silent"], check=True)
    wanted = {(c, s) for c, s, _ in _messages(fresh)}
    held = {(c, s) for c, s, _ in _messages(TRANSLATIONS / "leadtracker_de.ts")}
    missing = sorted(wanted - held)
    assert missing == [], "run `python3 packaging/bootstrap.py translations` and translate them"


def test_the_system_language_decides_unless_one_is_chosen() -> None:
    assert system_language(QLocale("de_AT")) == "de"
    assert system_language(QLocale("ja_JP")) == "ja"
    assert system_language(QLocale("fr_FR")) == "en"
    assert interface_language("ja") == "ja"
    assert interface_language("") == system_language()


@pytest.fixture
def german(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """The app in German for one test."""
    _compiled("de")
    translators = install_translations(qapp, "de")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.c())


def test_german_covers_our_strings_and_qts_own(german: list[QTranslator], qtbot: QtBot) -> None:
    assert len(german) == 2  # LeadTracker's and Qt's own
    assert translate("MainWindow", "&File") == "&Datei"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert QLocale().toString(1234567) == "1.234.567"


def _visible_texts(widget: QWidget) -> Iterator[str]:
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel | QAbstractButton):
            yield child.text()
        elif isinstance(child, QGroupBox):
            yield child.title()
        elif isinstance(child, QTabWidget):
            yield from (child.tabText(i) for i in range(child.count()))
        yield child.toolTip()
        yield child.accessibleName()


def test_nothing_the_windows_show_is_left_in_english(
    german: list[QTranslator], qtbot: QtBot, db: Database, services: Services, tmp_path: Path
) -> None:
    company = services.company(name_en="Midori Seiki")
    project = services.project(company.id, title="Büro")
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    desk = Desk(Services.on(db), settings)
    qtbot.addWidget(desk.window)
    windows = [desk.window, desk.open_company(company.id), desk.open_project(project.id)]
    english = {
        source
        for _, source, translation in _messages(TRANSLATIONS / "leadtracker_de.ts")
        if (translation.text or "") != source and len(source) > 2
    }
    left = sorted(
        {text for window in windows for text in _visible_texts(window) if text in english}
    )
    assert left == []
    for window in windows[1:]:
        window.close()


def test_the_stretch_switch_doubles_every_text(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(STRETCH_VARIABLE, "1")
    translators = install_translations(qapp, "en")
    try:
        assert translate("MainWindow", "&File") == "&File File"
        assert translate("Trash", "{count} tasks").format(count=2) == "2 tasks 2 tasks"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


@pytest.mark.parametrize(
    ("locale", "day", "moment", "number"),
    [
        ("de_DE", "05.04.2026", "05.04.2026 09:30", "1.234.567"),
        ("ja_JP", "2026/04/05", "2026/04/05 09:30", "1,234,567"),
        ("en_GB", "05/04/2026", "05/04/2026 09:30", "1,234,567"),
    ],
)
def test_days_moments_and_numbers_follow_the_language(
    locale: str, day: str, moment: str, number: str
) -> None:
    QLocale.setDefault(QLocale(locale))
    try:
        assert day_text(date(2026, 4, 5)) == day
        assert moment_text(datetime(2026, 4, 5, 9, 30)) == moment  # naive: local already
        assert Formats().number(1234567) == number
    finally:
        QLocale.setDefault(QLocale.c())


def test_the_message_catalog_holds_every_template_of_the_domain_and_services() -> None:
    """``packaging/message_catalog.py`` was run after the last change of a message."""
    spec = importlib.util.spec_from_file_location(
        "message_catalog", ROOT / "packaging" / "message_catalog.py"
    )
    assert spec is not None and spec.loader is not None
    catalog = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(catalog)
    written = (UI_SOURCES / "message_catalog.py").read_text(encoding="utf-8")
    assert written == catalog.catalog_source(), "run `python3 packaging/bootstrap.py translations`"
    assert len(catalog.collect()) > 80


def test_domain_messages_show_in_german(german: list[QTranslator], services: Services) -> None:
    from leadtracker.domain.errors import StageMoveError, ValidationError  # noqa: PLC0415
    from leadtracker.domain.pipeline.outcomes import Outcome  # noqa: PLC0415
    from leadtracker.domain.pipeline.stages import DEFAULT_STAGES, Pipeline  # noqa: PLC0415

    project = services.project(title="Büro")
    with pytest.raises(ValidationError) as refused:
        services.projects.update(project.id, replace(_draft_of(project), title=""))
    assert localized_error(refused.value) == "Titel: Titel des Projekts eingeben"

    pipeline = Pipeline(DEFAULT_STAGES)
    with pytest.raises(StageMoveError) as moved:
        pipeline.check_move("site_visit", "lost", Outcome())
    shown = localized_error(moved.value)
    assert shown.startswith("Für „Verloren“ ") or "„Verloren“" in shown
    assert "Grund" in shown and "needs" not in shown


def test_a_refused_undo_reads_in_german(german: list[QTranslator], services: Services) -> None:
    """Issue 18: a stage move that can no longer be undone or redone says why in German."""
    from leadtracker.services.stage_moves import StageUndoError  # noqa: PLC0415

    project = services.project(title="Büro")
    move = services.projects.move_undoable(project.id, "qualified")
    services.projects.move(project.id, "active")  # moved on since
    with pytest.raises(StageUndoError) as undo:
        services.projects.undo_move(move)
    assert localized_error(undo.value) == (
        "Das Verschieben von „Büro“ nach „Qualifiziert“ kann nicht mehr rückgängig gemacht "
        "werden: Das Projekt wurde inzwischen verschoben (es ist jetzt in „Aktives Projekt“)."
    )
    with pytest.raises(StageUndoError) as redo:
        services.projects.redo_move(move)
    assert localized_error(redo.value) == (
        "Das Verschieben von „Büro“ nach „Qualifiziert“ kann nicht wiederholt werden: "
        "Es wurde nicht rückgängig gemacht."
    )


def _draft_of(record: ProjectRecord) -> ProjectDraft:
    return ProjectDraft(**{f.name: getattr(record, f.name) for f in fields(ProjectDraft)})


@pytest.mark.parametrize(
    ("locale", "shown"),
    [("de_DE", "4.250.000,50"), ("ja_JP", "4,250,000.50"), ("C", "4,250,000.50")],
)
def test_amounts_show_in_the_locale_and_read_back(locale: str, shown: str) -> None:
    QLocale.setDefault(QLocale(locale))
    try:
        assert format_money(Decimal("4250000.50")) == shown
        assert parse_money(shown) == Decimal("4250000.50")
    finally:
        QLocale.setDefault(QLocale.c())


def test_the_import_dialog_speaks_german(
    german: list[QTranslator], qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    """Problems, field names and the encoding of a file show in German, values as written."""
    from leadtracker.ui.exchange.import_dialog import ImportDialog, importer_into  # noqa: PLC0415

    path = tmp_path / "firmen.csv"
    path.write_bytes("Firma;Präfektur;Gegründet\nGood K.K.;Atlantis;x\n".encode("cp1252"))
    dialog = ImportDialog(importer_into(db))
    qtbot.addWidget(dialog)
    dialog.choose(path)
    qtbot.waitUntil(lambda: dialog.problems.count() > 0, timeout=10_000)
    assert dialog.problems.item(0).text() == (
        "Zeile 2, Präfektur: „Atlantis“ ist keine japanische Präfektur "
        "(schreiben Sie 東京都, Tokyo oder 13)"
    )
    assert "Windows-1252 („CSV“ aus deutschem Excel)" in dialog.summary.text()
    fields = dialog.columns.cellWidget(0, 1)
    names = [fields.itemText(i) for i in range(fields.count())]
    assert "Name (japanisch)" in names and "Präfektur des Hauptsitzes" in names
    assert "Name (Japanese)" not in names


def test_a_file_of_a_newer_program_is_refused_in_german(
    german: list[QTranslator], tmp_path: Path
) -> None:
    from leadtracker.db.database import DatabaseOpenError, open_database  # noqa: PLC0415

    folder = tmp_path / "ordner.sqlite"
    folder.mkdir()
    with pytest.raises(DatabaseOpenError) as refused:
        open_database(folder)
    assert localized_error(refused.value) == f"{folder} ist ein Ordner, keine Datenbankdatei"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_field_named_as_the_dialog_names_it_is_recognised(language: str) -> None:
    """A header written as the import dialog shows the field (in German or Japanese) feeds it."""
    from leadtracker.services.importing.columns import recognise  # noqa: PLC0415
    from leadtracker.services.importing.companies import COMPANY_COLUMNS  # noqa: PLC0415
    from leadtracker.services.importing.contacts import CONTACT_COLUMNS  # noqa: PLC0415
    from leadtracker.services.importing.network import (  # noqa: PLC0415
        EVENT_COLUMNS,
        PARTNER_COLUMNS,
        STAFF_COLUMNS,
    )
    from leadtracker.services.importing.projects import (  # noqa: PLC0415
        PROJECT_COLUMNS,
        STAGE_HISTORY_COLUMNS,
    )
    from leadtracker.services.importing.work import ACTIVITY_COLUMNS, TASK_COLUMNS  # noqa: PLC0415

    ts = TRANSLATIONS / f"leadtracker_{language}.ts"
    named = {
        source: element.text or ""
        for context, source, element in _messages(ts)
        if context == "ImportFields" and element is not None
    }
    unrecognised = [
        (column.key, named[column.names[0]])
        for columns in (
            COMPANY_COLUMNS,
            CONTACT_COLUMNS,
            PROJECT_COLUMNS,
            STAGE_HISTORY_COLUMNS,
            ACTIVITY_COLUMNS,
            TASK_COLUMNS,
            STAFF_COLUMNS,
            PARTNER_COLUMNS,
            EVENT_COLUMNS,
        )
        for column in columns
        if recognise([named[column.names[0]]], columns).get(0) is not column
    ]
    assert unrecognised == []


def test_every_word_of_the_vocabularies_is_translated() -> None:
    """Messages list the domain's words (an import's "is not one of: …"): each has a translation."""
    from enum import StrEnum  # noqa: PLC0415

    from leadtracker.domain import vocabulary  # noqa: PLC0415

    kinds = [
        kind
        for kind in vars(vocabulary).values()
        if isinstance(kind, type) and issubclass(kind, StrEnum) and hasattr(kind, "label")
    ]
    words = {m.label for kind in kinds for m in kind if isinstance(getattr(m, "label", None), str)}
    assert len(words) > 50
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"leadtracker_{language}.ts"
        known = {source for context, source, _ in _messages(ts) if context == "Vocabulary"}
        assert sorted(words - known) == [], language
