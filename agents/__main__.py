"""``python -m agents`` runs the ``newsflow`` command."""

import sys

from agents.cli import main

sys.exit(main())
