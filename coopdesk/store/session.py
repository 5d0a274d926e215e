"""The unit of work's session type, re-exported so services can annotate it
without importing SQLAlchemy themselves."""

from sqlalchemy.orm import Session

__all__ = ["Session"]
