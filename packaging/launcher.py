"""Entry point of the frozen app (PyInstaller): the ``leadtracker`` command line and GUI.

``freeze_support`` first: the demo data builder starts helper processes with
"spawn", and in a bundle those re-run this executable, which must then act
as the helper instead of starting another app.
"""

from __future__ import annotations

import multiprocessing
import sys

from leadtracker.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
