"""Writing a file whole or not at all: a temporary file beside it, renamed at the end."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_whole(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` so that a reader never sees half of it; returns ``path``.

    Raises:
        FileNotFoundError: the folder of ``path`` does not exist.
    """
    if not path.parent.is_dir():
        raise FileNotFoundError(2, "The folder does not exist", str(path.parent))
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
