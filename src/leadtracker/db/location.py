"""Where a database file lives: on a network share, SQLite's locking cannot be relied on.

SQLite's documentation warns that network file systems (SMB/CIFS, NFS …)
often implement file locks badly, so that two PCs writing to one file can
damage it. LeadTracker warns when the file it opens is on such a share.
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath

#: File system types of network shares as ``/proc/mounts`` names them.
NETWORK_FILE_SYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ceph", "glusterfs", "fuse.sshfs"}
)

#: What users are told when their database is on a network share.
NETWORK_WARNING = (
    "the database is on a network drive. When two PCs write to it at the same time, the "
    "file can be damaged: keep it on this PC and share exports, or let one PC at a time use it."
)

_DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a network drive


def is_network_path(path: Path) -> bool:
    """Whether ``path`` is on a network share (as far as this system can tell)."""
    if sys.platform == "win32":
        return _windows_network(path)
    mounts = Path("/proc/mounts")
    if not mounts.is_file():
        return False  # macOS and others: not known
    return on_network_mount(path.resolve(), mounts.read_text(encoding="utf-8", errors="replace"))


def on_network_mount(path: Path, mounts: str) -> bool:
    """Whether ``path`` lies under a network mount of ``mounts`` (``/proc/mounts`` text)."""
    best, best_type = "", ""
    target = PurePosixPath(path)
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        if (target == PurePosixPath(point) or PurePosixPath(point) in target.parents) and len(
            point
        ) > len(best):
            best, best_type = point, parts[2]
    return best_type in NETWORK_FILE_SYSTEMS


def _windows_network(path: Path) -> bool:
    text = str(path.resolve())
    if text.startswith("\\\\"):  # \\server\share\…
        return True
    import ctypes  # noqa: PLC0415 -- Windows only

    drive = text[:3]
    kind = ctypes.windll.kernel32.GetDriveTypeW(drive)  # type: ignore[attr-defined]
    return bool(kind == _DRIVE_REMOTE)
