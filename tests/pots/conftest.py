"""Fixtures for the pots tests."""

from pots.bookhelp import members, reserve  # noqa: F401  (fixtures)
