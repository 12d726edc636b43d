"""The Linux desktop files and the Windows installer script: valid, and in step with the project.

The validators are those of freedesktop.org and AppStream (Debian packages
``desktop-file-utils`` and ``appstream``). They must be installed on Linux: a
missing tool fails the test rather than skipping it, so that CI cannot pass
without having validated anything. Elsewhere (Windows, macOS) the Linux-only
tests are skipped.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "de.duesseldorf.LeadTracker"
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
INSTALL_SCRIPT = LINUX / "install-desktop-entry.sh"
ISS = ROOT / "packaging" / "windows" / "leadtracker.iss"

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the freedesktop tools exist on Linux only"
)


def tool(name: str, debian_package: str) -> str:
    """The path of a command-line tool; fails the test, naming the package, when it is missing."""
    found = shutil.which(name)
    if found is None:
        pytest.fail(
            f"{name} is not installed: install the Debian package {debian_package} "
            f"(apt-get install desktop-file-utils appstream)",
            pytrace=False,
        )
    return found


def problems(output: str) -> list[str]:
    """The lines of a validator's output that report a warning or an error."""
    return [
        line
        for line in output.splitlines()
        if re.match(r"\s*[WE]: ", line) or re.search(r"warning|error", line, re.IGNORECASE)
    ]


def validate(command: list[str]) -> None:
    """Run a validator; it must exit 0 and report no warning and no error."""
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"{' '.join(command)} exited {result.returncode}:\n{output}"
    assert not problems(output), f"{' '.join(command)} reported:\n{output}"


def desktop_entry(path: Path = DESKTOP) -> configparser.SectionProxy:
    """The [Desktop Entry] group of a .desktop file, keys as written."""
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    """The root element (``<component>``) of the metainfo file."""
    return ET.parse(METAINFO).getroot()


def text_of(root: ET.Element, path: str) -> str:
    """The text of the first element at ``path``; fails when there is none."""
    element = root.find(path)
    assert element is not None and element.text, f"no <{path}> in {METAINFO.name}"
    return element.text.strip()


def project_version() -> str:
    """``[project] version`` of pyproject.toml."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


@linux_only
def test_desktop_entry_passes_desktop_file_validate() -> None:
    validate([tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)])


@linux_only
def test_metainfo_passes_appstreamcli_validate() -> None:
    validate([tool("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO)])


def test_newest_release_and_installer_default_are_the_project_version() -> None:
    version = project_version()
    releases = metainfo().findall("releases/release")
    assert releases, f"no <release> in {METAINFO.name}"
    # AppStream lists releases newest first.
    assert releases[0].get("version") == version, (
        f"the newest <release> in {METAINFO.name} is {releases[0].get('version')}, "
        f"pyproject.toml says {version}: add a <release>"
    )
    dates = [release.get("date", "") for release in releases]
    assert dates == sorted(dates, reverse=True), "the releases are not newest first"
    default = re.search(
        r'^#ifndef AppVersion\s*\n\s*#define AppVersion "([^"]+)"',
        ISS.read_text(encoding="utf-8-sig"),
        re.MULTILINE,
    )
    assert default is not None, f"no default AppVersion in {ISS.name}"
    assert default.group(1) == version, f"{ISS.name} defaults to {default.group(1)}, not {version}"


def test_ids_agree_with_the_file_names() -> None:
    entry, component = desktop_entry(), metainfo()
    assert entry["Icon"] == DESKTOP.name.removesuffix(".desktop") == APP_ID
    assert text_of(component, "id") == METAINFO.name.removesuffix(".metainfo.xml") == APP_ID
    launchable = component.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert text_of(component, "provides/binary") == entry["Exec"] == entry["StartupWMClass"]


def exec_program(value: str) -> str:
    """The program of a one-argument ``Exec=`` value, unquoted as the Desktop Entry spec says."""
    escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    unescaped = re.sub(r"\\(.)", lambda m: escapes.get(m[1], m[0]), value)  # the file's escapes
    assert unescaped.startswith('"') and unescaped.endswith('"'), value
    return re.sub(r"\\(.)", r"\1", unescaped[1:-1]).replace("%%", "%")  # the quoting's


@linux_only
def test_install_script_points_the_entry_at_the_bundle(tmp_path: Path) -> None:
    bundle = tmp_path / 'Bündel 日本 "1" $HOME `x` 100% a\\b' / "LeadTracker"
    icons = bundle / "_internal" / "resources" / "icons"
    icons.mkdir(parents=True)
    program = bundle / "LeadTracker"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    for size in (16, 48, 256):
        (icons / f"leadtracker-{size}.png").write_bytes(b"\x89PNG")
    for extra in LINUX.iterdir():  # as packaging/bootstrap.py puts them into the bundle
        shutil.copy2(extra, bundle / extra.name)
    data = tmp_path / "data"
    env = dict(os.environ, XDG_DATA_HOME=str(data))
    subprocess.run(["sh", str(bundle / INSTALL_SCRIPT.name)], env=env, check=True)

    installed = data / "applications" / DESKTOP.name
    assert exec_program(desktop_entry(installed)["Exec"]) == str(program)
    assert desktop_entry(installed)["TryExec"] == str(program).replace("\\", "\\\\")
    assert (data / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    for size in (16, 48, 256):
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").exists()
    validate([tool("desktop-file-validate", "desktop-file-utils"), str(installed)])
