"""The PyInstaller bundle on its own: no Python, no virtual environment, only its folder.

Run by ``python3 packaging/bootstrap.py package`` after each build (marker
``frozen``; ``LEADTRACKER_BUNDLE`` names the bundle folder). The programs run
with an empty environment -- no ``PYTHONPATH``, no ``PATH`` to a Python --
from a folder outside the repository, so they can only use what the bundle
holds: the interpreter, the libraries, fonts, translations and migrations.
"""

from __future__ import annotations

import os
import subprocess
import tomllib
from pathlib import Path

import pytest

from tests.reports.pdf import read_pdf

pytestmark = pytest.mark.frozen

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bundle() -> Path:
    """The bundle folder to test."""
    folder = Path(os.environ.get("LEADTRACKER_BUNDLE", ROOT / "dist" / "LeadTracker"))
    assert (folder / "leadtracker-cli").exists() or (folder / "leadtracker-cli.exe").exists(), (
        f"no bundle in {folder}: build it with `python3 packaging/bootstrap.py package`"
    )
    return folder


def _run(bundle: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the bundle's command line with nothing of this machine's Python around it."""
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(cwd), "LANG": "C.UTF-8"}
    if os.name == "nt":
        env["SYSTEMROOT"] = os.environ.get("SYSTEMROOT", r"C:\Windows")
    return subprocess.run(
        [str(bundle / "leadtracker-cli"), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_the_bundle_tells_its_version(bundle: Path, tmp_path: Path) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    done = _run(bundle, "--version", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert version in done.stdout


def test_the_bundle_builds_demo_data_and_prints_a_japanese_dossier(
    bundle: Path, tmp_path: Path
) -> None:
    database = tmp_path / "デモ データ.sqlite"  # a path with a space and Japanese
    demo = _run(bundle, "--db", str(database), "demo", "--companies", "60", cwd=tmp_path)
    assert demo.returncode == 0, demo.stderr
    search = _run(bundle, "--db", str(database), "search", "ｴﾌﾟｿﾝ", cwd=tmp_path)
    assert search.returncode == 0 and "Epson" in search.stdout, search.stdout + search.stderr

    pdf = tmp_path / "dossier.pdf"
    dossier = _run(
        bundle, "--db", str(database), "dossier", "Epson", "--lang", "ja", "-o", str(pdf),
        cwd=tmp_path,
    )  # fmt: skip
    assert dossier.returncode == 0, dossier.stderr
    text = read_pdf(pdf.read_bytes()).text
    assert "セイコーエプソン" in text  # the Japanese font came along
    assert "企業資料" in text or "Epson" in text


def test_the_bundle_upgrades_an_old_database_with_its_migrations(
    bundle: Path, tmp_path: Path
) -> None:
    old = tmp_path / "old.sqlite"
    old.write_bytes((ROOT / "tests" / "data" / "schemas" / "0001-sample.sqlite").read_bytes())
    opened = _run(bundle, "--db", str(old), "search", "Sample", cwd=tmp_path)  # upgrades it
    assert opened.returncode in {0, 3}, opened.stderr  # 3: nothing found
    done = _run(bundle, "--db", str(old), "check", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "up to date" in done.stdout
