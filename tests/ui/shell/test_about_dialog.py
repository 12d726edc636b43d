"""Help → About: the version, the files, and the licences of what is shipped."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot

from leadtracker import __version__
from leadtracker.ui.shell.about_dialog import AboutDialog


def test_about_names_the_version_the_files_and_every_licence(qtbot: QtBot, tmp_path: Path) -> None:
    database = tmp_path / "Japan Desk" / "leadtracker.sqlite"
    dialog = AboutDialog(database)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert f"LeadTracker {__version__}" in labels
    assert str(database) in labels and str(database.parent) in labels

    table = dialog.components
    rows = {table.item(row, 0).text(): table.item(row, 2).text() for row in range(table.rowCount())}
    assert rows["SQLAlchemy"] == "MIT"
    assert "LGPL-3.0-only" in rows["PySide6_Essentials"]
    assert {"Python", "reportlab", "babel", "Material Design Icons (Pictogrammers)"} <= rows.keys()
    assert all(rows.values())  # every component names its licence

    licences = [text.toPlainText() for text in dialog.findChildren(QPlainTextEdit)]
    assert any("IPA Font License Agreement" in text for text in licences)
    assert any("SIL OPEN FONT LICENSE" in text.upper() for text in licences)


def test_every_icon_role_has_its_pictures() -> None:
    from leadtracker.resources import resource  # noqa: PLC0415
    from leadtracker.ui.icons import ROLES, app_icon, icon  # noqa: PLC0415

    drawn = {path.stem.rsplit("-", 1)[0] for path in resource("icons", "ui").glob("*.png")}
    assert drawn == set(ROLES)
    for role in ROLES:
        assert not icon(role).isNull() and len(icon(role).availableSizes()) == 5
    assert not app_icon().isNull()
