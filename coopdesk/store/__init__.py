"""The book file: engine, schema, migrations and queries.

May import: coopdesk.domain, SQLAlchemy, Alembic and the standard library.
Returns domain values to the services, never ORM objects that outlive a session.
SQLite-specific SQL lives only in `book.py` and, for the read-only stdlib `sqlite3`
connection the reports use without SQLAlchemy, in `reads.connect_read_only`.
"""
