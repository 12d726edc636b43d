"""What LeadTracker is built on, and under which licences: for the About dialog.

The components are LeadTracker's own run-time requirements, read from the
installed packages' metadata (the bundle carries that metadata too), so the
list cannot drift from what is really shipped. The fonts are files of ours
with their licence texts beside them in ``resources/fonts``.
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from importlib import metadata

from leadtracker.resources import resource

#: LeadTracker's own licence.
LICENCE = "GPL-3.0-or-later"
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_CLASSIFIER = "License :: OSI Approved :: "


@dataclass(frozen=True)
class Component:
    """One library (or the interpreter) in this installation."""

    name: str
    version: str
    licence: str


@dataclass(frozen=True)
class BundledFont:
    """A font file shipped with LeadTracker, and its licence."""

    name: str
    files: tuple[str, ...]
    licence: str
    licence_file: str

    def licence_text(self) -> str:
        """The full licence text shipped beside the font."""
        return resource("fonts", self.licence_file).read_text(encoding="utf-8", errors="replace")


FONTS = (
    BundledFont(
        "IPAexGothic (IPAex ゴシック)",
        ("ipaexg.ttf",),
        "IPA Font License Agreement v1.0",
        "IPA_Font_License_Agreement_v1.0.txt",
    ),
    BundledFont(
        "Noto Sans",
        ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
        "SIL Open Font License 1.1",
        "OFL-1.1-NotoSans.txt",
    ),
)


def licence_of(meta: metadata.PackageMetadata) -> str:
    """A distribution's licence: its SPDX expression, its short licence field, or classifiers."""
    expression = _first(meta, "License-Expression")
    if expression:
        return expression
    field = _first(meta, "License").strip()
    if field and len(field) <= 60 and "\n" not in field:
        return field
    classifiers = [
        c.removeprefix(_CLASSIFIER)
        for c in meta.get_all("Classifier") or []
        if c.startswith(_CLASSIFIER)
    ]
    return " / ".join(classifiers) or "see the package"


def _first(meta: metadata.PackageMetadata, key: str) -> str:
    values = meta.get_all(key) or []
    return str(values[0]) if values else ""


def components() -> tuple[Component, ...]:
    """Python and every run-time requirement of LeadTracker that is installed, by name."""
    found = [Component("Python", platform.python_version(), "PSF-2.0")]
    try:
        requirements = metadata.requires("leadtracker") or []
    except metadata.PackageNotFoundError:
        requirements = []
    for requirement in requirements:
        if "extra ==" in requirement:
            continue  # development and packaging tools are not shipped
        match = _NAME.match(requirement)
        if match is None:
            continue
        try:
            distribution = metadata.distribution(match.group())
        except metadata.PackageNotFoundError:
            continue  # a requirement for another platform (tzdata on Windows)
        meta = distribution.metadata
        found.append(Component(meta["Name"], distribution.version, licence_of(meta)))
    return tuple(sorted(found, key=lambda c: c.name.lower()))
