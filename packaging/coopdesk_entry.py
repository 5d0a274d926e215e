"""The bundle's entry point: the same `coopdesk` command as the installed package
(`coopdesk` opens the window, `coopdesk BOOK` opens that book, which is what
double-clicking a .coopdesk file runs; `coopdesk demo|check|report ...` run headless)."""

import sys

from coopdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
