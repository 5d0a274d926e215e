"""CoopDesk: bookkeeping for Dutch participation cooperatives.

Layers (each imports only the ones below it; an import-linter contract in
pyproject.toml enforces this):

    coopdesk.cli       command line; opens the GUI or runs headless jobs
    coopdesk.gui       Qt views (PySide6)
    coopdesk.exports   Excel, PDF, SEPA, XAF writers and readers
    coopdesk.services  use cases, one transaction each
    coopdesk.store     the book file (SQLAlchemy, Alembic)
    coopdesk.domain    values and rules, no I/O
    coopdesk.resources the packaged files (translations, icons, rules tables), read by any layer
"""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """`coopdesk.__version__`: the one version number, from pyproject.toml through the
    installed metadata (an editable install, a wheel, and the bundle, which copies the
    metadata). Looked up when first asked for: importing importlib.metadata at start-up
    would cost every command and the window's first paint a few milliseconds."""
    if name != "__version__":
        raise AttributeError(f"module 'coopdesk' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("coopdesk")
    except PackageNotFoundError:  # a checkout that was never installed
        found = "0+unknown"
    globals()["__version__"] = found
    return found
