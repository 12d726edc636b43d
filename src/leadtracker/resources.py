"""Finding the files under ``resources/`` (fonts, icons, translations, templates).

They live in the repository's top-level ``resources/`` folder. A source
checkout or editable install finds them there, a PyInstaller bundle under
``sys._MEIPASS``, and a wheel install under ``<prefix>/share/leadtracker``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The ``resources`` folder of this installation."""
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(Path(__file__).resolve().parents[2] / "resources")
    candidates.append(Path(sys.prefix) / "share" / "leadtracker" / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("LeadTracker's resources folder is missing: reinstall the program")


def resource(*parts: str) -> Path:
    """Path of a file under ``resources/``, e.g. ``resource("fonts", "ipaexg.ttf")``."""
    return resources_dir().joinpath(*parts)


JAPANESE_FONT = ("fonts", "ipaexg.ttf")
LATIN_FONT = ("fonts", "NotoSans-Regular.ttf")
COMPANY_IMPORT_TEMPLATE = ("templates", "companies-template.csv")
PROJECT_IMPORT_TEMPLATE = ("templates", "projects-template.csv")
LATIN_BOLD_FONT = ("fonts", "NotoSans-Bold.ttf")
