"""The hours page: weekly grid, overviews, activities, Excel hours sheets.

May import: PySide6, coopdesk.exports, coopdesk.services and coopdesk.domain.
Never SQLAlchemy; views call services and show what they return.
"""
