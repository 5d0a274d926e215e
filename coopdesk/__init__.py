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

__version__ = "0.1.0"
