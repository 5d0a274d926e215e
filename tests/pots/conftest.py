"""Fixtures for the pots tests."""

from pots.bookhelp import members  # noqa: F401  (fixture)
