"""`python -m coopdesk` is the same as the `coopdesk` command."""

import sys

from coopdesk.cli import main

sys.exit(main())
