"""Consistent copies of a database file with SQLite's online backup API."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path


def backup_file(source: Path, target: Path) -> Path:
    """Copy the database ``source`` to ``target`` (created 0600) while it may be in use."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(target, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    os.close(fd)
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def default_backup_dir(database: Path) -> Path:
    """The backup folder beside a database: ``<name>-backups/``."""
    return database.with_name(f"{database.stem}-backups")


def timestamped_name(database: Path, reason: str, now: datetime | None = None) -> str:
    """File name of a backup, e.g. ``leadtracker-20261121T101500Z-before-upgrade.sqlite``."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    return f"{database.stem}-{stamp}-{reason}.sqlite"
