#!/usr/bin/env python3
"""Set up a development environment from nothing but python3, then run or test LeadTracker.

Usage (from the repository root)::

    python3 packaging/bootstrap.py run     # set everything up, start the app
    python3 packaging/bootstrap.py test    # set everything up, run every check and test
    python3 packaging/bootstrap.py screenshots [FOLDER]   # every main view as PNG (offscreen)
    python3 packaging/bootstrap.py translations   # refresh the .ts files from the sources
    python3 packaging/bootstrap.py package   # the app without Python: dist/LeadTracker/ + .tar.gz

What "everything" means:

1. On Debian/Ubuntu, the system libraries Qt needs (and ``python3-venv`` when the
   interpreter has no ``ensurepip``) are installed with apt-get -- directly as root,
   through sudo otherwise. Elsewhere this step is skipped.
2. A virtual environment ``.venv`` is created on first use and the project is
   installed into it in editable mode with its development extras. It is
   reinstalled only when ``pyproject.toml`` changes.
3. The interface translations (``resources/translations/*.ts``) are compiled
   to ``.qm`` files with ``pyside6-lrelease`` when they changed; the ``.qm``
   files are build output and not kept in git.
4. ``run`` starts the app; ``test`` runs ruff (lint and format), mypy --strict,
   the import-linter layer contracts and pytest, and stops at the first failure;
   ``screenshots`` renders each main view with demo data into PNG files
   (default folder ``docs/screenshots``); ``translations`` collects every
   ``tr()`` string of ``src/leadtracker/ui`` into the ``.ts`` files with
   ``pyside6-lupdate`` (new strings are then marked unfinished for translators);
   ``package`` builds the PyInstaller bundle (``packaging/leadtracker.spec``),
   packs it with the Linux desktop files into a ``.tar.gz`` and smoke-tests it.

This file uses only the standard library on purpose: it must work before
anything else is installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed-from"

#: Libraries the Qt wheels load even without a screen (offscreen platform).
QT_HEADLESS_PACKAGES = [
    "libglib2.0-0",
    "libgl1",
    "libegl1",
    "libfontconfig1",
    "libfreetype6",
    "libxkbcommon0",
    "libdbus-1-3",
]
#: The validators the tests run on the Linux desktop entry and AppStream metadata,
#: and the PostgreSQL server the tests start for themselves (never run as a service).
CHECK_PACKAGES = ["desktop-file-utils", "appstream", "postgresql"]
#: Extra libraries for a real window on an X11 desktop (the xcb platform plugin).
QT_DESKTOP_PACKAGES = [
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
    "libx11-xcb1",
]


def _say(message: str) -> None:
    print(f"[bootstrap] {message}", flush=True)


def _is_debian() -> bool:
    return sys.platform.startswith("linux") and shutil.which("dpkg-query") is not None


def _missing_debian_packages(wanted: list[str]) -> list[str]:
    missing = []
    for package in wanted:
        result = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", package],
            capture_output=True,
            text=True,
            check=False,
        )
        if "install ok installed" not in result.stdout:
            missing.append(package)
    return missing


def _apt_install(packages: list[str]) -> None:
    prefix: list[str] = []
    if os.geteuid() != 0:
        if shutil.which("sudo") is None:
            _say("These system packages are missing and I am not root (and there is no sudo):")
            _say("    apt-get install " + " ".join(packages))
            sys.exit(1)
        prefix = ["sudo"]
    _say("Installing system packages: " + " ".join(packages))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run([*prefix, "apt-get", "update", "-q"], check=True, env=env)
    subprocess.run(
        [*prefix, "apt-get", "install", "-y", "-q", "--no-install-recommends", *packages],
        check=True,
        env=env,
    )


def ensure_system_packages(*, desktop: bool, checks: bool = False) -> None:
    """Install the Debian packages Qt and venv need (and the tests' validators with ``checks``)."""
    if not _is_debian():
        return
    wanted = list(QT_HEADLESS_PACKAGES)
    if desktop:
        wanted += QT_DESKTOP_PACKAGES
    if checks:
        wanted += CHECK_PACKAGES
    try:
        import ensurepip  # noqa: F401, PLC0415
    except ImportError:
        minor = f"{sys.version_info.major}.{sys.version_info.minor}"
        wanted.append(f"python{minor}-venv")
    missing = _missing_debian_packages(wanted)
    if missing:
        _apt_install(missing)


def _venv_bin(name: str) -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / f"{name}.exe"
    return VENV / "bin" / name


def _venv_python() -> Path:
    return _venv_bin("python")


def ensure_venv() -> Path:
    """Create ``.venv`` and install the project into it when pyproject.toml changed."""
    python = _venv_python()
    if not python.exists():
        _say(f"Creating virtual environment in {VENV.name}/")
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    fingerprint = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != fingerprint:
        _say("Installing LeadTracker and its dependencies (first run takes a few minutes)")
        pip = [str(python), "-m", "pip", "--disable-pip-version-check"]
        subprocess.run([*pip, "install", "-q", "--upgrade", "pip"], check=True)
        subprocess.run([*pip, "install", "-q", "-e", f"{ROOT}[dev]"], check=True)
        STAMP.write_text(fingerprint)
    return python


TRANSLATIONS = ROOT / "resources" / "translations"


def build_translations() -> None:
    """Compile each ``.ts`` file whose ``.qm`` is missing or older (Qt's lrelease)."""
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        compiled = source.with_suffix(".qm")
        if compiled.exists() and compiled.stat().st_mtime >= source.stat().st_mtime:
            continue
        command = [str(_venv_bin("pyside6-lrelease")), "-silent", str(source), "-qm", str(compiled)]
        subprocess.run(command, check=True)


def update_translations() -> int:
    """Collect the interface's strings into every ``.ts`` file (lupdate), then compile them.

    The message templates of the domain and the services are gathered into
    ``src/leadtracker/ui/message_catalog.py`` first, where lupdate finds them.
    """
    import message_catalog  # noqa: PLC0415 -- beside this file

    message_catalog.main()
    sources = sorted(str(p) for p in (ROOT / "src" / "leadtracker" / "ui").rglob("*.py"))
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        language = ts.stem.rsplit("_", 1)[-1]
        command = [
            str(_venv_bin("pyside6-lupdate")),
            *sources,
            "-ts",
            str(ts),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            language,
        ]
        code = subprocess.run(command, cwd=ROOT, check=False).returncode
        if code != 0:
            return code
    build_translations()
    return 0


def _version() -> str:
    """The version in pyproject.toml (``[project] version``)."""
    import tomllib  # noqa: PLC0415 -- Python 3.11+, only for packaging

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return str(project["version"])


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def package(python: Path) -> int:
    """Build dist/LeadTracker/ with PyInstaller, pack it, and smoke-test the packed app."""
    import platform  # noqa: PLC0415
    import tarfile  # noqa: PLC0415
    import time  # noqa: PLC0415

    _say("Installing PyInstaller into .venv (if missing)")
    pip = [str(python), "-m", "pip", "--disable-pip-version-check"]
    subprocess.run([*pip, "install", "-q", "-e", f"{ROOT}[dev,package]"], check=True)
    dist, work = ROOT / "dist", ROOT / "build" / "pyinstaller"
    started = time.monotonic()
    spec = ROOT / "packaging" / "leadtracker.spec"
    build = [str(python), "-m", "PyInstaller", str(spec), "--noconfirm", "--log-level", "WARN"]
    build += ["--distpath", str(dist), "--workpath", str(work)]
    code = subprocess.run(build, cwd=ROOT, check=False).returncode
    if code != 0:
        return code
    bundle = dist / "LeadTracker"
    linux = ROOT / "packaging" / "linux"
    for extra in sorted(linux.glob("*")) if linux.is_dir() else []:
        shutil.copy2(extra, bundle / extra.name)
    machine = platform.machine().lower() or "unknown"
    system = platform.system().lower()
    archive = dist / f"LeadTracker-{_version()}-{system}-{machine}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname="LeadTracker")
    size = _folder_size(bundle) / 1_048_576
    _say(
        f"Built {bundle} ({size:.0f} MiB) and {archive.name} "
        f"({archive.stat().st_size / 1_048_576:.0f} MiB) in {time.monotonic() - started:.0f} s"
    )
    _say("--- smoke test of the bundle (tests/packaging/test_frozen_app.py)")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LEADTRACKER_BUNDLE=str(bundle))
    smoke = [str(python), "-m", "pytest", "-q", "-m", "frozen", "tests/packaging"]
    return subprocess.run(smoke, cwd=ROOT, env=env, check=False).returncode


def run_checks(python: Path, pytest_args: list[str]) -> int:
    """Run every static check and then the test suite; return the first failing exit code."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    steps = [
        ("ruff lint", [str(python), "-m", "ruff", "check", "."]),
        ("ruff format", [str(python), "-m", "ruff", "format", "--check", "."]),
        ("mypy --strict", [str(python), "-m", "mypy"]),
        ("import contracts", [str(_venv_bin("lint-imports"))]),
        ("pytest", [str(python), "-m", "pytest", *pytest_args]),
    ]
    for title, command in steps:
        _say(f"--- {title}")
        code = subprocess.run(command, cwd=ROOT, env=env, check=False).returncode
        if code != 0:
            _say(f"{title} failed (exit code {code})")
            return code
    return 0


def main(argv: list[str]) -> int:
    """Entry point: ``run [app args…]``, ``test [pytest args…]`` or ``screenshots [FOLDER]``."""
    if not argv or argv[0] not in {"run", "test", "screenshots", "translations", "package"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    ensure_system_packages(desktop=command == "run", checks=command in {"test", "package"})
    python = ensure_venv()
    if command == "translations":
        return update_translations()
    build_translations()
    if command == "package":
        return package(python)
    if command == "test":
        return run_checks(python, rest)
    if command == "screenshots":
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        screenshots = [str(python), "-m", "leadtracker.ui.screenshots", *rest]
        return subprocess.run(screenshots, cwd=ROOT, env=env, check=False).returncode
    return subprocess.run([str(python), "-m", "leadtracker", *rest], check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
