"""Every window and dialog fits the screen: 960×600, 1366×768, and 1440×900 at 150 %.

Each screen needs a Qt process of its own, so ``tests/ui/window_survey.py``
opens every page, record window and dialog there and reports where each
landed; this test checks the report. The main window was saved larger than
any of these screens and must still come back within them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: (width, height, scale factor, interface language): German is the longest.
SCREENS = [
    ((960, 600), "1", "de"),
    ((960, 600), "1", "en"),
    ((960, 600), "1", "ja"),
    ((1366, 768), "1", "de"),
    ((1440, 900), "1.5", "de"),
]


def _survey(folder: Path, demo_file: Path, size: tuple[int, int], scale: str, lang: str) -> Any:
    tmp_path = folder
    width, height = size
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}))
    database = tmp_path / "desk.sqlite"
    database.write_bytes(demo_file.read_bytes())
    env = os.environ | {
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.ui.window_survey",
            str(database),
            str(tmp_path / "s.ini"),
            lang,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def _inside(rect: list[int], area: list[int]) -> bool:
    x, y, w, h = rect
    ax, ay, aw, ah = area
    return ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah


@pytest.mark.parametrize(("size", "scale", "lang"), SCREENS)
def test_every_window_and_dialog_fits_the_screen(
    tmp_path: Path, demo_file: Path, size: tuple[int, int], scale: str, lang: str
) -> None:
    report = _survey(tmp_path, demo_file, size, scale, lang)
    area = report["available"]
    windows = report["windows"]
    names = {w["name"].split(":")[0] for w in windows}
    assert {"main window", "new inquiry", "log activity", "project window", "who"} <= names
    misfits = [
        w
        for w in windows
        if not _inside(w["frame"], area)
        or w["minimum"][0] > area[2]
        or w["minimum"][1] > area[3]
        or ("accept" in w and not _inside(w["accept"], area))
    ]
    assert misfits == [], f"on {area} in {lang}: {misfits}"
