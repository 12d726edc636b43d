"""Render the side bar's and the main actions' icons to PNG files (Material Design Icons).

The icons come from the Material Design Icons font that ``qtawesome`` ships
(Apache-2.0); rendering them here, once, keeps qtawesome (and the QtPy layer
it brings) out of the app's start: importing it cost 0.2–0.4 s of every
start. Run it after changing :data:`GLYPHS` and commit the PNG files::

    .venv/bin/python packaging/make_ui_icons.py

Each role gets ``resources/icons/ui/<role>-<size>.png`` in every size of
:data:`SIZES` (Qt picks the one that fits the display scaling).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from PySide6.QtGui import QGuiApplication

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "icons" / "ui"
#: The app's accent blue (disabled icons are greyed by Qt).
COLOUR = "#2c6391"
SIZES = (16, 24, 32, 48, 64)
#: Role (as ``leadtracker.ui.icons.icon`` names it) → Material Design Icons glyph.
GLYPHS = {
    "my_day": "mdi6.calendar-today",
    "pipeline": "mdi6.view-column-outline",
    "projects": "mdi6.briefcase-outline",
    "companies": "mdi6.domain",
    "contacts": "mdi6.account-multiple-outline",
    "network": "mdi6.handshake-outline",
    "dashboard": "mdi6.chart-box-outline",
    "settings": "mdi6.cog-outline",
    "new_inquiry": "mdi6.plus-circle-outline",
    "search": "mdi6.magnify",
    "backups": "mdi6.backup-restore",
    "trash": "mdi6.delete-outline",
    "retention": "mdi6.account-clock-outline",
    "summary": "mdi6.file-chart-outline",
    "import": "mdi6.file-import-outline",
    "export": "mdi6.file-export-outline",
    "about": "mdi6.information-outline",
}


def main() -> int:
    """Write every role's PNG files; exit code 0."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    import qtawesome  # noqa: PLC0415 -- needs the application first

    FOLDER.mkdir(parents=True, exist_ok=True)
    for old in FOLDER.glob("*.png"):
        old.unlink()
    for role, glyph in GLYPHS.items():
        icon = qtawesome.icon(glyph, color=COLOUR)
        for size in SIZES:
            path = FOLDER / f"{role}-{size}.png"
            if not icon.pixmap(size, size).save(str(path)):
                print(f"could not write {path}", file=sys.stderr)
                return 1
    print(f"wrote {len(GLYPHS) * len(SIZES)} icons into {FOLDER.relative_to(ROOT)}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
