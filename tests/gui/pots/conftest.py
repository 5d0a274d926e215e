"""Fixtures for the Spaarpotten page tests."""

from pots.bookhelp import members  # noqa: F401  (fixture)
