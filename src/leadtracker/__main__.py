"""``python -m leadtracker``: the same as the ``leadtracker`` command."""

import sys

from leadtracker.cli import main

# Guarded: helper processes (started with "spawn") import this module again.
if __name__ == "__main__":
    sys.exit(main())
