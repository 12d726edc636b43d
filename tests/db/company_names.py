"""The companies' English names in a database file, read with plain sqlite3 (not our code)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def company_names(path: Path) -> list[str]:
    """Every company's English name, in the order they were made."""
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT name_en FROM company ORDER BY id")]
    finally:
        conn.close()
