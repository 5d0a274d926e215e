"""Fixtures for the year-close tests."""

from pots.bookhelp import members  # noqa: F401  (fixture)
