"""``python -m leadtracker``: the same as the ``leadtracker`` command."""

import sys

from leadtracker.cli import main

sys.exit(main())
