#!/usr/bin/env python3
"""Render LeadTracker's application icon from its SVG sources into PNG, ICO and ICNS files.

Usage (from anywhere; the paths are taken relative to this file)::

    python packaging/make_icons.py

Reads ``resources/icons/leadtracker.svg`` -- and ``resources/icons/leadtracker-small.svg``,
a simplified variant drawn on the pixel grid, for sizes up to 32 px -- and writes beside
them:

- ``leadtracker-<size>.png`` for 16, 24, 32, 48, 64, 128, 256 and 512 px;
- ``leadtracker.ico`` (Windows) with 16, 24, 32, 48, 64, 128 and 256 px, each frame
  its own render rather than a downscaled 256 px image, so the small ones stay crisp;
- ``leadtracker.icns`` (macOS) with 32 (16@2x), 64, 128, 256, 512 and 1024 px; the
  1024 px render is made in memory only.

Run it after changing an SVG and commit the results with it. It needs PySide6 (QtSvg)
and Pillow (installed with reportlab, one of LeadTracker's dependencies), and no display:
without a running Qt application it starts one on the offscreen platform. The output is
byte-for-byte reproducible with the same Qt and Pillow versions.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "resources" / "icons"
SVG = ICON_DIR / "leadtracker.svg"
SMALL_SVG = ICON_DIR / "leadtracker-small.svg"

SMALL_MAX = 32
"""Sizes up to this many pixels are rendered from the small variant (when it exists)."""

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)
"""What Pillow's ICNS writer stores: ic11 (16@2x), ic12 (32@2x), ic07 ... ic10 (1024)."""


def render(svg: Path, size: int) -> Image.Image:
    """Render an SVG file as a square RGBA image of ``size`` pixels on transparency.

    Args:
        svg: The SVG file.
        size: Width and height of the image in pixels.

    Returns:
        The rendered image (straight, not premultiplied, alpha).

    Raises:
        ValueError: If Qt cannot read the SVG.
    """
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        msg = f"Qt cannot read {svg}"
        raise ValueError(msg)
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    data = bytes(rgba.constBits())
    return Image.frombuffer("RGBA", (size, size), data, "raw", "RGBA", rgba.bytesPerLine(), 1)


def source_for(size: int) -> Path:
    """Return the SVG to render at ``size`` pixels: the small variant up to ``SMALL_MAX``."""
    if size <= SMALL_MAX and SMALL_SVG.exists():
        return SMALL_SVG
    return SVG


def relative(path: Path) -> str:
    """Return ``path`` relative to the repository root, for messages."""
    return path.relative_to(ROOT).as_posix()


def check_ico(path: Path) -> list[str]:
    """Return the problems of the written ICO file: sizes missing or unexpected."""
    with Image.open(path) as ico:
        found = sorted(width for width, _height in ico.info.get("sizes", set()))
    if found != list(ICO_SIZES):
        return [f"{relative(path)} holds {found}, expected {list(ICO_SIZES)}"]
    return []


def check_icns(path: Path) -> list[str]:
    """Return the problems of the written ICNS file: sizes missing."""
    with Image.open(path) as icns:
        found = {width * scale for width, _height, scale in icns.info.get("sizes", set())}
    missing = sorted(set(ICNS_SIZES) - found)
    if missing:
        return [f"{relative(path)} lacks the sizes {missing}"]
    return []


def main() -> int:
    """Write the PNG, ICO and ICNS files; return the exit status (0: all written and checked)."""
    if not SVG.exists():
        print(f"make_icons: {relative(SVG)} not found", file=sys.stderr)
        return 1
    # Held until the end: rendering needs a living application.
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])

    renders = {size: render(source_for(size), size) for size in {*PNG_SIZES, *ICNS_SIZES}}

    for size in PNG_SIZES:
        png = ICON_DIR / f"leadtracker-{size}.png"
        renders[size].save(png, optimize=True)
        print(f"wrote {relative(png)}")

    ico = ICON_DIR / "leadtracker.ico"
    largest = max(ICO_SIZES)
    renders[largest].save(
        ico,
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[renders[size] for size in ICO_SIZES if size != largest],
    )
    print(f"wrote {relative(ico)} ({', '.join(map(str, ICO_SIZES))} px)")

    icns = ICON_DIR / "leadtracker.icns"
    largest = max(ICNS_SIZES)
    renders[largest].save(
        icns, append_images=[renders[size] for size in ICNS_SIZES if size != largest]
    )
    print(f"wrote {relative(icns)} ({', '.join(map(str, ICNS_SIZES))} px)")

    problems = check_ico(ico) + check_icns(icns)
    for problem in problems:
        print(f"make_icons: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
