"""The domain: values, rules and calculations a treasurer trusts.

May import: the standard library and small pure libraries (schwifty, Babel).
Never Qt, SQLAlchemy, Alembic or a file-format library; never the clock directly
(a `Clock` is passed in).
"""
