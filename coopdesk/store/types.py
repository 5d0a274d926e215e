"""Column types that keep the domain's units exact on disk.

* `MoneyCents`: a `Money` stored as an integer number of cents (SQLAlchemy's
  `Numeric` goes through float on SQLite, so it is not used for money).
* `UtcDateTime`: an aware UTC `datetime` stored without zone, read back as UTC.
* Hours are stored as integer minutes in plain `Integer` columns (`*_minutes`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import BigInteger, DateTime, Dialect
from sqlalchemy.types import TypeDecorator

from coopdesk.domain.money import Money


class MoneyCents(TypeDecorator[Money]):
    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if not isinstance(value, Money):
            raise TypeError(f"money columns take Money, not {type(value).__name__}")
        return value.cents

    def process_result_value(self, value: Any, dialect: Dialect) -> Money | None:
        return None if value is None else Money.from_cents(int(value))


class UtcDateTime(TypeDecorator[datetime]):
    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise TypeError("timestamps must be aware datetimes (UTC)")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)
