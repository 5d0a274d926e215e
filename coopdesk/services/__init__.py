"""Use cases: what the views and the command line ask the book to do.

Each function is one unit of work (`book.transaction()`): it commits whole or not
at all, and raises a `CoopDeskError` naming the field when the input is wrong.
May import: coopdesk.store and coopdesk.domain. Never Qt, never SQLAlchemy
directly (queries live in the store), so long jobs can run on a worker thread.
"""
