"""Writing a file whole or not at all, readable by its owner only.

Every file LeadTracker writes (exports, documents, backups) is first written
under a temporary name beside its target, ``.<name>.<pid>-<random>.part``,
created 0600, flushed to disk and only then renamed over the target: a
reader never sees half a file, a killed process leaves the target as it was,
and a target that was readable by others (0644) is replaced by one that is
not. The temporary files a killed process left behind are removed the next
time something is written into that folder (:func:`remove_stale_parts`).

Targets that are not regular files are treated as what they are:

- a folder is refused (:class:`TargetError`);
- a symbolic link is followed: the file it points to is replaced, the link stays;
- a device or a pipe (``/dev/stdout``, ``/dev/full``) is written through,
  never renamed over — or refused where only a regular file makes sense
  (``regular_only``, e.g. a database backup).
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
import time
from collections.abc import Iterator
from pathlib import Path

from leadtracker.domain.errors import DomainError
from leadtracker.domain.messages import text

#: A temporary file older than this is stale even where its process cannot be asked.
STALE_AFTER_SECONDS = 24 * 3600
_PART = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)-[0-9a-f]+\.part(-journal|-wal|-shm)?$")


class TargetError(DomainError):
    """A file cannot be written where it was asked for; the message says why."""


def resolve_target(path: Path, *, regular_only: bool = False) -> Path:
    """Where writing to ``path`` really goes: through links, never into a folder.

    Raises:
        TargetError: ``path`` is a folder, its folder does not exist, or it is
            not a regular file while ``regular_only`` is set.
    """
    path = path.expanduser()
    target = path.resolve() if path.is_symlink() else path.absolute()
    if target.is_dir():
        raise TargetError(text("{path} is a folder; give a file name", path=path))
    if not target.parent.is_dir():
        raise TargetError(text("The folder {folder} does not exist.", folder=target.parent))
    if regular_only and target.exists() and not target.is_file():
        raise TargetError(text("{path} is not a regular file", path=path))
    return target


def is_special(target: Path) -> bool:
    """Whether ``target`` exists and is a device, a pipe or a socket (written through)."""
    try:
        mode = target.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def part_path(target: Path) -> Path:
    """A fresh temporary name beside ``target`` that names this process."""
    return target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.part")


def create_private(path: Path) -> None:
    """Create the empty file ``path`` readable by its owner only; it must not exist yet."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


@contextlib.contextmanager
def replacing(target: Path, *, regular_only: bool = False) -> Iterator[Path]:
    """A temporary file (created 0600) that replaces ``target`` when the block ends well.

    Write into the path yielded. On an error the temporary file is removed
    and ``target`` is left as it was. For a device or pipe the yielded path
    is ``target`` itself (written through).

    Raises:
        TargetError: see :func:`resolve_target`.
    """
    resolved = resolve_target(target, regular_only=regular_only)
    if is_special(resolved):
        yield resolved
        return
    remove_stale_parts(resolved.parent, resolved.name)
    temporary = part_path(resolved)
    create_private(temporary)
    try:
        yield temporary
        sync_file(temporary)
        temporary.replace(resolved)
        sync_folder(resolved.parent)
    except BaseException:
        remove_part(temporary)
        raise


def write_whole(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` so that a reader never sees half of it; returns ``path``.

    Raises:
        TargetError: ``path`` is a folder or its folder does not exist.
    """
    try:
        with replacing(path) as temporary, temporary.open("wb") as file:
            file.write(data)
    except OSError as error:
        if error.filename is not None:
            raise
        raise OSError(error.errno, error.strerror, str(path)) from None  # name the file
    return path


def remove_part(temporary: Path) -> None:
    """Remove a temporary file and what SQLite may have put beside it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        temporary.with_name(temporary.name + suffix).unlink(missing_ok=True)


def remove_stale_parts(folder: Path, name: str | None = None) -> list[Path]:
    """Remove the temporary files in ``folder`` (of target ``name``) whose writer is gone.

    A file is stale when the process named in it no longer runs (POSIX) or
    when it is older than :data:`STALE_AFTER_SECONDS`. Returns what was removed.
    """
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        match = _PART.match(entry.name)
        if match is None or (name is not None and match["name"] != name):
            continue
        try:
            old = now - entry.lstat().st_mtime > STALE_AFTER_SECONDS
        except OSError:
            continue
        if old or not _running(int(match["pid"])):
            entry.unlink(missing_ok=True)
            removed.append(entry)
    return removed


def _running(pid: int) -> bool:
    """Whether the process ``pid`` runs (True where that cannot be asked safely)."""
    if os.name != "posix" or pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it runs, as another user
        return True
    return True


def sync_file(path: Path) -> None:
    """Flush ``path`` to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename) to the disk, where the system allows it."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def private_folder(folder: Path) -> Path:
    """Create ``folder`` (0700) if needed, and make it the owner's alone if it is ours."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            if folder.stat().st_uid == os.getuid() and folder.stat().st_mode & 0o077:
                folder.chmod(0o700)
    return folder
