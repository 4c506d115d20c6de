"""``python -m regdesign``: the same as the ``regdesign`` command."""

import sys

from regdesign.cli import main

sys.exit(main())
